/**
 * The sign-on page's verification step in a real browser (issue 12 §2): an account imported
 * awaiting verification signs in with its password, types the code from the dev mailbox (pasted
 * with spaces, in lower case) and lands signed in; axe-core on the step, its error state and in
 * every language.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Locale, translate } from '../../src/portal/i18n/index.js';
import {
  importUnverifiedUser,
  type SignInStack,
  startSignInStack,
} from '../support/signin-stack.js';
import { latestRecoveryCode } from '../support/stack.js';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  expectAccessible,
  focusedId,
  signOn as signIn,
  submit,
  watchErrors,
} from './harness.js';

let stack: SignInStack;
let browser: Browser;
beforeAll(async () => {
  stack = await startSignInStack({ env: { RECOVERY_RESEND_COOLDOWN_SECONDS: '60' } });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: stack.url, locale: 'en-GB' });
  return context.newPage();
}

const unverifiedUser = () => importUnverifiedUser(stack.client);

describe('signing in with an account that awaits verification', () => {
  it('asks for the mailed code, then lands signed in', async () => {
    const user = await unverifiedUser();
    const page = await newPage();
    const errors = watchErrors(page);
    await page.goto('/account');
    await page.waitForSelector('#signon-form');
    await signIn(page, user.username, user.password);
    await page.waitForSelector('#signon-verify-form');
    expect(await page.getAttribute('#verificationCode', 'autocomplete')).toBe('one-time-code');
    expect(await page.locator('#resend-wait').count()).toBe(1);
    await expectAccessible(page, 'verification step');

    await page.fill('#verificationCode', 'ZZZZ9999');
    await submit(page, '#signon-verify-submit');
    expect(await focusedId(page)).toBe('error-summary');
    expect(await page.getAttribute('#verificationCode', 'aria-invalid')).toBe('true');
    await expectAccessible(page, 'verification step with a wrong code');

    const code = await latestRecoveryCode(stack.local, user.email, {
      subject: 'Verify your account',
    });
    await page.fill('#verificationCode', ` ${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`);
    await submit(page, '#signon-verify-submit');
    expect(new URL(page.url()).pathname).toBe('/account');
    expect(await page.textContent('#username')).toContain(user.username);
    expect((await stack.client.users.get(user.id))?.lifecycle?.status).toBe('ACCOUNT_OK');
    expect(errors).toEqual([]);
  });

  // The first catalogues, one non-Latin and one right-to-left; i18n.test.ts covers all 19.
  for (const locale of ['en', 'fr', 'de', 'ja', 'ar'] as const satisfies Locale[]) {
    it(`has no axe violation on the verification step (${locale})`, async () => {
      const user = await unverifiedUser();
      const page = await newPage();
      await page.goto(`/?lang=${locale}`);
      await page.goto('/signin');
      await page.waitForSelector('#signon-form');
      await signIn(page, user.username, user.password);
      await page.waitForSelector('#signon-verify-form');
      expect(await page.textContent('h1')).toBe(translate(locale, 'signon.verify.title'));
      await expectAccessible(page, `verification step (${locale})`);
      await page.fill('#verificationCode', 'ZZZZ9999');
      await submit(page, '#signon-verify-submit');
      expect(await page.textContent('#verificationCode-error')).toBe(
        translate(locale, 'error.verificationCode.invalid'),
      );
      await expectAccessible(page, `verification step with an error (${locale})`);
    });
  }
});
