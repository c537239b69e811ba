/**
 * Forgotten password in a real browser: forgot → code from PingOne Local's mailbox → recover →
 * success flash (English and French), a wrong code, a code expired on PingOne Local's clock, and
 * five wrong codes → "exhausted" with a new code offered. axe-core on every page and state.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Locale, translate } from '../../src/portal/i18n/index.js';
import {
  advanceClock,
  checklist,
  confirmation,
  createUser,
  errorSummary,
  expectAccessible,
  flashes,
  focusedId,
  mailTo,
  recoveryCode,
  strongPassword,
  submit,
  useBrowserHarness,
  watchErrors,
} from './harness.js';

const h = useBrowserHarness();

/** Home → "Forgot your password?" → submits `identifier`; ends on the recover page. */
async function startRecovery(page: Page, identifier: string, locale: Locale = 'en') {
  await page.goto('/');
  await page.click('#action-forgot');
  await page.waitForURL('/password/forgot');
  expect(await page.locator('h1').textContent()).toBe(translate(locale, 'forgot.title'));
  await expectAccessible(page, `forgot (${locale})`);
  await page.fill('#username', identifier);
  const result = await submit(page, '#forgot-submit');
  expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/password/recover`]);
  // No message: the page itself says where the code went, echoing what was typed.
  expect(await flashes(page)).toEqual([]);
  expect(await page.locator('#recover-identifier').textContent()).toBe(identifier);
  expect(await page.locator('h1').textContent()).toBe(translate(locale, 'recover.title'));
  await expectAccessible(page, `recover (${locale})`);
}

async function fillRecovery(page: Page, code: string, password: string): Promise<void> {
  await page.fill('#recoveryCode', code);
  await page.fill('#password', password);
  await page.fill('#confirmPassword', password);
}

const INVALID = 'That code is not valid or has expired. Check the e‑mail, or send a new code.';
const EXHAUSTED =
  'This code no longer works after too many attempts. For your security, wait a while (usually 15 minutes), then send a new code.';

describe('forgot and recover', () => {
  for (const locale of ['en', 'fr'] as const satisfies Locale[]) {
    it(`recovers with the mailed code and shows a success flash (${locale})`, async () => {
      const user = await createUser(h);
      const context = await h.newContext({ locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await startRecovery(page, user.email, locale);
      // The recover page echoes only what was typed (the e-mail), never the account behind it.
      expect((await page.content()).replaceAll(user.email, '')).not.toContain(user.username);

      const code = await recoveryCode(h, user.email);
      expect((await mailTo(h, user.email)).length).toBe(1);
      const password = strongPassword();
      // Typed as a person might: lower case, with a space in the middle.
      await fillRecovery(page, `${code.slice(0, 4)} ${code.slice(4)}`.toLowerCase(), password);
      const result = await submit(page, '#recover-submit');
      expect([result.postStatus, result.response.status(), page.url()]).toEqual([
        303,
        200,
        `${h.url}/`,
      ]);
      expect(await confirmation(page)).toEqual({
        title: translate(locale, 'done.recovered.title'),
        focused: true,
        next: ['/', translate(locale, 'done.home')],
      });
      await expectAccessible(page, `confirmation after recovery (${locale})`);
      expect((await h.client.passwords.check(user.id, password)).status).toBe('OK');

      // The flow is over: the recover page sends the user back to the start.
      await page.goto('/password/recover');
      expect(page.url()).toBe(`${h.url}/password/forgot`);
      expect(await flashes(page)).toEqual([`info: ${translate(locale, 'flash.recoveryStart')}`]);
      await expectAccessible(page, `forgot after the flow ended (${locale})`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('asks for an identifier when the forgot form is sent empty', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    await page.goto('/password/forgot');
    const result = await submit(page, '#forgot-submit');
    expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/password/forgot`]);
    const message = 'Enter your username or e‑mail address.';
    expect(await page.locator('#username-error').textContent()).toBe(message);
    expect(await errorSummary(page)).toEqual([['#username', message]]);
    expect(await focusedId(page)).toBe('error-summary');
    expect(await flashes(page)).toEqual([]);
    await expectAccessible(page, 'forgot with an empty identifier');
    await context.close();
  });

  it('shows the live checklist on the recover page', async () => {
    const user = await createUser(h);
    const context = await h.newContext();
    const page = await context.newPage();
    await startRecovery(page, user.username);
    await page.locator('#password').pressSequentially('abc');
    expect(await checklist(page)).toMatchObject({
      length: 'unmet',
      'minCharacters-lower': 'met',
      'minCharacters-upper': 'unmet',
      excludesCommonlyUsed: 'unknown',
    });
    await expectAccessible(page, 'recover with a weak password typed');
    await context.close();
  });

  it('refuses a wrong code with a field message and changes nothing', async () => {
    const user = await createUser(h);
    const context = await h.newContext();
    const page = await context.newPage();
    await startRecovery(page, user.username);
    const code = await recoveryCode(h, user.email);
    const wrong = code.startsWith('A') ? `B${code.slice(1)}` : `A${code.slice(1)}`;
    await fillRecovery(page, wrong, strongPassword());
    const result = await submit(page, '#recover-submit');
    expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/password/recover`]);
    expect(await page.locator('#recoveryCode-error').textContent()).toBe(INVALID);
    expect(await errorSummary(page)).toEqual([['#recoveryCode', INVALID]]);
    expect(await page.getAttribute('#recoveryCode', 'aria-invalid')).toBe('true');
    expect(await focusedId(page)).toBe('error-summary');
    expect(await flashes(page)).toEqual([]);
    // The refused code stays visible (no secret once refused), so a typo can be seen.
    expect(await page.inputValue('#recoveryCode')).toBe(wrong);
    await expectAccessible(page, 'recover with a wrong code');
    expect((await h.client.passwords.check(user.id, user.password)).status).toBe('OK');
    await context.close();
  });

  it('refuses a code once it expired on PingOne Local’s clock (301 s)', async () => {
    const user = await createUser(h);
    const context = await h.newContext();
    const page = await context.newPage();
    await startRecovery(page, user.username);
    const code = await recoveryCode(h, user.email);
    await advanceClock(h, 301);
    const password = strongPassword();
    await fillRecovery(page, code, password);
    const result = await submit(page, '#recover-submit');
    expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/password/recover`]);
    // Same words as a wrong code: the page does not say which.
    expect(await page.locator('#recoveryCode-error').textContent()).toBe(INVALID);
    expect(await flashes(page)).toEqual([]);
    await expectAccessible(page, 'recover with an expired code');
    expect((await h.client.passwords.check(user.id, user.password)).status).toBe('OK');
    await context.close();
  });

  it('invalidates the code after 5 wrong attempts and offers a new one that works', async () => {
    const user = await createUser(h);
    const context = await h.newContext();
    const page = await context.newPage();
    await startRecovery(page, user.username);
    const first = await recoveryCode(h, user.email);
    const wrong = first.startsWith('Z') ? `Y${first.slice(1)}` : `Z${first.slice(1)}`;
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await fillRecovery(page, wrong, strongPassword());
      await submit(page, '#recover-submit');
      seen.push((await page.locator('#recoveryCode-error').textContent()) ?? '');
    }
    expect(seen).toEqual([INVALID, INVALID, INVALID, INVALID, EXHAUSTED]);
    expect(await errorSummary(page)).toEqual([['#recoveryCode', EXHAUSTED]]);
    await expectAccessible(page, 'recover with an exhausted code');

    // The right code no longer helps: PingOne (and the portal) invalidated it.
    await fillRecovery(page, first, strongPassword());
    await submit(page, '#recover-submit');
    expect(await page.locator('#recoveryCode-error').textContent()).toBe(EXHAUSTED);

    // PingOne locked the password at the 5th wrong code and sends no code until the policy's
    // lockout (900 s) ends; the portal says the same either way. After it, a new code comes.
    expect((await h.client.passwords.getState(user.id)).status).toBe('PASSWORD_LOCKED_OUT');
    await advanceClock(h, 900);

    // The page offers a new code.
    expect(await page.locator('#resend-title').textContent()).toBe('No e‑mail?');
    expect(await page.locator('#resend-submit').textContent()).toBe('Send a new code');
    const resend = await submit(page, '#resend-submit');
    expect([resend.postStatus, page.url()]).toEqual([303, `${h.url}/password/recover`]);
    expect(await flashes(page)).toEqual([
      'info: If an account matches, a new recovery code is on its way. Only the newest code works.',
    ]);
    expect(await page.locator('#error-summary').count()).toBe(0);
    await expectAccessible(page, 'recover after asking for a new code');
    const second = await recoveryCode(h, user.email);
    expect(second).not.toBe(first);
    expect((await mailTo(h, user.email)).length).toBe(2);

    const password = strongPassword();
    await fillRecovery(page, second, password);
    const result = await submit(page, '#recover-submit');
    expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/`]);
    expect((await confirmation(page)).title).toBe('Your password has been reset');
    expect((await h.client.passwords.check(user.id, password)).status).toBe('OK');
    await context.close();
  });

  it('answers an unknown account exactly like a known one', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    await startRecovery(page, 'nobody-here@example.com');
    await fillRecovery(page, 'ABCD2345', strongPassword());
    await submit(page, '#recover-submit');
    expect(await page.locator('#recoveryCode-error').textContent()).toBe(INVALID);
    await h.drain();
    expect(await mailTo(h, 'nobody-here@example.com')).toEqual([]);
    await context.close();
  });
});
