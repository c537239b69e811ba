/**
 * Security review (docs/security.md): checklist items not covered elsewhere, against a real portal
 * listener and a real PingOne Local. The PingOne client's transport is wrapped so every outbound
 * call is recorded (the checklist's H-STUB), can be held back, or answered by the test (faults
 * PingOne Local cannot produce, such as a 200 with malformed JSON).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPingOneLocal } from '../../src/local/index.js';
import { createPingOneClient } from '../../src/pingone/index.js';
import { buildPortal } from '../../src/portal/app.js';
import { loadConfig } from '../../src/portal/config.js';
import { createLogger } from '../../src/portal/server.js';
import { createSealer } from '../../src/portal/session/crypto.js';
import {
  addFault,
  Browser,
  cookieShapes,
  createUser,
  type Harness,
  mailTo,
  normalise,
  type Page,
  recoveryCode,
  SESSION_SECRET,
  strongPassword,
  textOf,
  unique,
} from './harness.js';

// Records each use of the failure padding, so tests can assert that the known-account and the
// unknown-account branches run the same padding step (instead of measuring time).
const padCalls = vi.hoisted(() => [] as number[]);
vi.mock('../../src/portal/forms.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/portal/forms.js')>();
  return {
    ...original,
    padTo: async (startedAt: number, floorMs: number) => {
      padCalls.push(floorMs);
      return original.padTo(startedAt, floorMs);
    },
  };
});

/** One outbound PingOne request as the recording transport saw it. */
interface Call {
  method: string;
  /** Path below `/environments/{env}` (or the token path). */
  path: string;
  filter: string | null;
  contentType: string | null;
  body: unknown;
}

interface Recorded extends Harness {
  calls: Call[];
  /** When set, answers a call instead of PingOne Local (return undefined to pass through). */
  intercept: ((call: Call) => Response | undefined) | null;
  /** When set, every call waits for this promise before it is sent. */
  hold: Promise<void> | null;
  /** When it returns true, the call never gets an answer (until its signal aborts). */
  hang: ((call: Call) => boolean) | null;
}

