/**
 * Requests the router or Node's HTTP parser cannot read (broken percent-encoding, headers over
 * Node's limit) get the portal's own answer with its strict headers, never Fastify's JSON body
 * and never an echo of the URL. Found by the fuzz tests' sibling suite for PingOne Local.
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { BAD_REQUEST_TEXT, rawRequest, useRecordedPortal } from '../support/recorded-portal.js';
import { textOf } from './harness.js';

const h = useRecordedPortal();

/** Sends raw bytes and reads the whole answer (the server closes the connection). */
function rawExchange(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
    socket.write(bytes);
  });
}

describe('requests the router or the HTTP parser cannot read', () => {
  it('answers a path with broken percent-encoding with the translated 400 page, no echo, no call', async () => {
    const before = h.calls.length;
    for (const path of ['/%zz', '/password/%C3%28', '/register%']) {
      const page = await rawRequest(h.url, 'GET', path);
      expect([page.status, page.headers.get('content-type')]).toEqual([
        400,
        'text/html; charset=utf-8',
      ]);
      expect(textOf(page.body, 'error-text')).toBe(BAD_REQUEST_TEXT);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(page.body).not.toContain(path);
      expect(page.body).not.toContain('FST_ERR');
    }
    const french = await rawExchange(
      h.url,
      'GET /%zz HTTP/1.1\r\nHost: x\r\nAccept-Language: fr\r\nConnection: close\r\n\r\n',
    );
    expect(french).toMatch(/^HTTP\/1\.1 400 /);
    expect(french).toContain('lang="fr"');
    expect(h.calls.length).toBe(before);
  });

  it('keeps a well-encoded path and a query it cannot decode on their normal routes', async () => {
    expect((await rawRequest(h.url, 'GET', '/password/forgot?x=%zz')).status).toBe(200);
    expect((await rawRequest(h.url, 'GET', '/%72egister')).status).toBe(200);
  });

  it('answers headers over the limit with a closed 431 HTML page carrying the strict headers', async () => {
    const answer = await rawExchange(
      h.url,
      `GET /register HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(head).toContain('Content-Type: text/html; charset=utf-8');
    expect(head).toContain("Content-Security-Policy: default-src 'none'");
    expect(head).toContain('Cache-Control: no-store');
    expect(head).toContain('Connection: close');
    expect(body).toContain('<h1>Bad request</h1>');
    expect(body).not.toContain('statusCode');
    // The portal is still serving.
    expect((await rawRequest(h.url, 'GET', '/register')).status).toBe(200);
  });
});
