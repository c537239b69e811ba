/**
 * The UX pass (issue 13) in a real browser: a way back on every form, "Forgot your current
 * password?" on the change page, and typed input kept after a refusal (the recovery code on
 * every error that is not about it), and an expired session that goes back to its form with the
 * fields filled in (a cross-site POST still gets 403). axe-core on every page and state.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/portal/i18n/index.js';
import {
  checklist,
  createUser,
  errorSummary,
  expectAccessible,
  flashes,
  focusedId,
  mailTo,
  recoveryCode,
  strongPassword,
  submit,
  unique,
  useBrowserHarness,
} from './harness.js';

/** Added to the portal's clock: moves it past the session's idle timeout. */
let clockOffset = 0;
// The production cooldown between codes (the shared test settings turn it off).
const h = useBrowserHarness(
  { RECOVERY_RESEND_COOLDOWN_SECONDS: '60' },
  () => Date.now() + clockOffset,
);
const IDLE = 15 * 60_000 + 1000;

/** Forgot → recover for `identifier`; ends on the recover page. */
async function toRecoverPage(page: Page, identifier: string): Promise<void> {
  await page.goto('/password/forgot');
  await page.fill('#username', identifier);
  await submit(page, '#forgot-submit');
  expect(page.url()).toBe(`${h.url}/password/recover`);
}

describe('ways back', () => {
  it('starts every form with a Back link to the previous step', async () => {
    const user = await createUser(h);
    const context = await h.newContext();
    const page = await context.newPage();
    const back = async () => page.getAttribute('#back-link', 'href');
    for (const path of ['/register', '/password/forgot', '/password/change']) {
      await page.goto(path);
      expect(await back(), path).toBe('/');
    }
    await toRecoverPage(page, user.username);
    expect(await back()).toBe('/password/forgot');
    expect(await page.locator('#back-link').textContent()).toBe(translate('en', 'nav.back'));
    await expectAccessible(page, 'recover with its back link');
    await page.click('#back-link');
    await page.waitForURL('/password/forgot');
    await context.close();
  });

  it('offers "Forgot your current password?" on the change page, leading to recovery', async () => {
    const context = await h.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/password/change');
    const link = page.locator('#change-forgot');
    expect(await link.textContent()).toBe(translate('fr', 'change.forgot'));
    await expectAccessible(page, 'change with its forgot link (fr)');
    await link.click();
    await page.waitForURL('/password/forgot');
    await context.close();
  });
});

describe('typed input kept after a refusal', () => {
  it('keeps the untried recovery code after a confirmation mismatch, then recovers with it', async () => {
    const user = await createUser(h);
    const context = await h.newContext();
    const page = await context.newPage();
    await toRecoverPage(page, user.email);
    const code = await recoveryCode(h, user.email);
    const password = strongPassword();
    await page.fill('#recoveryCode', code);
    await page.fill('#password', password);
    await page.fill('#confirmPassword', `${password}x`);
    const refused = await submit(page, '#recover-submit');
    expect([refused.postStatus, page.url()]).toEqual([303, `${h.url}/password/recover`]);
    expect(await errorSummary(page)).toEqual([
      ['#confirmPassword', translate('en', 'error.password.mismatch')],
    ]);
    expect(await page.inputValue('#recoveryCode')).toBe(code);
    await expectAccessible(page, 'recover after a mismatch, code kept');

    // Only the passwords are typed again.
    await page.fill('#password', password);
    await page.fill('#confirmPassword', password);
    const done = await submit(page, '#recover-submit');
    expect([done.postStatus, page.url()]).toEqual([303, `${h.url}/`]);
    expect((await h.client.passwords.check(user.id, password)).status).toBe('OK');
    await context.close();
  });

  it('keeps the untried code after a policy refusal', async () => {
    const user = await createUser(h);
    const context = await h.newContext();
    const page = await context.newPage();
    await toRecoverPage(page, user.username);
    const code = await recoveryCode(h, user.email);
    await page.fill('#recoveryCode', code);
    await page.fill('#password', 'short');
    await page.fill('#confirmPassword', 'short');
    await submit(page, '#recover-submit');
    expect((await errorSummary(page)).map(([href]) => href)).toEqual(['#password']);
    expect(await page.inputValue('#recoveryCode')).toBe(code);
    expect(await page.inputValue('#password')).toBe('');
    await context.close();
  });
});

