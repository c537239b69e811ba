/**
 * The signed-in e-mail change over real HTTP (issue 11 "Signed-in e-mail change", issue 12 §3):
 * after a recent sign-in the new address is saved, PingOne Local mails a code to it
 * (`emailVerification`), and `emailVerified` stays false until the code is typed on
 * `/account/email`. Wrong, replaced and exhausted codes and early resends change nothing; the old
 * address gets no notice (PingOne has none to send).
 */
import { describe, expect, it } from 'vitest';
import {
  codeErrorOf,
  flashOf,
  type Hop,
  SignInBrowser,
  startSignInStack,
} from '../support/signin-stack.js';
import { createUser, latestRecoveryCode, readMailbox, useFixture } from '../support/stack.js';

let offset = 0;
const stack = useFixture(() =>
  startSignInStack({
    env: { RECOVERY_RESEND_COOLDOWN_SECONDS: '60', RECOVERY_CODES_PER_DAY: '10' },
    now: () => Date.now() + offset,
  }),
);

const codeError = codeErrorOf;

const INVALID =
  'This code is not right, has expired or was replaced by a newer one. Check the newest e-mail and try again.';

/** Signs a new user in and changes their address; answers the code page and who. */
async function changeEmail() {
  const user = await createUser(stack);
  const b = new SignInBrowser(stack.url);
  await b.signIn(user.username, user.password);
  const newEmail = `changed.${user.email}`;
  const page = await b.post('/account', {
    givenName: 'Ann',
    familyName: 'Smith',
    email: newEmail,
    preferredLanguage: '',
  });
  return { user, b, newEmail, page };
}

const stored = (id: string) => stack.client.users.get(id);

describe('changing the e-mail address while signed in', () => {
  it('mails a code to the new address and confirms it once the code is typed', async () => {
    const { user, b, newEmail, page } = await changeEmail();
    expect(page.url).toBe(`${stack.url}/account/email`);
    expect(page.body).toContain(`<p id="account-email-address"><strong>${newEmail}</strong></p>`);
    expect(page.body).toContain('id="account-email-form"');
    expect(page.body).toMatch(/autocomplete="one-time-code"/);
    expect(page.body).toMatch(/id="resend-wait" data-resend-wait="60"/);
    expect(await stored(user.id)).toMatchObject({ email: newEmail, emailVerified: false });
    const [mail] = await readMailbox(stack.local, newEmail);
    expect(mail?.subject).toBe('Verify your email address');
    // PingOne sends the old address nothing.
    expect(await readMailbox(stack.local, user.email)).toEqual([]);

    const account = await b.get('/account');
    expect(account.body).toContain('id="email-status"');
    expect(account.body).toContain('href="/account/email" id="email-confirm"');

    const wrong = await b.post('/account/email', { verificationCode: 'ZZZZ9999' });
    expect(codeError(wrong)).toBe(INVALID);
    expect((await stored(user.id))?.emailVerified).toBe(false);

    const code = await latestRecoveryCode(stack.local, newEmail);
    const done = await b.post('/account/email', {
      verificationCode: `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`,
    });
    expect(done.url).toBe(`${stack.url}/account`);
    expect(flashOf(done)).toEqual(['success: Your e-mail address is confirmed.']);
    expect(done.body).not.toContain('id="email-status"');
    expect(await stored(user.id)).toMatchObject({ email: newEmail, emailVerified: true });
    // Nothing left to confirm: the page sends back to the account.
    expect((await b.get('/account/email')).url).toBe(`${stack.url}/account`);
    const logs = stack.portals[0]!.logs.join('\n');
    expect(logs).toContain('"event":"email_verified"');
    expect(logs).not.toContain(code);
    expect(logs).not.toContain(newEmail);
  });

  it('spaces new codes, refuses a replaced one, and stops after five wrong ones', async () => {
    const { user, b, newEmail } = await changeEmail();
    const first = await latestRecoveryCode(stack.local, newEmail);
    const early = await b.post('/account/email/resend', {});
    expect(flashOf(early)[0]).toMatch(/^info: Please wait \d+ seconds before asking/);
    expect(await readMailbox(stack.local, newEmail)).toHaveLength(1);

    offset += 61_000;
    const resent = await b.post('/account/email/resend', {});
    expect(flashOf(resent)).toEqual([
      'info: A new code is on its way. Only the newest code works.',
    ]);
    const second = await latestRecoveryCode(stack.local, newEmail);
    expect(second).not.toBe(first);
    expect(codeError(await b.post('/account/email', { verificationCode: first }))).toBe(INVALID);

    let page: Hop | null = null;
    for (let i = 0; i < 4; i++) {
      page = await b.post('/account/email', { verificationCode: `WRONG00${i}` });
    }
    expect(codeError(page!)).toBe(
      'Too many wrong codes. Ask for a new code below, then enter the newest one.',
    );
    const refused = await b.post('/account/email', { verificationCode: second });
    expect(codeError(refused)).toMatch(/^Too many wrong codes/);
    expect((await stored(user.id))?.emailVerified).toBe(false);

    offset += 61_000;
    await b.post('/account/email/resend', {});
    const third = await latestRecoveryCode(stack.local, newEmail);
    const done = await b.post('/account/email', { verificationCode: third });
    expect(flashOf(done)).toEqual(['success: Your e-mail address is confirmed.']);
    expect((await stored(user.id))?.emailVerified).toBe(true);
  });

  it('keeps a confirmed address out of the code page, and needs a sign-in for it', async () => {
    const user = await createUser(stack);
    const confirmed = await stack.client.users.import({
      username: `confirmed.${user.username}`,
      email: `confirmed.${user.email}`,
      emailVerified: true,
      password: { value: user.password, forceChange: false },
    });
    const b = new SignInBrowser(stack.url);
    const asked = await b.get('/account/email');
    expect(asked.body).toContain('id="signon-form"');
    const back = await b.post('/signin/password', {
      username: confirmed.username,
      password: user.password,
    });
    expect(back.url).toBe(`${stack.url}/account`);
    expect(back.body).not.toContain('id="email-status"');
    expect((await b.get('/account/email')).url).toBe(`${stack.url}/account`);
    // A code posted anyway is refused by PingOne (none was sent) and changes nothing.
    const refused = await b.post('/account/email', { verificationCode: 'ZZZZ9999' });
    expect(refused.url).toBe(`${stack.url}/account`);
    expect((await stored(confirmed.id))?.emailVerified).toBe(true);
  });
});
