/**
 * Email-first registration in a real browser (REGISTRATION_MODE=email-first): a new and an
 * existing address go through the same pages, differing only in what the mailbox receives (a
 * verification code, a recovery code); each completes with code + password, and the new account
 * then picks a username (REGISTRATION_USERNAME=chosen). axe-core on every page and state.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/portal/i18n/index.js';
import { latestRecoveryCode } from '../support/stack.js';
import {
  createUser,
  expectAccessible,
  flashes,
  mailTo,
  strongPassword,
  submit,
  unique,
  useBrowserHarness,
  watchErrors,
} from './harness.js';

const h = useBrowserHarness({ REGISTRATION_MODE: 'email-first', REGISTRATION_USERNAME: 'chosen' });
const en = (key: Parameters<typeof translate>[1]) => translate('en', key);

/** Types the address on /register; ends on the verify page. Answers what the pages showed. */
async function start(page: Page, email: string): Promise<string[]> {
  await page.goto('/register');
  expect(await page.locator('form#register-form input:not([type="hidden"])').count()).toBe(1);
  await expectAccessible(page, 'email-first start');
  await page.fill('#email', email);
  const result = await submit(page, '#register-submit');
  expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/register/verify`]);
  await expectAccessible(page, 'email-first verify');
  const seen = [(await page.locator('main').textContent()) ?? ''];

  const pw = strongPassword();
  await page.fill('#verificationCode', 'ZZZZ9999');
  await page.fill('#password', pw);
  await page.fill('#confirmPassword', pw);
  await submit(page, '#verify-submit');
  expect(await page.locator('#verificationCode-error').textContent()).toBe(
    en('error.verificationCode.invalid'),
  );
  await expectAccessible(page, 'email-first verify, wrong code');
  seen.push((await page.locator('main').textContent()) ?? '');
  return seen.map((text) => text.replaceAll(email, '<address>'));
}

/** Code and password; a new account then picks a username (`taken` first, then a free one). */
async function finish(page: Page, code: string, taken: string | null): Promise<string> {
  const pw = strongPassword();
  await page.fill('#verificationCode', code);
  await page.fill('#password', pw);
  await page.fill('#confirmPassword', pw);
  await submit(page, '#verify-submit');
  if (taken !== null) {
    expect(page.url()).toBe(`${h.url}/register/username`);
    await expectAccessible(page, 'email-first username');
    await page.fill('#username', taken);
    await submit(page, '#username-submit');
    expect(await page.locator('#username-error').textContent()).toBe(en('error.username.taken'));
    await expectAccessible(page, 'email-first username, taken');
    await page.fill('#username', `picked${unique()}`);
    await submit(page, '#username-submit');
  }
  expect(page.url()).toBe(`${h.url}/register/done`);
  expect(await flashes(page)).toEqual([`success: ${en('flash.accountVerified')}`]);
  await expectAccessible(page, 'email-first done');
  return pw;
}

describe('email-first registration', () => {
  it('shows the same pages for a new and an existing address; only the mailbox differs', async () => {
    const fresh = `n${unique()}@example.com`;
    const existing = await createUser(h);
    const pages: string[][] = [];
    for (const email of [fresh, existing.email]) {
      const context = await h.newContext();
      const page = await context.newPage();
      const errors = watchErrors(page);
      pages.push(await start(page, email));
      await h.drain();
      const [mail] = await mailTo(h, email);
      const code = await latestRecoveryCode(h, email);
      const pw = await finish(page, code, email === fresh ? existing.username : null);
      const user = await h.client.users.findByUsernameOrEmail(email);
      expect((await h.client.passwords.check(user!.id, pw)).status).toBe('OK');
      expect(user?.lifecycle?.status).toBe('ACCOUNT_OK');
      if (email === fresh) {
        expect(mail?.subject).toBe('Verify your account');
        expect(user?.username).toMatch(/^picked/);
      } else {
        expect(mail?.subject).toBe('Your password recovery code');
        expect(user?.username).toBe(existing.username);
      }
      expect(errors).toEqual([]);
      await context.close();
    }
    expect(pages[1]).toEqual(pages[0]);
  });
});
