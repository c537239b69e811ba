/**
 * Account enumeration: the forgot form answers the same for every account state, without
 * waiting for PingOne, and failed credentials take the same minimum time whether the account exists.
 * Part of the security review (docs/security.md), against a real portal and a real PingOne Local
 * behind the recording transport of test/support/recorded-portal.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCalls,
  CREDENTIALS_TEXT,
  type Recorded,
  startRecorded,
  useRecordedPortal,
} from '../support/recorded-portal.js';
import {
  addFault,
  Browser,
  cookieShapes,
  createUser,
  disableUser,
  mailTo,
  normalise,
  recoveryCode,
  strongPassword,
  textOf,
  unique,
} from './harness.js';

const h = useRecordedPortal();

describe('forgot password: one answer for every account state, off the request path', () => {
  it('answers SAME() for unknown, existing, disabled, locked-out and password-less accounts', async () => {
    const existing = await createUser(h);
    const disabled = await createUser(h);
    await disableUser(h, disabled.id);
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
    // Checklist item 13: asking for a code changed nothing: the existing password still works.
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

/** The failure floor of this file's portal: far above what any failure takes without padding. */
const FLOOR_MS = 500;

describe('failed credentials take at least AUTH_FAILURE_FLOOR_MS, known account or not', () => {
  let t: Recorded;
  beforeAll(async () => {
    t = await startRecorded({ AUTH_FAILURE_FLOOR_MS: String(FLOOR_MS) });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Milliseconds from sending `post` to its complete answer. */
  async function timed<T>(post: () => Promise<T>): Promise<[T, number]> {
    const started = performance.now();
    const res = await post();
    return [res, performance.now() - started];
  }

  it('pads a wrong password and an unknown user on change, and a wrong code for both on recover', async () => {
    const user = await createUser(t);
    const elapsed: number[] = [];
    for (const username of [user.username, `nobody${unique()}`]) {
      const b = new Browser(t.url);
      await b.get('/password/change');
      const pw = strongPassword();
      const [res, ms] = await timed(() =>
        b.post('/password/change', {
          username,
          currentPassword: 'Wrong-Password-123!',
          password: pw,
          confirmPassword: pw,
        }),
      );
      expect([res.status, res.headers.get('location')]).toEqual([303, '/password/change']);
      elapsed.push(ms);
      const page = await b.get('/password/change');
      expect(textOf(page.body, 'currentPassword-error')).toBe(CREDENTIALS_TEXT);
    }
    for (const identifier of [user.email, `ghost${unique()}`]) {
      const b = new Browser(t.url);
      await b.get('/password/forgot');
      await b.post('/password/forgot', { username: identifier });
      await t.drain();
      await b.get('/password/recover');
      const pw = strongPassword();
      const [res, ms] = await timed(() =>
        b.post('/password/recover', {
          recoveryCode: 'ZZZZ9999',
          password: pw,
          confirmPassword: pw,
        }),
      );
      expect([res.status, res.headers.get('location')]).toEqual([303, '/password/recover']);
      elapsed.push(ms);
    }
    // setTimeout may fire up to 1 ms early against performance.now(): allow for that rounding.
    for (const [i, ms] of elapsed.entries()) {
      expect(ms, `failure ${i + 1} took ${ms.toFixed(0)} ms`).toBeGreaterThanOrEqual(FLOOR_MS - 2);
    }
  });
});
