import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectSchema } from '../support/openapi.js';
import { ISO_RE, importTestUser, invalidDataBody, uniqueName, useHarness } from './helpers.js';
import { userAccessToken } from './token-helpers.js';

const V = 'application/vnd.pingidentity.';
const GOOD = 'Corr3ct-Horse!';
const GOOD2 = 'Batt3ry-Staple#';

const h = useHarness({}, { resetClock: true });

const importUser = (password: string | null = GOOD, extra: Record<string, unknown> = {}) =>
  importTestUser(h, password, extra);

/** A password action, with the Worker token or `token` (a self-change needs the user's own). */
function pw(userId: string, method: string, type: string, body?: unknown, token?: string) {
  return h.api(`/users/${userId}/password`, {
    method,
    contentType: `${V}${type}`,
    ...(body !== undefined ? { body } : {}),
    ...(token ? { token } : {}),
  });
}

/** The access token of `user` (password GOOD) signed in over HTTP. */
const tokenOf = (user: { username: string }) =>
  userAccessToken(h, { username: user.username, password: GOOD });

/** The user's own password change (`password.reset` with `currentPassword`) with `token`. */
const selfChange = (userId: string, token: string, currentPassword: string, newPassword: string) =>
  pw(userId, 'PUT', 'password.reset+json', { currentPassword, newPassword }, token);

const check = (id: string, password: string) => pw(id, 'POST', 'password.check+json', { password });

describe('password state', () => {
  it('returns the state object with links', async () => {
    const user = await importUser();
    const res = await h.api(`/users/${user.id}/password`);
    expect(res.status).toBe(200);
    const envBase = `${h.local.apiBaseUrl}/environments/${h.local.environmentId}`;
    const base = `${envBase}/users/${user.id}/password`;
    expect(res.body).toEqual({
      _links: {
        self: { href: base },
        environment: { href: envBase },
        user: { href: `${envBase}/users/${user.id}` },
        passwordPolicy: { href: `${envBase}/passwordPolicies/${res.body.passwordPolicy.id}` },
        'password.check': { href: base },
        'password.reset': { href: base },
        'password.set': { href: base },
      },
      environment: { id: h.local.environmentId },
      user: { id: user.id },
      passwordPolicy: { id: expect.any(String) },
      status: 'OK',
      lastChangedAt: expect.stringMatching(ISO_RE),
    });
    const policies = await h.api('/passwordPolicies');
    const standard = policies.body._embedded.passwordPolicies.find(
      (p: { name: string }) => p.name === 'Standard',
    );
    expect(res.body.passwordPolicy.id).toBe(standard.id);
  });

  it('embeds the effective policy with expand=passwordPolicy', async () => {
    const user = await importUser();
    const res = await h.api(`/users/${user.id}/password?expand=passwordPolicy`);
    expect(res.status).toBe(200);
    expect(res.body._embedded.passwordPolicy).toMatchObject({
      id: res.body.passwordPolicy.id,
      name: 'Standard',
      length: { min: 8, max: 255 },
    });
  });

  it('NO_PASSWORD for a user created without one; check is refused', async () => {
    const user = await importUser(null);
    const state = await h.api(`/users/${user.id}/password`);
    expect(state.body.status).toBe('NO_PASSWORD');
    expect(state.body).not.toHaveProperty('lastChangedAt');
    const res = await check(user.id, GOOD);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(
      invalidDataBody(res, [
        { code: 'NO_PASSWORD', target: 'password', message: 'The user does not have a password' },
      ]),
    );
  });
});

