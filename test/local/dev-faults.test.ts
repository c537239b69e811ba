import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFaultInjector } from '../../src/local/dev/index.js';
import { call, ENV_ID, type Harness, startHarness, UUID } from '../support/dev-harness.js';
import { expectSchema } from '../support/openapi.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const users = `/v1/environments/${ENV_ID}/users`;
const okList = { _embedded: { users: [] }, count: 0, size: 0 };

async function addFault(rule: unknown) {
  const res = await call(h.base, 'POST', '/_local/faults', rule);
  expect(res.status).toBe(201);
  return res.body as { id: string };
}

describe('fault injection', () => {
  it('answers the next N matching requests with 429 REQUEST_LIMITED and Retry-After', async () => {
    const created = await addFault({
      method: 'get',
      path: '/v1/environments/*/users',
      count: 2,
      action: { status: 429 },
    });
    expect(created).toEqual({
      id: expect.stringMatching(UUID),
      method: 'GET',
      path: '/v1/environments/*/users',
      count: 2,
      remaining: 2,
      action: { status: 429 },
    });

    for (let i = 0; i < 2; i++) {
      const res = await call(h.base, 'GET', `${users}?limit=10`);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('1');
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.body).toEqual({
        id: expect.stringMatching(UUID),
        code: 'REQUEST_LIMITED',
        message: 'The request could not be completed. The request rate limit was exceeded.',
        details: [
          {
            code: 'LIMIT_EXCEEDED',
            message: 'The request could not be completed. The request rate limit was exceeded.',
          },
        ],
      });
      expect(res.headers.get('correlation-id')).toBe((res.body as { id: string }).id);
      expectSchema('P1Error', res.body);
    }
    // POST is not matched by a GET rule.
    expect((await call(h.base, 'POST', users, { username: 'x' })).status).toBe(201);
    const third = await call(h.base, 'GET', users);
    expect({ status: third.status, body: third.body }).toEqual({ status: 200, body: okList });
    expect(h.handled.count).toBe(2);
    expect((await call(h.base, 'GET', '/_local/faults')).body).toEqual([]);
  });

  it('answers 500 UNEXPECTED_ERROR without Retry-After and 503 with the given Retry-After', async () => {
    await addFault({ method: '*', path: users, count: 1, action: { status: 500 } });
    await addFault({
      method: 'POST',
      path: users,
      count: 1,
      action: { status: 503, retryAfter: 30, body: 'pingone' },
    });

    const first = await call(h.base, 'POST', users, { username: 'x' });
    expect(first.status).toBe(500);
    expect(first.headers.get('retry-after')).toBeNull();
    expect(first.body).toEqual({
      id: expect.stringMatching(UUID),
      code: 'UNEXPECTED_ERROR',
      message: 'An unexpected error occurred.',
    });

    const second = await call(h.base, 'POST', users, { username: 'x' });
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('30');
    expect(second.body).toEqual({
      id: expect.stringMatching(UUID),
      code: 'UNEXPECTED_ERROR',
      message: 'The service is temporarily unavailable.',
    });
    expect(h.handled.count).toBe(0);
    expect((await call(h.base, 'POST', users, { username: 'x' })).status).toBe(201);
  });

  it('can answer truncated JSON', async () => {
    await addFault({
      method: 'GET',
      path: users,
      count: 1,
      action: { status: 502, body: 'malformed' },
    });
    const res = await call(h.base, 'GET', users);
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.text).toBe('{"id": ');
    expect(() => JSON.parse(res.text)).toThrow(SyntaxError);
  });

  it('delays a request until the delay ends or the rules are cleared, then runs the route', async () => {
    const fault = await addFault({
      method: 'GET',
      path: users,
      count: 1,
      action: { delayMs: 60000 },
    });
    const pending = call(h.base, 'GET', users);
    // The rule disappears once a request has taken it; the route must not have run yet.
    for (;;) {
      const list = (await call(h.base, 'GET', '/_local/faults')).body as Array<{ id: string }>;
      if (!list.some((f) => f.id === fault.id)) break;
    }
    expect(h.handled.count).toBe(0);
    expect((await call(h.base, 'DELETE', '/_local/faults')).status).toBe(204);
    const res = await pending;
    expect({ status: res.status, body: res.body }).toEqual({ status: 200, body: okList });
    expect(h.handled.count).toBe(1);
  });

  it('never faults /_local/ routes, even with a catch-all rule', async () => {
    await addFault({ method: '*', path: '/**', count: 3, action: { status: 500 } });
    const clock = await call(h.base, 'GET', '/_local/clock');
    expect(clock.status).toBe(200);
    const listed = await call(h.base, 'GET', '/_local/faults');
    expect(listed.body).toEqual([
      {
        id: expect.stringMatching(UUID),
        method: '*',
        path: '/**',
        count: 3,
        remaining: 3,
        action: { status: 500 },
      },
    ]);
    expect((await call(h.base, 'GET', '/anything/else')).status).toBe(500);
  });

  it('matches globs per segment, ** across segments, and ^ regular expressions', () => {
    const f = createFaultInjector();
    f.add({ method: 'GET', path: '/v1/*/users', count: 10, action: { status: 500 } });
    expect(f.take('GET', '/v1/a/b/users')).toBeNull();
    expect(f.take('GET', '/v1/users')).toBeNull();
    expect(f.take('GET', '/v1/a/users')).toEqual({ status: 500 });
    f.clear();
    f.add({ method: '*', path: '/v1/**', count: 1, action: { status: 501 } });
    expect(f.take('DELETE', '/v2/a')).toBeNull();
    expect(f.take('DELETE', '/v1/a/b/c')).toEqual({ status: 501 });
    expect(f.take('DELETE', '/v1/a/b/c')).toBeNull();
    f.add({
      method: 'POST',
      path: '^/v1/environments/[^/]+/users/[^/]+/password$',
      count: 1,
      action: { status: 429, retryAfter: 5 },
    });
    expect(f.take('POST', '/v1/environments/e/users/u/password/x')).toBeNull();
    expect(f.take('post', '/v1/environments/e/users/u/password')).toEqual({
      status: 429,
      retryAfter: 5,
    });
    // Glob metacharacters of RegExp are literal in a glob.
    f.add({ method: 'GET', path: '/a.b', count: 1, action: { status: 500 } });
    expect(f.take('GET', '/aXb')).toBeNull();
    expect(f.take('GET', '/a.b')).toEqual({ status: 500 });
  });

  it('applies the oldest matching rule first and removes one rule by id', async () => {
    const first = await addFault({ method: 'GET', path: users, count: 1, action: { status: 500 } });
    await addFault({ method: 'GET', path: users, count: 1, action: { status: 503 } });
    expect((await call(h.base, 'DELETE', `/_local/faults/${first.id}`)).status).toBe(204);
    const gone = await call(h.base, 'DELETE', `/_local/faults/${first.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({
      id: expect.stringMatching(UUID),
      code: 'NOT_FOUND',
      message: `Unable to find fault rule with ID: '${first.id}'`,
    });
    expect((await call(h.base, 'GET', users)).status).toBe(503);
  });

  it('rejects invalid rules with INVALID_DATA and a target per problem', async () => {
    const bad = await call(h.base, 'POST', '/_local/faults', {
      method: 'BREW',
      path: 'users',
      count: 0,
      action: { status: 200, retryAfter: -1, body: 'html' },
      extra: true,
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      id: expect.stringMatching(UUID),
      code: 'INVALID_DATA',
      message:
        'The request could not be completed. One or more validation errors were in the request.',
      details: [
        {
          code: 'INVALID_VALUE',
          target: 'method',
          message:
            "Invalid enum value. Expected '*' | 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS', received 'BREW'",
        },
        {
          code: 'INVALID_VALUE',
          target: 'path',
          message: 'must start with "/" (glob) or "^" (regular expression)',
        },
        {
          code: 'OUT_OF_RANGE',
          target: 'count',
          message: 'Number must be greater than or equal to 1',
        },
        { code: 'INVALID_VALUE', target: 'extra', message: 'is not a known member' },
        {
          code: 'OUT_OF_RANGE',
          target: 'action.status',
          message: 'Number must be greater than or equal to 400',
        },
        {
          code: 'OUT_OF_RANGE',
          target: 'action.retryAfter',
          message: 'Number must be greater than or equal to 0',
        },
        {
          code: 'INVALID_VALUE',
          target: 'action.body',
          message: "Invalid enum value. Expected 'pingone' | 'malformed', received 'html'",
        },
      ],
    });
    expectSchema('P1Error', bad.body);

    const missing = await call(h.base, 'POST', '/_local/faults', { path: '^(', count: 1.5 });
    expect(missing.status).toBe(400);
    expect((missing.body as { details: unknown }).details).toEqual([
      { code: 'REQUIRED_VALUE', target: 'method', message: 'Required' },
      { code: 'INVALID_VALUE', target: 'path', message: 'is not a valid regular expression' },
      { code: 'INVALID_VALUE', target: 'count', message: 'Expected integer, received float' },
      { code: 'REQUIRED_VALUE', target: 'action', message: 'Required' },
    ]);

    const delay = await call(h.base, 'POST', '/_local/faults', {
      method: 'GET',
      path: '/x',
      count: 1,
      action: { delayMs: 600000, status: 500 },
    });
    expect((delay.body as { details: unknown }).details).toEqual([
      {
        code: 'OUT_OF_RANGE',
        target: 'action.delayMs',
        message: 'Number must be less than or equal to 60000',
      },
      { code: 'INVALID_VALUE', target: 'action.status', message: 'is not a known member' },
    ]);

    const notObject = await call(h.base, 'POST', '/_local/faults', [1]);
    expect((notObject.body as { details: unknown }).details).toEqual([
      { code: 'INVALID_VALUE', target: '$', message: 'Expected object, received array' },
    ]);
    expect((await call(h.base, 'GET', '/_local/faults')).body).toEqual([]);
  });
});
