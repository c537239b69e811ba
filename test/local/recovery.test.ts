import { describe, expect, it } from 'vitest';
import { importTestUser, invalidDataBody, passwordActions, useHarness } from './helpers.js';

const GOOD = 'Corr3ct-Horse!';
const NEW = 'Batt3ry-Staple#';

const h = useHarness({}, { resetClock: true });

const importUser = (password: string | null = GOOD) => importTestUser(h, password);

const actions = passwordActions(h);
const { send, check, codeFor } = actions;
const recover = (id: string, recoveryCode: string, newPassword = NEW) =>
  actions.recover(id, recoveryCode, newPassword);

function invalidCodeBody(res: Parameters<typeof invalidDataBody>[0], message: string) {
  return invalidDataBody(res, [{ code: 'INVALID_VALUE', target: 'recoveryCode', message }]);
}

describe('send recovery code', () => {
  it('mails an 8-character code on its own line and returns the password state', async () => {
    const user = await importUser();
    const res = await send(user.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ user: { id: user.id }, status: 'OK' });
    const mail = h.handle.mailbox.list({ to: user.email })[0]!;
    expect(mail.to).toBe(user.email);
    expect(mail.subject).toBe('Your password recovery code');
    const code = codeFor(user.email);
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    expect(mail.html).toContain(code);
    // Stored hashed only.
    const row = h.handle.store.getRecovery(user.id)!;
    expect(row.codeHash).not.toContain(code);
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    // The request alone changes nothing: the old password still works.
    expect((await check(user.id, GOOD)).status).toBe(200);
  });

  it('is refused for a disabled user and a user without a password', async () => {
    const noPw = await importUser(null);
    const res = await send(noPw.id);
    expect(res.status).toBe(400);
    expect(res.body.details[0].code).toBe('NO_PASSWORD');
    const disabled = await importUser();
    await h.api(`/users/${disabled.id}/enabled`, { method: 'PUT', body: { enabled: false } });
    const refused = await send(disabled.id);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual(
      invalidDataBody(refused, [
        { code: 'ACCOUNT_NOT_USABLE', target: 'user', message: 'The user account is not usable' },
      ]),
    );
    expect(h.handle.mailbox.list({ to: disabled.email })).toEqual([]);
  });
});

describe('recover', () => {
  it('accepts the code case-insensitively, sets the password, and the code is single-use', async () => {
    const user = await importUser();
    await send(user.id);
    const code = codeFor(user.email);
    const res = await recover(user.id, code.toLowerCase());
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('OK');
    expect((await check(user.id, NEW)).status).toBe(200);
    const reuse = await recover(user.id, code, 'An0ther-Pass!');
    expect(reuse.status).toBe(400);
    expect(reuse.body).toEqual(
      invalidCodeBody(reuse, 'The provided password recovery code was invalid or expired'),
    );
  });

  it('rejects a code after 5 minutes', async () => {
    const user = await importUser();
    await send(user.id);
    const code = codeFor(user.email);
    h.local.clock.advance(300);
    const res = await recover(user.id, code);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(
      invalidCodeBody(res, 'The provided password recovery code was invalid or expired'),
    );
  });

  it('only the latest code is valid', async () => {
    const user = await importUser();
    await send(user.id);
    const first = codeFor(user.email);
    await send(user.id);
    const second = codeFor(user.email);
    if (first !== second) {
      expect((await recover(user.id, first)).status).toBe(400);
    }
    expect((await recover(user.id, second)).status).toBe(200);
  });

  it('5 wrong codes invalidate it with "Maximum password recovery failures exceeded"', async () => {
    const user = await importUser();
    await send(user.id);
    const code = codeFor(user.email);
    const wrong = code === 'ZZZZZZZZ' ? 'YYYYYYYY' : 'ZZZZZZZZ';
    for (let i = 0; i < 4; i++) {
      const res = await recover(user.id, wrong);
      expect(res.body).toEqual(
        invalidCodeBody(res, 'The provided password recovery code was invalid or expired'),
      );
    }
    const fifth = await recover(user.id, wrong);
    expect(fifth.status).toBe(400);
    expect(fifth.body).toEqual(
      invalidCodeBody(fifth, 'Maximum password recovery failures exceeded'),
    );
    const right = await recover(user.id, code);
    expect(right.body).toEqual(
      invalidCodeBody(right, 'The provided password recovery code was invalid or expired'),
    );
    // The password is locked out (fidelity-recovery-lockout.test.ts); once the policy's 900 s
    // lockout ends, the old password works and a new send restarts the counter.
    expect((await h.api(`/users/${user.id}/password`)).body.status).toBe('PASSWORD_LOCKED_OUT');
    h.local.clock.advance(900);
    expect((await check(user.id, GOOD)).status).toBe(200);
    await send(user.id);
    expect((await recover(user.id, codeFor(user.email))).status).toBe(200);
  });

  it('applies the policy to the new password and keeps the code usable', async () => {
    const user = await importUser();
    await send(user.id);
    const code = codeFor(user.email);
    const weak = await recover(user.id, code, 'weak');
    expect(weak.status).toBe(400);
    expect(weak.body.details[0]).toMatchObject({
      code: 'INVALID_VALUE',
      target: 'newPassword',
      message: 'New password did not satisfy password policy requirements',
    });
    expect((await recover(user.id, code)).status).toBe(200);
  });

  it('recovers a locked-out password and unlocks it', async () => {
    const user = await importUser();
    await send(user.id);
    const code = codeFor(user.email);
    for (let i = 0; i < 5; i++) await check(user.id, 'bad');
    expect((await h.api(`/users/${user.id}/password`)).body.status).toBe('PASSWORD_LOCKED_OUT');
    const res = await recover(user.id, code);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('OK');
    expect((await check(user.id, NEW)).status).toBe(200);
  });
});
