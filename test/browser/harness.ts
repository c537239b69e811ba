/**
 * Browser test harness: a real PingOne Local (temp SQLite, cheap Argon2), a real portal listener
 * on 127.0.0.1 (port 0) pointed at it, and Debian's chromium driven by playwright-core. One
 * `BrowserHarness` per test file; a fresh browser context per test.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
  type Response,
} from 'playwright-core';
import { startPingOneLocal } from '../../src/local/index.js';
import { createPingOneClient, type PingOneClient } from '../../src/pingone/index.js';
import { buildPortal } from '../../src/portal/app.js';
import { loadConfig } from '../../src/portal/config.js';
import { createLogger } from '../../src/portal/server.js';

/** Where Debian installs chromium (`apt-get install chromium`); `.ci/run` installs it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
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

type RunningLocal = Awaited<ReturnType<typeof startPingOneLocal>>;

/** A portal, its PingOne Local and a browser, for one test file. */
export interface BrowserHarness {
  local: RunningLocal;
  app: FastifyInstance;
  client: PingOneClient;
  browser: Browser;
  /** The portal's base URL. */
  url: string;
  /** Portal log lines (JSON), for checking what was logged. */
  logs: string[];
  /** A fresh context (own cookies) whose relative URLs resolve against the portal. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Waits for the portal's background tasks (recovery e-mails). */
  drain(): Promise<void>;
  close(): Promise<void>;
}

/** Starts PingOne Local, the portal (`env` overrides the test settings) and chromium. */
export async function startBrowserHarness(
  env: Record<string, string> = {},
): Promise<BrowserHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-browser-'));
  const local = await startPingOneLocal({
    dbPath: join(dir, 'local.sqlite'),
    port: 0,
    host: '127.0.0.1',
    argon2: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  });
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    SESSION_SECRET,
    AUTH_FAILURE_FLOOR_MS: '0',
    RECOVERY_RESEND_COOLDOWN_SECONDS: '0',
    RATE_LIMIT_IP_PER_MINUTE: '1000',
    RATE_LIMIT_ACCOUNT_PER_HOUR: '1000',
    LOG_LEVEL: 'info',
    ...env,
  });
  const logs: string[] = [];
  const logger = createLogger(config.logLevel, {
    write(line: string) {
      logs.push(line);
    },
  });
  const client = createPingOneClient({
    environmentId: local.environmentId,
    clientId: local.clientId,
    clientSecret: local.clientSecret,
    apiBaseUrl: local.apiBaseUrl,
    authBaseUrl: local.authBaseUrl,
    timeoutMs: 15_000,
    // Few, fast retries: an injected 503 must reach the user quickly, not after back-off.
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
  });
  const app = await buildPortal({
    config,
    client,
    logger,
    sessionSecret: SESSION_SECRET,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    local,
    app,
    client,
    browser,
    url,
    logs,
    newContext: (options = {}) => browser.newContext({ baseURL: url, locale: 'en-GB', ...options }),
    drain: () => app.portal.tasks.drain(),
    async close() {
      await browser.close();
      await app.close();
      await local.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A unique suffix for test data. */
export function unique(): string {
  return randomUUID().replace(/-/g, '').slice(0, 10);
}

/** A password that satisfies PingOne's Standard policy and contains no profile data. */
export function strongPassword(): string {
  // Pairs separated by dots: never three equal characters in a row (maxRepeatedCharacters).
  return `Qx7!vL-${unique()
    .match(/.{1,2}/g)!
    .join('.')}-mZ`;
}

/** Creates a user with a password directly in PingOne Local. */
export async function createUser(
  h: BrowserHarness,
): Promise<{ id: string; username: string; email: string; password: string }> {
  const username = `user${unique()}`;
  const email = `${username}@example.com`;
  const password = strongPassword();
  const user = await h.client.users.import({
    username,
    email,
    password: { value: password, forceChange: false },
  });
  return { id: user.id, username, email, password };
}

/** A message in PingOne Local's mailbox. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
}

/** Messages to `to`, newest first (PingOne Local's `GET /_local/mail`). */
export async function mailTo(h: BrowserHarness, to: string): Promise<Mail[]> {
  const res = await fetch(`${h.local.baseUrl}/_local/mail?to=${encodeURIComponent(to)}`);
  if (res.status !== 200) throw new Error(`mailbox answered ${res.status}`);
  return (await res.json()) as Mail[];
}

/** The recovery code in the newest mail to `to` (after the background send finished). */
export async function recoveryCode(h: BrowserHarness, to: string): Promise<string> {
  await h.drain();
  const [mail] = await mailTo(h, to);
  if (mail?.subject !== 'Your password recovery code') throw new Error('no recovery mail');
  // PingOne Local puts the code alone on its own line of the text part.
  const code = /^([A-Z0-9]{8})$/m.exec(mail.text)?.[1];
  if (!code) throw new Error('no recovery code in the newest mail');
  return code;
}

/** Moves PingOne Local's clock forward (`POST /_local/clock`). */
export async function advanceClock(h: BrowserHarness, seconds: number): Promise<void> {
  const res = await fetch(`${h.local.baseUrl}/_local/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceSeconds: seconds }),
  });
  if (res.status !== 200) throw new Error(`clock refused: ${res.status}`);
}

/** Adds a PingOne Local fault rule (`POST /_local/faults`). */
export async function addFault(
  h: BrowserHarness,
  rule: { method: string; path: string; count: number; action: Record<string, unknown> },
): Promise<void> {
  const res = await fetch(`${h.local.baseUrl}/_local/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rule),
  });
  if (res.status !== 201) throw new Error(`fault rule refused: ${res.status}`);
}

/** Removes every fault rule. */
export async function clearFaults(h: BrowserHarness): Promise<void> {
  await fetch(`${h.local.baseUrl}/_local/faults`, { method: 'DELETE' });
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
