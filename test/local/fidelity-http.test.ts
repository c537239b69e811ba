/**
 * Fidelity review, HTTP layer (docs/pingone-behaviour.md §1.2, §7, §8.2): correlation and external-ID headers on every
 * kind of answer, media types with parameters, 405 versus 404 versus 415, empty vendor POSTs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiResponse, UUID_RE, uniqueName, useHarness } from './helpers.js';

const h = useHarness();
let envBase: string;
beforeAll(() => {
  envBase = h.envBase;
});

const V = 'application/vnd.pingidentity.';

/** A user with a password (bypassing the policy keeps the test about HTTP, not rules). */
async function userWithPassword(email = `${uniqueName('m')}@example.com`) {
  const res = await h.api('/users', {
    method: 'POST',
    contentType: `${V}user.import+json`,
    body: { username: uniqueName('http'), email, password: { value: 'Tr0ub4dor&3-x' } },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; username: string };
}

/** Raw fetch, so that headers and bodies are exactly what a test says. */
async function raw(
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string },
): Promise<ApiResponse> {
  const token = await h.token();
  const res = await fetch(url, {
    method: init.method,
    headers: { authorization: `Bearer ${token}`, ...init.headers },
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text === '' ? undefined : JSON.parse(text),
  };
}

function envelope(res: ApiResponse, status: number, code: string, message: string) {
  expect(res.status).toBe(status);
  expect(res.body).toEqual({ id: res.headers.get('correlation-id'), code, message });
}

const MSG = {
  methodNotAllowed: 'The request could not be completed. The method is not allowed.',
  unsupportedMediaType: 'The request could not be completed. The content type is not supported.',
  routeNotFound: 'The requested resource was not found.',
};

describe('correlation headers (docs/pingone-behaviour.md §8.2)', () => {
  it('every kind of answer carries Correlation-Id and both external IDs; error ids equal it', async () => {
    const user = await userWithPassword();
    const answers: ApiResponse[] = [
      await h.api('/users?limit=1'),
      await h.api(`/users/${user.id}`, {
        method: 'PATCH',
        rawBody: '{',
        contentType: 'application/json',
      }),
      await h.api('/nothing-here'),
      await h.api('/users', { method: 'DELETE' }),
      await h.api('/users', { token: null }),
    ];
    for (const res of answers) {
      expect(res.headers.get('correlation-id')).toMatch(UUID_RE);
      expect(res.headers.get('x-ping-external-transaction-id')).toMatch(UUID_RE);
      expect(res.headers.get('x-ping-external-session-id')).toMatch(UUID_RE);
      if (res.status >= 400) expect(res.body.id).toBe(res.headers.get('correlation-id'));
      expect({
        cacheControl: res.headers.get('cache-control'),
        pragma: res.headers.get('pragma'),
        expires: res.headers.get('expires'),
        nosniff: res.headers.get('x-content-type-options'),
        frames: res.headers.get('x-frame-options'),
      }).toEqual({
        cacheControl: 'no-cache, no-store, max-age=0, must-revalidate',
        pragma: 'no-cache',
        expires: '0',
        nosniff: 'nosniff',
        frames: 'DENY',
      });
    }
    expect(answers.map((r) => r.status)).toEqual([200, 400, 404, 405, 401]);
    expect(new Set(answers.map((r) => r.headers.get('correlation-id'))).size).toBe(answers.length);

    const token = await fetch(`${h.local.authBaseUrl}/${h.local.environmentId}/as/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-ping-external-transaction-id': 'tx-token',
      },
      body: 'grant_type=client_credentials&client_id=nobody&client_secret=wrong',
    });
    const correlationId = token.headers.get('correlation-id');
    expect(correlationId).toMatch(UUID_RE);
    expect(token.headers.get('x-ping-external-transaction-id')).toBe('tx-token');
    expect({ status: token.status, body: await token.json() }).toEqual({
      status: 401,
      body: {
        error: 'invalid_client',
        error_description: `Request denied: Unsupported authentication method (Correlation ID: ${correlationId})`,
      },
    });
  });

  it('keeps letters of any script, counts 100 characters, not bytes, and replaces the rest', async () => {
    const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
    const fromWire = (s: string | null) => Buffer.from(s ?? '', 'latin1').toString('utf8');
    const long = `${'é'.repeat(99)}łź`;
    const res = await raw(`${envBase}/users?limit=1`, {
      method: 'GET',
      headers: {
        'x-ping-external-transaction-id': utf8('Zürich-łódź.日本#1 ☃ 🙂'),
        'x-ping-external-session-id': utf8(long),
      },
    });
    expect(res.status).toBe(200);
    expect(fromWire(res.headers.get('x-ping-external-transaction-id'))).toBe(
      'Zürich-łódź.日本#1____',
    );
    expect(fromWire(res.headers.get('x-ping-external-session-id'))).toBe(`${'é'.repeat(99)}ł`);
  });
});

describe('media types (docs/pingone-behaviour.md §1.2, §4.1)', () => {
  it('ignores charset and letter case on JSON and vendor types', async () => {
    const created = await h.api('/users', {
      method: 'POST',
      contentType: 'Application/JSON; charset=UTF-8',
      body: { username: uniqueName('cs') },
    });
    expect(created.status).toBe(201);
    const set = await h.api(`/users/${created.body.id}/password`, {
      method: 'PUT',
      contentType: `${V}PASSWORD.SET+JSON; charset=utf-8`,
      body: { value: 'Tr0ub4dor&3-x', forceChange: false },
    });
    expect(set.status).toBe(200);
    expect(set.body.status).toBe('OK');
    expect(set.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('415 INVALID_REQUEST for a missing, foreign or unknown vendor type', async () => {
    const user = await userWithPassword();
    envelope(
      await h.api('/users', {
        method: 'POST',
        rawBody: '{"username":"x"}',
        contentType: 'text/plain',
      }),
      415,
      'INVALID_REQUEST',
      MSG.unsupportedMediaType,
    );
    envelope(
      await raw(`${envBase}/users/${user.id}`, { method: 'PUT', body: '{"username":"x"}' }),
      415,
      'INVALID_REQUEST',
      MSG.unsupportedMediaType,
    );
    envelope(
      await h.api(`/users/${user.id}/password`, { method: 'PUT', body: { value: 'x' } }),
      415,
      'INVALID_REQUEST',
      MSG.unsupportedMediaType,
    );
    envelope(
      await h.api(`/users/${user.id}/password`, {
        method: 'POST',
        contentType: `${V}password.frobnicate+json`,
        body: {},
      }),
      415,
      'INVALID_REQUEST',
      MSG.unsupportedMediaType,
    );
    // Lock and unlock on POST /users/{id} are not emulated (gap-filling choice 19).
    for (const type of ['account.unlock+json', 'account.lock+json']) {
      envelope(
        await h.api(`/users/${user.id}`, { method: 'POST', contentType: `${V}${type}` }),
        415,
        'INVALID_REQUEST',
        MSG.unsupportedMediaType,
      );
    }
  });
});

describe('405 versus 404 (docs/pingone-behaviour.md §1.2, §4.1)', () => {
  it('405 with Allow for a known resource, 404 NOT_FOUND for an unknown path or id', async () => {
    const user = await userWithPassword();
    const cases: [ApiResponse, string][] = [
      [await h.api('/users', { method: 'DELETE' }), 'GET, POST'],
      [await h.api(`/users/${user.id}/password`, { method: 'PATCH', body: {} }), 'GET, PUT, POST'],
      [await h.api(`/users/${user.id}/enabled`, { method: 'POST', body: {} }), 'GET, PUT'],
      [await h.api('/passwordPolicies', { method: 'PUT', body: {} }), 'GET, POST'],
      [
        await h.api(`/users/${user.id}/password`, {
          method: 'POST',
          contentType: `${V}password.set+json`,
          body: { value: 'x' },
        }),
        'PUT',
      ],
    ];
    for (const [res, allow] of cases) {
      envelope(res, 405, 'INVALID_REQUEST', MSG.methodNotAllowed);
      expect(res.headers.get('allow')).toBe(allow);
    }
    envelope(await h.api(`/users/${user.id}/devices`), 404, 'NOT_FOUND', MSG.routeNotFound);
    const missing = '00000000-0000-4000-8000-000000000000';
    envelope(
      await h.api(`/users/${missing}/enabled`),
      404,
      'NOT_FOUND',
      `Unable to find user with ID: '${missing}'`,
    );
    envelope(
      await h.api(`/users/${missing}/password`, {
        method: 'POST',
        contentType: `${V}password.unlock+json`,
      }),
      404,
      'NOT_FOUND',
      `Unable to find user with ID: '${missing}'`,
    );
  });
});

describe('empty vendor POSTs (docs/pingone-behaviour.md §4.1 #7–9)', () => {
  it('accept Content-Length: 0, an empty body or no body at all', async () => {
    const email = `${uniqueName('cl0')}@example.com`;
    const user = await userWithPassword(email);
    const url = `${envBase}/users/${user.id}/password`;
    const post = (type: string, headers: Record<string, string> = {}) =>
      raw(url, { method: 'POST', headers: { 'content-type': `${V}${type}`, ...headers } });
    const state = (status: string) => ({
      _links: {
        self: { href: url },
        environment: { href: envBase },
        user: { href: `${envBase}/users/${user.id}` },
        passwordPolicy: { href: expect.stringMatching(`^${envBase}/passwordPolicies/`) },
        'password.check': { href: url },
        'password.reset': { href: url },
        'password.set': { href: url },
      },
      environment: { id: h.local.environmentId },
      user: { id: user.id },
      passwordPolicy: { id: expect.stringMatching(UUID_RE) },
      status,
      lastChangedAt: expect.any(String),
    });

    const sent = await post('password.sendRecoveryCode+json', { 'content-length': '0' });
    expect({ status: sent.status, body: sent.body }).toEqual({ status: 200, body: state('OK') });
    expect(h.handle.mailbox.list({ to: email })).toHaveLength(1);

    const forced = await post('password.forceChange', { 'content-length': '0' });
    expect({ status: forced.status, body: forced.body }).toEqual({
      status: 200,
      body: state('MUST_CHANGE_PASSWORD'),
    });
    const unlocked = await raw(url, {
      method: 'POST',
      headers: { 'content-type': `${V}password.unlock+json` },
      body: '',
    });
    expect({ status: unlocked.status, body: unlocked.body }).toEqual({
      status: 200,
      body: state('MUST_CHANGE_PASSWORD'),
    });
    const withEmptyObject = await h.api(`/users/${user.id}/password`, {
      method: 'POST',
      contentType: `${V}password.sendRecoveryCode+json; charset=UTF-8`,
      body: {},
    });
    expect(withEmptyObject.status).toBe(200);
    expect(h.handle.mailbox.list({ to: email })).toHaveLength(2);
  });
});
