/**
 * Fidelity review, password state transitions (docs/pingone-behaviour.md §4.1, §4.2, §4.5, §10.5) under the
 * Standard policy (lockout 5 / 900 s, minAgeDays 1, maxAgeDays 182), asserting the whole state
 * object or error envelope at every step.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiResponse,
  ISO_RE,
  invalidDataBody,
  UUID_RE,
  uniqueName,
  useHarness,
} from './helpers.js';
import { userAccessToken } from './token-helpers.js';

const h = useHarness();
let envBase: string;
beforeAll(() => {
  envBase = h.envBase;
});

const V = 'application/vnd.pingidentity.';
const P1 = 'Tr0ub4dor&3-x';
const P2 = 'C0rrect-H0rse-9';
const P3 = 'Battery#Staple-42';
const LOCKED_MESSAGE =
  'The password is locked out because of too many failed attempts. Try again later.';

/** A password action, with the Worker token or `token` (a self-change needs the user's own). */
const pw = (id: string, method: string, type: string, body?: unknown, token?: string) =>
  h.api(`/users/${id}/password`, {
    method,
    contentType: `${V}${type}`,
    ...(body !== undefined ? { body } : {}),
    ...(token ? { token } : {}),
  });

function stateBody(userId: string, status: string, extra: Record<string, unknown> = {}) {
  const base = `${envBase}/users/${userId}/password`;
  return {
    _links: {
      self: { href: base },
      environment: { href: envBase },
      user: { href: `${envBase}/users/${userId}` },
      passwordPolicy: { href: expect.stringMatching(`^${envBase}/passwordPolicies/`) },
      'password.check': { href: base },
      'password.reset': { href: base },
      'password.set': { href: base },
    },
    environment: { id: h.local.environmentId },
    user: { id: userId },
    passwordPolicy: { id: expect.stringMatching(UUID_RE) },
    status,
    ...(status === 'NO_PASSWORD' ? {} : { lastChangedAt: expect.stringMatching(ISO_RE) }),
    ...extra,
  };
}

function expectState(res: ApiResponse, userId: string, status: string, extra = {}) {
  expect({ status: res.status, body: res.body }).toEqual({
    status: 200,
    body: stateBody(userId, status, extra),
  });
}

function expectInvalid(res: ApiResponse, detail: Record<string, unknown>) {
  expect(res.status).toBe(400);
  expect(res.body).toEqual(invalidDataBody(res, [detail]));
}

const seconds = expect.any(Number);

function lockedDetail(res: ApiResponse) {
  const left = res.body.details?.[0]?.innerError?.secondsUntilUnlock;
  expect(left).toBeGreaterThan(0);
  expect(left).toBeLessThanOrEqual(900);
  return {
    code: 'PASSWORD_LOCKED_OUT',
    target: 'password',
    message: LOCKED_MESSAGE,
    innerError: { secondsUntilUnlock: left },
  };
}

