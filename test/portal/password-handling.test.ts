/**
 * Passwords reach PingOne exactly as typed and are never stored by the portal.
 * Part of the security review (docs/security.md), against a real portal and a real PingOne Local
 * behind the recording transport of test/support/recorded-portal.ts.
 */
import { describe, expect, it } from 'vitest';
import { createSealer } from '../../src/portal/session/crypto.js';
import { apiCalls, CREDENTIALS_TEXT, useRecordedPortal } from '../support/recorded-portal.js';
import { Browser, SESSION_SECRET, strongPassword, textOf, unique } from './harness.js';

const h = useRecordedPortal();

describe('passwords as typed, never stored', () => {
  it('sends a long Unicode password unchanged, refuses its 64-character prefix, and keeps it out of the cookie', async () => {
    const username = `uni${unique()}`;
    // strongPassword(), not unique(): ten random hex digits hold three equal ones in a row about
    // 5 % of the time, which the Standard policy's maxRepeatedCharacters refuses.
    const password = `ünïcödé "quotes" <tag> & spaces 😀 ${strongPassword()} ${'x1-Y'.repeat(20)}`;
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
});
