/**
 * E-mail verification at registration in a real browser (REGISTRATION_VERIFY_EMAIL=true, a 60 s
 * resend cooldown): register → "check your e-mail" with the typed address → code from PingOne
 * Local's mailbox → verified → "what next" page; a malformed and a wrong code, five wrong codes,
 * the visible cooldown and its server-side refusal. axe-core on every page and state.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/portal/i18n/index.js';
import { latestRecoveryCode } from '../support/stack.js';
import {
  errorSummary,
  expectAccessible,
  flashes,
  mailTo,
  registerToVerify,
  submit,
  useBrowserHarness,
  watchErrors,
} from './harness.js';

const h = useBrowserHarness({
  REGISTRATION_VERIFY_EMAIL: 'true',
  RECOVERY_RESEND_COOLDOWN_SECONDS: '60',
});
const en = (key: Parameters<typeof translate>[1]) => translate('en', key);

/** Registers through the form; ends on the verify page. */
const register = (page: Page) => registerToVerify(page, h.url);

async function typeCode(page: Page, code: string): Promise<void> {
  await page.fill('#verificationCode', code);
  await submit(page, '#verify-submit');
}

const verificationCode = (email: string) =>
  latestRecoveryCode(h, email, { subject: 'Verify your account' });

describe('registration with e-mail verification', () => {
  it('verifies with the mailed code and says what to do next', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const { username, email } = await register(page);
    expect(await page.locator('h1').textContent()).toBe(en('verify.title'));
    expect(await page.locator('#verify-email').textContent()).toBe(email);
    const input = page.locator('#verificationCode');
    expect(await input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await input.getAttribute('inputmode')).toBe('text');
    expect(await page.locator('#resend-wait').textContent()).toMatch(
      /^You can ask for a new code in (59|60) seconds\.$/,
    );
    await expectAccessible(page, 'verify');

    await typeCode(page, 'abc');
    expect(await page.locator('#verificationCode-error').textContent()).toBe(
      en('error.verificationCode.format'),
    );
    expect(await errorSummary(page)).toEqual([
      ['#verificationCode', en('error.verificationCode.format')],
    ]);
    await expectAccessible(page, 'verify, malformed code');

    await typeCode(page, 'ZZZZ9999');
    expect(await page.locator('#verificationCode-error').textContent()).toBe(
      en('error.verificationCode.invalid'),
    );
    await expectAccessible(page, 'verify, wrong code');

    // Leaving and coming back keeps the flow.
    await page.goto('/');
    await page.goto('/register/verify');
    expect(await page.locator('#verify-email').textContent()).toBe(email);

    // As pasted from a mail client: spaces around and inside, lower case.
    const code = await verificationCode(email);
    await typeCode(page, ` ${code.slice(0, 4)} ${code.slice(4)}`.toLowerCase());
    expect(page.url()).toBe(`${h.url}/register/done`);
    expect(await flashes(page)).toEqual([`success: ${en('flash.accountVerified')}`]);
    expect(await page.locator('#done-text').textContent()).toBe(en('done.text'));
    await expectAccessible(page, 'done');
    const user = await h.client.users.findByUsernameOrEmail(username);
    expect([user?.lifecycle?.status, user?.emailVerified]).toEqual(['ACCOUNT_OK', true]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows five wrong codes as exhausted, and refuses an early resend', async () => {
    const context = await h.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const { email } = await register(page);
    for (let i = 1; i <= 5; i++) await typeCode(page, `WRONG00${i}`);
    expect(await page.locator('#verificationCode-error').textContent()).toBe(
      translate('fr', 'error.verificationCode.exhausted'),
    );
    await expectAccessible(page, 'verify, exhausted (fr)');

    const result = await submit(page, '#resend-submit');
    expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/register/verify`]);
    expect(await flashes(page)).toEqual([
      expect.stringMatching(/^info: Veuillez patienter ([1-5][0-9]|60) secondes/),
    ]);
    await expectAccessible(page, 'verify, resend refused (fr)');
    await h.drain();
    expect(await mailTo(h, email)).toHaveLength(1);
    await context.close();
  });
});
