/**
 * A real portal listener and a real PingOne Local, with the PingOne client's transport wrapped so
 * every outbound call is recorded (the security checklist's H-STUB), can be held back, hung, or
 * answered by the test (faults PingOne Local cannot produce, such as a 200 with malformed JSON).
 * Used by the security tests in test/portal (docs/security.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startPingOneLocal } from '../../src/local/index.js';
import { createPingOneClient } from '../../src/pingone/index.js';
import { buildPortal } from '../../src/portal/app.js';
import { loadConfig } from '../../src/portal/config.js';
import { createLogger } from '../../src/portal/server.js';
import { Browser, type Harness, type Page, SESSION_SECRET, unique } from '../portal/harness.js';

/** One outbound PingOne request as the recording transport saw it. */
export interface Call {
  method: string;
  /** Path below `/environments/{env}` (or the token path). */
  path: string;
  filter: string | null;
  contentType: string | null;
  body: unknown;
}

export interface Recorded extends Harness {
  calls: Call[];
  /** When set, answers a call instead of PingOne Local (return undefined to pass through). */
  intercept: ((call: Call) => Response | undefined) | null;
  /** When set, every call waits for this promise before it is sent. */
  hold: Promise<void> | null;
  /** When it returns true, the call never gets an answer (until its signal aborts). */
  hang: ((call: Call) => boolean) | null;
}

/**
 * Starts PingOne Local and a portal whose PingOne client goes through the recording transport.
 * `env` overrides the portal settings. `timeoutMs` is the client's per-attempt timeout: generous by
 * default, since a cold PingOne Local on a loaded machine can take seconds to answer its first
 * user import.
 */
export async function startRecorded(
  env: Record<string, string> = {},
  options: { timeoutMs?: number } = {},
): Promise<Recorded> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-sec-'));
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
    AUTH_FAILURE_FLOOR_MS: '1',
    RECOVERY_RESEND_COOLDOWN_SECONDS: '0',
    RATE_LIMIT_IP_PER_MINUTE: '1000',
    RATE_LIMIT_ACCOUNT_PER_HOUR: '1000',
    LOG_LEVEL: 'debug',
    // As in test/support/stack.ts: these suites register in one step.
    REGISTRATION_VERIFY_EMAIL: 'false',
    ...env,
  });
  const logs: string[] = [];
  const logger = createLogger(config.logLevel, {
    write(line: string) {
      logs.push(line);
    },
  });
  const envPrefix = `/v1/environments/${local.environmentId}`;
  const rec = { calls: [] as Call[], intercept: null, hold: null, hang: null } as Pick<
    Recorded,
    'calls' | 'intercept' | 'hold' | 'hang'
  >;
  const recordingFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const headers = new Headers(init?.headers);
    let body: unknown = null;
    if (typeof init?.body === 'string') {
      try {
        body = JSON.parse(init.body);
      } catch {
        body = init.body;
      }
    }
    const call: Call = {
      method: init?.method ?? 'GET',
      path: url.pathname.startsWith(envPrefix)
        ? url.pathname.slice(envPrefix.length)
        : url.pathname,
      filter: url.searchParams.get('filter'),
      contentType: headers.get('content-type'),
      body,
    };
    rec.calls.push(call);
    if (rec.hold) await rec.hold;
    if (rec.hang?.(call)) {
      const signal = init?.signal;
      return new Promise<Response>((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    const answer = rec.intercept?.(call);
    return answer ?? fetch(input, init);
  };
  const client = createPingOneClient({
    environmentId: local.environmentId,
    clientId: local.clientId,
    clientSecret: local.clientSecret,
    apiBaseUrl: local.apiBaseUrl,
    authBaseUrl: local.authBaseUrl,
    timeoutMs: options.timeoutMs ?? 10_000,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    fetch: recordingFetch,
  });
  const app = await buildPortal({ config, client, logger, sessionSecret: SESSION_SECRET });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return Object.assign(rec, {
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
  }) as Recorded;
}

/** A raw HTTP request (for methods `fetch` refuses, such as TRACE). */
export function rawRequest(base: string, method: string, path: string): Promise<Page> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers = new Headers();
        for (const [k, v] of Object.entries(res.headers)) {
          if (typeof v === 'string') headers.set(k, v);
        }
        resolve({
          status: res.statusCode ?? 0,
          headers,
          body: Buffer.concat(chunks).toString('utf8'),
          setCookies: (res.headers['set-cookie'] as string[] | undefined) ?? [],
        });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Calls to the Management API (token requests left out). */
export function apiCalls(calls: Call[]): Call[] {
  return calls.filter((c) => !c.path.endsWith('/as/token'));
}

export const CSRF_TEXT =
  'For your security, please go back, reload the page and submit the form again.';
export const BAD_REQUEST_TEXT = 'Please go back and use the form on the page.';
export const UNAVAILABLE_TEXT =
  'We could not reach the account service. Nothing has been changed. Please try again in a few minutes.';
export const CREDENTIALS_TEXT =
  'The username or password is incorrect, or this account cannot change its password here (it may be locked, or have no password yet). Check what you typed, or recover your password.';

/** Forgets the previous test's faults, interceptions and pending background tasks. */
export async function resetRecorded(h: Recorded): Promise<void> {
  await h.drain();
  await fetch(`${h.local.baseUrl}/_local/faults`, { method: 'DELETE' });
  h.intercept = null;
  h.hold = null;
  h.hang = null;
}

/** A browser with a recovery flow in its session (for an account that does not exist). */
export async function withFlow(h: Recorded): Promise<Browser> {
  const b = new Browser(h.url);
  await b.get('/password/forgot');
  await b.post('/password/forgot', { username: `flow${unique()}` });
  await h.drain();
  await b.get('/password/recover');
  return b;
}

/**
 * One recorded portal for the calling test file: started before its tests, reset before each
 * test, closed after them. The object returned forwards to that portal, so it is usable from the
 * first test on (not at the top level of the file).
 */
export function useRecordedPortal(): Recorded {
  let current: Recorded | undefined;
  beforeAll(async () => {
    current = await startRecorded();
  });
  afterAll(async () => {
    await current?.close();
  });
  beforeEach(async () => {
    if (current) await resetRecorded(current);
  });
  const started = (): Recorded => {
    if (!current) throw new Error('the recorded portal starts in beforeAll');
    return current;
  };
  return new Proxy({} as Recorded, {
    get: (_target, key) => Reflect.get(started(), key),
    set: (_target, key, value) => Reflect.set(started(), key, value),
    has: (_target, key) => Reflect.has(started(), key),
  });
}