describe('check and lockout', () => {
  it('counts failures, locks after the policy failureCount, unlocks after durationSeconds', async () => {
    const user = await importUser();
    for (let remaining = 4; remaining >= 1; remaining--) {
      const res = await check(user.id, 'wrong-password');
      expect(res.status).toBe(400);
      expect(res.body).toEqual(
        invalidDataBody(res, [
          {
            code: 'INVALID_VALUE',
            target: 'password',
            message: 'The provided password did not match provisioned password',
            innerError: { failuresRemaining: remaining },
          },
        ]),
      );
      expectSchema('P1Error', res.body);
    }
    const fifth = await check(user.id, 'wrong-password');
    expect(fifth.status).toBe(400);
    expect(fifth.body).toEqual(
      invalidDataBody(fifth, [
        {
          code: 'PASSWORD_LOCKED_OUT',
          target: 'password',
          message:
            'The password is locked out because of too many failed attempts. Try again later.',
          innerError: { secondsUntilUnlock: 900 },
        },
      ]),
    );
    // Even the right password is refused while locked.
    const right = await check(user.id, GOOD);
    expect(right.status).toBe(400);
    expect(right.body.details[0].code).toBe('PASSWORD_LOCKED_OUT');
    const state = await h.api(`/users/${user.id}/password`);
    expect(state.body).toMatchObject({ status: 'PASSWORD_LOCKED_OUT', secondsUntilUnlock: 900 });
    const read = await h.api(`/users/${user.id}`);
    expect(read.body.account).toEqual({
      canAuthenticate: false,
      status: 'LOCKED',
      unlockAt: expect.stringMatching(ISO_RE),
      secondsUntilUnlock: 900,
    });
    expectSchema('User', read.body);
    const send = await pw(user.id, 'POST', 'password.sendRecoveryCode+json');
    expect(send.status).toBe(400);
    expect(send.body.details[0].code).toBe('PASSWORD_LOCKED_OUT');

    h.local.clock.advance(600);
    expect((await h.api(`/users/${user.id}/password`)).body.secondsUntilUnlock).toBe(300);
    h.local.clock.advance(300);
    const after = await check(user.id, GOOD);
    expect(after.status).toBe(200);
    expect(after.body.status).toBe('OK');
    // The counter restarted: one failure leaves four.
    const again = await check(user.id, 'nope');
    expect(again.body.details[0].innerError).toEqual({ failuresRemaining: 4 });
  });

  it('a successful check resets the failure count', async () => {
    const user = await importUser();
    await check(user.id, 'x1');
    await check(user.id, 'x2');
    expect((await check(user.id, GOOD)).status).toBe(200);
    const res = await check(user.id, 'x3');
    expect(res.body.details[0].innerError).toEqual({ failuresRemaining: 4 });
  });

  it('unlock clears a lockout', async () => {
    const user = await importUser();
    for (let i = 0; i < 5; i++) await check(user.id, 'bad');
    const res = await pw(user.id, 'POST', 'password.unlock+json');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('OK');
    expect((await check(user.id, GOOD)).status).toBe(200);
  });
});

