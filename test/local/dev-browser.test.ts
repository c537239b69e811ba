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
});
