/**
 * Account and e-mail verification over HTTP (docs/pingone-behaviour.md §3.8; choices 35–39 in
 * docs/pingone-local.md): codes are read from the dev mailbox API, answers are checked whole and
 * against the OpenAPI `User` schema (the harness checks `/users/{id}`; the e-mail verification
 * answers are checked here).
 */
import { describe, expect, it } from 'vitest';
import { validateSchema } from '../support/openapi.js';
import {
  importTestUser,
  invalidDataBody,
  lastMail,
  mailedVerificationCode,
  passwordActions,
  useHarness,
} from './helpers.js';

const h = useHarness({}, { resetClock: true });
const V = 'application/vnd.pingidentity.';

const codeIn = (to: string) => mailedVerificationCode(h, to);

/** A wrong code that differs from `code` in every position. */
function wrong(code: string): string {
  return [...code].map((c) => (c === 'A' ? 'B' : 'A')).join('');
}

const action = (id: string, type: string, body?: unknown) =>
  h.api(`/users/${id}`, {
    method: 'POST',
    contentType: `${V}${type}+json`,
    ...(body === undefined ? {} : { body }),
  });
const emailAction = (id: string, type: string, body: unknown) =>
  h.api(`/users/${id}/emailVerification`, {
    method: 'POST',
    contentType: `${V}user.emailVerification.${type}+json`,
    body,
  });

function codeError(res: Awaited<ReturnType<typeof h.api>>, message: string) {
  return invalidDataBody(res, [{ code: 'INVALID_VALUE', target: 'verificationCode', message }]);
}
const INVALID = 'The provided verification code was invalid or expired';
const EXHAUSTED = 'Maximum verification failures exceeded';

async function unverifiedUser(extra: Record<string, unknown> = {}) {
  return importTestUser(h, 'Corr3ct-Horse!', {
    lifecycle: { status: 'VERIFICATION_REQUIRED' },
    ...extra,
  });
}

describe('account verification', () => {
  it('an import with VERIFICATION_REQUIRED mails a code; wrong code, then the right one → ACCOUNT_OK', async () => {
    const user = await unverifiedUser();
    expect(user).toMatchObject({
      lifecycle: { status: 'VERIFICATION_REQUIRED' },
      emailVerified: false,
    });
    const mail = await lastMail(h, user.email);
    expect(mail.subject).toBe('Verify your account');
    expect(mail.text).toContain('The code does not expire');
    const code = await codeIn(user.email);

    const bad = await action(user.id, 'user.verify', { verificationCode: wrong(code) });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual(codeError(bad, INVALID));
    expect((await h.api(`/users/${user.id}`)).body.lifecycle).toEqual({
      status: 'VERIFICATION_REQUIRED',
    });

    // Case and surrounding spaces do not matter.
    const ok = await action(user.id, 'user.verify', {
      verificationCode: ` ${code.toLowerCase()} `,
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      id: user.id,
      lifecycle: { status: 'ACCOUNT_OK' },
      emailVerified: true,
    });

    // The code is used up.
    const again = await action(user.id, 'user.verify', { verificationCode: code });
    expect(again.status).toBe(400);
    expect(again.body).toEqual(codeError(again, INVALID));
  });

  it('suppressVerificationCode sends nothing; a create without an import cannot set lifecycle', async () => {
    const user = await unverifiedUser({
      lifecycle: { status: 'VERIFICATION_REQUIRED', suppressVerificationCode: true },
    });
    expect(h.handle.mailbox.list({ to: user.email })).toEqual([]);
    const created = await h.api('/users', {
      method: 'POST',
      body: { username: `${user.username}-c`, lifecycle: { status: 'VERIFICATION_REQUIRED' } },
    });
    expect(created.status).toBe(400);
    expect(created.body.details[0]).toMatchObject({ code: 'INVALID_VALUE', target: 'lifecycle' });
  });

  it('a resend invalidates the older code, and sets VERIFICATION_REQUIRED on a verified account', async () => {
    const user = await unverifiedUser();
    const first = await codeIn(user.email);
    const resent = await action(user.id, 'user.sendVerificationCode');
    expect(resent.status).toBe(200);
    expect(resent.body.lifecycle).toEqual({ status: 'VERIFICATION_REQUIRED' });
    const second = await codeIn(user.email);
    expect(h.handle.mailbox.list({ to: user.email })).toHaveLength(2);
    // Two equal codes in a row have a chance of 36^-8: the older one is refused.
    const old = await action(user.id, 'user.verify', { verificationCode: first });
    expect(old.body).toEqual(codeError(old, INVALID));
    expect((await action(user.id, 'user.verify', { verificationCode: second })).status).toBe(200);

    // PingOne documents that a send sets VERIFICATION_REQUIRED, whatever the status was.
    const again = await action(user.id, 'user.sendVerificationCode');
    expect(again.body.lifecycle).toEqual({ status: 'VERIFICATION_REQUIRED' });
  });

  it('the fifth wrong code deletes it; the account codes do not expire', async () => {
    const user = await unverifiedUser();
    const code = await codeIn(user.email);
    h.local.clock.advance(30 * 86_400);
    for (let i = 1; i <= 4; i++) {
      const res = await action(user.id, 'user.verify', { verificationCode: wrong(code) });
      expect(res.body).toEqual(codeError(res, INVALID));
    }
    const fifth = await action(user.id, 'user.verify', { verificationCode: wrong(code) });
    expect(fifth.body).toEqual(codeError(fifth, EXHAUSTED));
    const right = await action(user.id, 'user.verify', { verificationCode: code });
    expect(right.body).toEqual(codeError(right, INVALID));
    expect((await h.api(`/users/${user.id}`)).body.lifecycle.status).toBe('VERIFICATION_REQUIRED');
  });

  it('emailVerified stays false when the address changed after the code was sent', async () => {
    const user = await unverifiedUser();
    const code = await codeIn(user.email);
    const moved = await h.api(`/users/${user.id}`, {
      method: 'PATCH',
      body: { email: `moved-${user.email}` },
    });
    expect(moved.status).toBe(200);
    const ok = await action(user.id, 'user.verify', { verificationCode: code });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ lifecycle: { status: 'ACCOUNT_OK' }, emailVerified: false });
  });

  it('bad input changes nothing: no body, unknown member, other vendor types', async () => {
    const user = await unverifiedUser();
    const empty = await action(user.id, 'user.verify');
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('INVALID_DATA');
    const extra = await action(user.id, 'user.verify', { verificationCode: 'ABCD1234', x: 1 });
    expect(extra.body.details).toEqual([
      { code: 'INVALID_VALUE', target: 'x', message: 'is not a recognised attribute' },
    ]);
    const lock = await action(user.id, 'account.lock');
    expect(lock.status).toBe(415);
    expect(lock.body.code).toBe('INVALID_REQUEST');
    const missing = await action('00000000-0000-4000-8000-000000000000', 'user.verify', {
      verificationCode: 'ABCD1234',
    });
    expect(missing.status).toBe(404);
    expect(h.handle.mailbox.list({ to: user.email })).toHaveLength(1);
  });
});

