/**
 * PingOne faults fail closed: generic pages, safe retries, one deadline per request, and no
 * secret in the logs whatever PingOne answers.
 * Part of the security review (docs/security.md), against a real portal and a real PingOne Local
 * behind the recording transport of test/support/recorded-portal.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  apiCalls,
  startRecorded,
  UNAVAILABLE_TEXT,
  useRecordedPortal,
} from '../support/recorded-portal.js';
import { addFault, Browser, createUser, strongPassword, textOf, unique } from './harness.js';

const h = useRecordedPortal();

describe('PingOne faults fail closed', () => {
  it('never shows success when the password set answers 200 with malformed or empty JSON', async () => {
    for (const body of ['{"id": ', '', '{"unexpected":true}']) {
      const user = await createUser(h);
      h.intercept = (call) =>
        call.method === 'PUT' && call.path === `/users/${user.id}/password`
          ? new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })
          : undefined;
      const b = new Browser(h.url);
      await b.get('/password/change');
      const pw = strongPassword();
      const res = await b.post('/password/change', {
        username: user.username,
        currentPassword: user.password,
        password: pw,
        confirmPassword: pw,
      });
      h.intercept = null;
      expect(res.status, JSON.stringify(body)).toBe(502);
      expect(textOf(res.body, 'error-text')).toBe(UNAVAILABLE_TEXT);
      expect(res.body).not.toMatch(/flash-success|"id"|unexpected|at \S+\.(ts|js)|Error:/);
      expect(res.body).not.toContain(h.local.environmentId);
      expect(res.body).not.toContain(user.id);
    }
  });

  it('shows a generic page, not the upstream body, when PingOne answers 500 with a stack trace', async () => {
    const user = await createUser(h);
    const stack = 'Error: boom\n    at handler (/srv/app/secret.js:1:1)';
    h.intercept = (call) =>
      call.method === 'POST' && call.path === `/users/${user.id}/password`
        ? new Response(
            JSON.stringify({ id: 'x', code: 'UNEXPECTED_ERROR', message: stack, details: [] }),
            { status: 500, headers: { 'content-type': 'application/json' } },
          )
        : undefined;
    const b = new Browser(h.url);
    await b.get('/password/change');
    const pw = strongPassword();
    const res = await b.post('/password/change', {
      username: user.username,
      currentPassword: user.password,
      password: pw,
      confirmPassword: pw,
    });
    expect([res.status, textOf(res.body, 'error-text')]).toEqual([503, UNAVAILABLE_TEXT]);
    expect(res.body).not.toMatch(/boom|secret\.js|UNEXPECTED_ERROR|Error:/);
    expect(h.logs.join('')).not.toContain('secret.js');
  });

  it('does not wait for a long Retry-After: one lookup, then 503 with Retry-After', async () => {
    await addFault(h, {
      method: 'GET',
      path: '/v1/environments/*/users',
      count: 5,
      action: { status: 429, retryAfter: 3600 },
    });
    const b = new Browser(h.url);
    await b.get('/password/change');
    const pw = strongPassword();
    const before = h.calls.length;
    const res = await b.post('/password/change', {
      username: `rl${unique()}`,
      currentPassword: 'Whatever-1234!',
      password: pw,
      confirmPassword: pw,
    });
    expect([res.status, res.headers.get('retry-after'), textOf(res.body, 'error-text')]).toEqual([
      503,
      '3600',
      UNAVAILABLE_TEXT,
    ]);
    expect(apiCalls(h.calls.slice(before)).map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /users',
    ]);
  });

  it('retries a failed lookup (GET) but never the password check (POST)', async () => {
    const user = await createUser(h);
    await addFault(h, {
      method: 'GET',
      path: '/v1/environments/*/users',
      count: 2,
      action: { status: 503, retryAfter: 0 },
    });
    await addFault(h, {
      method: 'POST',
      path: '^/v1/environments/[^/]+/users/[^/]+/password$',
      count: 1,
      action: { status: 503 },
    });
    const b = new Browser(h.url);
    await b.get('/password/change');
    const pw = strongPassword();
    const before = h.calls.length;
    const res = await b.post('/password/change', {
      username: user.username,
      currentPassword: user.password,
      password: pw,
      confirmPassword: pw,
    });
    expect(res.status).toBe(503);
    expect(apiCalls(h.calls.slice(before)).map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /users',
      'GET /users',
      'GET /users',
      `POST /users/${user.id}/password`,
    ]);
    expect((await h.client.passwords.check(user.id, user.password)).status).toBe('OK');
  });
});

