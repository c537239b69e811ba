import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/dev-harness.js';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let browser: Browser;
let h: Harness;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await h?.close();
});

/** Runs axe-core on `url` in a context that bypasses the page's CSP (which blocks injected scripts). */
async function axeViolations(url: string): Promise<string[]> {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> };
    };
    const result = await w.axe.run();
    return result.violations.map((v) => `${v.id} (${v.impact})`);
  });
  await context.close();
  return violations;
}

describe('dev pages in a browser', () => {
  it('renders mail HTML in a sandbox where its scripts do not run', async () => {
    h = await startHarness();
    await h.mailbox.send({
      to: 'ada@example.com',
      subject: 'Reset your password',
      text: 'Code ABCD1234',
      html: '<p id="greeting">Hello <b>Ada</b></p><script>document.getElementById("greeting").textContent = "hacked"; parent.document.title = "pwned";</script>',
    });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const res = await page.goto(`${h.base}/_local/mail.html`);
    expect(res?.status()).toBe(200);
    expect(await page.title()).toBe('PingOne Local mailbox');
    expect(await page.locator('article h2').textContent()).toBe('Reset your password');
    expect(await page.locator('article pre').textContent()).toBe('Code ABCD1234');

    const frame = page.frameLocator('article iframe');
    await expect.poll(() => frame.locator('#greeting').textContent()).toBe('Hello Ada');
    expect(await page.title()).toBe('PingOne Local mailbox');
    // Chromium reports the blocked script of the sandboxed frame; nothing else may fail.
    expect(errors.filter((e) => !/sandboxed|allow-scripts/.test(e))).toEqual([]);
    await page.close();
    expect(await axeViolations(`${h.base}/_local/mail.html`)).toEqual([]);
  });

  it('index page has no accessibility violations', async () => {
    h = await startHarness();
    const page = await browser.newPage();
    await page.goto(`${h.base}/_local/`);
    expect(await page.title()).toBe('PingOne Local');
    expect(await page.locator('a[href="/_local/mail.html"]').textContent()).toBe('0 messages');
    await page.close();
    expect(await axeViolations(`${h.base}/_local/`)).toEqual([]);
  });

  it('shows codes in monospace with a copy button, readable times, dark mode, and reloads on new mail', async () => {
    h = await startHarness();
    await h.mailbox.send({
      to: 'ada@example.com',
      subject: 'Your password recovery code',
      text: 'Use this code to reset the password of your account ada (PingOne Local):\n\nAB12CD34\n',
      html: '<p>AB12CD34</p>',
    });
    const context = await browser.newContext({ colorScheme: 'dark' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(`${h.base}/_local/mail.html`);
    const code = page.locator('article .code code');
    expect(await code.textContent()).toBe('AB12CD34');
    expect(await code.evaluate((c) => getComputedStyle(c).fontFamily)).toMatch(/mono/i);
    expect(await page.locator('article time').textContent()).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/,
    );
    // Dark mode follows the system setting.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(17, 20, 24)',
    );
    await page.click('button.copy');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('AB12CD34');
    // New mail: the page reloads by itself.
    await h.mailbox.send({ to: 'bob@example.com', subject: 'Second', text: 'ZZ99YY88', html: '' });
    await expect.poll(() => page.locator('article').count(), { timeout: 8000 }).toBe(2);
    await context.close();
    expect(await axeViolations(`${h.base}/_local/mail.html`)).toEqual([]);
  });
});
