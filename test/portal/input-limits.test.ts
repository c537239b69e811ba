/**
 * Hostile input: SCIM filter injection, oversized fields, mass assignment and parser robustness,
 * all refused or neutralised before any PingOne call.
 * Part of the security review (docs/security.md), against a real portal and a real PingOne Local
 * behind the recording transport of test/support/recorded-portal.ts.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiCalls, BAD_REQUEST_TEXT, useRecordedPortal } from '../support/recorded-portal.js';
import { Browser, createUser, mailTo, strongPassword, textOf, unique } from './harness.js';

const h = useRecordedPortal();

describe('SCIM filter injection and size limits', () => {
  it('sends every accepted identifier as one JSON literal and refuses the rest before any call', async () => {
    const victim = await createUser(h);
    const literal = [
      `a" or username pr or username eq "${victim.username}`,
      `${victim.username}" or "1" eq "1`,
      'x\\',
      'x\\" or username pr',
      '*',
      ')',
      '(',
      `${victim.username} `,
    ];
    const refused = ['a\u0000b', `${victim.username}\r\nX-Injected: 1`, 'x\ny', 'é'.repeat(2000)];
    for (const identifier of [...literal, ...refused]) {
      const b = new Browser(h.url);
      await b.get('/password/forgot');
      const before = h.calls.length;
      const res = await b.post('/password/forgot', { username: identifier });
      await h.drain();
      const lookups = apiCalls(h.calls.slice(before));
      const trimmed = identifier.trim();
      if (refused.includes(identifier)) {
        expect([res.status, res.headers.get('location')]).toEqual([303, '/password/forgot']);
        expect(lookups, JSON.stringify(identifier)).toEqual([]);
      } else {
        expect(res.headers.get('location')).toBe('/password/recover');
        const q = JSON.stringify(trimmed);
        const gets = lookups.filter((c) => c.method === 'GET');
        expect(gets.map((c) => [c.method, c.path, c.filter])).toEqual([
          ['GET', '/users', `(username eq ${q}) or (email eq ${q})`],
        ]);
      }
    }
    // Only the trimmed exact username reached the victim's account.
    expect(await mailTo(h, victim.email)).toHaveLength(1);
  });

  it('refuses a 1 MB password and a 50 000-character username with no PingOne call', async () => {
    const b = new Browser(h.url);
    await b.get('/password/change');
    const csrf = b.csrf();
    const before = h.calls.length;
    const big = await b.post(
      '/password/change',
      { username: 'someone', currentPassword: 'x'.repeat(1_000_000), password: 'y' },
      { csrf },
    );
    expect(big.status).toBe(413);
    const long = await b.post(
      '/password/change',
      {
        username: `${'a'.repeat(10_000)}!`,
        currentPassword: 'x',
        password: 'Long-enough-1!',
        confirmPassword: 'Long-enough-1!',
      },
      { csrf },
    );
    expect([long.status, long.headers.get('location')]).toEqual([303, '/password/change']);
    expect(h.calls.slice(before)).toEqual([]);
    const page = await b.get('/password/change');
    expect(textOf(page.body, 'username-error')).not.toBeNull();
  });
});

describe('mass assignment and parser robustness', () => {
  it('forwards only the allow-listed attributes and pollutes no prototype', async () => {
    const b = new Browser(h.url);
    await b.get('/register');
    const username = `mass${unique()}`;
    const pw = strongPassword();
    const params = new URLSearchParams({ _csrf: b.csrf() });
    params.append('username', username);
    params.append('email', `${username}@example.com`);
    params.append('password', pw);
    params.append('confirmPassword', pw);
    for (const [k, v] of [
      ['population[id]', randomUUID()],
      ['enabled', 'false'],
      ['id', randomUUID()],
      ['lifecycle[status]', 'ACCOUNT_OK'],
      ['__proto__[admin]', '1'],
      ['constructor[prototype][x]', '1'],
      ['__proto__', 'polluted'],
      ['hint', 'my pet'],
      ['securityQuestion', 'q'],
    ]) {
      params.append(k!, v!);
    }
    const before = h.calls.length;
    const res = await b.request('POST', '/register', params.toString());
    expect([res.status, res.headers.get('location')]).toEqual([303, '/']);
    const creates = apiCalls(h.calls.slice(before)).filter((c) => c.method === 'POST');
    expect(creates).toEqual([
      {
        method: 'POST',
        path: '/users',
        filter: null,
        contentType: 'application/vnd.pingidentity.user.import+json',
        body: {
          username,
          email: `${username}@example.com`,
          password: { value: pw, forceChange: false },
          // The page's language (not a form field), so that PingOne writes to them in it.
          preferredLanguage: 'en',
        },
      },
    ]);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const user = await h.client.users.findByUsernameOrEmail(username);
    expect(user?.enabled).toBe(true);
  });

  it('answers 400 to arrays, operator keys and non-form bodies before any PingOne call', async () => {
    const b = new Browser(h.url);
    await b.get('/password/change');
    const csrf = b.csrf();
    const before = h.calls.length;
    const arr = await b.post('/password/change', { username: ['a', 'b'] }, { csrf });
    expect([arr.status, textOf(arr.body, 'error-text')]).toEqual([400, BAD_REQUEST_TEXT]);
    const op = await b.request(
      'POST',
      '/password/change',
      `_csrf=${csrf}&username[$ne]=x&currentPassword[$gt]=&password=a&confirmPassword=a`,
    );
    // Bracketed keys are just other (ignored) names: the real fields are missing.
    expect([op.status, op.headers.get('location')]).toEqual([303, '/password/change']);
    for (const type of ['application/json', 'text/plain', 'multipart/form-data; boundary=x']) {
      const res = await b.request(
        'POST',
        '/password/change',
        JSON.stringify({ _csrf: csrf, username: { $ne: 1 } }),
        { 'content-type': type },
      );
      expect([res.status, textOf(res.body, 'error-text')], type).toEqual([400, BAD_REQUEST_TEXT]);
    }
    expect(h.calls.slice(before)).toEqual([]);
  });
});
