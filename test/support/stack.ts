/**
 * The one way the suites start the stack under test: a real PingOne Local (a SQLite file in a
 * fresh temp directory, 127.0.0.1, port 0, cheap Argon2) with helpers for its `/_local/` developer
 * API, and a real portal listener wired to it. `test/local`, `test/integration`, `test/portal` and
 * `test/browser` wrap these in their own harnesses.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Fault, FaultRule } from '../../src/local/dev/index.js';
import {
  buildPingOneLocal,
  type LocalHandle,
  type LocalOptions,
  type RunningLocal,
} from '../../src/local/index.js';
import {
  createPingOneClient,
  type PingOneClient,
  type PingOneClientOptions,
} from '../../src/pingone/index.js';
import { buildPortal } from '../../src/portal/app.js';
import { loadConfig } from '../../src/portal/config.js';
import { createLogger } from '../../src/portal/server.js';

export type { Fault, FaultRule };

/** Argon2 as cheap as the option allows: the suites are not about hashing cost. */
export const CHEAP_ARGON2 = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/** Options of {@link startLocal}: where it listens is not negotiable (127.0.0.1, port 0). */
export type TestLocalOptions = Omit<LocalOptions, 'host' | 'port'>;

/** A running PingOne Local, its internals and its temp directory. */
export interface LocalFixture {
  local: RunningLocal;
  /** Internals (store, mailbox, clock) for assertions the HTTP API cannot make. */
  handle: LocalHandle;
  /** The temp directory {@link LocalFixture.close} removes. */
  dir: string;
  /** The SQLite file in use. */
  dbPath: string;
  /** Stops the server and removes the temp directory. */
  close(): Promise<void>;
}

/**
 * Starts PingOne Local on 127.0.0.1 (port 0) over a SQLite file in a new temp directory (unless
 * `options.dbPath` names another file), with {@link CHEAP_ARGON2} unless `options.argon2` is given.
 */
export async function startLocal(options: TestLocalOptions = {}): Promise<LocalFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'pingone-local-test-'));
  const dbPath = options.dbPath ?? join(dir, 'local.sqlite');
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  let app: Awaited<ReturnType<typeof buildPingOneLocal>>;
  try {
    // Built and listened here rather than through `startPingOneLocal` (covered by
    // test/local/integration.test.ts) because tests need the handle it does not return.
    app = await buildPingOneLocal({ ...options, dbPath, argon2: options.argon2 ?? CHEAP_ARGON2 });
    await app.listen({ host: '127.0.0.1', port: 0 }).catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
  } catch (error) {
    removeDir();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const handle = app.pingoneLocal;
  handle.setBaseUrl(baseUrl);
  const local: RunningLocal = {
    baseUrl,
    apiBaseUrl: `${baseUrl}/v1`,
    authBaseUrl: baseUrl,
    environmentId: handle.environmentId,
    clientId: handle.clientId,
    clientSecret: handle.clientSecret,
    clock: handle.clock,
    close: () => app.close(),
  };
  return {
    local,
    handle,
    dir,
    dbPath,
    async close() {
      await app.close();
      removeDir();
    },
  };
}

/** The Worker app's connection settings for `createPingOneClient`. */
export function localClientOptions(
  local: RunningLocal,
): Pick<
  PingOneClientOptions,
  'environmentId' | 'clientId' | 'clientSecret' | 'apiBaseUrl' | 'authBaseUrl'
> {
  return {
    environmentId: local.environmentId,
    clientId: local.clientId,
    clientSecret: local.clientSecret,
    apiBaseUrl: local.apiBaseUrl,
    authBaseUrl: local.authBaseUrl,
  };
}

// ---------------------------------------------------------------------------------------------
// The developer API (`/_local/`)

/** What the dev-API helpers talk to: a running PingOne Local, or anything holding one as `local`. */
export type LocalTarget = Pick<RunningLocal, 'baseUrl'> | { local: Pick<RunningLocal, 'baseUrl'> };

/** One stored e-mail, as `GET /_local/mail` returns it. */
export interface StoredMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  sentAt: string;
}

