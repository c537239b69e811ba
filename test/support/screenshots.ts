/**
 * `npm run screenshots`: renders every portal page and its main states, plus the dev mailbox, at
 * desktop (1280 px) and phone (390 px) widths, light and dark, into docs/screenshots/ (JPEG,
 * quality 60, 1x), the register page in every language (desktop and phone, light, quality 45),
 * and writes docs/screenshots/README.md, the gallery. Uses the same real stack
 * as the tests (PingOne Local + portal on loopback) and Debian's chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { LOCALE_NAMES, LOCALES } from '../../src/portal/i18n/index.js';
import { createUser, startStack, strongPassword, unique } from './stack.js';

const OUT = join(process.cwd(), 'docs/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const VARIANTS = [
  { name: 'desktop-light', width: 1280, height: 900, colorScheme: 'light' },
  { name: 'desktop-dark', width: 1280, height: 900, colorScheme: 'dark' },
  { name: 'mobile-light', width: 390, height: 844, colorScheme: 'light' },
  { name: 'mobile-dark', width: 390, height: 844, colorScheme: 'dark' },
] as const;

const stack = await startStack({
  sessionSecret: `screenshots-${unique()}-${unique()}-${unique()}`,
  // The defaults people get (one password field, a real cooldown between codes).
  env: { CONFIRM_PASSWORD: 'false', RECOVERY_RESEND_COOLDOWN_SECONDS: '60' },
});
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox'],
});

const submit = async (page: Page, button: string) => {
  await Promise.all([page.waitForNavigation(), page.click(button)]);
};
const forgot = async (page: Page, identifier: string) => {
  await page.goto('/password/forgot');
  await page.fill('#username', identifier);
  await submit(page, '#forgot-submit');
};

/** Each page state: a title for the gallery and how to reach it from a fresh browser. */
const STATES: { id: string; title: string; reach: (page: Page) => Promise<void> }[] = [
  { id: 'home', title: 'Home', reach: async (p) => void (await p.goto('/')) },
  { id: 'register', title: 'Register', reach: async (p) => void (await p.goto('/register')) },
  {
    id: 'register-typing',
    title: 'Register: live checklist and strength hint while typing',
    reach: async (p) => {
      await p.goto('/register');
      await p.fill('#username', 'ada');
      await p.fill('#email', 'ada@example.com');
      await p.locator('#password').pressSequentially('Password1');
      await p.waitForSelector('#password-strength:not([hidden])');
    },
  },
  {
    id: 'register-errors',
    title: 'Register: every field missing',
    reach: async (p) => {
      await p.goto('/register');
      await submit(p, '#register-submit');
    },
  },
  {
    id: 'register-refused',
    title: 'Register: a common password refused (✗ in the checklist)',
    reach: async (p) => {
      await p.goto('/register');
      const u = `ada${unique()}`;
      await p.fill('#username', u);
      await p.fill('#email', `${u}@example.com`);
      await p.fill('#password', 'Password1!');
      await submit(p, '#register-submit');
    },
  },
  {
    id: 'registered',
    title: 'Confirmation after registering',
    reach: async (p) => {
      await p.goto('/register');
      const u = `ada${unique()}`;
      await p.fill('#username', u);
      await p.fill('#email', `${u}@example.com`);
      await p.fill('#password', strongPassword());
      await submit(p, '#register-submit');
    },
  },
  {
    id: 'forgot',
    title: 'Forgot password',
    reach: async (p) => void (await p.goto('/password/forgot')),
  },
  {
    id: 'recover',
    title: 'Recover: the code page, counting down to "Send a new code"',
    reach: async (p) => {
      const user = await createUser(stack);
      await forgot(p, user.email);
    },
  },
  {
    id: 'recover-wrong-code',
    title: 'Recover: a wrong code (kept visible)',
    reach: async (p) => {
      const user = await createUser(stack);
      await forgot(p, user.email);
      await p.fill('#recoveryCode', 'O0O0O0O0');
      await p.fill('#password', strongPassword());
      await submit(p, '#recover-submit');
    },
  },
  {
    id: 'change',
    title: 'Change password',
    reach: async (p) => void (await p.goto('/password/change')),
  },
  {
    id: 'change-refused',
    title: 'Change: wrong current password, with the way out',
    reach: async (p) => {
      const user = await createUser(stack);
      await p.goto('/password/change');
      await p.fill('#username', user.username);
      await p.fill('#currentPassword', 'not-the-password');
      await p.fill('#password', strongPassword());
      await submit(p, '#change-submit');
    },
  },
  {
    id: 'not-found',
    title: 'Error page (404)',
    reach: async (p) => void (await p.goto('/nowhere')),
  },
  {
    id: 'mailbox',
    title: 'PingOne Local dev mailbox',
    reach: async (p) => {
      const user = await createUser(stack);
      await forgot(p, user.email);
      await stack.drain();
      await p.goto(`${stack.local.baseUrl}/_local/mail.html?to=${encodeURIComponent(user.email)}`);
    },
  },
];

