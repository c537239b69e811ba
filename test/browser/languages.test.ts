/**
 * Every language in Chromium: for each of the 19 locales, negotiated from the browser's own
 * language (regional variants such as pt-BR and zh-TW fall back), the register page, the first
 * page of register → verify and the sign-on page have the right `lang` and `dir`, are not left
 * in English, and pass axe. Then fuller runs in Japanese and Arabic (right to left) beside
 * English: register → verify with the mailed code, forgot → recover → sign in.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  direction,
  LOCALES,
  type Locale,
  type MessageKey,
  translate,
} from '../../src/portal/i18n/index.js';
import { type SignInStack, startSignInStack } from '../support/signin-stack.js';
import { latestRecoveryCode, strongPassword } from '../support/stack.js';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  expectAccessible,
  registerToVerify,
  submit,
  watchErrors,
} from './harness.js';

let stack: SignInStack;
let browser: Browser;
/** The portal's clock runs this far ahead (to pass the cooldown between two mailed codes). */
let clockOffset = 0;
beforeAll(async () => {
  stack = await startSignInStack({
    env: { REGISTRATION_VERIFY_EMAIL: 'true', RECOVERY_RESEND_COOLDOWN_SECONDS: '60' },
    now: () => Date.now() + clockOffset,
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** The browser language each locale is reached from (a region variant where one is common). */
const BROWSER_LANGUAGE: Partial<Record<Locale, string>> = { pt: 'pt-BR', zh: 'zh-TW', he: 'he-IL' };

async function pageIn(locale: Locale): Promise<Page> {
  const context = await browser.newContext({
    baseURL: stack.url,
    locale: BROWSER_LANGUAGE[locale] ?? locale,
  });
  return context.newPage();
}

/** The visible lines of `<main>` (innerText: what is rendered, without hidden templates). */
const mainLines = (page: Page) =>
  page
    .locator('main')
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is compared
    .innerText()
    .then((text) =>
      text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    );

async function expectLanguage(page: Page, locale: Locale, where: string): Promise<void> {
  expect(await page.getAttribute('html', 'lang'), where).toBe(locale);
  expect(await page.getAttribute('html', 'dir'), where).toBe(direction(locale));
  expect(await page.locator('#lang-select').inputValue(), where).toBe(locale);
}

/** Fills and sends the registration form; ends on the verify page. */
const register = (page: Page) => registerToVerify(page, stack.url);

/** The code of the newest mail to `email` with `subject` (PingOne Local writes in English). */
async function mailedCode(email: string, subject: string): Promise<string> {
  await stack.portals[0]!.app.portal.tasks.drain();
  return latestRecoveryCode(stack.local, email, { subject });
}

let english: string[] = [];

describe('every language', () => {
  it('has an English reference page', async () => {
    const page = await pageIn('en');
    await page.goto('/register');
    english = await mainLines(page);
    expect(english.length).toBeGreaterThan(5);
    await page.context().close();
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`speaks ${locale}: register, verify, sign-on`, async () => {
      const page = await pageIn(locale);
      const errors = watchErrors(page);
      await page.goto('/register');
      await expectLanguage(page, locale, `register (${locale})`);
      const lines = await mainLines(page);
      const same = lines.filter((l) => english.includes(l) && /\p{L}{3}/u.test(l));
      // Not left in English: at most a line or two may coincide (names, "E-mail"…).
      expect(same.length, `${locale} lines still English: ${same.join(' | ')}`).toBeLessThanOrEqual(
        2,
      );
      expect(await page.locator('h1').textContent()).toBe(translate(locale, 'register.title'));
      await expectAccessible(page, `register (${locale})`);

      await register(page);
      await expectLanguage(page, locale, `verify (${locale})`);
      expect(await page.locator('h1').textContent()).toBe(translate(locale, 'verify.title'));
      await expectAccessible(page, `verify (${locale})`);

      await page.goto('/signin');
      await page.waitForSelector('#signon-form');
      await expectLanguage(page, locale, `sign-on (${locale})`);
      await expectAccessible(page, `sign-on (${locale})`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('fuller runs beside English', () => {
  for (const locale of ['en', 'ja', 'ar'] as const satisfies Locale[]) {
    const t = (key: MessageKey, params?: Record<string, string | number>) =>
      translate(locale, key, params);

    it(`registers, verifies and recovers (${locale})`, async () => {
      const page = await pageIn(locale);
      const errors = watchErrors(page);
      const { username, email } = await register(page);
      // The countdown under "Send a new code" is in the language, its number too.
      expect(await page.locator('#resend-wait').textContent()).toMatch(
        new RegExp(
          `^(${[59, 60].map((n) => t('recover.resendWait', { count: n }).replace(/[.?*+^$()[\]{}|\\]/g, '\\$&')).join('|')})$`,
        ),
      );
      await page.fill('#verificationCode', await mailedCode(email, 'Verify your account'));
      await submit(page, '#verify-submit');
      expect(page.url()).toBe(`${stack.url}/register/done`);
      expect(await page.locator('#done-text').textContent()).toBe(t('done.text'));
      await expectAccessible(page, `register done (${locale})`);

      // The account's last code went out a moment ago: a new one is mailed after the cooldown.
      clockOffset += 61_000;
      await page.goto('/password/forgot');
      await expectLanguage(page, locale, `forgot (${locale})`);
      await page.fill('#username', username);
      await submit(page, '#forgot-submit');
      expect(page.url()).toBe(`${stack.url}/password/recover`);
      await expectAccessible(page, `recover (${locale})`);
      // A refused code: the error summary and the field's message, in the language.
      await page.fill('#recoveryCode', 'ZZZZ9999');
      const next = strongPassword();
      await page.fill('#password', next);
      await page.fill('#confirmPassword', next);
      await submit(page, '#recover-submit');
      expect(await page.locator('#error-summary').isVisible()).toBe(true);
      await expectAccessible(page, `recover, wrong code (${locale})`);
      await page.fill('#recoveryCode', await mailedCode(email, 'Your password recovery code'));
      await page.fill('#password', next);
      await page.fill('#confirmPassword', next);
      await submit(page, '#recover-submit');
      // The confirmation (on the home page's path) says so in the language.
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await page.locator('h1').textContent()).toBe(t('done.recovered.title'));
      await expectLanguage(page, locale, `recover done (${locale})`);
      await expectAccessible(page, `recover done (${locale})`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('lays out right to left in Arabic: checklist marks, show/hide, switcher, error bars', async () => {
    const page = await pageIn('ar');
    await page.goto('/register');
    await page.fill('#password', 'a');
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    // The checklist's mark sits at the inline start, which is the right in RTL.
    const item = await box('.policy-list li');
    const mark = await page
      .locator('.policy-list li')
      .first()
      .evaluate((li) => getComputedStyle(li, '::before').right);
    expect(Number.parseFloat(mark)).toBeLessThan(item.width / 4);
    // The show/hide control follows the input, to its left.
    const input = await box('#password');
    const toggle = await box('.toggle-password');
    expect(toggle.x + toggle.width).toBeLessThanOrEqual(input.x + 1);
    // The brand starts on the right, the switcher on the left.
    const brand = await box('.brand');
    const switcher = await box('.lang-switch');
    expect(brand.x).toBeGreaterThan(switcher.x);
    // After a refusal, each field's red bar is on its right edge and the summary lists it.
    await submit(page, '#register-submit');
    expect(await page.locator('#error-summary a').count()).toBeGreaterThan(0);
    const bar = await page
      .locator('.field-error')
      .first()
      .evaluate((el) => [
        getComputedStyle(el).borderRightWidth,
        getComputedStyle(el).borderLeftWidth,
      ]);
    expect(bar).toEqual(['4px', '0px']);
    await expectAccessible(page, 'register with errors (ar)');
    await page.context().close();
  });
});
