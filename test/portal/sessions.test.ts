/**
 * Session ids and CSRF tokens, and the session copy that must not replay a finished recovery.
 * Part of the security review (docs/security.md), against a real portal and a real PingOne Local
 * behind the recording transport of test/support/recorded-portal.ts.
 */
import { describe, expect, it } from 'vitest';
import { createSealer } from '../../src/portal/session/crypto.js';
import { apiCalls, useRecordedPortal } from '../support/recorded-portal.js';
import {
  Browser,
  createUser,
  mailTo,
  recoveryCode,
  SESSION_SECRET,
  strongPassword,
} from './harness.js';

const h = useRecordedPortal();

describe('session ids and CSRF tokens', () => {
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

describe('the finished recovery flow cannot be replayed', () => {
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
