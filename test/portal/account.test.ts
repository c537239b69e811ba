/**
 * The account area and the rest of the sign-on page over real HTTP (issue 12): forgotten password
 * inside the flow, PingOne's hosted page with `SIGNON_PAGE=pingone`, the e-mail change that needs
 * a recent sign-in, form errors, the idle timeout, and CSRF on sign-out.
 */
import { describe, expect, it } from 'vitest';
import { type Hop, SignInBrowser, startSignInStack } from '../support/signin-stack.js';
import {
  advanceClock,
  createUser,
  latestRecoveryCode,
  strongPassword,
  useFixture,
} from '../support/stack.js';

let offset = 0;
const stack = useFixture(() => startSignInStack({ now: () => Date.now() + offset }));

function flashOf(page: Hop): string[] {
  return [...page.body.matchAll(/<p class="flash flash-(\w+)">([^<]*)<\/p>/g)].map(
    (m) => `${m[1]}: ${m[2]}`,
  );
}

describe('the sign-on page', () => {
  it('recovers a forgotten password by code inside the flow, then signs in', async () => {
    const user = await createUser(stack);
    const b = new SignInBrowser(stack.url);
    await b.get('/signin');
    const forgot = await b.get('/signin/flow?step=forgot');
    expect(forgot.body).toContain('id="signon-forgot-form"');
    const recover = await b.post('/signin/forgot', { username: user.username });
    expect(recover.body).toContain('id="signon-recover-form"');
    const wrong = await b.post('/signin/recover', {
      recoveryCode: 'ZZZZ9999',
      password: strongPassword(),
      confirmPassword: '',
    });
    expect(wrong.body).toContain('id="confirmPassword-error"');
    const bad = strongPassword();
    const refused = await b.post('/signin/recover', {
      recoveryCode: 'ZZZZ9999',
      password: bad,
      confirmPassword: bad,
    });
    expect(refused.body).toContain('The code is incorrect or has expired.');
    const code = await latestRecoveryCode(stack.local, user.email);
    const fresh = strongPassword();
    const landed = await b.post('/signin/recover', {
      recoveryCode: code,
      password: fresh,
      confirmPassword: fresh,
    });
    expect(landed.url).toBe(`${stack.url}/account`);
    const again = new SignInBrowser(stack.url);
    expect((await again.signIn(user.username, fresh)).url).toBe(`${stack.url}/account`);
  });

  it('starts over with a clear message when the flow is gone', async () => {
    const b = new SignInBrowser(stack.url);
    const page = await b.get('/signin/flow');
    expect(page.url).toMatch(/\/signin\/flow$/);
    expect(flashOf(page)).toEqual([
      'info: That sign-in took too long or was already finished. Please sign in again.',
    ]);
    const foreign = await b.get(`/signin?environmentId=${stack.local.environmentId}&flowId=nope`);
    expect(foreign.body).toContain('id="signon-form"');
    const other = await b.get('/signin?environmentId=another-env&flowId=abc');
    expect(other.status).toBe(400);
  });

  it('refuses a sign-out without the CSRF token and stays signed in', async () => {
    const user = await createUser(stack);
    const b = new SignInBrowser(stack.url);
    await b.signIn(user.username, user.password);
    const refused = await b.go('POST', '/signout', '');
    expect(refused.status).toBe(403);
    expect((await b.get('/account')).url).toBe(`${stack.url}/account`);
  });
});

