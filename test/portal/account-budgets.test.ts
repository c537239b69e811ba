/**
 * Per-account budgets: recovery codes per day and current-password guesses per hour.
 * Part of the security review (docs/security.md), against a real portal and a real PingOne Local
 * behind the recording transport of test/support/recorded-portal.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCalls, type Recorded, startRecorded } from '../support/recorded-portal.js';
import { Browser, createUser, mailTo, strongPassword, textOf } from './harness.js';

describe('per-account budgets', () => {
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
    expect(textOf(blocked.body, 'error-text')).toBe('Please wait 60 minutes before trying again.');
    expect(t.calls.slice(before)).toEqual([]);
    expect((await t.client.passwords.check(user.id, user.password)).status).toBe('OK');
  });
});
