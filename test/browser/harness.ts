/**
 * Browser test harness: a real PingOne Local and a real portal listener on 127.0.0.1 (port 0),
 * from `test/support/stack.ts`, and Debian's chromium driven by playwright-core. One
 * `BrowserHarness` per test file ({@link useBrowserHarness}); a fresh browser context per test.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
  type Response,
} from 'playwright-core';
import { expect } from 'vitest';
import {
  latestRecoveryCode,
  type Stack,
  type StoredMail,
  startStack,
  strongPassword,
  unique,
  useFixture,
} from '../support/stack.js';

export {
  addFault,
  advanceClock,
  clearFaults,
  createUser,
  readMailbox as mailTo,
  strongPassword,
  unique,
} from '../support/stack.js';

/** Where Debian installs chromium (`apt-get install chromium`); `.ci/run` installs it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless chromium in containers. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SESSION_SECRET = `browser-test-secret-${randomUUID()}`;

/** A portal, its PingOne Local and a browser, for one test file. */
export interface BrowserHarness extends Stack {
  browser: Browser;
  /** A fresh context (own cookies) whose relative URLs resolve against the portal. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * Starts PingOne Local, the portal (`env` overrides the test settings; `now` is its clock) and
 * chromium.
 */
export async function startBrowserHarness(
  env: Record<string, string> = {},
  now?: () => number,
): Promise<BrowserHarness> {
  const stack = await startStack({ sessionSecret: SESSION_SECRET, env, ...(now ? { now } : {}) });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (error) {
    await stack.close();
    throw error;
  }
  return {
    ...stack,
    browser,
    newContext: (options = {}) =>
      browser.newContext({ baseURL: stack.url, locale: 'en-GB', ...options }),
    async close() {
      await browser.close();
      await stack.close();
    },
  };
}

/**
 * One {@link BrowserHarness} for the calling test file: started in `beforeAll`, closed in
 * `afterAll`. Use the object only inside hooks and tests.
 */
export function useBrowserHarness(
  env: Record<string, string> = {},
  now?: () => number,
): BrowserHarness {
  return useFixture(() => startBrowserHarness(env, now));
}

/** A message in PingOne Local's mailbox. */
export type Mail = StoredMail;

/** The recovery code in the newest mail to `to` (after the background send finished). */
export async function recoveryCode(h: BrowserHarness, to: string): Promise<string> {
  await h.drain();
  return latestRecoveryCode(h, to, { subject: 'Your password recovery code' });
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The WCAG tags axe runs with: 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page as it is now and returns one line per violated rule and node
 * (`rule-id (impact): target — summary`), so a failure reads as a list.
 *
 * `page.evaluate` runs in the page through the DevTools protocol, which the page's CSP does not
 * govern (CSP blocks `addScriptTag`, not evaluation), so no context needs `bypassCSP`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const w = window as unknown as {
      axe: {
        run(
          context: Document,
          options: object,
        ): Promise<{
          violations: Array<{
            id: string;
            impact: string | null;
            nodes: Array<{ target: unknown[]; failureSummary?: string }>;
          }>;
        }>;
      };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact ?? 'n/a'}): ${JSON.stringify(n.target)} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
      ),
    );
  }, AXE_TAGS);
  return violations;
}

/** Asserts that axe-core finds no violation on the page; `where` names the page in a failure. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
}

/** What a form submission led to: the POST's status and the page the browser ended on. */
export interface Submission {
  /** Status of the POST itself (303 for PRG, or the error page's status). */
  postStatus: number;
  /** The final document's response (after any redirect). */
  response: Response;
}

/**
 * Clicks a submit button and waits until the browser has loaded the resulting document (the
 * redirect target, or the error page the POST answered with at the same URL).
 */
export async function submit(page: Page, selector: string): Promise<Submission> {
  const [response] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
  if (!response) throw new Error(`no navigation after clicking ${selector}`);
  let request = response.request();
  while (request.redirectedFrom()) request = request.redirectedFrom()!;
  if (request.method() !== 'POST') throw new Error(`${selector} did not POST`);
  const post = await request.response();
  return { postStatus: post?.status() ?? 0, response };
}

/** The flash messages on the page as `kind: text`. */
export async function flashes(page: Page): Promise<string[]> {
  return page
    .locator('#flash p.flash')
    .evaluateAll((ps) =>
      ps.map((p) => `${p.className.replace(/^flash flash-/, '')}: ${p.textContent ?? ''}`),
    );
}

/** The password checklist as `rule id → data-state`. */
export async function checklist(page: Page): Promise<Record<string, string>> {
  return page
    .locator('#password-policy li')
    .evaluateAll((lis) =>
      Object.fromEntries(
        lis.map((li) => [
          (li as HTMLElement).dataset.rule ?? '?',
          (li as HTMLElement).dataset.state ?? '?',
        ]),
      ),
    );
}

/** The rule texts of the checklist items whose state is `state`, in page order. */
export async function checklistTexts(page: Page, state: string): Promise<string[]> {
  return page.locator(`#password-policy li[data-state="${state}"] .rule-text`).allTextContents();
}

/** The error summary's links as `href → text`. */
export async function errorSummary(page: Page): Promise<[string, string][]> {
  return page
    .locator('#error-summary a')
    .evaluateAll((as) => as.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? '']));
}

/** Id of the focused element. */
export async function focusedId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.id ?? null);
}

/**
 * Collects what the page reports as errors (script errors, CSP violations, console errors) so a
 * test can assert there were none. Failed loads of an error page's own status are expected.
 */
export function watchErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('pageerror', (err) => seen.push(`pageerror: ${err.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (
      /^Failed to load resource: the server responded with a status of (403|404|503)/.test(m.text())
    )
      return;
    seen.push(`console: ${m.text()}`);
  });
  return seen;
}

/** The confirmation a finished flow shows: its title, whether it has focus, and its next step. */
export async function confirmation(
  page: Page,
): Promise<{ title: string; focused: boolean; next: [string, string] }> {
  return page.evaluate(() => {
    const panel = document.getElementById('confirmation');
    const next = document.getElementById('next-step');
    return {
      title: document.getElementById('confirmation-title')?.textContent ?? '',
      focused: panel !== null && document.activeElement === panel,
      next: [next?.getAttribute('href') ?? '', next?.textContent ?? ''] as [string, string],
    };
  });
}

/** Fills and submits the portal's sign-on form (`#signon-form`). */
export async function signOn(page: Page, username: string, password: string): Promise<void> {
  await page.fill('#username', username);
  await page.fill('#password', password);
  await submit(page, '#signon-submit');
}

/**
 * Registers a new account through `/register` (both password fields) on the portal at
 * `portalUrl`; ends on the "check your e-mail" page (`REGISTRATION_VERIFY_EMAIL=true`).
 */
export async function registerToVerify(
  page: Page,
  portalUrl: string,
): Promise<{ username: string; email: string; password: string }> {
  const username = `b${unique()}`;
  const email = `${username}@example.com`;
  const password = strongPassword();
  await page.goto('/register');
  await page.fill('#username', username);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.fill('#confirmPassword', password);
  const result = await submit(page, '#register-submit');
  expect([result.postStatus, page.url()]).toEqual([303, `${portalUrl}/register/verify`]);
  return { username, email, password };
}