describe('expired session', () => {
  it('goes back to the form with the non-secret fields filled in, and creates nothing', async () => {
    const context = await h.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/register');
    const username = `late${unique()}`;
    const email = `${username}@example.com`;
    const password = strongPassword();
    await page.fill('#username', username);
    await page.fill('#email', email);
    await page.fill('#password', password);
    await page.fill('#confirmPassword', password);
    clockOffset += IDLE; // the person went for a coffee
    const result = await submit(page, '#register-submit');
    expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/register`]);
    expect(await flashes(page)).toEqual([`info: ${translate('de', 'flash.sessionExpiredForm')}`]);
    expect([
      await page.inputValue('#username'),
      await page.inputValue('#email'),
      await page.inputValue('#password'),
    ]).toEqual([username, email, '']);
    expect(await page.locator('#error-summary').count()).toBe(0);
    await expectAccessible(page, 'register after an expired session (de)');
    expect(await h.client.users.findByUsernameOrEmail(username)).toBeNull();

    // The new session works: sending again creates the account.
    await page.fill('#password', password);
    await page.fill('#confirmPassword', password);
    const again = await submit(page, '#register-submit');
    expect([again.postStatus, page.url()]).toEqual([303, `${h.url}/`]);
    expect(await h.client.users.findByUsernameOrEmail(username)).toMatchObject({ username });
    await context.close();
  });

  it('starts recovery again at the forgot page when the recover form comes back too late', async () => {
    const user = await createUser(h);
    const context = await h.newContext();
    const page = await context.newPage();
    await toRecoverPage(page, user.username);
    const code = await recoveryCode(h, user.email);
    const password = strongPassword();
    await page.fill('#recoveryCode', code);
    await page.fill('#password', password);
    await page.fill('#confirmPassword', password);
    clockOffset += IDLE;
    const result = await submit(page, '#recover-submit');
    expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/password/forgot`]);
    expect(await flashes(page)).toEqual([`info: ${translate('en', 'flash.sessionExpiredForm')}`]);
    await expectAccessible(page, 'forgot after an expired session');
    expect((await h.client.passwords.check(user.id, user.password)).status).toBe('OK');
    await context.close();
  });

  it('still refuses a cross-site POST with an expired session (403, nothing kept)', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    await page.goto('/password/forgot');
    const csrf = await page.getAttribute('input[name="_csrf"]', 'value');
    clockOffset += IDLE;
    const attempts: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      {}, // no proof of origin at all
    ];
    for (const headers of attempts) {
      const res = await context.request.post('/password/forgot', {
        form: { _csrf: csrf ?? '', username: 'planted' },
        headers,
        maxRedirects: 0,
      });
      expect(res.status(), JSON.stringify(headers)).toBe(403);
    }
    await page.goto('/password/forgot');
    expect(await page.inputValue('#username')).toBe('');
    await context.close();
  });
});