describe('no secrets in the logs under PingOne faults', () => {
  it('logs no password, code, identifier, token or secret whatever PingOne answers', async () => {
    // Letters outside hex, so no request id or UUID in the log can contain it by chance.
    const canaryCode = () =>
      Array.from({ length: 8 }, () => 'GHJKMNPQRSTVWXYZ'[Math.floor(Math.random() * 16)]).join('');
    const secrets: string[] = [h.local.clientSecret, await h.client.getAccessToken()];
    const faults = [
      { status: 400 },
      { status: 401 },
      { status: 429, retryAfter: 0 },
      { status: 500 },
      { status: 503, body: 'malformed' },
    ];
    for (const action of faults) {
      const user = await createUser(h, { username: `cn${unique()}` });
      secrets.push(user.username, user.email, user.password);
      await addFault(h, { method: '*', path: '/v1/**', count: 50, action });
      const pw = strongPassword();
      const code = canaryCode();
      secrets.push(pw, code);
      const b = new Browser(h.url);
      await b.get('/password/forgot');
      await b.post('/password/forgot', { username: user.email });
      await h.drain();
      await b.get('/password/recover');
      await b.post('/password/recover', { recoveryCode: code, password: pw, confirmPassword: pw });
      await b.get('/password/change');
      await b.post('/password/change', {
        username: user.username,
        currentPassword: user.password,
        password: pw,
        confirmPassword: pw,
      });
      await b.get('/register');
      const regName = `cr${unique()}`;
      secrets.push(regName);
      await b.post('/register', {
        username: regName,
        email: `${regName}@example.com`,
        password: pw,
        confirmPassword: pw,
      });
      await h.drain();
      await fetch(`${h.local.baseUrl}/_local/faults`, { method: 'DELETE' });
    }
    const all = h.logs.join('');
    expect(all).toContain('"event":"request_failed"');
    for (const secret of secrets) {
      expect(all.includes(secret), `log leaks ${secret.slice(0, 4)}…`).toBe(false);
    }
    expect(all).not.toMatch(/Bearer |eyJ[A-Za-z0-9_-]{10}/);
    // One structured record per line: nothing a client sends can start a line of its own.
    for (const line of all.split('\n').filter(Boolean))
      expect(() => JSON.parse(line)).not.toThrow();
    expect(all).not.toMatch(/"(session|_csrf|cookie)":"[A-Za-z0-9_-]{20,}/);
  });
});

describe('one PingOne deadline per request', () => {
  it('stops a hung lookup at PINGONE_TIMEOUT_MS without retrying it, and answers 503', async () => {
    const t = await startRecorded({ PINGONE_TIMEOUT_MS: '300' }, { timeoutMs: 2000 });
    try {
      await t.client.getAccessToken();
      // A server that never answers (the transport honours the abort signal, as fetch does).
      t.hang = (call) => call.method === 'GET' && call.path === '/users';
      const b = new Browser(t.url);
      await b.get('/password/change');
      const pw = strongPassword();
      const before = t.calls.length;
      const res = await b.post('/password/change', {
        username: `hung${unique()}`,
        currentPassword: 'Whatever-1234!',
        password: pw,
        confirmPassword: pw,
      });
      expect([res.status, textOf(res.body, 'error-text')]).toEqual([503, UNAVAILABLE_TEXT]);
      // The client's own per-attempt timeout (2 s) would have retried the GET twice more. (On a
      // loaded machine the page's policy reads may also time out at 300 ms and be made again on
      // the POST: only the user look-ups count here.)
      const lookups = apiCalls(t.calls.slice(before)).filter((c) => c.path === '/users');
      expect(lookups.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /users']);
      expect(t.logs.join('')).toContain('"code":"UPSTREAM_UNAVAILABLE"');
    } finally {
      await t.close();
    }
  });
});
