/**
 * More of signing in in a real browser against PingOne Local (issue 12): an administrator's reset
 * asks for a new password at sign-in (with the live checklist); five wrong passwords lock the
 * password and the page says for how long, while an unknown user's attempts look the same as a
 * real user's until then; two portal instances sharing Redis share the session; axe-core on every
 * new page and state, in every language the portal ships.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale, translate } from '../../src/portal/i18n/index.js';
import { startRedisSignInStack, startSignInStack } from '../support/signin-stack.js';
import { advanceClock, createUser, strongPassword, unique, useFixture } from '../support/stack.js';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  checklist,
  expectAccessible,
  focusedId,
  signOn as signIn,
  submit,
  watchErrors,
} from './harness.js';

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});
afterAll(async () => {
  await browser?.close();
});

/** A page in a fresh context (own cookies) on `base`, in `locale` when given. */
async function newPage(base: string, locale?: Locale): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, locale: 'en-GB' });
  contexts.push(context);
  const page = await context.newPage();
  if (locale) await page.goto(`/?lang=${locale}`);
  return page;
}

/** Opens the sign-on form through `/account` (PingOne's authorize, then its flow). */
async function openSignOn(page: Page): Promise<void> {
  await page.goto('/account');
  await page.waitForSelector('#signon-form');
}

/**
 * What a person meets on the page: its text (hidden text too, which is stricter than what is
 * rendered), the password field's state and the focus.
 */
async function visible(page: Page) {
  return {
    text: await page.locator('body').textContent(),
    invalid: await page.getAttribute('#password', 'aria-invalid'),
    focus: await focusedId(page),
  };
}

const LOCKOUT_ATTEMPTS = 5; // the Standard policy's lockout.failureCount
const LOCKOUT_MINUTES = 15; // its lockout.durationSeconds (900)

/** Five wrong passwords for `username` on a sign-on form; what each attempt showed. */
async function wrongAttempts(page: Page, username: string) {
  const seen: Awaited<ReturnType<typeof visible>>[] = [];
  for (let i = 0; i < LOCKOUT_ATTEMPTS; i++) {
    await signIn(page, username, `Wrong-${i}-password!`);
    seen.push(await visible(page));
  }
  return seen;
}