describe('e-mail verification', () => {
  it('send then verify sets emailVerified; the answers have PingOne shapes', async () => {
    const user = await importTestUser(h, null);
    const sent = await emailAction(user.id, 'send', { notificationType: 'user' });
    expect(sent.status).toBe(200);
    const userHref = `${h.envBase}/users/${user.id}`;
    expect(sent.body).toEqual({
      _links: { self: { href: `${userHref}/emailVerification` }, user: { href: userHref } },
      environment: { id: h.local.environmentId },
      user: { id: user.id },
      notificationType: 'user',
    });
    expect((await lastMail(h, user.email)).subject).toBe('Verify your email address');
    const code = await codeIn(user.email);
    const ok = await emailAction(user.id, 'verify', { verificationCode: code });
    expect(ok.status).toBe(200);
    expect(validateSchema('User', ok.body)).toEqual([]);
    expect(ok.body).toMatchObject({
      id: user.id,
      emailVerified: true,
      lifecycle: { status: 'ACCOUNT_OK' },
    });
    expect((await h.api(`/users/${user.id}`)).body.emailVerified).toBe(true);
  });

  it('only the newest code works, for 24 hours', async () => {
    const user = await importTestUser(h, null);
    await emailAction(user.id, 'send', { notificationType: 'admin' });
    const first = await codeIn(user.email);
    await emailAction(user.id, 'send', { notificationType: 'admin' });
    const second = await codeIn(user.email);
    const old = await emailAction(user.id, 'verify', { verificationCode: first });
    expect(old.body).toEqual(codeError(old, INVALID));
    h.local.clock.advance(86_400);
    const late = await emailAction(user.id, 'verify', { verificationCode: second });
    expect(late.status).toBe(400);
    expect(late.body).toEqual(codeError(late, INVALID));
    expect((await h.api(`/users/${user.id}`)).body.emailVerified).toBe(false);
  });

  it('an e-mail change clears emailVerified and the pending code', async () => {
    const user = await importTestUser(h, null, { emailVerified: true });
    await emailAction(user.id, 'send', { notificationType: 'user' });
    const code = await codeIn(user.email);
    // The same address in other letter case is not a change.
    const same = await h.api(`/users/${user.id}`, {
      method: 'PATCH',
      body: { email: user.email.toUpperCase() },
    });
    expect(same.body.emailVerified).toBe(true);
    const moved = await h.api(`/users/${user.id}`, {
      method: 'PATCH',
      body: { email: `new-${user.email}` },
    });
    expect(moved.body.emailVerified).toBe(false);
    const stale = await emailAction(user.id, 'verify', { verificationCode: code });
    expect(stale.body).toEqual(codeError(stale, INVALID));
  });

  it('refuses a bad notificationType, a user without an address, and other methods', async () => {
    const user = await importTestUser(h, null);
    const bad = await emailAction(user.id, 'send', { notificationType: 'robot' });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0]).toMatchObject({
      code: 'INVALID_VALUE',
      target: 'notificationType',
    });
    const created = await h.api('/users', {
      method: 'POST',
      body: { username: `${user.username}-n` },
    });
    const none = await emailAction(created.body.id, 'send', { notificationType: 'user' });
    expect(none.body).toEqual(
      invalidDataBody(none, [{ code: 'REQUIRED_VALUE', target: 'email', message: 'is required' }]),
    );
    const get = await h.api(`/users/${user.id}/emailVerification`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(h.handle.mailbox.list({ to: user.email })).toEqual([]);
  });
});

describe('password recovery of an account awaiting verification', () => {
  it('is refused until the account is verified', async () => {
    const user = await unverifiedUser();
    const code = await codeIn(user.email);
    const pw = passwordActions(h);
    const refused = await pw.send(user.id);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual(
      invalidDataBody(refused, [
        {
          code: 'ACCOUNT_NOT_USABLE',
          target: 'lifecycle.status',
          message: 'The user account must be verified first',
        },
      ]),
    );
    const recover = await pw.recover(user.id, 'ABCD1234', 'An0ther-Horse!');
    expect(recover.body.details[0].code).toBe('ACCOUNT_NOT_USABLE');
    expect(h.handle.mailbox.list({ to: user.email })).toHaveLength(1);
    await action(user.id, 'user.verify', { verificationCode: code });
    expect((await pw.send(user.id)).status).toBe(200);
  });
});