describe('set, reset, forceChange', () => {
  it('set applies the policy (§7.4 shape), bypassPolicy skips it, forceChange sets MUST_CHANGE_PASSWORD', async () => {
    const user = await importUser();
    const weak = await pw(user.id, 'PUT', 'password.set+json', {
      value: 'short',
      forceChange: false,
    });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('INVALID_DATA');
    expect(weak.body.details).toHaveLength(1);
    expect(weak.body.details[0]).toMatchObject({
      code: 'INVALID_VALUE',
      target: 'password',
      message: 'User password did not satisfy password policy requirements',
      innerError: { unsatisfiedRequirements: expect.arrayContaining(['length']) },
    });
    const bypass = await pw(user.id, 'PUT', 'password.set+json', {
      value: 'short',
      forceChange: true,
      bypassPolicy: true,
    });
    expect(bypass.status).toBe(200);
    expect(bypass.body.status).toBe('MUST_CHANGE_PASSWORD');
    expect((await check(user.id, 'short')).status).toBe(200);
  });

  it('passes the profile to the policy: a password equal to a profile value is refused', async () => {
    const username = `Pr0file-${uniqueName()}!`;
    const created = await h.api('/users', {
      method: 'POST',
      body: { username, email: `${uniqueName()}@example.com` },
    });
    const res = await pw(created.body.id, 'PUT', 'password.set+json', {
      value: username,
      forceChange: false,
    });
    expect(res.status).toBe(400);
    expect(res.body.details[0].innerError.unsatisfiedRequirements).toEqual(['excludesProfileData']);
  });

  it('setValue with {} removes the password', async () => {
    const user = await importUser();
    const res = await pw(user.id, 'PUT', 'password.setValue+json', {});
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('NO_PASSWORD');
  });

  it('self-change: wrong current password, history, success', async () => {
    const user = await importUser();
    h.local.clock.advance(2 * 86400);
    const token = await tokenOf(user);
    const wrong = await selfChange(user.id, token, 'nope', GOOD2);
    expect(wrong.status).toBe(400);
    expect(wrong.body.details[0]).toEqual({
      code: 'INVALID_VALUE',
      target: 'currentPassword',
      message: 'The current password provided for the user is invalid',
      innerError: { failuresRemaining: 4 },
    });
    const same = await selfChange(user.id, token, GOOD, GOOD);
    expect(same.status).toBe(400);
    expect(same.body.details[0]).toMatchObject({
      code: 'INVALID_VALUE',
      target: 'newPassword',
      message: 'New password did not satisfy password policy requirements',
      innerError: { unsatisfiedRequirements: expect.arrayContaining(['history']) },
    });
    const ok = await selfChange(user.id, token, GOOD, GOOD2);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('OK');
    expect((await check(user.id, GOOD2)).status).toBe(200);
  });

  it('self-change needs the user’s own token: a Worker token is 403, and changes nothing', async () => {
    const user = await importUser();
    h.local.clock.advance(2 * 86400);
    const res = await h.api(`/users/${user.id}/password`, {
      method: 'PUT',
      contentType: `${V}password.reset+json`,
      body: { currentPassword: GOOD, newPassword: GOOD2 },
    });
    expect(res.status).toBe(403);
    expect(res.body.details).toEqual([
      {
        code: 'INSUFFICIENT_PERMISSIONS',
        message: 'The actor attempting to perform the request is not authorized.',
      },
    ]);
    expect((await check(user.id, GOOD)).status).toBe(200);
    // And the user's token cannot do an administrator's reset.
    const admin = await h.api(`/users/${user.id}/password`, {
      method: 'PUT',
      contentType: `${V}password.reset+json`,
      body: { newPassword: GOOD2 },
      token: await tokenOf(user),
    });
    expect(admin.status).toBe(403);
  });

  it('self-change is refused before minAgeDays (REQUEST_FAILED / PASSWORD_TOO_YOUNG)', async () => {
    const user = await importUser();
    const res = await selfChange(user.id, await tokenOf(user), GOOD, GOOD2);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      id: res.headers.get('correlation-id'),
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
  });

  it('reports PASSWORD_EXPIRED after maxAgeDays; check still succeeds', async () => {
    const user = await importUser();
    h.local.clock.advance(183 * 86400);
    expect((await h.api(`/users/${user.id}/password`)).body.status).toBe('PASSWORD_EXPIRED');
    const res = await check(user.id, GOOD);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('PASSWORD_EXPIRED');
  });

  it('admin reset sets a temporary password without policy, MUST_CHANGE_PASSWORD, and unlocks', async () => {
    const user = await importUser();
    for (let i = 0; i < 5; i++) await check(user.id, 'bad');
    const res = await pw(user.id, 'PUT', 'password.reset+json', { newPassword: 'temp' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('MUST_CHANGE_PASSWORD');
    expect((await check(user.id, 'temp')).status).toBe(200);
  });

  it('forceChange keeps the password and sets MUST_CHANGE_PASSWORD (with or without +json)', async () => {
    const user = await importUser();
    const res = await pw(user.id, 'POST', 'password.forceChange');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('MUST_CHANGE_PASSWORD');
    const again = await pw(user.id, 'POST', 'password.forceChange+json');
    expect(again.status).toBe(200);
    expect((await check(user.id, GOOD)).status).toBe(200);
  });

  it('415 for an unknown vendor type, 405 for a known type with the wrong method', async () => {
    const user = await importUser();
    const unknown = await pw(user.id, 'POST', 'password.frobnicate+json', {});
    expect(unknown.status).toBe(415);
    expect(unknown.body.code).toBe('INVALID_REQUEST');
    const wrong = await pw(user.id, 'POST', 'password.set+json', { value: GOOD2 });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('PUT');
    const del = await h.api(`/users/${user.id}/password`, { method: 'DELETE' });
    expect(del.status).toBe(405);
  });

  it('accepts pre-encoded {SSHA256} values and verifies them', async () => {
    const user = await importUser(null);
    const salt = Buffer.from('saltsalt');
    const digest = createHash('sha256').update('legacy-pass').update(salt).digest();
    const value = `{SSHA256}${Buffer.concat([digest, salt]).toString('base64')}`;
    const res = await pw(user.id, 'PUT', 'password.set+json', { value, forceChange: false });
    expect(res.status).toBe(200);
    expect((await check(user.id, 'legacy-pass')).status).toBe(200);
    expect((await check(user.id, 'other')).status).toBe(400);
    const bad = await pw(user.id, 'PUT', 'password.set+json', {
      value: '{MD5}abc',
      forceChange: false,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0]).toEqual({
      code: 'INVALID_VALUE',
      target: 'value',
      message: 'The password encoding is not supported by PingOne Local',
    });
  });
});

describe('pre-encoded bcrypt and argon2 parameters', () => {
  it('imports a {BCRYPT} hash and verifies it', async () => {
    const bcrypt = (await import('bcryptjs')).default;
    const hash = bcrypt.hashSync('legacy-bcrypt', 4);
    const username = uniqueName();
    const res = await h.api('/users', {
      method: 'POST',
      contentType: `${V}user.import+json`,
      body: { username, email: `${username}@example.com`, password: { value: `{BCRYPT}${hash}` } },
    });
    expect(res.status).toBe(201);
    expect((await check(res.body.id, 'legacy-bcrypt')).status).toBe(200);
    expect((await check(res.body.id, 'legacy-bcryp')).status).toBe(400);
  });

  it('stores cleartext passwords as Argon2id with the configured parameters', async () => {
    const user = await importUser();
    const stored = h.handle.store.getUser(h.local.environmentId, user.id)!;
    expect(stored.password.hash).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    expect(stored.password.hash).not.toContain(GOOD);
  });
});
