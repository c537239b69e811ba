/**
 * Fidelity review: the 5th wrong recovery code locks the password (PASSWORD_LOCKED_OUT), as
 * PingOne documents (password-resend-recovery-code), for the policy's `lockout.durationSeconds`
 * (`recoveryLockoutSeconds` in src/local/pingone-behaviour.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  type ApiResponse,
  importTestUser,
  invalidDataBody,
  passwordActions,
  uniqueName,
  useHarness,
} from './helpers.js';

const V = 'application/vnd.pingidentity.';
const GOOD = 'Corr3ct-Horse!';
const NEW = 'Batt3ry-Staple#';
const INVALID = 'The provided password recovery code was invalid or expired';
const MAXIMUM = 'Maximum password recovery failures exceeded';
const LOCKED = 'The password is locked out because of too many failed attempts. Try again later.';

const h = useHarness({}, { resetClock: true });

const actions = passwordActions(h);
const { send, check, codeFor } = actions;
const recover = (id: string, recoveryCode: string, newPassword = NEW) =>
  actions.recover(id, recoveryCode, newPassword);

const codeBody = (res: ApiResponse, message: string) =>
  invalidDataBody(res, [{ code: 'INVALID_VALUE', target: 'recoveryCode', message }]);
const lockedBody = (res: ApiResponse, secondsUntilUnlock?: number) =>
  invalidDataBody(res, [
    {
      code: 'PASSWORD_LOCKED_OUT',
      target: 'password',
      message: LOCKED,
      ...(secondsUntilUnlock !== undefined ? { innerError: { secondsUntilUnlock } } : {}),
    },
  ]);

/** Sends a code and guesses wrong five times; returns the real (now burnt) code. */
async function exhaust(user: { id: string; email: string }): Promise<string> {
  expect((await send(user.id)).status).toBe(200);
  const code = codeFor(user.email);
  const wrong = [...code].map((c) => (c === 'A' ? 'B' : 'A')).join('');
  for (let i = 1; i <= 4; i++) {
    const res = await recover(user.id, wrong);
    expect(res.body).toEqual(codeBody(res, INVALID));
  }
  const fifth = await recover(user.id, wrong);
  expect(fifth.status).toBe(400);
  expect(fifth.body).toEqual(codeBody(fifth, MAXIMUM));
  return code;
}

describe('recovery lockout', () => {
  it('locks the password for the policy lockout (900 s); check and send answer PASSWORD_LOCKED_OUT', async () => {
    const user = await importTestUser(h, GOOD);
    const code = await exhaust(user);

    const state = await h.api(`/users/${user.id}/password`);
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({ status: 'PASSWORD_LOCKED_OUT', secondsUntilUnlock: 900 });
    const read = await h.api(`/users/${user.id}`);
    expect(read.body.account).toMatchObject({
      canAuthenticate: false,
      status: 'LOCKED',
      secondsUntilUnlock: 900,
    });

    // Even the right password is refused, and no new code is sent.
    const right = await check(user.id, GOOD);
    expect(right.body).toEqual(lockedBody(right, 900));
    const mails = h.handle.mailbox.list({ to: user.email }).length;
    const again = await send(user.id);
    expect(again.body).toEqual(lockedBody(again, 900));
    expect(h.handle.mailbox.list({ to: user.email })).toHaveLength(mails);
    // The guessed code is gone, and further guesses neither succeed nor extend the lockout.
    const burnt = await recover(user.id, code);
    expect(burnt.body).toEqual(codeBody(burnt, INVALID));
    h.local.clock.advance(600);
    const late = await recover(user.id, code);
    expect(late.body).toEqual(codeBody(late, INVALID));
    expect((await h.api(`/users/${user.id}/password`)).body.secondsUntilUnlock).toBe(300);

    // The lockout ends by itself: the old password works, and a new code can be sent and used.
    h.local.clock.advance(300);
    const after = await check(user.id, GOOD);
    expect(after.status).toBe(200);
    expect(after.body.status).toBe('OK');
    expect((await send(user.id)).status).toBe(200);
    const ok = await recover(user.id, codeFor(user.email));
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('OK');
    expect((await check(user.id, NEW)).status).toBe(200);
  });

  it('locks without end under a policy without lockout duration, until an administrator unlocks', async () => {
    const policy = await h.api('/passwordPolicies', {
      method: 'POST',
      body: {
        name: uniqueName('NoDuration'),
        excludesCommonlyUsed: false,
        excludesProfileData: false,
        notSimilarToCurrent: false,
        lockout: { failureCount: 5 },
      },
    });
    expect(policy.status).toBe(201);
    const population = await h.api('/populations', {
      method: 'POST',
      body: { name: uniqueName('Pop'), passwordPolicy: { id: policy.body.id } },
    });
    expect(population.status).toBe(201);
    const user = await importTestUser(h, GOOD, { population: { id: population.body.id } });
    await exhaust(user);

    const state = await h.api(`/users/${user.id}/password`);
    expect(state.body.status).toBe('PASSWORD_LOCKED_OUT');
    expect(state.body).not.toHaveProperty('secondsUntilUnlock');
    h.local.clock.advance(30 * 86400);
    const still = await check(user.id, GOOD);
    expect(still.body).toEqual(lockedBody(still));

    const unlock = await h.api(`/users/${user.id}/password`, {
      method: 'POST',
      contentType: `${V}password.unlock+json`,
    });
    expect(unlock.status).toBe(200);
    expect((await check(user.id, GOOD)).status).toBe(200);
  });

  it('a code sent before a check lockout still recovers the password (recover resets a lockout)', async () => {
    const user = await importTestUser(h, GOOD);
    await send(user.id);
    const code = codeFor(user.email);
    // Four wrong codes, then the right one: below the limit nothing locks.
    for (let i = 0; i < 4; i++)
      await recover(user.id, 'ZZZZZZZZ' === code ? 'YYYYYYYY' : 'ZZZZZZZZ');
    expect((await h.api(`/users/${user.id}/password`)).body.status).toBe('OK');
    for (let i = 0; i < 5; i++) await check(user.id, 'wrong');
    expect((await h.api(`/users/${user.id}/password`)).body.status).toBe('PASSWORD_LOCKED_OUT');
    const res = await recover(user.id, code);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('OK');
  });
});