try {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const state of STATES) {
    for (const v of VARIANTS) {
      const context = await browser.newContext({
        baseURL: stack.url,
        locale: 'en-GB',
        viewport: { width: v.width, height: v.height },
        colorScheme: v.colorScheme,
      });
      const page = await context.newPage();
      await state.reach(page);
      await page.screenshot({
        path: join(OUT, `${state.id}-${v.name}.jpg`),
        fullPage: true,
        type: 'jpeg',
        quality: 60,
      });
      await context.close();
    }
  }
  // The register page in each of the 19 languages, for translation and right-to-left review.
  const LANGUAGE_VARIANTS = VARIANTS.filter((v) => v.colorScheme === 'light');
  for (const locale of LOCALES) {
    for (const v of LANGUAGE_VARIANTS) {
      const context = await browser.newContext({
        baseURL: stack.url,
        locale,
        viewport: { width: v.width, height: v.height },
        colorScheme: v.colorScheme,
      });
      const page = await context.newPage();
      await page.goto(`/register?lang=${locale}`);
      await page.screenshot({
        path: join(OUT, `register-${locale}-${v.name}.jpg`),
        fullPage: true,
        type: 'jpeg',
        quality: 45,
      });
      await context.close();
    }
  }
  const languageRows = LOCALES.map(
    (l) =>
      `| ${LOCALE_NAMES[l]} (\`${l}\`) | ${LANGUAGE_VARIANTS.map((v) => `![Register, ${l}, ${v.name}](register-${l}-${v.name}.jpg)`).join(' | ')} |`,
  );
  const rows = STATES.map(
    (s) =>
      `## ${s.title}\n\n| Desktop, light | Desktop, dark | Phone, light | Phone, dark |\n| --- | --- | --- | --- |\n| ${VARIANTS.map((v) => `![${s.title}, ${v.name}](${s.id}-${v.name}.jpg)`).join(' | ')} |\n`,
  );
  writeFileSync(
    join(OUT, 'README.md'),
    `# Screenshots\n\nEvery page of the portal and its main states, at 1280 px and 390 px, light and dark,\nin English, then the register page in every language. Generated by \`npm run screenshots\`\n(\`test/support/screenshots.ts\`): do not edit by hand.\n\n${rows.join('\n')}\n## Register page in every language\n\n| Language | Desktop | Phone |\n| --- | --- | --- |\n${languageRows.join('\n')}\n`,
  );
  // The gallery's tables in the repository's Markdown format (the lint checks it).
  execFileSync('npx', ['biome', 'format', '--write', join(OUT, 'README.md')], { stdio: 'ignore' });
  const total = readdirSync(OUT).reduce((n, f) => n + statSync(join(OUT, f)).size, 0);
  console.info(
    `${STATES.length * VARIANTS.length + LOCALES.length * LANGUAGE_VARIANTS.length} screenshots in docs/screenshots (${Math.round(total / 1024)} KB)`,
  );
} finally {
  await browser.close();
  await stack.close();
}
