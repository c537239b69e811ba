/**
 * Registration in a real browser: the happy path (English and German), the live checklist and
 * the server's per-rule message for a weak password (English and French), a taken username,
 * registration without JavaScript, the show/hide toggle, the language switch, screenshots in
 * light and dark, and axe-core on every page and state visited.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale, translate } from '../../src/portal/i18n/index.js';
import {
  axeViolations,
  checklist,
  checklistTexts,
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

async function fillRegistration(
  page: Page,
  fields: { username: string; email: string; password: string; confirmPassword?: string },
): Promise<void> {
  await page.fill('#username', fields.username);
  await page.fill('#email', fields.email);
  await page.fill('#password', fields.password);
  await page.fill('#confirmPassword', fields.confirmPassword ?? fields.password);
}

describe('register', () => {
  for (const locale of ['en', 'de'] as const satisfies Locale[]) {
    it(`creates the account and lands on home with a success flash (${locale})`, async () => {
      const context = await h.newContext({ locale: locale === 'de' ? 'de-DE' : 'en-GB' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto('/');
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      await expectAccessible(page, `home (${locale})`);
      await page.click('#action-register');
      await page.waitForURL('/register');
      expect(await page.locator('h1').textContent()).toBe(translate(locale, 'register.title'));
      await expectAccessible(page, `register (${locale})`);

      const username = `reg${unique()}`;
      const email = `${username}@example.com`;
      const password = strongPassword();
      await fillRegistration(page, { username, email, password });
      // Everything the browser can evaluate is met; the common-password list is the server's.
      expect(await checklist(page)).toEqual({
        length: 'met',
        'minCharacters-upper': 'met',
        'minCharacters-lower': 'met',
        'minCharacters-digit': 'met',
        'minCharacters-special': 'met',
        minUniqueCharacters: 'met',
        maxRepeatedCharacters: 'met',
        excludesCommonlyUsed: 'unknown',
        excludesProfileData: 'met',
      });
      await expectAccessible(page, `register filled (${locale})`);

      const result = await submit(page, '#register-submit');
      expect([result.postStatus, result.response.status(), page.url()]).toEqual([
        303,
        200,
        `${h.url}/`,
      ]);
      // A confirmation, focused, with the next step as the primary button; no "register" again.
      expect(await confirmation(page)).toEqual({
        title: translate(locale, 'done.registered.title'),
        focused: true,
        next: ['/', translate(locale, 'done.home')],
      });
      expect(await page.locator('#action-register').count()).toBe(0);
      expect(await flashes(page)).toEqual([]);
      await expectAccessible(page, `confirmation after registration (${locale})`);

      const user = await h.client.users.findByUsernameOrEmail(username);
      expect(user).toMatchObject({ username, email, enabled: true });
      expect((await h.client.passwords.check(user!.id, password)).status).toBe('OK');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('updates the checklist as you type, then names each failed rule after submit (en)', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/register');
    const username = `weak${unique()}`;
    await page.fill('#username', username);
    await page.fill('#email', `${username}@example.com`);

    const initial = await checklist(page);
    expect(Object.values(initial).every((s) => s === 'unknown')).toBe(true);
    expect(Object.keys(initial)).toEqual([
      'length',
      'minCharacters-upper',
      'minCharacters-lower',
      'minCharacters-digit',
      'minCharacters-special',
      'minUniqueCharacters',
      'maxRepeatedCharacters',
      'excludesCommonlyUsed',
      'excludesProfileData',
    ]);

    const password = page.locator('#password');
    await password.pressSequentially('k');
    expect(await checklist(page)).toEqual({
      length: 'unmet',
      'minCharacters-upper': 'unmet',
      'minCharacters-lower': 'met',
      'minCharacters-digit': 'unmet',
      'minCharacters-special': 'unmet',
      minUniqueCharacters: 'unmet',
      maxRepeatedCharacters: 'met',
      excludesCommonlyUsed: 'unknown',
      excludesProfileData: 'met',
    });
    // The state is also spoken: the visually hidden label follows the state.
    expect(await page.locator('#rule-length .rule-state').textContent()).toBe('not yet');
    expect(await page.locator('#rule-minCharacters-lower .rule-state').textContent()).toBe('done');

    await password.pressSequentially('kkW');
    expect(await checklist(page)).toMatchObject({
      'minCharacters-upper': 'met',
      maxRepeatedCharacters: 'unmet',
    });
    await expectAccessible(page, 'register with a weak password typed');

    // Profile data is checked live against the username typed above.
    await password.fill(`Zz9!${username}`);
    expect(await checklist(page)).toMatchObject({ excludesProfileData: 'unmet', length: 'met' });

    await password.fill('kkkW');
    await page.fill('#confirmPassword', 'kkkW');
    const unmet = await checklistTexts(page, 'unmet');
    expect(unmet).toEqual([
      'be at least 8 characters long (at most 255)',
      'contain at least 1 digit (0–9)',
      'contain at least 1 of these symbols: ~!@#$%^&*()-_=+[]{}|;:,.<>/?',
      'use at least 5 different characters',
      'not repeat a character more than 2 times in a row',
    ]);

    const result = await submit(page, '#register-submit');
    expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/register`]);
    // One short sentence; the checklist itself marks exactly the rules it showed as unmet.
    const message = 'Choose a password that meets the 5 requirements marked ✗.';
    expect(await checklistTexts(page, 'unmet')).toEqual(unmet);
    expect(await page.locator('#password-error').textContent()).toBe(message);
    expect(await errorSummary(page)).toEqual([['#password', message]]);
    expect(await page.locator('#error-summary h2').textContent()).toBe('There is a problem');
    expect(await page.getAttribute('#error-summary', 'role')).toBe('alert');
    expect(await focusedId(page)).toBe('error-summary');
    expect(await page.getAttribute('#password', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#password', 'aria-describedby')).toBe(
      'password-error password-policy',
    );
    expect(await page.getAttribute('#username', 'aria-invalid')).toBeNull();
    // Safe values come back; passwords never do.
    expect(await page.inputValue('#username')).toBe(username);
    expect(await page.inputValue('#email')).toBe(`${username}@example.com`);
    expect(await page.inputValue('#password')).toBe('');
    expect(await page.content()).not.toContain('kkkW');
    await expectAccessible(page, 'register with a policy error');

    // Following the summary link moves focus to the field.
    await page.click('#error-summary a[href="#password"]');
    expect(await focusedId(page)).toBe('password');

    expect(await h.client.users.findByUsernameOrEmail(username)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names each failed rule in French', async () => {
    const context = await h.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/register');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    const username = `faible${unique()}`;
    await fillRegistration(page, {
      username,
      email: `${username}@example.com`,
      password: 'Qkkk',
    });
    const unmet = await checklistTexts(page, 'unmet');
    expect(unmet).toEqual([
      'compter au moins 8 caractères (au plus 255)',
      'contenir au moins 1 chiffre (0–9)',
      'contenir au moins 1 de ces symboles : ~!@#$%^&*()-_=+[]{}|;:,.<>/?',
      'utiliser au moins 5 caractères différents',
      'ne pas répéter un caractère plus de 2 fois de suite',
    ]);
    await expectAccessible(page, 'register (fr) with a weak password typed');
    const result = await submit(page, '#register-submit');
    expect(result.postStatus).toBe(303);
    const message = 'Choisissez un mot de passe qui respecte les 5 exigences marquées ✗.';
    expect(await page.locator('#password-error').textContent()).toBe(message);
    expect(await checklistTexts(page, 'unmet')).toEqual(unmet);
    expect(await page.locator('#error-summary h2').textContent()).toBe(
      'Veuillez corriger les points suivants',
    );
    await expectAccessible(page, 'register (fr) with a policy error');
    expect(await h.client.users.findByUsernameOrEmail(username)).toBeNull();
    await context.close();
  });

  it('lists every missing field in the summary, each link focusing its field (de)', async () => {
    const context = await h.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/register');
    const result = await submit(page, '#register-submit');
    expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/register`]);
    // Each message names its field and says what to do.
    const required = {
      username: translate('de', 'error.username.required'),
      email: translate('de', 'error.email.required'),
      password: translate('de', 'error.password.required'),
      confirmPassword: translate('de', 'error.confirmPassword.required'),
    };
    expect(await errorSummary(page)).toEqual(
      Object.entries(required).map(([name, text]) => [`#${name}`, text]),
    );
    expect(await page.title()).toBe(
      `${translate('de', 'error.titlePrefix')}${translate('de', 'register.title')} – Latchkey`,
    );
    for (const [name, text] of Object.entries(required)) {
      expect(await page.locator(`#${name}-error`).textContent()).toBe(text);
      expect(await page.getAttribute(`#${name}`, 'aria-invalid')).toBe('true');
    }
    await expectAccessible(page, 'register (de) with every field missing');
    await page.click('#error-summary a[href="#email"]');
    expect(await focusedId(page)).toBe('email');
    await context.close();
  });

  it('says the username is taken and keeps the other account untouched', async () => {
    const existing = await createUser(h);
    const context = await h.newContext();
    const page = await context.newPage();
    await page.goto('/register');
    const email = `other${unique()}@example.com`;
    const password = strongPassword();
    await fillRegistration(page, { username: existing.username, email, password });
    const result = await submit(page, '#register-submit');
    expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/register`]);
    const message =
      'This username is already taken. Choose another one, or recover your password if this is your account.';
    expect(await page.locator('#username-error').textContent()).toBe(message);
    expect(await errorSummary(page)).toEqual([['#username', message]]);
    expect(await page.getAttribute('#username', 'aria-invalid')).toBe('true');
    expect(await flashes(page)).toEqual([]);
    await expectAccessible(page, 'register with a taken username');
    expect(await h.client.users.findByUsernameOrEmail(email)).toBeNull();
    expect((await h.client.passwords.check(existing.id, existing.password)).status).toBe('OK');
    await context.close();
  });

  it('registers without JavaScript', async () => {
    const context = await h.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/register');
    // No script: no toggles, and the checklist stays a plain list of requirements.
    expect(await page.locator('button.toggle-password').count()).toBe(2);
    expect(await page.locator('button.toggle-password:visible').count()).toBe(0);
    const username = `nojs${unique()}`;
    const password = strongPassword();
    await fillRegistration(page, { username, email: `${username}@example.com`, password });
    expect(Object.values(await checklist(page)).every((s) => s === 'unknown')).toBe(true);
    const result = await submit(page, '#register-submit');
    expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/`]);
    expect(await page.locator('h1').textContent()).toBe('Your account has been created');
    const user = await h.client.users.findByUsernameOrEmail(username);
    expect(user).toMatchObject({ username });
    expect((await h.client.passwords.check(user!.id, password)).status).toBe('OK');
    await context.close();

    // axe needs script in the page, which a no-JavaScript context refuses even to the test
    // driver: check the same rendering with the portal's script blocked instead.
    const scriptless = await h.newContext();
    await scriptless.route('**/assets/*.js', (route) => route.abort());
    const plain = await scriptless.newPage();
    await plain.goto('/register');
    expect(await plain.locator('button.toggle-password:visible').count()).toBe(0);
    await plain.fill('#password', 'abc');
    expect(Object.values(await checklist(plain)).every((s) => s === 'unknown')).toBe(true);
    await expectAccessible(plain, 'register as rendered without JavaScript');
    await scriptless.close();
  });

  it('shows and hides the password with the toggle (mouse and keyboard)', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    await page.goto('/register');
    const toggle = page.locator('button.toggle-password[data-target="password"]');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-controls')).toBe('password');
    expect(await toggle.getAttribute('type')).toBe('button');
    await page.fill('#password', 'Secret-1x');
    // A short visible word; the accessible name contains it and names the field.
    const state = async () => [
      await page.getAttribute('#password', 'type'),
      await toggle.textContent(),
      await toggle.getAttribute('aria-label'),
    ];
    expect(await state()).toEqual(['password', 'Show', 'Show password']);
    await toggle.click();
    expect(await state()).toEqual(['text', 'Hide', 'Hide password']);
    expect(await page.inputValue('#password')).toBe('Secret-1x');
    await expectAccessible(page, 'register with the password shown');
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await state()).toEqual(['password', 'Show', 'Show password']);
    // The confirmation field has its own toggle; the first one did not touch it.
    expect(await page.getAttribute('#confirmPassword', 'type')).toBe('password');
    await page.click('button.toggle-password[data-target="confirmPassword"]');
    expect(await page.getAttribute('#confirmPassword', 'type')).toBe('text');
    expect(await page.getAttribute('#password', 'type')).toBe('password');
    // A toggle never submits the form.
    expect(page.url()).toBe(`${h.url}/register`);
    await context.close();
  });

  it('switches language with the switcher and remembers it', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    await page.goto('/register');
    const current = () => page.locator('#lang-select option:checked').textContent();
    expect([await page.getAttribute('html', 'lang'), await current()]).toEqual(['en', 'English']);
    // Every language, named in itself and marked with its own lang.
    const options = page.locator('#lang-select option');
    expect(await options.count()).toBe(LOCALES.length);
    expect(await options.evaluateAll((os) => os.map((o) => o.getAttribute('lang')))).toEqual([
      ...LOCALES,
    ]);
    expect(await page.locator('#lang-select option[lang="ja"]').textContent()).toBe('日本語');
    expect(await page.locator('label[for="lang-select"]').textContent()).toBe('Language');

    // Keyboard only: the select, then its submit button.
    await page.focus('#lang-select');
    await page.selectOption('#lang-select', 'fr');
    expect(page.url()).toBe(`${h.url}/register`); // choosing alone does not leave the page
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL('/register?lang=fr'), page.keyboard.press('Enter')]);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await current()).toBe('Français');
    expect(await page.locator('h1').textContent()).toBe('Créer un compte');
    expect(await page.locator('label[for="password"]').textContent()).toBe(
      translate('fr', 'field.password'),
    );
    expect(await page.locator('#rule-length .rule-text').textContent()).toBe(
      'compter au moins 8 caractères (au plus 255)',
    );
    await expectAccessible(page, 'register (fr via switcher)');

    // The choice sticks (cookie) on the next page, without ?lang=.
    await page.click('a.brand');
    await page.waitForURL('/');
    expect([
      await page.getAttribute('html', 'lang'),
      await page.locator('h1').textContent(),
    ]).toEqual(['fr', 'Gérer votre compte']);

    await page.selectOption('#lang-select', 'de');
    await Promise.all([page.waitForURL('/?lang=de'), page.click('.lang-switch button')]);
    expect([await page.getAttribute('html', 'lang'), await current()]).toEqual(['de', 'Deutsch']);
    expect(await page.locator('h1').textContent()).toBe('Ihr Konto verwalten');
    await expectAccessible(page, 'home (de via switcher)');
    await page.goto('/password/forgot');
    expect(await page.locator('h1').textContent()).toBe('Passwort vergessen?');
    await expectAccessible(page, 'forgot (de via switcher)');
    await context.close();
  });

  it('starts keyboard users at a skip link that moves focus to the main content', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    await page.goto('/register');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect([await skip.textContent(), await skip.getAttribute('href')]).toEqual([
      'Skip to main content',
      '#main',
    ]);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('main');
    // The next Tab lands in the form, not back in the header.
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('username');
    await context.close();
  });

  it('renders the register page in light and dark colour schemes (screenshots, axe)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await h.newContext({ colorScheme, viewport: { width: 1024, height: 900 } });
      const page = await context.newPage();
      await page.goto('/register');
      await page.fill('#username', 'ada');
      await page.fill('#password', 'Ada-2026');
      await expectAccessible(page, `register (${colorScheme})`);
      // The heading keeps its distance from the header (main's vertical padding applies).
      const header = await page.locator('header.site-header').boundingBox();
      const heading = await page.locator('h1').boundingBox();
      expect(heading!.y - (header!.y + header!.height)).toBeGreaterThanOrEqual(24);
      await page.screenshot({ path: `/tmp/register-${colorScheme}.png`, fullPage: true });
      // And the error state, whose colours differ.
      await page.fill('#email', 'ada@example.com');
      await page.fill('#confirmPassword', 'nope');
      await submit(page, '#register-submit');
      expect(await page.locator('#error-summary').count()).toBe(1);
      await expectAccessible(page, `register errors (${colorScheme})`);
      await page.screenshot({ path: `/tmp/register-errors-${colorScheme}.png`, fullPage: true });
      await context.close();
    }
    // A small phone: nothing wider than the screen.
    const context = await h.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto('/register?lang=de');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    // The password input keeps most of the row; the compact toggle sits beside it.
    const input = await page.locator('#password').boundingBox();
    const row = await page.locator('#password').locator('..').boundingBox();
    expect(input!.width).toBeGreaterThanOrEqual(row!.width * 0.6);
    expect(input!.y).toBe(row!.y);
    await expectAccessible(page, 'register (de, 320 px wide)');
    await page.screenshot({ path: '/tmp/register-mobile-de.png', fullPage: true });
    await context.close();
  });

  it('axe helper reports a violation it is shown (the check can fail)', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    await page.goto('/register');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.ico';
      document.querySelector('main')?.append(img);
    });
    const violations = await axeViolations(page);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^image-alt \(critical\): \["img"\]/);
    await context.close();
  });
});
