/**
 * The portal under load: starting it (`node scripts/run.cjs main`, the `npm start` code path),
 * browser-like form flows over fetch with a cookie jar, and the load loops.
 */

import autocannon from 'autocannon';
import { threadPoolSize } from '../scripts/thread-pool.cjs';
import { formatCpuList } from './affinity.js';
import type { BenchContext } from './context.js';
import { type HttpAnswer, HttpClient } from './http-client.js';
import { CookieJar, csrfToken, newPassword, type Outcome, recoveryCodeFrom } from './lib.js';
import { type Proc, sleep } from './processes.js';

const SESSION_SECRET = 'benchmark-session-secret-0123456789abcdef';

export function portalEnv(
  dataDir: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    SESSION_SECRET,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // Security stays on; only the limits are raised so that one load generator is not throttled.
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    RATE_LIMIT_ACCOUNT_PER_HOUR: '1000000',
    RECOVERY_CODES_PER_DAY: '45',
    RECOVERY_RESEND_COOLDOWN_SECONDS: '0',
    // P2, P7 and P9 measure the one-step registration they were defined with (a POST /register
    // that ends signed up); the e-mail verification step is measured by none of them yet.
    REGISTRATION_VERIFY_EMAIL: 'false',
    // P1's sign-on page and P9's sign-ins use the portal's own page on PingOne's Flows API.
    SIGNON_PAGE: 'portal',
    ...extra,
  };
}

export interface Portal {
  proc: Proc;
  url: string;
  localUrl: string;
}

export async function startPortal(
  ctx: BenchContext,
  dataDir: string,
  extra: Record<string, string> = {},
): Promise<Portal> {
  const proc = ctx.startServer('portal', ['scripts/run.cjs', 'main'], portalEnv(dataDir, extra));
  const [, url] = await proc.waitFor(/^Portal:\s+(http:\/\/\S+?)\/?$/);
  const [, localUrl] = await proc.waitFor(/^PingOne Local \(embedded\): (http:\/\/\S+)$/);
  return { proc, url: url!, localUrl: localUrl! };
}

/** An autocannon run of the configured length that must see only 2xx answers. */
export async function cannon(
  ctx: BenchContext,
  opts: autocannon.Options,
): Promise<autocannon.Result> {
  const result = await autocannon({ ...opts, duration: ctx.settings.seconds });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${opts.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  }
  return result;
}

/**
 * GET `url` and the redirects it leads to, as a browser: one cookie jar per origin (the portal and
 * PingOne Local are two ports of 127.0.0.1). Returns where it landed and the cookies of that origin.
 */
export async function browse(
  url: string,
): Promise<{ url: string; status: number; body: string; cookie: string }> {
  const jars = new Map<string, CookieJar>();
  let current = url;
  for (let hop = 0; hop < 10; hop++) {
    const origin = new URL(current).origin;
    const jar = jars.get(origin) ?? new CookieJar();
    jars.set(origin, jar);
    const res = await fetch(current, { headers: { cookie: jar.header() }, redirect: 'manual' });
    jar.store(res.headers.getSetCookie());
    const body = await res.text();
    const location = res.headers.get('location');
    if (res.status < 300 || res.status > 399 || !location) {
      return { url: current, status: res.status, body, cookie: jar.header() };
    }
    current = new URL(location, current).href;
  }
  throw new Error(`too many redirects from ${url}`);
}

export async function page(base: string, path: string, jar: CookieJar): Promise<string> {
  const res = await fetch(base + path, { headers: { cookie: jar.header() }, redirect: 'manual' });
  jar.store(res.headers.getSetCookie());
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
  return body;
}

export async function post(
  base: string,
  path: string,
  jar: CookieJar,
  form: Record<string, string>,
): Promise<Outcome> {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: {
      cookie: jar.header(),
      origin: base,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(form).toString(),
    redirect: 'manual',
  });
  jar.store(res.headers.getSetCookie());
  return { status: res.status, location: res.headers.get('location'), body: await res.text() };
}

export interface Account {
  username: string;
  email: string;
  password: string;
}

let serial = 0;
export function newAccount(): Account {
  const n = `${process.pid}-${Date.now().toString(36)}-${serial++}`;
  return { username: `bench-${n}`, email: `bench-${n}@bench.example`, password: newPassword() };
}