describe('the live checklist', () => {
  it('marks server-only rules "checked when you submit", then shows the server\'s ✗ after a refusal', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    await page.goto('/register');
    const username = `common${unique()}`;
    await page.fill('#username', username);
    await page.fill('#email', `${username}@example.com`);
    await page.fill('#password', 'Password1!');
    await page.fill('#confirmPassword', 'Password1!');
    const note = translate('en', 'policy.submitOnly');
    expect(await page.locator('#rule-excludesCommonlyUsed .rule-note').textContent()).toBe(note);
    expect(await page.locator('#rule-length .rule-note').isVisible()).toBe(false);
    const typed = await checklist(page);
    expect(typed.excludesCommonlyUsed).toBe('unknown');
    expect(Object.values(typed).filter((s) => s === 'met').length).toBe(8);

    const result = await submit(page, '#register-submit');
    expect([result.postStatus, page.url()]).toEqual([303, `${h.url}/register`]);
    const sentence = 'Choose a password that meets the requirement marked ✗.';
    expect(await errorSummary(page)).toEqual([['#password', sentence]]);
    expect(await page.locator('#password-error').textContent()).toBe(sentence);
    const verdict = await checklist(page);
    expect(verdict.excludesCommonlyUsed).toBe('unmet');
    expect(Object.entries(verdict).filter(([, s]) => s !== 'unknown')).toEqual([
      ['excludesCommonlyUsed', 'unmet'],
    ]);
    expect(await page.locator('#rule-excludesCommonlyUsed .rule-state').textContent()).toBe(
      translate('en', 'policy.unmet'),
    );
    expect(await focusedId(page)).toBe('error-summary');
    await expectAccessible(page, 'register after a common-password refusal');

    // Typing a new password hands the list back to the live check.
    await page.fill('#password', strongPassword());
    expect((await checklist(page)).excludesCommonlyUsed).toBe('unknown');
    expect((await checklist(page)).length).toBe('met');
    await context.close();
  });

  it('never ticks the password history on the change page, but flags the current password', async () => {
    const user = await createUser(h);
    const context = await h.newContext();
    const page = await context.newPage();
    await page.goto('/password/change');
    await page.fill('#username', user.username);
    await page.fill('#currentPassword', user.password);
    await page.fill('#password', strongPassword());
    expect((await checklist(page)).history).toBe('unknown');
    expect(await page.locator('#rule-history .rule-note').isVisible()).toBe(true);
    await page.fill('#password', user.password);
    expect((await checklist(page)).history).toBe('unmet');
    await expectAccessible(page, 'change with the current password typed as the new one');
    await context.close();
  });

  it('gives a zxcvbn strength hint as advice, loading its bundle only once typing starts', async () => {
    const context = await h.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/assets/strength.')) loaded.push(r.url());
    });
    await page.goto('/register');
    const hint = page.locator('#password-strength');
    expect(await hint.isVisible()).toBe(false);
    expect(loaded).toEqual([]);
    await page.locator('#password').pressSequentially('passwort1');
    await expect.poll(() => hint.getAttribute('data-score')).toMatch(/^[01]$/);
    const score = Number(await hint.getAttribute('data-score'));
    expect(await page.locator('#password-strength .strength-text').textContent()).toBe(
      translate('de', `strength.score${score}` as 'strength.score0'),
    );
    expect(loaded.length).toBe(1);
    await expectAccessible(page, 'register with the strength hint (de)');
    await page.fill('#password', 'Kettle-Orbit-Sparrow-Lantern-42');
    await expect.poll(() => hint.getAttribute('data-score')).toBe('4');
    await page.fill('#password', '');
    expect(await hint.isVisible()).toBe(false);
    await context.close();
  });
});

