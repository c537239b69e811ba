/**
 * Test harness: a real PingOne Local (temp SQLite, cheap Argon2) and a real portal listener on
 * 127.0.0.1 with port 0, plus a tiny cookie-keeping HTTP "browser" and helpers for the dev API.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { startPingOneLocal } from '../../src/local/index.js';
import { createPingOneClient, type PingOneClient } from '../../src/pingone/index.js';
import { buildPortal } from '../../src/portal/app.js';
import { loadConfig } from '../../src/portal/config.js';
import { createLogger } from '../../src/portal/server.js';

export const SESSION_SECRET = 'test-session-secret-0123456789abcdef';

type RunningLocal = Awaited<ReturnType<typeof startPingOneLocal>>;

/** A portal wired to its own PingOne Local. */
export interface Harness {
  local: RunningLocal;
  app: FastifyInstance;
  client: PingOneClient;
  url: string;
  logs: string[];
  /** Waits for background tasks (recovery e-mails). */
  drain(): Promise<void>;
  close(): Promise<void>;
}

/** Starts PingOne Local and the portal. `env` overrides the test defaults. */
export async function startHarness(
  env: Record<string, string> | ((local: RunningLocal) => Promise<Record<string, string>>) = {},
  options: { now?: () => number; timeoutMs?: number } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-test-'));
  const local = await startPingOneLocal({
    dbPath: join(dir, 'local.sqlite'),
    port: 0,
    host: '127.0.0.1',
    argon2: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  });
  const overrides = typeof env === 'function' ? await env(local) : env;
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    SESSION_SECRET,
    AUTH_FAILURE_FLOOR_MS: '0',
    RECOVERY_RESEND_COOLDOWN_SECONDS: '0',
    RATE_LIMIT_IP_PER_MINUTE: '1000',
    RATE_LIMIT_ACCOUNT_PER_HOUR: '1000',
    POLICY_CACHE_SECONDS: '60',
    LOG_LEVEL: 'debug',
    ...overrides,
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
    timeoutMs: options.timeoutMs ?? 15_000,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
  });
  const app = await buildPortal({
    config,
    client,
    logger,
    sessionSecret: SESSION_SECRET,
    ...(options.now ? { now: options.now } : {}),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    local,
    app,
    client,
    url: `http://127.0.0.1:${port}`,
    logs,
    drain: () => app.portal.tasks.drain(),
    async close() {
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
  h: Harness,
  overrides: { username?: string; email?: string; password?: string } = {},
): Promise<{ id: string; username: string; email: string; password: string }> {
  const username = overrides.username ?? `user${unique()}`;
  const email = overrides.email ?? `${username}@example.com`;
  const password = overrides.password ?? strongPassword();
  const user = await h.client.users.import({
    username,
    email,
    password: { value: password, forceChange: false },
  });
  return { id: user.id, username, email, password };
}

/** The newest mail to `to` in PingOne Local's mailbox. */
export async function mailTo(h: Harness, to: string): Promise<{ subject: string; text: string }[]> {
  const res = await fetch(`${h.local.baseUrl}/_local/mail?to=${encodeURIComponent(to)}`);
  return (await res.json()) as { subject: string; text: string }[];
}

/** The recovery code in the newest mail to `to`, or null. */
export async function recoveryCode(h: Harness, to: string): Promise<string | null> {
  const [mail] = await mailTo(h, to);
  return mail ? (/^\s*([A-Z0-9]{8})\s*$/m.exec(mail.text)?.[1] ?? null) : null;
}

/** Adds a PingOne Local fault rule. */
export async function addFault(
  h: Harness,
  rule: { method: string; path: string; count: number; action: Record<string, unknown> },
): Promise<void> {
  const res = await fetch(`${h.local.baseUrl}/_local/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rule),
  });
  if (res.status !== 201) throw new Error(`fault rule refused: ${res.status} ${await res.text()}`);
}

/** A response as the tests look at it. */
export interface Page {
  status: number;
  headers: Headers;
  body: string;
  setCookies: string[];
}

/** A cookie-keeping HTTP client (no redirects followed). */
export class Browser {
  readonly cookies = new Map<string, string>();
  lastBody = '';
  constructor(
    readonly base: string,
    readonly defaultHeaders: Record<string, string> = {},
  ) {}

  async request(
    method: string,
    path: string,
    body?: string,
    headers: Record<string, string> = {},
  ): Promise<Page> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${this.base}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...this.defaultHeaders,
        ...(cookie ? { cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body } : {}),
    });
    const setCookies = res.headers.getSetCookie();
    for (const sc of setCookies) {
      const [pair = ''] = sc.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0/i.test(sc) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    if ((res.headers.get('content-type') ?? '').startsWith('text/html')) this.lastBody = text;
    return { status: res.status, headers: res.headers, body: text, setCookies };
  }

  get(path: string, headers?: Record<string, string>): Promise<Page> {
    return this.request('GET', path, undefined, headers);
  }

  /** The CSRF token of the last HTML page. */
  csrf(): string {
    const m = /name="_csrf" value="([^"]+)"/.exec(this.lastBody);
    if (!m?.[1]) throw new Error('no CSRF token on the last page');
    return m[1];
  }

  /**
   * POSTs a form. The CSRF token of the last page is added unless `csrf` is given (`null`
   * sends none).
   */
  post(
    path: string,
    fields: Record<string, string | string[]>,
    options: { csrf?: string | null; headers?: Record<string, string> } = {},
  ): Promise<Page> {
    const params = new URLSearchParams();
    const token = options.csrf === undefined ? this.csrf() : options.csrf;
    if (token !== null) params.append('_csrf', token);
    for (const [k, v] of Object.entries(fields)) {
      for (const item of Array.isArray(v) ? v : [v]) params.append(k, item);
    }
    return this.request('POST', path, params.toString(), options.headers);
  }
}

/** Normalises a page for SAME() comparisons: CSRF tokens and reference ids removed. */
export function normalise(body: string): string {
  return body
    .replace(/name="_csrf" value="[^"]+"/g, 'name="_csrf" value="*"')
    .replace(/<code id="error-reference">[^<]+<\/code>/g, '<code id="error-reference">*</code>');
}

/** Set-Cookie names and attributes without values. */
export function cookieShapes(setCookies: string[]): string[] {
  return setCookies.map((sc) => sc.replace(/=[^;]*/, '=*')).sort();
}

/** Text of an element by id (first match), tags stripped. */
export function textOf(body: string, id: string): string | null {
  const m = new RegExp(`id="${id}"[^>]*>([\\s\\S]*?)</`).exec(body);
  return m?.[1] ? m[1].replace(/<[^>]+>/g, '').trim() : null;
}

/** Creates a population in PingOne Local (worker token) and returns its id. */
export async function createPopulation(
  local: RunningLocal,
  body: { name: string; description?: string; passwordPolicy?: { id: string } },
): Promise<string> {
  const client = createPingOneClient({
    environmentId: local.environmentId,
    clientId: local.clientId,
    clientSecret: local.clientSecret,
    apiBaseUrl: local.apiBaseUrl,
    authBaseUrl: local.authBaseUrl,
  });
  const res = await fetch(`${local.apiBaseUrl}/environments/${local.environmentId}/populations`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await client.getAccessToken()}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`population refused: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}