async function startRecorded(env: Record<string, string> = {}): Promise<Recorded> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-sec-'));
  const local = await startPingOneLocal({
    dbPath: join(dir, 'local.sqlite'),
    port: 0,
    host: '127.0.0.1',
    argon2: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  });
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    SESSION_SECRET,
    AUTH_FAILURE_FLOOR_MS: '1',
    RECOVERY_RESEND_COOLDOWN_SECONDS: '0',
    RATE_LIMIT_IP_PER_MINUTE: '1000',
    RATE_LIMIT_ACCOUNT_PER_HOUR: '1000',
    LOG_LEVEL: 'debug',
    ...env,
  });
  const logs: string[] = [];
  const logger = createLogger(config.logLevel, {
    write(line: string) {
      logs.push(line);
    },
  });
  const envPrefix = `/v1/environments/${local.environmentId}`;
  const rec = { calls: [] as Call[], intercept: null, hold: null, hang: null } as Pick<
    Recorded,
    'calls' | 'intercept' | 'hold' | 'hang'
  >;
  const recordingFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const headers = new Headers(init?.headers);
    let body: unknown = null;
    if (typeof init?.body === 'string') {
      try {
        body = JSON.parse(init.body);
      } catch {
        body = init.body;
      }
    }
    const call: Call = {
      method: init?.method ?? 'GET',
      path: url.pathname.startsWith(envPrefix)
        ? url.pathname.slice(envPrefix.length)
        : url.pathname,
      filter: url.searchParams.get('filter'),
      contentType: headers.get('content-type'),
      body,
    };
    rec.calls.push(call);
    if (rec.hold) await rec.hold;
    if (rec.hang?.(call)) {
      const signal = init?.signal;
      return new Promise<Response>((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    const answer = rec.intercept?.(call);
    return answer ?? fetch(input, init);
  };
  const client = createPingOneClient({
    environmentId: local.environmentId,
    clientId: local.clientId,
    clientSecret: local.clientSecret,
    apiBaseUrl: local.apiBaseUrl,
    authBaseUrl: local.authBaseUrl,
    timeoutMs: 2000,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    fetch: recordingFetch,
  });
  const app = await buildPortal({ config, client, logger, sessionSecret: SESSION_SECRET });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return Object.assign(rec, {
    local,
    app,
    client,
    url: `http://127.0.0.1:${port}`,
    logs,
    drain: () => app.portal.tasks.drain(),
    async close() {
      await app.close();
      await local.close();
      rmSync(dir, { recursive: true, force: true });
    },
  }) as Recorded;
}

/** A raw HTTP request (for methods `fetch` refuses, such as TRACE). */
function rawRequest(base: string, method: string, path: string): Promise<Page> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers = new Headers();
        for (const [k, v] of Object.entries(res.headers)) {
          if (typeof v === 'string') headers.set(k, v);
        }
        resolve({
          status: res.statusCode ?? 0,
          headers,
          body: Buffer.concat(chunks).toString('utf8'),
          setCookies: (res.headers['set-cookie'] as string[] | undefined) ?? [],
        });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Calls to the Management API (token requests left out). */
function apiCalls(calls: Call[]): Call[] {
  return calls.filter((c) => !c.path.endsWith('/as/token'));
}

const CSRF_TEXT = 'For your security, please go back, reload the page and submit the form again.';
const BAD_REQUEST_TEXT = 'Please go back and use the form on the page.';
const UNAVAILABLE_TEXT =
  'We could not reach the account service. Nothing has been changed. Please try again in a few minutes.';
const CREDENTIALS_TEXT =
  'The username or password is incorrect, or the account cannot change its password here.';

let h: Recorded;
beforeAll(async () => {
  h = await startRecorded();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.drain();
  await fetch(`${h.local.baseUrl}/_local/faults`, { method: 'DELETE' });
  h.intercept = null;
  h.hold = null;
  h.hang = null;
  padCalls.length = 0;
});

/** A browser with a recovery flow in its session (for an account that does not exist). */
async function withFlow(): Promise<Browser> {
  const b = new Browser(h.url);
  await b.get('/password/forgot');
  await b.post('/password/forgot', { username: `flow${unique()}` });
  await h.drain();
  await b.get('/password/recover');
  return b;
}

const FORMS: { path: string; page: string; fields: () => Record<string, string> }[] = [
  {
    path: '/register',
    page: '/register',
    fields: () => {
      const u = `csrf${unique()}`;
      const pw = strongPassword();
      return { username: u, email: `${u}@example.com`, password: pw, confirmPassword: pw };
    },
  },
  { path: '/password/forgot', page: '/password/forgot', fields: () => ({ username: 'someone' }) },
  {
    path: '/password/recover',
    page: '/password/recover',
    fields: () => {
      const pw = strongPassword();
      return { recoveryCode: 'ABCD2345', password: pw, confirmPassword: pw };
    },
  },
  { path: '/password/recover/resend', page: '/password/recover', fields: () => ({}) },
  {
    path: '/password/change',
    page: '/password/change',
    fields: () => {
      const pw = strongPassword();
      return { username: 'someone', currentPassword: 'Whatever-1234!', password: pw };
    },
  },
];

describe('F.39 CSRF on every form', () => {
  it('refuses a missing, foreign-session, cross-origin or cross-site POST with 403 and no PingOne call', async () => {
    for (const form of FORMS) {
      const victim = await withFlow();
      await victim.get(form.page);
      const token = victim.csrf();
      const attacker = await withFlow();
      await attacker.get(form.page);
      const foreignToken = attacker.csrf();
      const attempts: [string, string | null, Record<string, string>][] = [
        ['no token', null, {}],
        ['empty token', '', {}],
        ["another session's token", foreignToken, {}],
        ['foreign Origin', token, { origin: 'https://evil.example' }],
        ['Sec-Fetch-Site cross-site', token, { 'sec-fetch-site': 'cross-site' }],
        ['Sec-Fetch-Site same-site', token, { 'sec-fetch-site': 'same-site' }],
      ];
      for (const [what, csrf, headers] of attempts) {
        const before = h.calls.length;
        const res = await victim.post(form.path, form.fields(), { csrf, headers });
        await h.drain();
        const where = `${form.path}: ${what}`;
        expect(res.status, where).toBe(403);
        expect(res.headers.get('location'), where).toBeNull();
        expect(res.headers.get('cache-control'), where).toBe('no-store');
        expect(textOf(res.body, 'error-text'), where).toBe(CSRF_TEXT);
        expect(h.calls.slice(before), where).toEqual([]);
      }
      // A cookie-less POST (a forged form from another site without SameSite cookies) too.
      const before = h.calls.length;
      const bare = new Browser(h.url);
      const res = await bare.post(form.path, form.fields(), { csrf: token });
      expect(res.status, `${form.path}: no session`).toBe(403);
      expect(h.calls.slice(before)).toEqual([]);
    }
    const rejected = h.logs.filter((l) => l.includes('"code":"CSRF_REJECTED"'));
    expect(rejected.length).toBe(FORMS.length * 7);
  });
});

describe('F.35 cookies, F.41 no-store, G.43 headers', () => {
  it('sends no-store, the security headers and no version banner on every kind of response', async () => {
    const b = await withFlow();
    const responses = [
      ['GET /', await b.get('/')],
      ['GET /register', await b.get('/register')],
      ['GET /password/forgot', await b.get('/password/forgot')],
      ['GET /password/recover', await b.get('/password/recover')],
      ['GET /password/change', await b.get('/password/change')],
      ['POST /password/forgot (303)', await b.post('/password/forgot', { username: 'x' })],
      ['POST /password/change (303)', await b.post('/password/change', { username: '' })],
      ['POST 403', await b.post('/password/forgot', { username: 'x' }, { csrf: null })],
      ['GET 404', await b.get('/nope')],
      ['GET 405', await b.get('/password/recover/resend')],
      ['TRACE 405', await rawRequest(h.url, 'TRACE', '/register')],
      ['OPTIONS 405', await b.request('OPTIONS', '/password/forgot')],
      ['GET /healthz', await b.get('/healthz')],
      ['GET /readyz', await b.get('/readyz')],
    ] as const;
    for (const [what, res] of responses) {
      expect(res.headers.get('cache-control'), what).toBe('no-store');
      expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
      expect(res.headers.get('x-frame-options'), what).toBe('DENY');
      expect(res.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
      expect(res.headers.get('content-security-policy'), what).not.toContain('unsafe-inline');
      expect(res.headers.get('x-powered-by'), what).toBeNull();
      expect(res.headers.get('server'), what).toBeNull();
      const type = res.headers.get('content-type');
      if (type) expect(type, what).toMatch(/^(text\/html|application\/json); charset=utf-8$/);
    }
    expect(responses.map(([what, r]) => `${what} ${r.status}`)).toEqual([
      'GET / 200',
      'GET /register 200',
      'GET /password/forgot 200',
      'GET /password/recover 200',
      'GET /password/change 200',
      'POST /password/forgot (303) 303',
      'POST /password/change (303) 303',
      'POST 403 403',
      'GET 404 404',
      'GET 405 405',
      'TRACE 405 405',
      'OPTIONS 405 405',
      'GET /healthz 200',
      'GET /readyz 200',
    ]);
  });

  it('keeps the session cookie opaque and under 4 KB even after oversized input', async () => {
    const b = new Browser(h.url);
    await b.get('/register');
    const username = `Ünï${'界'.repeat(600)}`;
    const email = `${'m'.repeat(2000)}@example.com`;
    const before = h.calls.length;
    const res = await b.post('/register', {
      username,
      email,
      password: 'x',
      confirmPassword: 'y',
      population: 'p'.repeat(3000),
    });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/register']);
    expect(apiCalls(h.calls.slice(before))).toEqual([]);
    expect(cookieShapes(res.setCookies)).toEqual(['session=*; Path=/; HttpOnly; SameSite=Lax']);
    const cookie = res.setCookies[0]!.split(';')[0]!;
    expect(cookie.length).toBeLessThan(4096);
    const value = cookie.slice('session='.length);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(value, 'base64url').toString('latin1')).not.toMatch(/example|mmmm|\{"/);
    // The form still reports both errors; the oversized values are simply not redisplayed.
    const page = await b.get('/register');
    expect(textOf(page.body, 'username-error')).not.toBeNull();
    expect(textOf(page.body, 'email-error')).toBe('Enter an e-mail address like name@example.com.');
    expect(page.body).toContain('id="username" name="username" type="text"');
    expect(page.body).not.toContain('界界');
  });
});

describe('language and redirect parameters', () => {
  it('ignores returnTo/next and never redirects off-site', async () => {
    const b = new Browser(h.url);
    for (const target of ['https://evil.example', '//evil.example', '/\\evil.example']) {
      const q = `returnTo=${encodeURIComponent(target)}&next=${encodeURIComponent(target)}`;
      const home = await b.get(`/?${q}`);
      expect([home.status, home.headers.get('location')]).toEqual([200, null]);
      expect(home.body).not.toContain('evil.example');
      await b.get('/password/forgot');
      const post = await b.post(`/password/forgot?${q}`, {
        username: `r${unique()}`,
        returnTo: target,
        next: target,
      });
      expect([post.status, post.headers.get('location')]).toEqual([303, '/password/recover']);
    }
  });

  it('accepts only known languages from ?lang= and Accept-Language, whatever their size', async () => {
    const b = new Browser(h.url);
    for (const lang of ['en%0d%0aSet-Cookie:%20x=1', '//evil.example', 'de%00', 'xx']) {
      const res = await b.get(`/?lang=${lang}`);
      expect(res.status, lang).toBe(200);
      expect(res.headers.get('location'), lang).toBeNull();
      expect(res.headers.get('content-language'), lang).toBe('en');
      expect(
        res.setCookies.filter((c) => !c.startsWith('session=')),
        lang,
      ).toEqual([]);
      expect(res.body, lang).toContain('<html lang="en">');
      expect(res.body, lang).not.toContain('evil.example');
    }
    const huge = `${'zz-ZZ;q=0.9,'.repeat(700)}de;q=0.5`;
    const big = await new Browser(h.url, { 'accept-language': huge }).get('/');
    expect([big.status, big.headers.get('content-language')]).toEqual([200, 'en']);
    const weird = await new Browser(h.url, {
      'accept-language': 'xx;q=abc, fr;q=0.8, <script>;q=1, de;q=0',
    }).get('/');
    expect([weird.status, weird.headers.get('content-language')]).toEqual([200, 'fr']);
    expect(weird.body).not.toContain('<script>;');
  });

  it('never echoes the path, method or fields on error pages', async () => {
    const probe = '"><svg onload=alert(1)>{{7*7}}';
    const b = new Browser(h.url);
    const notFound = await b.get(`/${encodeURIComponent(probe)}?q=${encodeURIComponent(probe)}`);
    expect(notFound.status).toBe(404);
    await b.get('/password/forgot');
    const bad = await b.post('/password/forgot', { username: [probe, probe] });
    expect(bad.status).toBe(400);
    expect(textOf(bad.body, 'error-text')).toBe(BAD_REQUEST_TEXT);
    for (const res of [notFound, bad]) {
      expect(res.body).not.toContain('alert');
      expect(res.body).not.toContain('7*7');
      expect(res.body).not.toContain('onload');
    }
  });

  it('/readyz and /healthz tell nothing about the tenant, the token or the client', async () => {
    const b = new Browser(h.url);
    const ready = await b.get('/readyz');
    expect([ready.status, ready.body]).toEqual([200, '{"status":"ready"}']);
    expect(ready.setCookies).toEqual([]);
    const fresh = await startRecorded();
    try {
      await addFault(fresh, {
        method: 'POST',
        path: '/*/as/token',
        count: 10,
        action: { status: 401 },
      });
      const down = await new Browser(fresh.url).get('/readyz');
      expect(down.status).toBe(503);
      expect(Object.keys(JSON.parse(down.body))).toEqual(['status', 'reference']);
      for (const secret of [
        fresh.local.environmentId,
        fresh.local.clientId,
        fresh.local.clientSecret,
        'ACCESS_FAILED',
        'token',
      ]) {
        expect(down.body).not.toContain(secret);
      }
      expect(down.setCookies).toEqual([]);
      expect(down.headers.get('www-authenticate')).toBeNull();
    } finally {
      await fresh.close();
    }
  });
});

describe('B.16 / F.37 the finished recovery flow cannot be replayed', () => {
  it('refuses a copy of the session cookie taken before the password was reset', async () => {
    const user = await createUser(h);
    const b = new Browser(h.url);
    await b.get('/password/forgot');
    await b.post('/password/forgot', { username: user.username });
    await h.drain();
    const code = (await recoveryCode(h, user.email))!;
    await b.get('/password/recover');
    // The attacker's copy: same cookie, same page (CSRF token) as the victim before success.
    const copy = new Browser(h.url);
    for (const [k, v] of b.cookies) copy.cookies.set(k, v);
    copy.lastBody = b.lastBody;
    const pw = strongPassword();
    const done = await b.post('/password/recover', {
      recoveryCode: code,
      password: pw,
      confirmPassword: pw,
    });
    expect([done.status, done.headers.get('location')]).toEqual([303, '/']);
    expect((await h.client.passwords.check(user.id, pw)).status).toBe('OK');

    const before = h.calls.length;
    const resend = await copy.post('/password/recover/resend', {});
    expect([resend.status, resend.headers.get('location')]).toEqual([303, '/password/forgot']);
    await h.drain();
    expect(await mailTo(h, user.email)).toHaveLength(1);
    expect(apiCalls(h.calls.slice(before))).toEqual([]);
    // The replayed session no longer carries the flow at all.
    const again = await copy.get('/password/recover');
    expect([again.status, again.headers.get('location')]).toEqual([303, '/password/forgot']);
    expect(h.logs.join('')).toContain('"event":"recovery_flow_stale"');
    expect((await h.client.passwords.check(user.id, pw)).status).toBe('OK');
  });
});

describe('B.11 / B.12 forgot: one answer for every account state, off the request path', () => {
  it('answers SAME() for unknown, existing, disabled, locked-out and password-less accounts', async () => {
    const existing = await createUser(h);
    const disabled = await createUser(h);
    await fetch(
      `${h.local.apiBaseUrl}/environments/${h.local.environmentId}/users/${disabled.id}/enabled`,
      {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${await h.client.getAccessToken()}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ enabled: false }),
      },
    );
    const locked = await createUser(h);
    for (let i = 0; i < 6; i++) {
      await h.client.passwords.check(locked.id, `Wrong-${i}-password!`).catch(() => undefined);
    }
    expect((await h.client.passwords.getState(locked.id)).status).toBe('PASSWORD_LOCKED_OUT');
    const nopwName = `nopw${unique()}`;
    const nopw = await h.client.users.create({
      username: nopwName,
      email: `${nopwName}@example.com`,
    });
    expect((await h.client.passwords.getState(nopw.id)).status).toBe('NO_PASSWORD');

    const identifiers = [
      `unknown${unique()}`,
      existing.username,
      disabled.email,
      locked.username,
      `${nopwName}@example.com`,
    ];
    // Every PingOne call is held back while the five requests are answered: the answer cannot
    // depend on what PingOne would say, nor wait for it.
    let release!: () => void;
    h.hold = new Promise((resolve) => {
      release = resolve;
    });
    const results = [];
    for (const identifier of identifiers) {
      const b = new Browser(h.url);
      await b.get('/password/forgot');
      const post = await b.post('/password/forgot', { username: identifier });
      results.push({
        status: post.status,
        location: post.headers.get('location'),
        cookies: cookieShapes(post.setCookies),
        headerNames: [...post.headers.keys()].filter((k) => k !== 'date').sort(),
        body: post.body,
        browser: b,
      });
    }
    release();
    await h.drain();
    h.hold = null;
    for (const r of results) {
      const next = await r.browser.get('/password/recover');
      Object.assign(r, { next: [next.status, normalise(next.body)], browser: undefined });
    }
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
    expect(results[0]).toMatchObject({ status: 303, location: '/password/recover', body: '' });
    // Only the existing account got a code; PingOne refused the locked and password-less ones.
    expect(await recoveryCode(h, existing.email)).toMatch(/^[A-Z0-9]{8}$/);
    for (const other of [disabled.email, locked.email, `${nopwName}@example.com`]) {
      expect(await mailTo(h, other)).toEqual([]);
    }
    const outcomes = h.logs
      .filter((l) => l.includes('"event":"recovery_requested"'))
      .slice(-5)
      .map((l) => JSON.parse(l).outcome)
      .sort();
    expect(outcomes).toEqual(['code_sent', 'disabled', 'no_single_match', 'refused', 'refused']);
    // B.13: asking for a code changed nothing: the existing password still works.
    expect((await h.client.passwords.check(existing.id, existing.password)).status).toBe('OK');
  });

  it('sends the code once when PingOne answers 503, and the answer stays the same', async () => {
    const user = await createUser(h);
    await addFault(h, {
      method: 'POST',
      path: '^/v1/environments/[^/]+/users/[^/]+/password$',
      count: 5,
      action: { status: 503, retryAfter: 1 },
    });
    const b = new Browser(h.url);
    await b.get('/password/forgot');
    const before = h.calls.length;
    const post = await b.post('/password/forgot', { username: user.username });
    await h.drain();
    expect([post.status, post.headers.get('location'), post.body]).toEqual([
      303,
      '/password/recover',
      '',
    ]);
    const sends = apiCalls(h.calls.slice(before)).filter((c) => c.method === 'POST');
    expect(sends).toEqual([
      {
        method: 'POST',
        path: `/users/${user.id}/password`,
        filter: null,
        contentType: 'application/vnd.pingidentity.password.sendRecoveryCode+json',
        body: null,
      },
    ]);
    expect(h.logs.join('')).toContain('"event":"task_failed","task":"recovery-send"');
  });
});

describe('B.12 / C comparable time: both branches run the same padding step', () => {
  it('pads a wrong password and an unknown user on change, and a wrong code for both on recover', async () => {
    const user = await createUser(h);
    for (const username of [user.username, `nobody${unique()}`]) {
      const b = new Browser(h.url);
      await b.get('/password/change');
      const pw = strongPassword();
      await b.post('/password/change', {
        username,
        currentPassword: 'Wrong-Password-123!',
        password: pw,
        confirmPassword: pw,
      });
      const page = await b.get('/password/change');
      expect(textOf(page.body, 'currentPassword-error')).toBe(CREDENTIALS_TEXT);
    }
    expect(padCalls).toEqual([1, 1]);
    padCalls.length = 0;
    for (const identifier of [user.email, `ghost${unique()}`]) {
      const b = new Browser(h.url);
      await b.get('/password/forgot');
      await b.post('/password/forgot', { username: identifier });
      await h.drain();
      await b.get('/password/recover');
      const pw = strongPassword();
      await b.post('/password/recover', {
        recoveryCode: 'ZZZZ9999',
        password: pw,
        confirmPassword: pw,
      });
    }
    expect(padCalls).toEqual([1, 1]);
  });
});

describe('H.47 / E.34 SCIM filter injection and size limits', () => {
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

describe('D.26 / H.51 mass assignment and parser robustness', () => {
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

describe('I.52 / I.57 / I.58 PingOne faults fail closed', () => {
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

describe('I.53 canary sweep of the logs under PingOne faults', () => {
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

describe('E.33 / C.21 per-account budgets', () => {
  let t: Recorded;
  beforeAll(async () => {
    t = await startRecorded({ RECOVERY_CODES_PER_DAY: '3', RATE_LIMIT_ACCOUNT_PER_HOUR: '3' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('sends at most RECOVERY_CODES_PER_DAY codes to one account, however it is named', async () => {
    const user = await createUser(t);
    const statuses: number[] = [];
    for (const identifier of [user.username, user.email, user.username.toUpperCase()]) {
      for (let i = 0; i < 4; i++) {
        const b = new Browser(t.url);
        await b.get('/password/forgot');
        statuses.push((await b.post('/password/forgot', { username: identifier })).status);
        await t.drain();
      }
    }
    // Per identifier (case-insensitive): 3 answers, then 429; per account: 3 e-mails.
    expect(statuses).toEqual([303, 303, 303, 429, 303, 303, 303, 429, 429, 429, 429, 429]);
    expect(await mailTo(t, user.email)).toHaveLength(3);
    const sends = apiCalls(t.calls).filter((c) => c.path === `/users/${user.id}/password`);
    expect(sends).toHaveLength(3);
  });

  it('blocks current-password guessing on change, even with the right password', async () => {
    const user = await createUser(t);
    const statuses: number[] = [];
    for (const current of ['Wrong-1-password!', 'Wrong-2-password!', 'Wrong-3-password!']) {
      const b = new Browser(t.url);
      await b.get('/password/change');
      const pw = strongPassword();
      const res = await b.post('/password/change', {
        username: user.username,
        currentPassword: current,
        password: pw,
        confirmPassword: pw,
      });
      statuses.push(res.status);
    }
    const b = new Browser(t.url);
    await b.get('/password/change');
    const pw = strongPassword();
    const before = t.calls.length;
    const blocked = await b.post('/password/change', {
      username: user.username,
      currentPassword: user.password,
      password: pw,
      confirmPassword: pw,
    });
    expect([...statuses, blocked.status]).toEqual([303, 303, 303, 429]);
    expect(textOf(blocked.body, 'error-text')).toBe(
      'Please wait 60 minute(s) before trying again.',
    );
    expect(t.calls.slice(before)).toEqual([]);
    expect((await t.client.passwords.check(user.id, user.password)).status).toBe('OK');
  });
});

describe('I.56 one deadline per request', () => {
  it('stops a hung lookup at PINGONE_TIMEOUT_MS without retrying it, and answers 503', async () => {
    const t = await startRecorded({ PINGONE_TIMEOUT_MS: '300' });
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
      // The client's own per-attempt timeout (2 s) would have retried the GET twice more.
      expect(apiCalls(t.calls.slice(before)).map((c) => `${c.method} ${c.path}`)).toEqual([
        'GET /users',
      ]);
      expect(t.logs.join('')).toContain('"code":"UPSTREAM_UNAVAILABLE"');
    } finally {
      await t.close();
    }
  });
});

describe('A.2 / A.4 / A.10 / F.36 passwords as typed, never stored; strong session ids', () => {
  it('sends a long Unicode password unchanged, refuses its 64-character prefix, and keeps it out of the cookie', async () => {
    const username = `uni${unique()}`;
    const password = `ünïcödé "quotes" <tag> & spaces 😀 ${unique()} ${'x1-Y'.repeat(20)}`;
    const b = new Browser(h.url);
    await b.get('/register');
    const before = h.calls.length;
    const res = await b.post('/register', {
      username,
      email: `${username}@example.com`,
      password,
      confirmPassword: password,
    });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/']);
    const create = apiCalls(h.calls.slice(before)).find((c) => c.path === '/users');
    expect(create?.body).toMatchObject({ password: { value: password, forceChange: false } });
    const user = (await h.client.users.findByUsernameOrEmail(username))!;
    expect((await h.client.passwords.check(user.id, password)).status).toBe('OK');

    // The first 64 characters are not the password (no truncation anywhere).
    await b.get('/password/change');
    const next = strongPassword();
    await b.post('/password/change', {
      username,
      currentPassword: [...password].slice(0, 64).join(''),
      password: next,
      confirmPassword: next,
    });
    const page = await b.get('/password/change');
    expect(textOf(page.body, 'currentPassword-error')).toBe(CREDENTIALS_TEXT);
    expect(page.body).not.toContain('quotes');

    // Nothing secret rides in the (encrypted) session cookie, whatever the outcome.
    const sealer = createSealer(SESSION_SECRET);
    const opened = JSON.stringify(sealer.open(b.cookies.get('session')!, 'session'));
    expect(opened).toContain('"csrf"');
    expect(opened).not.toContain('quotes');
    expect(opened).not.toContain(next);
  });

  it('draws session ids and CSRF tokens from 128+ random bits, never twice', async () => {
    const sealer = createSealer(SESSION_SECRET);
    const ids = new Set<string>();
    const tokens = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const res = await new Browser(h.url).get('/');
      const value = res.setCookies[0]!.split(';')[0]!.slice('session='.length);
      const session = sealer.open(value, 'session') as { id: string; csrf: string };
      expect(session.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(session.csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
      ids.add(session.id);
      tokens.add(session.csrf);
    }
    expect([ids.size, tokens.size]).toEqual([200, 200]);
  });
});