/** Registers `account` through the form; a failure is counted in the results by outcome. */
export async function register(
  ctx: BenchContext,
  base: string,
  account: Account,
): Promise<boolean> {
  const client = portalClient(base);
  const jar = new CookieJar();
  const form = await client.request('GET', '/register');
  jar.store(setCookies(form));
  if (form.status !== 200) {
    ctx.results.failed('register', outcome(form));
    return false;
  }
  const res = await client.request(
    'POST',
    '/register',
    {
      cookie: jar.header(),
      origin: base,
      'content-type': 'application/x-www-form-urlencoded',
    },
    new URLSearchParams({
      _csrf: csrfToken(form.body),
      username: account.username,
      email: account.email,
      password: account.password,
      confirmPassword: account.password,
    }).toString(),
  );
  if (res.status === 303 && res.headers.location === '/') return true;
  ctx.results.failed('register', outcome(res));
  return false;
}

/**
 * The keep-alive client of each portal for {@link register}: P8's lean client
 * (bench/http-client.ts), not `fetch`, whose CPU on the shared cores (about 2 ms per
 * registration's two requests) the unpinned P2 row charged to the portal (docs/benchmarks.md).
 */
const portalClients = new Map<string, HttpClient>();
function portalClient(base: string): HttpClient {
  let client = portalClients.get(base);
  if (!client) {
    const url = new URL(base);
    client = new HttpClient(url.hostname, Number(url.port));
    portalClients.set(base, client);
  }
  return client;
}

function setCookies(a: HttpAnswer): string[] {
  const value = a.headers['set-cookie'];
  return Array.isArray(value) ? value : [];
}

function outcome(a: HttpAnswer): Outcome {
  const location = a.headers.location;
  return {
    status: a.status,
    location: typeof location === 'string' ? location : null,
    body: a.body,
  };
}

/** forgot → code from the mailbox API → recover with a new password. */
export async function recoverFlow(
  ctx: BenchContext,
  base: string,
  localUrl: string,
  account: Account,
): Promise<boolean> {
  const jar = new CookieJar();
  const forgot = await post(base, '/password/forgot', jar, {
    _csrf: csrfToken(await page(base, '/password/forgot', jar)),
    username: account.username,
  });
  if (forgot.status !== 303) {
    ctx.results.failed('forgot', forgot);
    return false;
  }
  let code: string | null = null;
  for (let i = 0; i < 500 && !code; i++) {
    const res = await fetch(
      `${localUrl}/_local/mail?to=${encodeURIComponent(account.email)}&limit=1`,
    );
    const mails = (await res.json()) as { text: string }[];
    if (mails.length > 0) code = recoveryCodeFrom(mails[0]!.text);
    else await sleep(10);
  }
  if (!code) {
    ctx.results.failed('mail: no recovery code');
    return false;
  }
  const password = newPassword();
  const recover = await post(base, '/password/recover', jar, {
    _csrf: csrfToken(await page(base, '/password/recover', jar)),
    recoveryCode: code,
    password,
    confirmPassword: password,
  });
  if (recover.status === 303 && recover.location === '/') return true;
  ctx.results.failed('recover', recover);
  return false;
}

/** Runs `task` from `concurrency` loops for `seconds`; returns successes per second. */
export async function sustain(
  concurrency: number,
  seconds: number,
  task: (i: number) => Promise<boolean>,
): Promise<{ perSecond: number; ok: number; failed: number }> {
  let ok = 0;
  let failed = 0;
  const end = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, i) => {
      while (Date.now() < end) {
        if (await task(i)) ok++;
        else failed++;
      }
    }),
  );
  return { perSecond: ok / ((Date.now() - started) / 1000), ok, failed };
}

/**
 * The size of libuv's thread pool in the servers the bench starts (`scripts/run.cjs` sets it from
 * the CPUs they may use when they start, as this process may use now).
 */
export const SERVER_THREAD_POOL = threadPoolSize();

/**
 * Argon2id hashes per second in a separate process (bench/hash-ceiling.ts): on every CPU this
 * process may use, or only on `cpus` (started under `taskset -c`; the script sizes its concurrency
 * from the CPUs it may use). Its libuv pool has the servers' size ({@link SERVER_THREAD_POOL}), so
 * that the ceiling is the servers' own hashing machinery with nothing else to do.
 */
export async function hashCeiling(ctx: BenchContext, cpus?: readonly number[]): Promise<number> {
  const node = [process.execPath, '--import', 'tsx', 'bench/hash-ceiling.ts'];
  const [command, ...args] = cpus ? ['taskset', '-c', formatCpuList(cpus), ...node] : node;
  const proc = ctx.procs.start(command!, args, {
    SECONDS: String(ctx.settings.seconds),
    UV_THREADPOOL_SIZE: SERVER_THREAD_POOL,
  });
  const [line] = await proc.waitFor(/^\{.*hashesPerSecond.*\}$/, 60_000);
  await ctx.procs.stop(proc);
  return (JSON.parse(line!) as { hashesPerSecond: number }).hashesPerSecond;
}