async function devApi<T>(
  target: LocalTarget,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const baseUrl = 'local' in target ? target.local.baseUrl : target.baseUrl;
  const res = await fetch(`${baseUrl}/_local/${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 300) {
    // Without the query: it may hold an e-mail address.
    const where = path.split('?')[0];
    throw new Error(`dev API ${method} /_local/${where} answered ${res.status}: ${text}`);
  }
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** Messages sent to `to`, newest first (`GET /_local/mail?to=`). */
export function readMailbox(target: LocalTarget, to: string): Promise<StoredMail[]> {
  return devApi<StoredMail[]>(target, 'GET', `mail?to=${encodeURIComponent(to)}`);
}

/** The recovery code in the newest message to `to` (its 8-character line), or `null`. */
export async function findRecoveryCode(target: LocalTarget, to: string): Promise<string | null> {
  const [newest] = await readMailbox(target, to);
  return newest ? (/^([A-Z0-9]{8})$/m.exec(newest.text)?.[1] ?? null) : null;
}

/**
 * The recovery code of the newest message to `to`; throws when there is none, when that message
 * holds no code line, or when its subject is not `options.subject` (if given).
 */
export async function latestRecoveryCode(
  target: LocalTarget,
  to: string,
  options: { subject?: string } = {},
): Promise<string> {
  const [newest] = await readMailbox(target, to);
  if (!newest) throw new Error('no mail for this address');
  if (options.subject !== undefined && newest.subject !== options.subject) {
    throw new Error(`the newest mail is not "${options.subject}"`);
  }
  const match = /^([A-Z0-9]{8})$/m.exec(newest.text);
  if (!match) throw new Error('the newest mail holds no 8-character code line');
  return match[1]!;
}

/** Advances PingOne Local's clock (`POST /_local/clock`). */
export function advanceClock(
  target: LocalTarget,
  seconds: number,
): Promise<{ now: string; offsetSeconds: number }> {
  return devApi(target, 'POST', 'clock', { advanceSeconds: seconds });
}

/**
 * A fault rule to submit. `action` is typed loosely on purpose: tests build actions from tables,
 * and the dev API checks every rule itself (a bad one makes {@link addFault} throw with its 400).
 */
export type FaultRuleInput = Omit<FaultRule, 'action'> & {
  action: FaultRule['action'] | Record<string, unknown>;
};

/** Adds a fault rule (`POST /_local/faults`); returns the stored rule. */
export function addFault(target: LocalTarget, rule: FaultRuleInput): Promise<Fault> {
  return devApi(target, 'POST', 'faults', rule);
}

/** Active fault rules, oldest first (`GET /_local/faults`). */
export function listFaults(target: LocalTarget): Promise<Fault[]> {
  return devApi(target, 'GET', 'faults');
}

/** Removes every fault rule (`DELETE /_local/faults`). */
export async function clearFaults(target: LocalTarget): Promise<void> {
  await devApi(target, 'DELETE', 'faults');
}

// ---------------------------------------------------------------------------------------------
// The portal

/**
 * Portal settings every test stack starts from: no artificial delays, generous rate limits, and
 * new passwords typed twice (`CONFIRM_PASSWORD=true`; test/browser/confirm-password.test.ts runs
 * the default, `false`).
 */
export const TEST_PORTAL_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'test',
  CONFIRM_PASSWORD: 'true',
  HOST: '127.0.0.1',
  PORT: '0',
  AUTH_FAILURE_FLOOR_MS: '0',
  RECOVERY_RESEND_COOLDOWN_SECONDS: '0',
  RATE_LIMIT_IP_PER_MINUTE: '1000',
  RATE_LIMIT_ACCOUNT_PER_HOUR: '1000',
  LOG_LEVEL: 'info',
  // The suites written before e-mail verification register in one step; the verification
  // suites (test/portal/verify.test.ts, test/browser/verify.test.ts) turn it on.
  REGISTRATION_VERIFY_EMAIL: 'false',
};

/** Options of {@link startPortal} and {@link startStack}. */
export interface PortalOptions {
  /** The session secret (also given to the config as `SESSION_SECRET`). */
  sessionSecret: string;
  /** Overrides of {@link TEST_PORTAL_ENV}. */
  env?: Record<string, string>;
  /** The PingOne client's per-request timeout. Default 15 s. */
  timeoutMs?: number;
  /** The portal's clock. */
  now?: () => number;
}

/** A portal listening on 127.0.0.1. */
export interface RunningPortal {
  app: FastifyInstance;
  /** The PingOne client the portal uses. */
  client: PingOneClient;
  /** The portal's base URL. */
  url: string;
  /** Portal log lines (JSON), for checking what was logged. */
  logs: string[];
  /** Waits for the portal's background tasks (recovery e-mails). */
  drain(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the portal on 127.0.0.1 (port 0) against `local`. */
export async function startPortal(
  local: RunningLocal,
  options: PortalOptions,
): Promise<RunningPortal> {
  const config = loadConfig({
    ...TEST_PORTAL_ENV,
    SESSION_SECRET: options.sessionSecret,
    ...options.env,
  });
  const logs: string[] = [];
  const logger = createLogger(config.logLevel, {
    write(line: string) {
      logs.push(line);
    },
  });
  const client = createPingOneClient({
    ...localClientOptions(local),
    timeoutMs: options.timeoutMs ?? 15_000,
    // Few, fast retries: an injected 503 must reach the user quickly, not after back-off.
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
  });
  const app = await buildPortal({
    config,
    client,
    logger,
    sessionSecret: options.sessionSecret,
    ...(options.now ? { now: options.now } : {}),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    client,
    url: `http://127.0.0.1:${port}`,
    logs,
    drain: () => app.portal.tasks.drain(),
    close: () => app.close(),
  };
}

