/**
 * Change password in a real browser (English and German; wrong current password), and the error
 * pages a browser can reach: a tampered or missing CSRF token (403), PingOne failing (503 with a
 * reference id, never a false success), an unknown page (404). axe-core on every page.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type Locale, translate } from '../../src/portal/i18n/index.js';
import {
  addFault,
  checklist,
  clearFaults,
  confirmation,
  createUser,
  errorSummary,
  expectAccessible,
  flashes,
  focusedId,
  strongPassword,
  submit,
  unique,
  useBrowserHarness,
  watchErrors,
} from './harness.js';

const h = useBrowserHarness();

afterEach(async () => {
  await clearFaults(h);
});

async function fillChange(
  page: Page,
  fields: { username: string; currentPassword: string; password: string },
): Promise<void> {
  await page.fill('#username', fields.username);
  await page.fill('#currentPassword', fields.currentPassword);
  await page.fill('#password', fields.password);
  await page.fill('#confirmPassword', fields.password);
}

async function activeFaults(): Promise<unknown[]> {
  return (await (await fetch(`${h.local.baseUrl}/_local/faults`)).json()) as unknown[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('change password', () => {
  for (const locale of ['en', 'de'] as const satisfies Locale[]) {
    it(`changes the password and lands on home with a success flash (${locale})`, async () => {
      const user = await createUser(h);
      const context = await h.newContext({ locale: locale === 'de' ? 'de-DE' : 'en-GB' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto('/');
      await page.click('#action-change');
      await page.waitForURL('/password/change');
      expect(await page.locator('h1').textContent()).toBe(translate(locale, 'change.title'));
      await expectAccessible(page, `change (${locale})`);

      const password = strongPassword();
      await fillChange(page, { username: user.username, currentPassword: user.password, password });
      expect(await checklist(page)).toMatchObject({
        length: 'met',
        notSimilarToCurrent: 'met',
        excludesCommonlyUsed: 'unknown',
      });
      // The checklist compares with the current password as it is typed.
      await page.fill('#password', `${user.password}x`);
      expect(await checklist(page)).toMatchObject({ notSimilarToCurrent: 'unmet' });
      await page.fill('#password', password);

      const result = await submit(page, '#change-submit');
      expect([result.postStatus, result.response.status(), page.url()]).toEqual([
        303,
        200,
        `${h.url}/`,
      ]);
      expect(await confirmation(page)).toEqual({
        title: translate(locale, 'done.changed.title'),
        focused: true,
        next: ['/', translate(locale, 'done.home')],
      });
      await expectAccessible(page, `confirmation after change (${locale})`);
      expect((await h.client.passwords.check(user.id, password)).status).toBe('OK');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('refuses a wrong current password and keeps the old one', async () => {
    const user = await createUser(h);
    const context = await h.newContext();
    const page = await context.newPage();
    await page.goto('/password/change');
    await fillChange(page, {
      username: user.username,
      currentPassword: `${user.password}-wrong`,
      password: strongPassword(),
    });
    const result = await submit(page, '#change-submit');
    expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/password/change`]);
    const message =
      'The username or password is incorrect, or this account cannot change its password here (it may be locked, or have no password yet). Check what you typed, or recover your password.';
    expect(await page.locator('#currentPassword-error').textContent()).toBe(message);
    expect(await errorSummary(page)).toEqual([['#currentPassword', message]]);
    expect(await page.getAttribute('#currentPassword', 'aria-invalid')).toBe('true');
    expect(await focusedId(page)).toBe('error-summary');
    expect(await page.inputValue('#username')).toBe(user.username);
    expect(await page.inputValue('#currentPassword')).toBe('');
    expect(await flashes(page)).toEqual([]);
    await expectAccessible(page, 'change with a wrong current password');
    expect((await h.client.passwords.check(user.id, user.password)).status).toBe('OK');
    await context.close();
  });

  it('gives German field messages for a wrong current password', async () => {
    const user = await createUser(h);
    const context = await h.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/password/change');
    await fillChange(page, {
      username: user.username,
      currentPassword: 'Not-the-password-1',
      password: strongPassword(),
    });
    await submit(page, '#change-submit');
    expect(await page.locator('#currentPassword-error').textContent()).toBe(
      translate('de', 'error.credentials'),
    );
    expect(await page.locator('#error-summary h2').textContent()).toBe(
      translate('de', 'error.summaryTitle'),
    );
    await expectAccessible(page, 'change (de) with a wrong current password');
    await context.close();
  });
});

describe('error pages', () => {
  for (const [how, tamper] of [
    ['tampered', (el: HTMLInputElement) => el.setAttribute('value', `${el.value.slice(1)}x`)],
    ['missing', (el: HTMLInputElement) => el.remove()],
  ] as const) {
    it(`answers a ${how} CSRF token with the 403 page and creates nothing`, async () => {
      const context = await h.newContext();
      const page = await context.newPage();
      await page.goto('/register');
      const username = `csrf${unique()}`;
      const password = strongPassword();
      await page.fill('#username', username);
      await page.fill('#email', `${username}@example.com`);
      await page.fill('#password', password);
      await page.fill('#confirmPassword', password);
      await page.locator('#register-form input[name="_csrf"]').evaluate(tamper);
      const result = await submit(page, '#register-submit');
      expect([result.postStatus, result.response.status(), page.url()]).toEqual([
        403,
        403,
        `${h.url}/register`,
      ]);
      expect(await page.locator('h1').textContent()).toBe('This form has expired');
      expect(await page.locator('#error-text').textContent()).toBe(
        'For your security, please go back, reload the page and submit the form again.',
      );
      expect(await page.locator('#error-reference').textContent()).toMatch(UUID);
      expect(await flashes(page)).toEqual([]);
      await expectAccessible(page, `403 page (${how} token)`);
      expect(await h.client.users.findByUsernameOrEmail(username)).toBeNull();

      // Reloading the form, as the page says, works.
      await page.goto('/register');
      await page.fill('#username', username);
      await page.fill('#email', `${username}@example.com`);
      await page.fill('#password', password);
      await page.fill('#confirmPassword', password);
      expect((await submit(page, '#register-submit')).postStatus).toBe(303);
      expect(await h.client.users.findByUsernameOrEmail(username)).toMatchObject({ username });
      await context.close();
    });
  }

  it('shows the 403 page in French', async () => {
    const context = await h.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/password/forgot');
    await page.fill('#username', 'someone');
    await page
      .locator('#forgot-form input[name="_csrf"]')
      .evaluate((el: HTMLInputElement) => el.remove());
    const result = await submit(page, '#forgot-submit');
    expect(result.postStatus).toBe(403);
    expect(await page.locator('h1').textContent()).toBe('Ce formulaire a expiré');
    expect(await page.locator('#error-text').textContent()).toBe(
      translate('fr', 'errorPage.csrf.text'),
    );
    await expectAccessible(page, '403 page (fr)');
    await context.close();
  });

  it('shows the unavailable page with a reference id when PingOne answers 503 on POST /users', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    await page.goto('/register');
    const username = `fault${unique()}`;
    const password = strongPassword();
    await page.fill('#username', username);
    await page.fill('#email', `${username}@example.com`);
    await page.fill('#password', password);
    await page.fill('#confirmPassword', password);
    await addFault(h, {
      method: 'POST',
      path: '/v1/environments/*/users',
      count: 1,
      action: { status: 503, retryAfter: 7 },
    });
    const result = await submit(page, '#register-submit');
    expect([result.postStatus, page.url()]).toEqual([503, `${h.url}/register`]);
    expect(await result.response.headerValue('retry-after')).toBe('7');
    // The fault was used: the portal did call PingOne, and did not retry the creation.
    expect(await activeFaults()).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe('Service temporarily unavailable');
    expect(await page.locator('#error-text').textContent()).toBe(
      'We could not reach the account service. Nothing has been changed. Please try again in a few minutes.',
    );
    const reference = (await page.locator('#error-reference').textContent()) ?? '';
    expect(reference).toMatch(UUID);
    expect(await flashes(page)).toEqual([]);
    await expectAccessible(page, '503 page');

    // The reference leads to the log line with the detail.
    const logged = h.logs
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((l) => l.reqId === reference && l.event === 'request_failed');
    expect(logged).toMatchObject([{ code: 'UPSTREAM_UNAVAILABLE', level: 50 }]);

    // No false success: no account, and home shows no success flash afterwards.
    expect(await h.client.users.findByUsernameOrEmail(username)).toBeNull();
    await page.goto('/');
    expect(await flashes(page)).toEqual([]);
    await context.close();
  });

  it('shows the unavailable page (German) when the password change fails upstream, and keeps the old password', async () => {
    const user = await createUser(h);
    const context = await h.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/password/change');
    await fillChange(page, {
      username: user.username,
      currentPassword: user.password,
      password: strongPassword(),
    });
    await addFault(h, {
      method: 'PUT',
      path: '^/v1/environments/[^/]+/users/[^/]+/password$',
      count: 1,
      action: { status: 503 },
    });
    const result = await submit(page, '#change-submit');
    expect(result.postStatus).toBe(503);
    expect(await activeFaults()).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe(
      translate('de', 'errorPage.unavailable.title'),
    );
    expect(await page.locator('#error-reference').textContent()).toMatch(UUID);
    await expectAccessible(page, '503 page (de)');
    expect((await h.client.passwords.check(user.id, user.password)).status).toBe('OK');
    await context.close();
  });

  it('shows the 404 page with a reference id', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('#error-reference').textContent()).toMatch(UUID);
    await expectAccessible(page, '404 page');
    await page.click('#error-page a[href="/"]');
    await page.waitForURL('/');
    expect(await page.locator('h1').textContent()).toBe('Manage your account');
    await context.close();
  });
});