describe('password state machine', () => {
  it('NO_PASSWORD → OK → MUST_CHANGE → OK → LOCKED_OUT → OK → MUST_CHANGE → NO_PASSWORD', async () => {
    const email = `${uniqueName('sm')}@example.com`;
    const created = await h.api('/users', {
      method: 'POST',
      body: { username: uniqueName('sm'), email },
    });
    const id = created.body.id as string;
    const username = created.body.username as string;

    expectState(await h.api(`/users/${id}/password`), id, 'NO_PASSWORD');
    expectInvalid(await pw(id, 'POST', 'password.check+json', { password: P1 }), {
      code: 'NO_PASSWORD',
      target: 'password',
      message: 'The user does not have a password',
    });

    expectState(
      await pw(id, 'PUT', 'password.set+json', { value: P1, forceChange: false }),
      id,
      'OK',
    );
    // The user signs in while the password is OK: with MUST_CHANGE_PASSWORD the sign-in flow
    // would ask for the change itself instead of issuing a token (§12.3).
    const token = await userAccessToken(h, { username, password: P1 });
    expectState(await pw(id, 'POST', 'password.forceChange'), id, 'MUST_CHANGE_PASSWORD');
    // minAgeDays does not hold back a change the administrator forced.
    expectState(
      await pw(id, 'PUT', 'password.reset+json', { currentPassword: P1, newPassword: P2 }, token),
      id,
      'OK',
    );
    const tooYoung = await pw(
      id,
      'PUT',
      'password.reset+json',
      { currentPassword: P2, newPassword: P3 },
      token,
    );
    expect(tooYoung.status).toBe(400);
    expect(tooYoung.body).toEqual({
      id: tooYoung.headers.get('correlation-id'),
      code: 'REQUEST_FAILED',
      message: 'The request could not be completed.',
      details: [
        {
          code: 'PASSWORD_TOO_YOUNG',
          target: 'newPassword',
          message: 'The password cannot be changed yet because the policy minimum age applies',
        },
      ],
    });

    for (const remaining of [4, 3, 2, 1]) {
      expectInvalid(await pw(id, 'POST', 'password.check+json', { password: 'wrong' }), {
        code: 'INVALID_VALUE',
        target: 'password',
        message: 'The provided password did not match provisioned password',
        innerError: { failuresRemaining: remaining },
      });
    }
    const fifth = await pw(id, 'POST', 'password.check+json', { password: 'wrong' });
    expectInvalid(fifth, lockedDetail(fifth));

    const lockedState = await h.api(`/users/${id}/password`);
    expectState(lockedState, id, 'PASSWORD_LOCKED_OUT', { secondsUntilUnlock: seconds });
    const user = await h.api(`/users/${id}`);
    expect(user.body.account).toEqual({
      canAuthenticate: false,
      status: 'LOCKED',
      unlockAt: expect.stringMatching(ISO_RE),
      secondsUntilUnlock: seconds,
    });
    // While locked even the right password and a recovery code are refused.
    const right = await pw(id, 'POST', 'password.check+json', { password: P2 });
    expectInvalid(right, lockedDetail(right));
    const send = await pw(id, 'POST', 'password.sendRecoveryCode+json');
    expectInvalid(send, lockedDetail(send));
    expect(h.handle.mailbox.list({ to: email })).toEqual([]);

    expectState(await pw(id, 'POST', 'password.unlock'), id, 'OK');
    expect((await h.api(`/users/${id}`)).body.account).toEqual({
      canAuthenticate: true,
      status: 'OK',
    });
    // Admin reset: a temporary password outside the policy, MUST_CHANGE_PASSWORD.
    expectState(
      await pw(id, 'PUT', 'password.reset+json', { newPassword: 'temp' }),
      id,
      'MUST_CHANGE_PASSWORD',
    );
    expectState(
      await pw(id, 'POST', 'password.check+json', { password: 'temp' }),
      id,
      'MUST_CHANGE_PASSWORD',
    );
    expectState(await pw(id, 'PUT', 'password.setValue+json', {}), id, 'NO_PASSWORD');
    expectInvalid(await pw(id, 'POST', 'password.sendRecoveryCode+json'), {
      code: 'NO_PASSWORD',
      target: 'password',
      message: 'The user does not have a password',
    });
  });

  it('set refuses the current password (history) with the §7.4 shape', async () => {
    const created = await h.api('/users', {
      method: 'POST',
      contentType: `${V}user.import+json`,
      body: { username: uniqueName('hist'), password: { value: P1, forceChange: false } },
    });
    const id = created.body.id as string;
    expectInvalid(await pw(id, 'PUT', 'password.set+json', { value: P1, forceChange: false }), {
      code: 'INVALID_VALUE',
      target: 'password',
      message: 'User password did not satisfy password policy requirements',
      innerError: {
        unsatisfiedRequirements: ['history'],
        history:
          'The provided new password cannot be the same as the current password or any password in the password history.',
      },
    });
  });

  // Runs last: it moves this file's clock.
  it('a timed lockout ends after durationSeconds; PASSWORD_EXPIRED after maxAgeDays still checks', async () => {
    const created = await h.api('/users', {
      method: 'POST',
      contentType: `${V}user.import+json`,
      body: { username: uniqueName('time'), password: { value: P1, forceChange: false } },
    });
    const id = created.body.id as string;
    const username = created.body.username as string;
    for (let i = 0; i < 5; i += 1) await pw(id, 'POST', 'password.check+json', { password: 'x' });
    expect((await h.api(`/users/${id}/password`)).body.status).toBe('PASSWORD_LOCKED_OUT');
    h.local.clock.advance(901);
    expectState(await h.api(`/users/${id}/password`), id, 'OK');
    expectState(await pw(id, 'POST', 'password.check+json', { password: P1 }), id, 'OK');
    // The counter started again: one failure leaves four.
    expectInvalid(await pw(id, 'POST', 'password.check+json', { password: 'x' }), {
      code: 'INVALID_VALUE',
      target: 'password',
      message: 'The provided password did not match provisioned password',
      innerError: { failuresRemaining: 4 },
    });

    // The user signs in half an hour before the password expires (182 days after it was set):
    // with PASSWORD_EXPIRED the sign-in flow would ask for the change instead of issuing a token.
    h.local.clock.advance(182 * 86_400 - 901 - 1_800);
    const token = await userAccessToken(h, { username, password: P1 });
    // 40 minutes later the password has expired, the one-hour token has not.
    h.local.clock.advance(2_400);
    expectState(await h.api(`/users/${id}/password`), id, 'PASSWORD_EXPIRED');
    expectState(
      await pw(id, 'POST', 'password.check+json', { password: P1 }),
      id,
      'PASSWORD_EXPIRED',
    );
    expectState(
      await pw(id, 'PUT', 'password.reset+json', { currentPassword: P1, newPassword: P2 }, token),
      id,
      'OK',
    );
  });
});