describe('one-time codes', () => {
  it('titles the page by its step, echoes the address, and counts down to "Send a new code"', async () => {
    const user = await createUser(h);
    const context = await h.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.clock.install();
    await toRecoverPage(page, user.email);
    expect(await page.locator('h1').textContent()).toBe(translate('fr', 'recover.title'));
    expect(await page.locator('#recover-sent').textContent()).toBe(
      translate('fr', 'recover.sentTo', { identifier: user.email }),
    );
    expect(await page.locator('#recoveryCode-hint').textContent()).toBe(
      translate('fr', 'hint.recoveryCode'),
    );
    // The button sits right under the code field, disabled while the cooldown runs.
    const button = page.locator('#resend-submit');
    const wait = page.locator('#resend-form-wait');
    expect(
      await page.evaluate(
        () =>
          document.getElementById('recoveryCode')?.closest('.field')?.nextElementSibling?.className,
      ),
    ).toBe('send-new-code');
    expect(await button.isDisabled()).toBe(true);
    expect(await wait.textContent()).toMatch(
      /^Vous pourrez demander un nouveau code dans (60|59) secondes\.$/,
    );
    await expectAccessible(page, 'recover during the cooldown (fr)');
    await page.clock.runFor(58_000);
    await expect
      .poll(() => wait.textContent())
      .toBe(translate('fr', 'recover.resendWait', { count: 1 }));
    expect(await wait.textContent()).toBe('Vous pourrez demander un nouveau code dans 1 seconde.');
    await page.clock.runFor(2_000);
    await expect.poll(() => button.isDisabled()).toBe(false);
    expect(await wait.isVisible()).toBe(false);

    clockOffset += 60_000; // the portal's clock agrees the cooldown is over
    const resend = await submit(page, '#resend-submit');
    expect([resend.postStatus, page.url()]).toEqual([303, `${h.url}/password/recover`]);
    expect(await flashes(page)).toEqual([`info: ${translate('fr', 'flash.recoveryResent')}`]);
    await h.drain();
    expect((await mailTo(h, user.email)).length).toBe(2);
    await context.close();
  });
});

describe('error messages', () => {
  it('prefixes the title, links refusals to the way out, and scrolls the label into view', async () => {
    const user = await createUser(h);
    const context = await h.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 500 } });
    const page = await context.newPage();
    await page.goto('/password/change');
    expect(await page.title()).toBe(`${translate('fr', 'change.title')} – Latchkey`);
    await page.fill('#username', user.username);
    await page.fill('#currentPassword', `${user.password}-wrong`);
    await page.fill('#password', strongPassword());
    await page.fill('#confirmPassword', strongPassword());
    await submit(page, '#change-submit');
    expect(await page.title()).toBe(
      `${translate('fr', 'error.titlePrefix')}${translate('fr', 'change.title')} – Latchkey`,
    );
    expect(await page.title()).toMatch(/^Erreur\u00a0: /);
    // The mismatch is found first; the summary link shows the label, not only the input.
    await page.click('#error-summary a[href="#confirmPassword"]');
    expect(await focusedId(page)).toBe('confirmPassword');
    const labelTop = await page
      .locator('label[for="confirmPassword"]')
      .evaluate((l) => l.getBoundingClientRect().top);
    expect(labelTop).toBeGreaterThanOrEqual(0);
    expect(await page.locator('#confirmPassword-error').isVisible()).toBe(true);

    // A wrong current password says why and links to recovery.
    const password = strongPassword();
    await page.fill('#currentPassword', `${user.password}-wrong`);
    await page.fill('#password', password);
    await page.fill('#confirmPassword', password);
    await submit(page, '#change-submit');
    expect(await page.locator('#currentPassword-error').textContent()).toBe(
      translate('fr', 'error.credentials'),
    );
    const way = page.locator('#currentPassword-error + .error-action a');
    expect([await way.getAttribute('href'), await way.textContent()]).toEqual([
      '/password/forgot',
      translate('fr', 'error.action.recover'),
    ]);
    await expectAccessible(page, 'change refused (fr, 390 px)');
    await context.close();
  });

  it('offers recovery next to "username taken"', async () => {
    const existing = await createUser(h);
    const context = await h.newContext();
    const page = await context.newPage();
    await page.goto('/register');
    const password = strongPassword();
    await page.fill('#username', existing.username);
    await page.fill('#email', `other${unique()}@example.com`);
    await page.fill('#password', password);
    await page.fill('#confirmPassword', password);
    await submit(page, '#register-submit');
    expect(await page.getAttribute('#username-error + .error-action a', 'href')).toBe(
      '/password/forgot',
    );
    await expectAccessible(page, 'register with a taken username');
    await context.close();
  });
});

