import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/pingone/http.js';
import {
  PingOneApiError,
  type PingOneClient,
  PingOneNetworkError,
  PingOneResponseError,
} from '../../src/pingone/index.js';
import {
  apiPath,
  CLIENT_SECRET,
  clientFor,
  errorBody,
  type FakePingOne,
  passwordStateBody,
  startFake,
  userBody,
} from './fake-pingone.js';

const USER_ID = '22222222-0000-4000-8000-000000000002';
let fake: FakePingOne | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const UNAVAILABLE = errorBody('UNEXPECTED_ERROR', 'Service unavailable');
const LIMITED = errorBody('REQUEST_LIMITED', 'Too many requests', [
  { code: 'LIMIT_EXCEEDED', message: 'limit' },
]);

describe('retries for idempotent reads', () => {
  it('503, 503, 200 on a GET succeeds after 3 calls with full-jitter backoff', async () => {
    fake = await startFake((_r, n) =>
      n < 3 ? { status: 503, json: UNAVAILABLE } : { status: 200, json: userBody(USER_ID, 'a') },
    );
    const { client, sleeps, events } = clientFor(fake);
    expect((await client.users.get(USER_ID))?.id).toBe(USER_ID);
    expect(fake.apiRequests()).toHaveLength(3);
    expect(sleeps).toEqual([50, 100]);
    expect(events.filter((e) => e.method === 'GET').map((e) => [e.status, e.attempt])).toEqual([
      [503, 1],
      [503, 2],
      [200, 3],
    ]);
  });

  it('backoff is capped by maxDelayMs', async () => {
    fake = await startFake(() => ({ status: 500, json: UNAVAILABLE }));
    const { client, sleeps } = clientFor(fake, {
      random: () => 0.999,
      retry: { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 250 },
    });
    await expect(client.users.get(USER_ID)).rejects.toBeInstanceOf(PingOneApiError);
    expect(sleeps).toEqual([99, 199, 249, 249]);
  });

  it.each([408, 429, 500, 502, 503, 504])('HTTP %i on a GET is retried', async (status) => {
    fake = await startFake((_r, n) =>
      n === 1
        ? { status, json: errorBody('X', 'transient') }
        : { status: 200, json: userBody(USER_ID, 'a') },
    );
    const { client } = clientFor(fake);
    expect((await client.users.get(USER_ID))?.id).toBe(USER_ID);
    expect(fake.apiRequests()).toHaveLength(2);
  });

  it.each([400, 403, 409])('HTTP %i on a GET is not retried', async (status) => {
    const body = errorBody('INVALID_DATA', 'no');
    fake = await startFake(() => ({ status, json: body }));
    const { client } = clientFor(fake);
    const err = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'API_ERROR', status, apiCode: 'INVALID_DATA', body });
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it('gives up after maxAttempts and reports the last PingOne error', async () => {
    fake = await startFake(() => ({
      status: 500,
      json: UNAVAILABLE,
      headers: { 'correlation-id': 'corr-500' },
    }));
    const { client } = clientFor(fake, { retry: { maxAttempts: 3 } });
    const err = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PingOneApiError);
    expect(err).toMatchObject({
      code: 'API_ERROR',
      status: 500,
      apiCode: 'UNEXPECTED_ERROR',
      correlationId: 'corr-500',
      body: UNAVAILABLE,
    });
    expect(fake.apiRequests()).toHaveLength(3);
  });

  it('429 with Retry-After: 2 waits 2000 ms before the retry', async () => {
    fake = await startFake((_r, n) =>
      n === 1
        ? { status: 429, json: LIMITED, headers: { 'retry-after': '2' } }
        : { status: 200, json: userBody(USER_ID, 'a') },
    );
    const { client, sleeps } = clientFor(fake);
    expect((await client.users.get(USER_ID))?.id).toBe(USER_ID);
    expect(sleeps).toEqual([2000]);
  });

  it('Retry-After as an HTTP date is honoured', async () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    fake = await startFake((_r, n) =>
      n === 1
        ? {
            status: 503,
            json: UNAVAILABLE,
            headers: { 'retry-after': 'Sat, 28 Nov 2026 12:00:03 GMT' },
          }
        : { status: 200, json: userBody(USER_ID, 'a') },
    );
    const { client, sleeps } = clientFor(fake, { now: () => now });
    await client.users.get(USER_ID);
    expect(sleeps).toEqual([3000]);
  });

  it('Retry-After above the cap is not waited for: immediate API_ERROR with retryAfterMs', async () => {
    fake = await startFake(() => ({
      status: 429,
      json: LIMITED,
      headers: { 'retry-after': '3600' },
    }));
    const { client, sleeps } = clientFor(fake, { retry: { maxRetryAfterMs: 5000 } });
    const err = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'API_ERROR',
      status: 429,
      apiCode: 'REQUEST_LIMITED',
      retryAfterMs: 3_600_000,
    });
    expect((err as PingOneApiError).hasDetail('LIMIT_EXCEEDED')).toBe(true);
    expect(sleeps).toEqual([]);
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it('a connection failure is NETWORK with the original error as cause, retried for GET', async () => {
    fake = await startFake(() => ({ status: 200, json: {} }));
    const { client, events } = clientFor(fake, {
      apiBaseUrl: 'http://127.0.0.1:1/v1',
      retry: { maxAttempts: 2 },
    });
    const err = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PingOneNetworkError);
    expect(err).toMatchObject({
      code: 'NETWORK',
      method: 'GET',
      url: `http://127.0.0.1:1${apiPath(`/users/${USER_ID}`)}`,
    });
    expect((err as Error).cause).toBeInstanceOf(Error);
    expect(events.filter((e) => e.method === 'GET').map((e) => [e.error, e.attempt])).toEqual([
      ['NETWORK', 1],
      ['NETWORK', 2],
    ]);
  });

  it('a server that hangs past the timeout gives TIMEOUT, retried for GET', async () => {
    fake = await startFake(() => ({ hang: true }));
    const { client } = clientFor(fake, { timeoutMs: 150, retry: { maxAttempts: 2 } });
    const err = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PingOneNetworkError);
    expect(err).toMatchObject({
      code: 'TIMEOUT',
      message: `GET ${fake.url}${apiPath(`/users/${USER_ID}`)} timed out after 150 ms`,
    });
    expect(fake.apiRequests()).toHaveLength(2);
  });

  it('a body that stalls after the headers also times out', async () => {
    fake = await startFake(() => ({ stall: true }));
    const { client } = clientFor(fake, { timeoutMs: 150, retry: { maxAttempts: 1 } });
    await expect(client.users.get(USER_ID)).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it('a timeout after a create body was sent never sends a second create', async () => {
    fake = await startFake(() => ({ hang: true }));
    const { client } = clientFor(fake, { timeoutMs: 150 });
    const err = await client.users.create({ username: 'zed' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'TIMEOUT' });
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it('the caller signal aborts the request: ABORTED, not retried', async () => {
    fake = await startFake(() => ({ hang: true }));
    const { client } = clientFor(fake, { timeoutMs: 5000 });
    const controller = new AbortController();
    const pending = client.users.get(USER_ID, { signal: controller.signal });
    // Abort once the request has reached the server.
    while (fake.apiRequests().length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort(new Error('client went away'));
    const err = await pending.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PingOneNetworkError);
    expect(err).toMatchObject({ code: 'ABORTED' });
    expect(((err as Error).cause as Error).message).toBe('client went away');
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it('an already-aborted signal sends nothing', async () => {
    fake = await startFake(() => ({ status: 200, json: userBody(USER_ID, 'a') }));
    const { client } = clientFor(fake);
    const err = await client.users
      .get(USER_ID, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'ABORTED' });
    expect(fake.requests).toHaveLength(0);
  });
});

type Op = [string, (c: PingOneClient) => Promise<unknown>];
const NEVER_RETRIED: Op[] = [
  ['users.create', (c) => c.users.create({ username: 'x' })],
  ['users.import', (c) => c.users.import({ username: 'x', password: { value: 'P@ss' } })],
  ['users.update', (c) => c.users.update(USER_ID, { username: 'x' })],
  ['users.patch', (c) => c.users.patch(USER_ID, { nickname: 'x' })],
  ['users.delete', (c) => c.users.delete(USER_ID)],
  ['passwords.check', (c) => c.passwords.check(USER_ID, 'pw')],
  ['passwords.set', (c) => c.passwords.set(USER_ID, { value: 'pw' })],
  ['passwords.adminReset', (c) => c.passwords.adminReset(USER_ID, 'pw')],
  [
    'passwords.selfChange',
    (c) =>
      c.passwords.selfChange(USER_ID, {
        currentPassword: 'a',
        newPassword: 'b',
        userAccessToken: 'user-token',
      }),
  ],
  ['passwords.sendRecoveryCode', (c) => c.passwords.sendRecoveryCode(USER_ID)],
  [
    'passwords.recover',
    (c) => c.passwords.recover(USER_ID, { recoveryCode: 'C', newPassword: 'b' }),
  ],
  ['passwords.unlock', (c) => c.passwords.unlock(USER_ID)],
  ['passwords.forceChange', (c) => c.passwords.forceChange(USER_ID)],
  ['verification.sendVerificationCode', (c) => c.verification.sendVerificationCode(USER_ID)],
  ['verification.verifyUser', (c) => c.verification.verifyUser(USER_ID, 'ABCD1234')],
  [
    'verification.sendEmailVerification',
    (c) => c.verification.sendEmailVerification(USER_ID, { notificationType: 'user' }),
  ],
  ['verification.verifyEmail', (c) => c.verification.verifyEmail(USER_ID, 'ABCD1234')],
];

describe('writes are never retried', () => {
  it.each(NEVER_RETRIED)('%s: 503 → exactly one call and API_ERROR', async (_name, op) => {
    fake = await startFake(() => ({ status: 503, json: UNAVAILABLE }));
    const { client, sleeps } = clientFor(fake);
    const err = await op(client).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PingOneApiError);
    expect(err).toMatchObject({ code: 'API_ERROR', status: 503, apiCode: 'UNEXPECTED_ERROR' });
    expect(fake.apiRequests()).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it.each(NEVER_RETRIED)('%s: 429 with a short Retry-After → still one call', async (_n, op) => {
    fake = await startFake(() => ({ status: 429, json: LIMITED, headers: { 'retry-after': '1' } }));
    const { client } = clientFor(fake);
    await expect(op(client)).rejects.toMatchObject({ code: 'API_ERROR', status: 429 });
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it.each(NEVER_RETRIED)('%s: connection reset → NETWORK after one call', async (_n, op) => {
    fake = await startFake(() => ({ hang: true }));
    const { client } = clientFor(fake, { timeoutMs: 2000 });
    const pending = op(client).catch((e: unknown) => e);
    while (fake.apiRequests().length === 0) await new Promise((r) => setTimeout(r, 5));
    await fake.close();
    const err = await pending;
    expect(err).toBeInstanceOf(PingOneNetworkError);
    expect(err).toMatchObject({ code: 'NETWORK' });
    expect(fake.apiRequests()).toHaveLength(1);
    fake = undefined;
  });
});

describe('responses that do not conform', () => {
  it('malformed JSON on 200 is INVALID_RESPONSE (no body text in the message)', async () => {
    fake = await startFake(() => ({
      status: 200,
      text: '{"id": "secret-ish", ',
      headers: { 'content-type': 'application/json' },
    }));
    const { client } = clientFor(fake);
    const err = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PingOneResponseError);
    expect(err).toMatchObject({
      code: 'INVALID_RESPONSE',
      status: 200,
      path: null,
      message: 'response body must be valid JSON (HTTP 200)',
    });
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it('an empty 200 body on a password action is INVALID_RESPONSE, never success', async () => {
    fake = await startFake(() => ({ status: 200, text: '' }));
    const { client } = clientFor(fake);
    await expect(
      client.passwords.recover(USER_ID, { recoveryCode: 'ABCD1234', newPassword: 'n' }),
    ).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      message: 'response body must be JSON, got an empty body (HTTP 200)',
    });
  });

  it('a body above the size cap is INVALID_RESPONSE, not retried', async () => {
    fake = await startFake(() => ({ status: 200, text: 'x'.repeat(MAX_BODY_BYTES + 1) }));
    const { client } = clientFor(fake);
    await expect(client.users.get(USER_ID)).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      status: 200,
      message: `response body of ${fake.url}${apiPath(`/users/${USER_ID}`)} exceeds ${MAX_BODY_BYTES} bytes`,
    });
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it('a 302 is INVALID_RESPONSE and the Location is not followed', async () => {
    fake = await startFake(() => ({
      status: 302,
      headers: { location: 'http://127.0.0.1:1/elsewhere' },
      text: '',
    }));
    const { client } = clientFor(fake);
    const err = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'INVALID_RESPONSE',
      status: 302,
      message: 'unexpected redirect (HTTP 302); redirects are not followed',
    });
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it('a 302 from the token endpoint is INVALID_RESPONSE too', async () => {
    fake = await startFake(
      () => ({ status: 200, json: {} }),
      () => ({ status: 302, headers: { location: '/elsewhere' }, text: '' }),
    );
    const { client } = clientFor(fake);
    await expect(client.getAccessToken()).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      status: 302,
    });
    expect(fake.requests).toHaveLength(1);
  });

  it('a 500 with an HTML body is INVALID_RESPONSE carrying the status', async () => {
    fake = await startFake(() => ({
      status: 500,
      text: '<html>at Object.<anonymous> (/srv/app.js:1:1)</html>',
      headers: { 'content-type': 'text/html' },
    }));
    const { client } = clientFor(fake, { retry: { maxAttempts: 1 } });
    const err = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'INVALID_RESPONSE',
      status: 500,
      message: 'HTTP 500 response body must be a PingOne error object (JSON)',
    });
  });

  it('a user with a numeric id names the JSON path', async () => {
    fake = await startFake(() => ({ status: 200, json: { ...userBody(USER_ID, 'a'), id: 42 } }));
    const { client } = clientFor(fake);
    await expect(client.users.get(USER_ID)).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      path: 'id',
      message: 'response body "id" must be a PingOne resource id',
    });
  });

  it('a user id carrying path syntax is refused (path-parameter integrity)', async () => {
    fake = await startFake(() => ({
      status: 200,
      json: { _embedded: { users: [userBody('../../x', 'a')] }, size: 1 },
    }));
    const { client } = clientFor(fake);
    await expect(client.users.findByUsernameOrEmail('a')).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      path: '_embedded.users[0].id',
      message: 'response body "_embedded.users[0].id" must be a PingOne resource id',
    });
  });

  it('a list item of the wrong shape names its index', async () => {
    fake = await startFake(() => ({
      status: 200,
      json: {
        _embedded: {
          users: [userBody(USER_ID, 'a'), { ...userBody(USER_ID, 'b'), enabled: 'yes' }],
        },
        size: 2,
      },
    }));
    const { client } = clientFor(fake);
    await expect(client.users.listPage()).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      message: 'response body "_embedded.users[1].enabled" must be a boolean',
    });
  });

  it('a password state with an unknown status is INVALID_RESPONSE', async () => {
    fake = await startFake(() => ({
      status: 200,
      json: passwordStateBody(USER_ID, 'MAYBE'),
    }));
    const { client } = clientFor(fake);
    await expect(client.passwords.getState(USER_ID)).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      path: 'status',
      message:
        'response body "status" must be one of OK, NO_PASSWORD, MUST_CHANGE_PASSWORD, PASSWORD_EXPIRED, PASSWORD_LOCKED_OUT, EXTERNAL',
    });
  });

  it('a password state for another user is INVALID_RESPONSE', async () => {
    fake = await startFake(() => ({
      status: 200,
      json: passwordStateBody('99999999-0000-4000-8000-000000000009'),
    }));
    const { client } = clientFor(fake);
    await expect(client.passwords.getState(USER_ID)).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      path: 'user.id',
      message: 'response body "user.id" must be the requested user id',
    });
  });

  it('an error status with a non-envelope JSON body is INVALID_RESPONSE', async () => {
    fake = await startFake(() => ({ status: 400, json: { oops: true } }));
    const { client } = clientFor(fake);
    await expect(client.users.create({ username: 'x' })).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      status: 400,
      message: 'HTTP 400 response body must be a PingOne error object with "code" and "message"',
    });
  });

  it('the raw response is kept but not enumerable', async () => {
    fake = await startFake(() => ({ status: 400, json: errorBody('INVALID_DATA', 'bad') }));
    const { client } = clientFor(fake);
    const err = (await client.users.create({ username: 'x' }).catch((e: unknown) => e)) as
      | PingOneApiError
      | undefined;
    expect(err?.response).toBeInstanceOf(Response);
    expect(Object.keys(err!)).not.toContain('response');
  });
});