/** A portal and its own PingOne Local. */
export interface Stack extends RunningPortal {
  local: RunningLocal;
  /** Stops the portal, then PingOne Local, and removes the temp directory. */
  close(): Promise<void>;
}

/**
 * Starts PingOne Local, then the portal against it. `env` may be computed from the running Local
 * (to create populations first, say).
 */
export async function startStack(
  options: Omit<PortalOptions, 'env'> & {
    env?: Record<string, string> | ((local: RunningLocal) => Promise<Record<string, string>>);
  },
): Promise<Stack> {
  const fixture = await startLocal();
  try {
    const env = typeof options.env === 'function' ? await options.env(fixture.local) : options.env;
    const portal = await startPortal(fixture.local, { ...options, env: env ?? {} });
    return {
      ...portal,
      local: fixture.local,
      async close() {
        await portal.close();
        await fixture.close();
      },
    };
  } catch (error) {
    await fixture.close();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Test data and lifecycle

/**
 * Applies `Set-Cookie` lines to a cookie jar as a browser would: a value sets, an empty value or
 * `Max-Age=0` deletes.
 */
export function keepCookies(jar: Map<string, string>, setCookies: string[]): void {
  for (const sc of setCookies) {
    const [pair = ''] = sc.split(';');
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (/max-age=0/i.test(sc) || value === '') jar.delete(name);
    else jar.set(name, value);
  }
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

/** Creates a user with a password (not to be changed) directly in PingOne Local. */
export async function createUser(
  h: { client: PingOneClient },
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

/** Disables a user in PingOne Local (`PUT /users/{id}/enabled`, with the worker token). */
export async function disableUser(
  h: { client: PingOneClient; local: Pick<RunningLocal, 'apiBaseUrl' | 'environmentId'> },
  userId: string,
): Promise<void> {
  const res = await fetch(
    `${h.local.apiBaseUrl}/environments/${h.local.environmentId}/users/${userId}/enabled`,
    {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${await h.client.getAccessToken()}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ enabled: false }),
    },
  );
  if (!res.ok) throw new Error(`disabling ${userId} answered ${res.status}`);
}

/**
 * Starts a fixture once for the calling test file, or `describe` block, in `beforeAll` and closes
 * it in `afterAll`. The object returned is filled in by that `beforeAll`, which runs before the
 * hooks registered after this call: use it only inside hooks and tests.
 */
export function useFixture<T extends { close(): Promise<void> }>(start: () => Promise<T>): T {
  const fixture = {} as T;
  let started = false;
  beforeAll(async () => {
    Object.assign(fixture as object, await start());
    started = true;
  });
  afterAll(async () => {
    if (started) await fixture.close();
  });
  return fixture;
}
