/**
 * The client's transports against a real `node:http` (and `node:https`) server on loopback: the
 * default `node:http` one and the one over an injected `fetch` must answer alike (status line,
 * headers, decoded body; timeout, abort and size cap as typed errors), and the default one
 * keeps connections alive.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BodyTooLargeError,
  fetchTransport,
  nodeTransport,
  type Transport,
  type TransportRequest,
  TransportTimeoutError,
} from '../../src/pingone/transport.js';
import { makeCertificate } from '../support/tls.js';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

interface TestServer {
  url: string;
  connections: number;
  close(): Promise<void>;
}

let servers: Server[] = [];
afterEach(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
  servers = [];
});

async function listen(
  server: Server,
  handler: Handler,
  scheme: 'http' | 'https',
): Promise<TestServer> {
  servers.push(server);
  const state = { connections: 0 };
  server.on('connection', () => state.connections++);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, Buffer.concat(chunks).toString('utf8'), res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    get connections() {
      return state.connections;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

const serve = (handler: Handler) => listen(createHttpServer(), handler, 'http');

function request(url: string, extra: Partial<TransportRequest> = {}): TransportRequest {
  return { method: 'GET', url, headers: {}, timeoutMs: 2000, maxBytes: 1000, ...extra };
}

const TRANSPORTS: [string, () => Transport][] = [
  ['node:http (default)', () => nodeTransport()],
  ['fetch', () => fetchTransport(globalThis.fetch)],
];

describe.each(TRANSPORTS)('%s transport', (_name, make) => {
  it('sends method, headers and body; answers status, status text, header pairs and text', async () => {
    let seen: { method?: string; type?: string; length?: string; body?: string } = {};
    const server = await serve((req, body, res) => {
      seen = {
        method: req.method,
        type: req.headers['content-type'],
        length: req.headers['content-length'],
        body,
      };
      res.writeHead(201, 'Made', [
        'Content-Type',
        'application/json',
        'Set-Cookie',
        'a=1',
        'Set-Cookie',
        'b=2',
      ]);
      res.end('{"ok":"é"}');
    });
    const answer = await make()(
      request(`${server.url}/x`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"ü"}',
      }),
    );
    expect(seen).toEqual({
      method: 'POST',
      type: 'application/json',
      length: String(Buffer.byteLength('{"name":"ü"}')),
      body: '{"name":"ü"}',
    });
    expect(answer.status).toBe(201);
    expect(answer.statusText).toBe('Made');
    expect(answer.body).toBe('{"ok":"é"}');
    const headers = new Headers(answer.headers);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  it('does not follow a redirect', async () => {
    const server = await serve((_req, _body, res) => {
      res.writeHead(302, { location: '/elsewhere' });
      res.end();
    });
    const answer = await make()(request(`${server.url}/x`));
    expect(answer.status).toBe(302);
    expect(new Headers(answer.headers).get('location')).toBe('/elsewhere');
  });

  it.each([
    ['gzip', zlib.gzipSync],
    ['deflate', zlib.deflateSync],
    ['br', zlib.brotliCompressSync],
  ] as const)('decodes a %s body', async (encoding, encode) => {
    const text = JSON.stringify({ users: Array.from({ length: 50 }, (_, i) => `user-${i}`) });
    let accepted: string | undefined;
    const server = await serve((req, _body, res) => {
      accepted = req.headers['accept-encoding'];
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding });
      res.end(encode(Buffer.from(text)));
    });
    const answer = await make()(request(`${server.url}/x`, { maxBytes: 10_000 }));
    expect(answer.body).toBe(text);
    // Both ask for the two common codings; br is decoded when a server sends it all the same.
    expect(accepted).toMatch(/gzip, deflate/);
  });

  it('counts decoded bytes against the cap: a small gzip of a large body is refused', async () => {
    const server = await serve((_req, _body, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(zlib.gzipSync(Buffer.alloc(50_000, 'a')));
    });
    const err = await make()(request(`${server.url}/x`, { maxBytes: 10_000 })).catch((e) => e);
    expect(err).toBeInstanceOf(BodyTooLargeError);
    expect(err).toMatchObject({ status: 200 });
  });

  it('a body above the cap is BodyTooLargeError with the status', async () => {
    const server = await serve((_req, _body, res) => {
      res.writeHead(200);
      res.end('x'.repeat(5000));
    });
    const err = await make()(request(`${server.url}/x`, { maxBytes: 1000 })).catch((e) => e);
    expect(err).toBeInstanceOf(BodyTooLargeError);
    expect(err).toMatchObject({ status: 200 });
  });

  it('no answer within the timeout is TransportTimeoutError', async () => {
    const server = await serve(() => {});
    const started = Date.now();
    const err = await make()(request(`${server.url}/x`, { timeoutMs: 100 })).catch((e) => e);
    expect(err).toBeInstanceOf(TransportTimeoutError);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('a body that stalls after the headers times out too', async () => {
    const server = await serve((_req, _body, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"partial":');
    });
    const err = await make()(request(`${server.url}/x`, { timeoutMs: 100 })).catch((e) => e);
    expect(err).toBeInstanceOf(TransportTimeoutError);
  });

  it("the caller's abort rejects with the signal's reason, before or during the request", async () => {
    let reached = 0;
    const server = await serve(() => {
      reached++;
    });
    const transport = make();
    const reason = new Error('caller gone');
    await expect(
      transport(request(`${server.url}/x`, { signal: AbortSignal.abort(reason) })),
    ).rejects.toBe(reason);
    expect(reached).toBe(0);
    const controller = new AbortController();
    const pending = transport(request(`${server.url}/x`, { signal: controller.signal }));
    while (reached === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('a connection closed in the middle of the body is an error, not a short body', async () => {
    const server = await serve((_req, _body, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"partial":', () => res.socket?.destroy());
    });
    const err = await make()(request(`${server.url}/x`)).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(TransportTimeoutError);
  });

  it('a refused connection is an error carrying the code', async () => {
    const server = await serve(() => {});
    const url = server.url;
    await server.close();
    servers = [];
    const err = (await make()(request(`${url}/x`)).catch((e) => e)) as Error & {
      code?: string;
      cause?: { code?: string };
    };
    expect(err).toBeInstanceOf(Error);
    expect(err.code ?? err.cause?.code).toBe('ECONNREFUSED');
  });
});

describe('the default transport', () => {
  it('keeps the connection alive between requests', async () => {
    const server = await serve((_req, _body, res) => res.end('{}'));
    const transport = nodeTransport();
    for (let i = 0; i < 5; i++) await transport(request(`${server.url}/x`));
    expect(server.connections).toBe(1);
  });

  it('drops an idle connection after keepAliveMs, then opens a new one', async () => {
    const server = await serve((_req, _body, res) => res.end('{}'));
    const transport = nodeTransport({ keepAliveMs: 50 });
    await transport(request(`${server.url}/x`));
    await new Promise((r) => setTimeout(r, 200));
    await transport(request(`${server.url}/x`));
    expect(server.connections).toBe(2);
  });

  it('speaks https, checking the certificate against the given CA', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'latchkey-transport-'));
    try {
      const { cert, key } = makeCertificate(dir);
      const tls = { cert: readFileSync(cert), key: readFileSync(key) };
      const server = await listen(
        createHttpsServer(tls),
        (_req, _body, res) => res.end('{"secure":true}'),
        'https',
      );
      const trusted = nodeTransport({ tls: { ca: tls.cert } });
      expect((await trusted(request(`${server.url}/x`))).body).toBe('{"secure":true}');
      // Without the CA the self-signed certificate is refused.
      await expect(nodeTransport()(request(`${server.url}/x`))).rejects.toMatchObject({
        code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