describe('canary sweep: no secret, token or password in any error', () => {
  const PASSWORD = 'Canary-Pa55word!';
  const faults: [string, Parameters<typeof startFake>[0]][] = [
    ['400', () => ({ status: 400, json: errorBody('INVALID_DATA', 'bad') })],
    ['401', () => ({ status: 401, json: errorBody('ACCESS_FAILED', 'no') })],
    ['429', () => ({ status: 429, json: LIMITED, headers: { 'retry-after': '9999' } })],
    ['500', () => ({ status: 500, json: UNAVAILABLE })],
    ['malformed', () => ({ status: 200, text: '{' })],
    ['wrong shape', () => ({ status: 200, json: { user: {} } })],
    ['timeout', () => ({ hang: true })],
  ];
  it.each(faults)('%s', async (_name, handler) => {
    fake = await startFake(handler);
    const { client, events } = clientFor(fake, { timeoutMs: 150 });
    const token = await client.getAccessToken();
    const err = await client.passwords.check(USER_ID, PASSWORD).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    const dump = [
      String(err),
      (err as Error).stack ?? '',
      inspect(err, { showHidden: true, depth: 10 }),
      JSON.stringify(err),
      JSON.stringify(events),
    ].join('\n');
    for (const canary of [CLIENT_SECRET, token, PASSWORD]) expect(dump).not.toContain(canary);
  });
});