describe('the account pages', () => {
  it('checks the form, and saves a new language', async () => {
    const user = await createUser(stack);
    const b = new SignInBrowser(stack.url);
    await b.signIn(user.username, user.password);
    const invalid = await b.post('/account', {
      givenName: '',
      familyName: 'x'.repeat(101),
      email: 'not-an-address',
      preferredLanguage: 'xx',
    });
    expect(invalid.body).toContain('id="error-summary"');
    for (const id of ['givenName-error', 'familyName-error', 'email-error']) {
      expect(invalid.body).toContain(`id="${id}"`);
    }
    const saved = await b.post('/account', {
      givenName: 'Grace',
      familyName: 'Hopper',
      email: user.email,
      preferredLanguage: 'fr',
    });
    // The saved preferredLanguage is the portal's language from now on (plugins/language.ts).
    expect(flashOf(saved)).toEqual(['success: Vos informations ont été enregistrées.']);
    expect(saved.body).toContain('<html lang="fr" dir="ltr">');
    // An explicit ?lang= still wins over it.
    const chosen = await b.get('/account?lang=de');
    expect(chosen.body).toContain('<html lang="de" dir="ltr">');
    const stored = await stack.client.users.get(user.id);
    expect(stored).toMatchObject({
      preferredLanguage: 'fr',
      name: { given: 'Grace', family: 'Hopper' },
    });
  });

  it('asks for a fresh sign-in before changing the e-mail address', async () => {
    const user = await createUser(stack);
    const b = new SignInBrowser(stack.url);
    await b.signIn(user.username, user.password);
    const newEmail = `new.${user.email}`;
    // Six minutes later (both clocks), the sign-in is no longer recent.
    offset += 6 * 60_000;
    await advanceClock(stack.local, 6 * 60);
    const form = { givenName: 'Ann', familyName: 'Smith', email: newEmail, preferredLanguage: '' };
    const asked = await b.post('/account', form);
    expect(asked.body).toContain('id="signon-form"');
    expect(flashOf(asked)).toEqual([
      'info: For your security, please sign in again before changing your e-mail address.',
    ]);
    expect(b.trail.some((u) => /[?&]max_age=300/.test(u) && /[?&]prompt=login/.test(u))).toBe(true);
    expect((await stack.client.users.get(user.id))?.email).toBe(user.email);
    const back = await b.post('/signin/password', {
      username: user.username,
      password: user.password,
    });
    expect(back.url).toBe(`${stack.url}/account`);
    const saved = await b.post('/account', form);
    expect(saved.url).toBe(`${stack.url}/account/email`);
    expect(flashOf(saved)).toEqual([
      'info: Your details were saved. Enter the code we sent to your new address to confirm it.',
    ]);
    expect((await stack.client.users.get(user.id))?.email).toBe(newEmail);
  });

  it('names a wrong current password', async () => {
    const user = await createUser(stack);
    const b = new SignInBrowser(stack.url);
    await b.signIn(user.username, user.password);
    await b.get('/account/password');
    const next = strongPassword();
    const page = await b.post('/account/password', {
      currentPassword: 'Not-the-current-1!',
      password: next,
      confirmPassword: next,
    });
    expect(page.body).toContain('The current password is incorrect.');
  });

  it('refreshes before the access token expires, and shows the signed-out home when that fails', async () => {
    const user = await createUser(stack);
    const b = new SignInBrowser(stack.url);
    await b.signIn(user.username, user.password);
    // Active every 10 minutes: the portal refreshes shortly before the 1-hour access token ends.
    for (let i = 0; i < 5; i++) {
      offset += 10 * 60_000;
      expect((await b.get('/')).body).toContain('id="action-account"');
    }
    // PingOne's clock then passes the refresh token's 30 days: the next refresh is refused.
    // (PingOne Local's clock only moves forward: later tests sign in afresh.)
    await advanceClock(stack.local, 31 * 24 * 3600);
    offset += 10 * 60_000;
    const home = await b.get('/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('id="action-signin"');
  });

  it('ends the session after the idle timeout', async () => {
    const user = await createUser(stack);
    const b = new SignInBrowser(stack.url);
    await b.signIn(user.username, user.password);
    offset += 16 * 60_000;
    const page = await b.get('/account');
    expect(page.body).toContain('id="signon-form"');
  });
});

describe('SIGNON_PAGE=pingone', () => {
  const hosted = useFixture(() =>
    startSignInStack({ env: { SIGNON_PAGE: 'pingone' }, loginPage: false }),
  );

  it("leaves the sign-on to PingOne's hosted page", async () => {
    const b = new SignInBrowser(hosted.url);
    const page = await b.get('/signin');
    expect(new URL(page.url).origin).toBe(hosted.local.baseUrl);
    expect(page.url).toContain(`/${hosted.local.environmentId}/signon/`);
    expect(page.body).not.toContain('id="signon-form"');
  });
});
