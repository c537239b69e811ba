/**
 * Regression tests for requests PingOne Local refuses before routing, found by the fuzz suite
 * (test/fuzz/local.fuzz.test.ts): they used to get Fastify's own body
 * (`{ error, message, statusCode }`) without a `Correlation-Id`, instead of PingOne's envelope.
 * - a path with broken percent-encoding (Fastify's FST_ERR_BAD_URL);
 * - a path parameter longer than the router's 256 characters (FST_ERR_MAX_PARAM_LENGTH);
 * - a request head too large for Node (431), which a legal filter of 4096 multi-byte
 *   characters reached once percent-encoded.
 */
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { UUID_RE, useHarness } from './helpers.js';

const h = useHarness();

/** GET under the environment with a worker token (raw: the error bodies are the point). */
async function get(path: string) {
  const res = await fetch(`${h.local.apiBaseUrl}/environments/${h.local.environmentId}${path}`, {
    headers: { authorization: `Bearer ${await h.token()}` },
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

function expectEnvelope(status: number, headers: Headers, body: Record<string, unknown>) {
  const correlationId = headers.get('correlation-id');
  expect(correlationId).toMatch(UUID_RE);
  expect(body.id).toBe(correlationId);
  expect(Object.keys(body).sort()).toEqual(['code', 'id', 'message']);
  return { status, code: body.code, message: body.message };
}

describe('requests refused before routing get PingOne’s error envelope', () => {
  it('answers a path with broken percent-encoding with 400 INVALID_REQUEST', async () => {
    for (const bad of ['%zz', 'a%C3%28', '%E0%A4%A']) {
      const res = await get(`/users/${bad}`);
      expect(expectEnvelope(res.status, res.headers, res.body)).toEqual({
        status: 400,
        code: 'INVALID_REQUEST',
        message: 'The request could not be completed. The request was malformed or invalid.',
      });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers a 300-character user ID with 404 NOT_FOUND', async () => {
    const res = await get(`/users/${'x'.repeat(300)}/password`);
    expect(expectEnvelope(res.status, res.headers, res.body)).toEqual({
      status: 404,
      code: 'NOT_FOUND',
      message: 'The requested resource was not found.',
    });
  });

  it('accepts a 4096-character multi-byte filter, whose URL is about 25 KB', async () => {
    const filter = `username eq "${'é'.repeat(4080)}"`;
    expect(filter.length).toBeLessThanOrEqual(4096);
    const res = await get(`/users?filter=${encodeURIComponent(filter)}`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(0);
  });

  it('answers a request head beyond 64 KiB with 431 in the envelope, and stays up', async () => {
    const { status, headers, text } = await new Promise<{
      status: number;
      headers: Record<string, string | string[] | undefined>;
      text: string;
    }>((resolve, reject) => {
      const req = httpRequest(`${h.local.baseUrl}/v1/environments/${h.local.environmentId}/users`, {
        headers: { 'x-padding': 'p'.repeat(70 * 1024) },
      });
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      });
      req.on('error', reject);
      req.end();
    });
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
    expect(
      expectEnvelope(
        status,
        new Headers({ 'correlation-id': String(headers['correlation-id']) }),
        body,
      ),
    ).toEqual({
      status: 431,
      code: 'INVALID_REQUEST',
      message: 'The request could not be completed. The request was malformed or invalid.',
    });
    const after = await get('/users?limit=1');
    expect(after.status).toBe(200);
  });
});