describe('one portal', () => {
  const stack = useFixture(() => startSignInStack());

  it('asks for a new password after an admin reset, with the live checklist, then signs in', async () => {
    const user = await createUser(stack);
    const temporary = strongPassword();
    expect((await stack.client.passwords.adminReset(user.id, temporary)).status).toBe(
      'MUST_CHANGE_PASSWORD',
    );
    const page = await newPage(stack.url);
    const errors = watchErrors(page);
    await openSignOn(page);
    await signIn(page, user.username, temporary);
    await page.waitForSelector('#signon-new-password-form');
    expect(new URL(page.url()).pathname).toBe('/signin/flow');
    expect(await page.textContent('h1')).toBe(translate('en', 'signon.newPassword.title'));
    expect(await page.locator('main').textContent()).toContain(
      translate('en', 'signon.newPassword.mustChange'),
    );
    const initial = await checklist(page);
    expect(Object.keys(initial)).toContain('length');
    expect(Object.values(initial).every((s) => s === 'unknown')).toBe(true);
    await expectAccessible(page, 'must-change step');

    // The checklist follows the typing.
    await page.locator('#password').pressSequentially('abc');
    expect(await checklist(page)).toMatchObject({
      length: 'unmet',
      'minCharacters-lower': 'met',
      'minCharacters-upper': 'unmet',
      'minCharacters-digit': 'unmet',
    });
    await expectAccessible(page, 'must-change step with a weak password typed');
    const fresh = strongPassword();
    await page.fill('#currentPassword', temporary);
    await page.fill('#password', fresh);
    expect(await checklist(page)).toMatchObject({
      length: 'met',
      'minCharacters-upper': 'met',
      'minCharacters-lower': 'met',
      'minCharacters-digit': 'met',
      'minCharacters-special': 'met',
      excludesCommonlyUsed: 'unknown',
    });

    // A wrong temporary password: an error on that field, the step stays.
    await page.fill('#currentPassword', 'Not-the-temporary-1!');
    await page.fill('#confirmPassword', fresh);
    await submit(page, '#signon-new-password-submit');
    expect(await page.textContent('#currentPassword-error')).toBe(
      translate('en', 'error.currentPassword'),
    );
    expect(await focusedId(page)).toBe('error-summary');
    await expectAccessible(page, 'must-change step with an error');

    await page.fill('#currentPassword', temporary);
    await page.fill('#password', fresh);
    await page.fill('#confirmPassword', fresh);
    await submit(page, '#signon-new-password-submit');
    expect(new URL(page.url()).pathname).toBe('/account');
    expect(await page.textContent('#username')).toContain(user.username);
    expect((await stack.client.passwords.getState(user.id)).status).toBe('OK');
    expect(errors).toEqual([]);

    // The new password signs in; the temporary one no longer does.
    const other = await newPage(stack.url);
    await openSignOn(other);
    await signIn(other, user.username, temporary);
    expect(await other.textContent('#password-error')).toBe(
      translate('en', 'error.signon.credentials'),
    );
    await signIn(other, user.username, fresh);
    expect(new URL(other.url()).pathname).toBe('/account');
  });

  it('locks after five wrong passwords and shows the time left; an unknown user looks the same until then', async () => {
    const user = await createUser(stack);
    const real = await newPage(stack.url);
    const errors = watchErrors(real);
    await openSignOn(real);
    const realSeen = await wrongAttempts(real, user.username);
    const nobody = await newPage(stack.url);
    await openSignOn(nobody);
    const nobodySeen = await wrongAttempts(nobody, `nobody${unique()}`);

    const incorrect = translate('en', 'error.signon.credentials');
    const locked = `Too many failed attempts. You can try again in ${LOCKOUT_MINUTES} minutes.`;
    for (let i = 0; i < LOCKOUT_ATTEMPTS - 1; i++) {
      expect(realSeen[i]!.text).toContain(incorrect);
      expect(realSeen[i], `attempt ${i + 1}`).toEqual(nobodySeen[i]);
    }
    // The fifth: the real password is locked (PingOne says so); the unknown user is still wrong.
    expect(realSeen[4]).toMatchObject({ invalid: 'true', focus: 'error-summary' });
    expect(await real.textContent('#password-error')).toBe(locked);
    expect(realSeen[4]!.text).not.toContain(incorrect);
    expect(await nobody.textContent('#password-error')).toBe(incorrect);
    await expectAccessible(real, 'sign-on locked');

    // The right password is refused too; the time counts down with PingOne's clock (one minute).
    await advanceClock(stack.local, (LOCKOUT_MINUTES - 1) * 60);
    await signIn(real, user.username, user.password);
    expect(await real.textContent('#password-error')).toBe(
      'Too many failed attempts. You can try again in 1 minute.',
    );
    await expectAccessible(real, 'sign-on locked, one minute left');
    // Once the lockout is over, the right password signs in (a new flow: the old one may expire).
    await advanceClock(stack.local, 61);
    await openSignOn(real);
    await signIn(real, user.username, user.password);
    expect(new URL(real.url()).pathname).toBe('/account');
    expect(errors).toEqual([]);
  });

  for (const locale of LOCALES) {
    it(`has no axe violation on the lockout and must-change steps (${locale})`, async () => {
      const t = (key: Parameters<typeof translate>[1], params?: { count: number }) =>
        translate(locale, key, params);
      const user = await createUser(stack);
      const page = await newPage(stack.url, locale);
      await openSignOn(page);
      await wrongAttempts(page, user.username);
      expect(await page.textContent('#password-error')).toBe(
        t('error.signon.locked', { count: LOCKOUT_MINUTES }),
      );
      await expectAccessible(page, `sign-on locked (${locale})`);

      // The Management API's other way to force a change: set a password with forceChange.
      const reset = await createUser(stack);
      const temporary = strongPassword();
      expect(
        (await stack.client.passwords.set(reset.id, { value: temporary, forceChange: true }))
          .status,
      ).toBe('MUST_CHANGE_PASSWORD');
      await openSignOn(page);
      await signIn(page, reset.username, temporary);
      await page.waitForSelector('#signon-new-password-form');
      expect(await page.textContent('h1')).toBe(t('signon.newPassword.title'));
      await expectAccessible(page, `must-change step (${locale})`);
      await page.locator('#password').pressSequentially('abc');
      await expectAccessible(page, `must-change step with a weak password typed (${locale})`);
      const fresh = strongPassword();
      await page.fill('#currentPassword', 'Not-the-temporary-1!');
      await page.fill('#password', fresh);
      await page.fill('#confirmPassword', fresh);
      await submit(page, '#signon-new-password-submit');
      expect(await page.textContent('#currentPassword-error')).toBe(t('error.currentPassword'));
      await expectAccessible(page, `must-change step with an error (${locale})`);
      await page.fill('#currentPassword', temporary);
      await page.fill('#password', fresh);
      await page.fill('#confirmPassword', fresh);
      await submit(page, '#signon-new-password-submit');
      expect(new URL(page.url()).pathname).toBe('/account');
    });
  }
});

describe('two portal instances sharing Redis', () => {
  const stack = useFixture(() => startRedisSignInStack('e2e12:'));

  it('signs in on A, shows the account on B in the same browser; signing out on B ends it on A', async () => {
    const [a, b] = stack.portals;
    const user = await createUser(stack);
    const page = await newPage(a!.url);
    const errors = watchErrors(page);
    await openSignOn(page);
    await signIn(page, user.username, user.password);
    expect(page.url()).toBe(`${a!.url}/account`);

    // Same host, other port: the browser sends the same cookie to B.
    await page.goto(`${b!.url}/account`);
    expect(page.url()).toBe(`${b!.url}/account`);
    expect(await page.textContent('#username')).toContain(user.username);
    await expectAccessible(page, 'account page on the second instance');

    await page.goto(`${b!.url}/`);
    await submit(page, '#signout-submit');
    expect(page.url()).toMatch(new RegExp(`^${b!.url}/signout/done`));
    await page.goto(`${a!.url}/account`);
    await page.waitForSelector('#signon-form');
    expect(new URL(page.url()).pathname).toBe('/signin/flow');
    expect(errors).toEqual([]);
  });
});
