/**
 * Signing in in a real browser against PingOne Local (issue 12): register → sign in → account →
 * edit the name → change the password (a recent one refused by PingOne's history) → sign out →
 * sign in with the new password; two browser contexts and "sign out everywhere else"; axe-core
 * on every sign-in and account page and state, in every language the portal ships.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Locale, translate } from '../../src/portal/i18n/index.js';
import { type SignInStack, startSignInStack } from '../support/signin-stack.js';
import {
  advanceClock,
  createUser,
  latestRecoveryCode,
  strongPassword,
  unique,
} from '../support/stack.js';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  expectAccessible,
  flashes,
  signOn as signIn,
  submit,
  watchErrors,
} from './harness.js';

let stack: SignInStack;
let browser: Browser;
beforeAll(async () => {
  stack = await startSignInStack();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const DAY = 24 * 3600;

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: stack.url, locale: 'en-GB' });
  return context.newPage();
}

async function changePassword(page: Page, current: string, next: string) {
  await page.goto('/account/password');
  await page.fill('#currentPassword', current);
  await page.fill('#password', next);
  await page.fill('#confirmPassword', next);
  return submit(page, '#account-password-submit');
}

describe('signing in in a browser', () => {
  it('register → sign in → edit the name → change the password → sign out → sign in again', async () => {
    const page = await newPage();
    const errors = watchErrors(page);
    const username = `walk${unique()}`;
    const first = strongPassword();
    await page.goto('/register');
    await page.fill('#username', username);
    await page.fill('#email', `${username}@example.com`);
    await page.fill('#password', first);
    await page.fill('#confirmPassword', first);
    await submit(page, '#register-submit');
    // PingOne's Standard policy keeps a password at least a day before a self-change.
    await advanceClock(stack.local, DAY + 60);

    // The confirmation's next step is signing in.
    expect(await page.textContent('#next-step')).toBe('Sign in');
    await page.click('#next-step');
    await page.waitForSelector('#signon-form');
    await expectAccessible(page, 'sign-on page');
    await signIn(page, username, first);
    expect(new URL(page.url()).pathname).toBe('/account');
    expect(await page.textContent('#username')).toContain(username);
    await expectAccessible(page, 'account page');

    await page.fill('#givenName', 'Ada');
    await page.fill('#familyName', 'Lovelace');
    await submit(page, '#account-submit');
    expect(await flashes(page)).toEqual(['success: Your details were saved.']);
    expect(await page.inputValue('#givenName')).toBe('Ada');
    const stored = await stack.client.users.findByUsernameOrEmail(username);
    expect(stored?.name).toMatchObject({ given: 'Ada', family: 'Lovelace' });

    // A new e-mail address: saved, then confirmed with the code PingOne mails to it.
    const newEmail = `new.${username}@example.com`;
    await page.fill('#email', newEmail);
    await submit(page, '#account-submit');
    expect(new URL(page.url()).pathname).toBe('/account/email');
    expect(await page.textContent('#account-email-address')).toBe(newEmail);
    await expectAccessible(page, 'e-mail confirmation page');
    await page.fill('#verificationCode', 'ZZZZ9999');
    await submit(page, '#account-email-submit');
    expect(await page.getAttribute('#verificationCode', 'aria-invalid')).toBe('true');
    await expectAccessible(page, 'e-mail confirmation with a wrong code');
    const code = await latestRecoveryCode(stack.local, newEmail, {
      subject: 'Verify your email address',
    });
    await page.fill('#verificationCode', code);
    await submit(page, '#account-email-submit');
    expect(await flashes(page)).toEqual(['success: Your e-mail address is confirmed.']);
    expect(await page.inputValue('#email')).toBe(newEmail);
    expect(await page.locator('#email-status').count()).toBe(0);

    const second = strongPassword();
    const changed = await changePassword(page, first, second);
    expect(changed.postStatus).toBe(303);
    expect(await flashes(page)).toEqual(['success: Your password was changed.']);

    // A day later (the access token long expired: the portal refreshes it), the first password
    // again: PingOne's history refuses it.
    await advanceClock(stack.local, DAY + 60);
    await changePassword(page, second, first);
    expect(await page.textContent('#password-error')).toMatch(/does not meet the requirements/);
    await expectAccessible(page, 'account password with an error');

    await page.goto('/');
    await expectAccessible(page, 'signed-in home');
    await submit(page, '#signout-submit');
    expect(new URL(page.url()).pathname).toBe('/signout/done');
    await expectAccessible(page, 'signed-out page');

    await page.click('#signin-again');
    await page.waitForSelector('#signon-form');
    await signIn(page, username, first);
    expect(await page.textContent('#password-error')).toBe(
      'The username or password is incorrect.',
    );
    await signIn(page, username, second);
    expect(new URL(page.url()).pathname).toBe('/account');
    expect(errors).toEqual([]);
  });

  it('lists both sessions of two browsers and signs the other one out', async () => {
    const user = await createUser(stack);
    const a = await newPage();
    const b = await newPage();
    for (const page of [a, b]) {
      await page.goto('/account');
      await signIn(page, user.username, user.password);
      expect(new URL(page.url()).pathname).toBe('/account');
    }
    await a.goto('/account/sessions');
    expect(await a.locator('#sessions tbody tr').count()).toBe(2);
    expect(await a.locator('#sessions tr[data-session="current"]').count()).toBe(1);
    await expectAccessible(a, 'sessions page');
    await submit(a, '#sessions-submit');
    expect(await flashes(a)).toEqual(['success: You were signed out of 1 other session.']);
    expect(await a.locator('#sessions tbody tr').count()).toBe(1);
    await b.goto('/account');
    expect(await b.locator('#signon-form').count()).toBe(1);
    await a.goto('/account');
    expect(new URL(a.url()).pathname).toBe('/account');
  });
});

describe('accessibility of the sign-in pages in every language', () => {
  // The first catalogues, one non-Latin and one right-to-left; i18n.test.ts covers all 19.
  for (const locale of ['en', 'fr', 'de', 'ja', 'ar'] as const satisfies Locale[]) {
    it(`has no axe violation (${locale})`, async () => {
      const user = await createUser(stack);
      const page = await newPage();
      await page.goto(`/?lang=${locale}`);
      await page.goto('/signin');
      await page.waitForSelector('#signon-form');
      await expectAccessible(page, `sign-on (${locale})`);
      await signIn(page, user.username, 'Wrong-password-1!');
      expect(await page.textContent('#password-error')).toBe(
        translate(locale, 'error.signon.credentials'),
      );
      await expectAccessible(page, `sign-on with an error (${locale})`);
      await page.click('#signon-forgot');
      await page.waitForSelector('#signon-forgot-form');
      await expectAccessible(page, `forgot inside the flow (${locale})`);
      await page.fill('#username', user.username);
      await submit(page, '#signon-forgot-submit');
      await page.waitForSelector('#signon-recover-form');
      await expectAccessible(page, `recovery code inside the flow (${locale})`);
      await page.goto('/signin');
      await page.waitForSelector('#signon-form');
      await signIn(page, user.username, user.password);
      for (const path of ['/account', '/account/password', '/account/sessions', '/']) {
        await page.goto(path);
        await expectAccessible(page, `${path} (${locale})`);
      }
      await page.goto('/account');
      await page.fill('#givenName', 'Ada');
      await page.fill('#familyName', 'Lovelace');
      await page.fill('#email', `${locale}.${user.email}`);
      await submit(page, '#account-submit');
      await page.waitForSelector('#account-email-form');
      await expectAccessible(page, `e-mail confirmation (${locale})`);
      await page.goto('/account');
      await expectAccessible(page, `account with an unconfirmed address (${locale})`);
      await page.goto('/signin/callback?code=x&state=y');
      await expectAccessible(page, `sign-in failure page (${locale})`);
      await page.goto('/signout/done');
      await expectAccessible(page, `signed-out page (${locale})`);

      const temporary = strongPassword();
      await stack.client.passwords.adminReset(user.id, temporary);
      const other = await newPage();
      await other.goto(`/?lang=${locale}`);
      await other.goto('/signin');
      await other.waitForSelector('#signon-form');
      await signIn(other, user.username, temporary);
      await other.waitForSelector('#signon-new-password-form');
      await expectAccessible(other, `must-change password (${locale})`);
    });
  }
});
