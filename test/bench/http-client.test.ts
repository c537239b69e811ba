import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient, parseAnswer } from '../../bench/http-client.js';

let server: Server | null = null;
let client: HttpClient | null = null;

afterEach(async () => {
  client?.close();
  client = null;
  await new Promise<void>((resolve) => {
    if (!server) return resolve();
    server.closeAllConnections();
    server.close(() => resolve());
  });
  server = null;
});

/** A loopback server answering with `handle`; counts the connections it accepts. */
async function serve(
  handle: (req: IncomingMessage, body: string, res: ServerResponse) => void,
): Promise<{ client: HttpClient; connections: () => number }> {
  let connections = 0;
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, Buffer.concat(chunks).toString('utf8'), res));
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  client = new HttpClient('127.0.0.1', port);
  return { client, connections: () => connections };
}

describe('bench HTTP client', () => {
  it('sends the request as given and reads status, headers and a UTF-8 body', async () => {
    const { client } = await serve((req, body, res) => {
      res.setHeader('Set-Cookie', ['ST=abc; Path=/env; HttpOnly', 'other=1']);
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.statusCode = 201;
      res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
    });
    const answer = await client.request(
      'POST',
      '/env/flows/1?x=a%20b',
      { 'content-type': 'application/json', cookie: 'ST=abc' },
      '{"name":"Jürgen"}',
    );
    expect(answer.status).toBe(201);
    expect(answer.headers['set-cookie']).toEqual(['ST=abc; Path=/env; HttpOnly', 'other=1']);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    const echoed = JSON.parse(answer.body);
    expect(echoed).toMatchObject({
      method: 'POST',
      url: '/env/flows/1?x=a%20b',
      body: '{"name":"Jürgen"}',
      headers: {
        host: `127.0.0.1:${(server!.address() as AddressInfo).port}`,
        connection: 'keep-alive',
        'content-type': 'application/json',
        cookie: 'ST=abc',
        'content-length': String(Buffer.byteLength('{"name":"Jürgen"}')),
      },
    });
    const get = await client.request('GET', '/plain');
    expect(JSON.parse(get.body).headers['content-length']).toBeUndefined();
  });

  it('keeps connections alive: one per concurrent request, reused afterwards', async () => {
    const { client, connections } = await serve((_req, _body, res) => {
      setTimeout(() => res.end('ok'), 20);
    });
    await Promise.all([client.request('GET', '/a'), client.request('GET', '/b')]);
    expect(connections()).toBe(2);
    for (let i = 0; i < 3; i++) expect((await client.request('GET', '/c')).body).toBe('ok');
    expect(connections()).toBe(2);
  });

  it('opens a new connection after the server answered Connection: close', async () => {
    const { client, connections } = await serve((_req, _body, res) => {
      res.setHeader('Connection', 'close');
      res.end('bye');
    });
    expect((await client.request('GET', '/1')).body).toBe('bye');
    expect((await client.request('GET', '/2')).body).toBe('bye');
    expect(connections()).toBe(2);
  });

  it('fails a request whose connection the server drops, and carries on with a new one', async () => {
    let calls = 0;
    const { client, connections } = await serve((req, _body, res) => {
      if (calls++ === 0) req.socket.destroy();
      else res.end('second');
    });
    await expect(client.request('GET', '/1')).rejects.toThrow('connection closed by the server');
    expect((await client.request('GET', '/2')).body).toBe('second');
    expect(connections()).toBe(2);
  });

  it('refuses a chunked answer instead of guessing its end', async () => {
    const { client } = await serve((_req, _body, res) => {
      res.write('part one, ');
      res.end('part two');
    });
    await expect(client.request('GET', '/chunked')).rejects.toThrow(
      'unsupported Transfer-Encoding: chunked',
    );
  });
});

describe('parseAnswer', () => {
  const raw =
    'HTTP/1.1 302 Found\r\nLocation: https://app.example/cb?code=x\r\nSet-Cookie: a=1\r\n' +
    'set-cookie: b=2\r\nContent-Length: 4\r\n\r\nbodyHTTP/1.1 200 OK';

  it('waits for the whole answer, then says how much of the data it took', () => {
    const whole = raw.indexOf('HTTP/1.1 200');
    for (let cut = 0; cut < whole; cut++) expect(parseAnswer(raw.slice(0, cut))).toBeNull();
    const parsed = parseAnswer(raw)!;
    expect(parsed.length).toBe(whole);
    expect(parsed.answer).toEqual({
      status: 302,
      headers: {
        location: 'https://app.example/cb?code=x',
        'set-cookie': ['a=1', 'b=2'],
        'content-length': '4',
      },
      body: 'body',
    });
  });

  it('reads an answer without Content-Length as having no body', () => {
    expect(parseAnswer('HTTP/1.1 204 No Content\r\nX: 1\r\n\r\n')).toEqual({
      answer: { status: 204, headers: { x: '1' }, body: '' },
      length: 'HTTP/1.1 204 No Content\r\nX: 1\r\n\r\n'.length,
    });
  });

  it('refuses what it cannot frame', () => {
    expect(() => parseAnswer('SMTP ready\r\n\r\n')).toThrow('not an HTTP/1.x answer');
    expect(() => parseAnswer('HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n')).toThrow(
      'bad Content-Length',
    );
    expect(() =>
      parseAnswer('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nbody\r\n0\r\n\r\n'),
    ).toThrow('unsupported Transfer-Encoding');
  });
});
