/**
 * The sign-on page's verification step over real HTTP (issue 12 §2, issue 11): an account
 * imported awaiting verification signs in with its password, is asked for the code PingOne Local
 * mailed, and lands signed in once it is typed. Wrong, replaced and exhausted codes, the resend
 * cooldown and the code's format each give their translated message and change nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  codeErrorOf,
  flashOf,
  type Hop,
  importUnverifiedUser,
  SignInBrowser,
  startSignInStack,
} from '../support/signin-stack.js';
import { latestRecoveryCode, readMailbox, useFixture } from '../support/stack.js';

let offset = 0;
const stack = useFixture(() =>
  startSignInStack({
    env: { RECOVERY_RESEND_COOLDOWN_SECONDS: '60', RECOVERY_CODES_PER_DAY: '10' },
    now: () => Date.now() + offset,
  }),
);

const codeError = codeErrorOf;

const unverifiedUser = () => importUnverifiedUser(stack.client);

const lifecycleOf = async (id: string) => (await stack.client.users.get(id))?.lifecycle?.status;

const INVALID =
  'This code is not right, has expired or was replaced by a newer one. Check the newest e-mail and try again.';
const EXHAUSTED = 'Too many wrong codes. Ask for a new code below, then enter the newest one.';

describe('the verification step of the sign-on page', () => {
  it('asks for the mailed code after the password, and signs in once it is typed', async () => {
    const user = await unverifiedUser();
    const code = await latestRecoveryCode(stack.local, user.email, {
      subject: 'Verify your account',
    });
    const b = new SignInBrowser(stack.url);
    const step = await b.signIn(user.username, user.password, '/signin?return_to=/account');
    expect(step.url).toBe(`${stack.url}/signin/flow`);
    expect(step.body).toContain('id="signon-verify-form"');
    expect(step.body).toContain('action="/signin/verify"');
    expect(step.body).toMatch(
      /<input id="verificationCode" name="verificationCode" type="text" autocomplete="one-time-code"[^>]* inputmode="text"/,
    );
    expect(step.body).toContain('id="resend-form"');
    expect(step.body).toContain('action="/signin/verify/resend"');
    expect(step.body).toMatch(/id="resend-wait" data-resend-wait="60"/);
    expect(step.body).not.toContain('id="signon-unsupported"');

    // A badly formed code never reaches PingOne.
    const malformed = await b.post('/signin/verify', { verificationCode: 'abc' });
    expect(codeError(malformed)).toBe('The code has 8 letters and digits.');
    expect(malformed.body).toContain('aria-invalid="true"');

    // Pasted with spaces, in lower case: still the code.
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4)} `;
    const landed = await b.post('/signin/verify', { verificationCode: typed });
    expect(landed.url).toBe(`${stack.url}/account`);
    expect(landed.body).toContain(`<strong>${user.username}</strong>`);
    expect(await lifecycleOf(user.id)).toBe('ACCOUNT_OK');
    expect((await stack.client.users.get(user.id))?.emailVerified).toBe(true);
    const logs = stack.portals[0]!.logs.join('\n');
    expect(logs).not.toContain(code);
    expect(logs).toContain('"event":"signed_in"');
  });

  it('refuses a wrong code, spaces new codes, and refuses a replaced one', async () => {
    const user = await unverifiedUser();
    const first = await latestRecoveryCode(stack.local, user.email);
    const b = new SignInBrowser(stack.url);
    await b.signIn(user.username, user.password);
    const wrong = await b.post('/signin/verify', { verificationCode: 'ZZZZ9999' });
    expect(codeError(wrong)).toBe(INVALID);
    expect(wrong.body).toContain('id="error-summary"');
    expect(await lifecycleOf(user.id)).toBe('VERIFICATION_REQUIRED');

    // Too early: nothing is sent, and the page says how long to wait.
    const early = await b.post('/signin/verify/resend', {});
    expect(flashOf(early)[0]).toMatch(/^info: Please wait \d+ seconds before asking/);
    expect(await readMailbox(stack.local, user.email)).toHaveLength(1);

    offset += 61_000;
    const resent = await b.post('/signin/verify/resend', {});
    expect(resent.url).toBe(`${stack.url}/signin/flow`);
    expect(flashOf(resent)).toEqual([
      'info: A new code is on its way. Only the newest code works.',
    ]);
    expect(resent.body).toMatch(/data-resend-wait="(59|60)"/);
    expect(await readMailbox(stack.local, user.email)).toHaveLength(2);
    const second = await latestRecoveryCode(stack.local, user.email);
    expect(second).not.toBe(first);

    const replaced = await b.post('/signin/verify', { verificationCode: first });
    expect(codeError(replaced)).toBe(INVALID);
    const landed = await b.post('/signin/verify', { verificationCode: second });
    expect(landed.url).toBe(`${stack.url}/account`);
  });

  it('stops after five wrong codes until a new code is sent', async () => {
    const user = await unverifiedUser();
    const first = await latestRecoveryCode(stack.local, user.email);
    const b = new SignInBrowser(stack.url);
    await b.signIn(user.username, user.password);
    let page: Hop | null = null;
    for (let i = 0; i < 5; i++) {
      page = await b.post('/signin/verify', { verificationCode: `WRONG00${i}` });
    }
    expect(codeError(page!)).toBe(EXHAUSTED);
    // Even the right code is refused now, without asking PingOne.
    const right = await b.post('/signin/verify', { verificationCode: first });
    expect(codeError(right)).toBe(EXHAUSTED);
    expect(await lifecycleOf(user.id)).toBe('VERIFICATION_REQUIRED');

    offset += 61_000;
    await b.post('/signin/verify/resend', {});
    const fresh = await latestRecoveryCode(stack.local, user.email);
    const landed = await b.post('/signin/verify', { verificationCode: fresh });
    expect(landed.url).toBe(`${stack.url}/account`);
    expect(await lifecycleOf(user.id)).toBe('ACCOUNT_OK');
  });

  it('speaks the chosen language on the verification step', async () => {
    const user = await unverifiedUser();
    const b = new SignInBrowser(stack.url);
    await b.get('/?lang=fr');
    const step = await b.signIn(user.username, user.password);
    expect(step.body).toContain('<html lang="fr"');
    expect(step.body).toContain('Confirmez votre adresse e-mail');
    const wrong = await b.post('/signin/verify', { verificationCode: 'ZZZZ9999' });
    expect(codeError(wrong)).not.toBe(INVALID);
    expect(codeError(wrong)).toBeTruthy();
  });
});