describe('wording', () => {
  const DIGIT = {
    en: 'contain at least 1 digit (0–9)',
    fr: 'contenir au moins 1 chiffre (0–9)',
    de: 'mindestens 1 Ziffer (0–9) enthalten',
  } as const;
  for (const locale of ['en', 'fr', 'de'] as const) {
    it(`uses real plurals, whole words and the right heading (${locale})`, async () => {
      const context = await h.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/register');
      expect(await page.locator('#rule-minCharacters-digit .rule-text').textContent()).toBe(
        DIGIT[locale],
      );
      expect(await page.locator('#password-policy-heading').textContent()).toBe(
        translate(locale, 'policy.headingRegister'),
      );
      // The symbol list is one unit, wrapped only as a whole.
      expect(await page.locator('#rule-minCharacters-special .symbols').textContent()).toBe(
        '~!@#$%^&*()-_=+[]{}|;:,.<>/?',
      );
      const text = (await page.locator('body').textContent()) ?? '';
      // "e-mail" / "E-Mail-Adresse" never break: their hyphens are non-breaking.
      expect(text).not.toMatch(/[eE]-[mM]ail|Mail-Adresse/);
      if (locale === 'fr') expect(text).not.toMatch(/ [?!:;](\s|$)/);
      await page.goto('/password/change');
      expect(await page.locator('#password-policy-heading').textContent()).toBe(
        translate(locale, 'policy.heading'),
      );
      await context.close();
    });
  }
});

describe('mobile', () => {
  const PAGES = ['/', '/register', '/password/forgot', '/password/change'];
  /** Horizontal overflow of the page, in CSS pixels (0 when nothing scrolls sideways). */
  const overflow = (page: Page) =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );

  it('never scrolls sideways at 320 px, nor at 200 % text on 390 px, in any language', async () => {
    for (const locale of ['en', 'fr', 'de'] as const) {
      const narrow = await h.newContext({ locale, viewport: { width: 320, height: 640 } });
      const page = await narrow.newPage();
      for (const path of PAGES) {
        await page.goto(path);
        expect(await overflow(page), `${path} at 320 px (${locale})`).toBeLessThanOrEqual(0);
      }
      await narrow.close();
      const zoomed = await h.newContext({ locale, viewport: { width: 390, height: 844 } });
      const big = await zoomed.newPage();
      for (const path of PAGES) {
        await big.goto(path);
        await big.evaluate(() => {
          document.documentElement.style.fontSize = '200%';
        });
        expect(await overflow(big), `${path} at 200 % (${locale})`).toBeLessThanOrEqual(0);
        // The language switcher stays on screen; the skip link stays hidden until focused.
        const lang = await big.locator('.lang-switch').boundingBox();
        expect(lang!.x + lang!.width, `${path} switcher (${locale})`).toBeLessThanOrEqual(390);
        const skip = await big.locator('.skip-link').boundingBox();
        expect(skip!.y + skip!.height, `${path} skip link (${locale})`).toBeLessThanOrEqual(0);
      }
      await big.keyboard.press('Tab');
      const focused = await big.locator('.skip-link').boundingBox();
      expect(focused!.y).toBeGreaterThanOrEqual(0);
      await zoomed.close();
    }
  });

  it('keeps the show/hide control compact beside the input at 390 px, in every language', async () => {
    for (const locale of ['en', 'fr', 'de'] as const) {
      const context = await h.newContext({ locale, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto('/register');
      const input = (await page.locator('#password').boundingBox())!;
      const toggle = (await page
        .locator('button.toggle-password[data-target="password"]')
        .boundingBox())!;
      // Same row, and the input keeps most of the width.
      expect(Math.abs(toggle.y - input.y), locale).toBeLessThan(2);
      expect(input.width / (input.width + toggle.width), locale).toBeGreaterThan(0.65);
      // No card inside the page's padding: the form uses the width.
      expect(input.width + toggle.width, locale).toBeGreaterThan(390 - 2 * 16 - 16);
      await expectAccessible(page, `register at 390 px (${locale})`);
      await context.close();
    }
  });
});
