/**
 * Several portal instances behind one Redis: two real portal processes (`src/main.ts`, as
 * `npm start` runs it) with the same SESSION_SECRET, one redis-server and one standalone PingOne
 * Local they reach through PINGONE_* settings. A recovery started on A finishes on B; per-IP and
 * per-account limits count across both; the finished-flow replay guard holds on either.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPingOneClient } from '../../src/pingone/index.js';
import { type RedisServer, startRedisServer, waitFor } from '../support/redis-server.js';
import {
  createUser,
  findRecoveryCode,
  type LocalFixture,
  localClientOptions,
  startLocal,
  strongPassword,
  unique,
} from '../support/stack.js';
import { Browser, SESSION_SECRET, textOf } from './harness.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const IP_LIMIT = 6;
const ACCOUNT_LIMIT = 3;

interface PortalProcess {
  url: string;
  child: ChildProcess;
  output(): string;
}

function startPortalProcess(env: Record<string, string>): Promise<PortalProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (d: Buffer) => {
    out += d.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`portal did not start:\n${out}`)), 30_000);
    child.stdout.on('data', () => {
      const m = /Portal: +(http:\/\/\S+?)\/\n/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ url: m[1], child, output: () => out });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`portal exited ${code}:\n${out}`));
    });
  });
}

async function stopProcess(p: PortalProcess | undefined): Promise<void> {
  if (!p || p.child.exitCode !== null) return;
  const exited = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGTERM');
  const force = setTimeout(() => p.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(force);
}

/** A Browser on `base` carrying `from`'s cookies (one user agent talking to another instance). */
function sameBrowserOn(from: Browser, base: string): Browser {
  const b = new Browser(base);
  for (const [k, v] of from.cookies) b.cookies.set(k, v);
  return b;
}

describe('two portal instances sharing one Redis', () => {
  let redis: RedisServer;
  let local: LocalFixture;
  let a: PortalProcess;
  let b: PortalProcess;
  const prefix = `p1ss-multi:${randomUUID()}:`;

  beforeAll(async () => {
    [redis, local] = await Promise.all([startRedisServer(), startLocal()]);
    const env = {
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'warn',
      SESSION_SECRET,
      PINGONE_ENVIRONMENT_ID: local.local.environmentId,
      PINGONE_CLIENT_ID: local.local.clientId,
      PINGONE_CLIENT_SECRET: local.local.clientSecret,
      PINGONE_API_URL: local.local.apiBaseUrl,
      PINGONE_AUTH_URL: local.local.authBaseUrl,
      REDIS_URL: `${redis.url}/0`,
      REDIS_PREFIX: prefix,
      RATE_LIMIT_IP_PER_MINUTE: String(IP_LIMIT),
      RATE_LIMIT_ACCOUNT_PER_HOUR: String(ACCOUNT_LIMIT),
      RECOVERY_RESEND_COOLDOWN_SECONDS: '0',
      AUTH_FAILURE_FLOOR_MS: '0',
    };
    [a, b] = await Promise.all([startPortalProcess(env), startPortalProcess(env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([stopProcess(a), stopProcess(b)]);
    await local?.close();
    await redis?.close();
  });

  it('runs two separate processes, both ready', async () => {
    expect(a.url).not.toBe(b.url);
    expect(a.child.pid).not.toBe(b.child.pid);
    for (const p of [a, b]) {
      const ready = await fetch(`${p.url}/readyz`);
      expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
    }
  });

  it('a recovery started on A finishes on B, and a replayed pre-finish cookie is refused on A and B', async () => {
    const client = createPingOneClient(localClientOptions(local.local));
    const user = await createUser({ client });

    const onA = new Browser(a.url);
    await onA.get('/password/forgot');
    const sent = await onA.post('/password/forgot', { username: user.username });
    expect([sent.status, sent.headers.get('location')]).toEqual([303, '/password/recover']);

    let code: string | null = null;
    await waitFor(
      async () => {
        code = await findRecoveryCode(local.local, user.email);
        return code !== null;
      },
      10_000,
      'the recovery e-mail sent by instance A',
    );

    const onB = sameBrowserOn(onA, b.url);
    const page = await onB.get('/password/recover');
    expect(page.status).toBe(200);
    // The session cookie as it was before the flow finished: what an attacker might have copied.
    const stolen = new Map(onB.cookies);
    const password = strongPassword();
    const done = await onB.post('/password/recover', {
      recoveryCode: code!,
      password,
      confirmPassword: password,
    });
    expect([done.status, done.headers.get('location')]).toEqual([303, '/']);
    const home = await onB.get('/');
    expect(home.body).toContain('<h1 id="confirmation-title">Your password has been reset</h1>');
    // PingOne Local really has the new password.
    expect((await client.passwords.check(user.id, password)).status).toBe('OK');

    // Replay the copied cookie on both instances: the finished flow is refused by each.
    for (const base of [a.url, b.url]) {
      const replay = new Browser(base);
      for (const [k, v] of stolen) replay.cookies.set(k, v);
      const again = await replay.get('/password/recover');
      expect([again.status, again.headers.get('location')]).toEqual([303, '/password/forgot']);
      const forgot = await replay.get('/password/forgot');
      expect(textOf(forgot.body, 'flash')).toBe(
        'Start by telling us your username or e‑mail address.',
      );
    }
  });

  it('counts the per-IP limit across both instances', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < IP_LIMIT + 2; i++) {
      const browser = new Browser(i % 2 === 0 ? a.url : b.url);
      await browser.get('/register');
      statuses.push((await browser.post('/register', { username: `ip${unique()}` })).status);
    }
    // Each instance alone saw at most IP_LIMIT / 2 + 1 POSTs: only a shared count trips.
    expect(statuses).toEqual([...Array(IP_LIMIT).fill(303), 429, 429]);
  });

  it('counts the per-account limit across both instances', async () => {
    const identifier = `acct${unique()}@example.com`;
    const statuses: number[] = [];
    const retryAfter: (string | null)[] = [];
    for (let i = 0; i < ACCOUNT_LIMIT + 1; i++) {
      const browser = new Browser(i % 2 === 0 ? b.url : a.url);
      await browser.get('/password/forgot');
      const res = await browser.post('/password/forgot', { username: identifier });
      statuses.push(res.status);
      retryAfter.push(res.headers.get('retry-after'));
      if (res.status === 429) {
        expect(res.body).toContain('<h1>Too many attempts</h1>');
      }
    }
    expect(statuses).toEqual([...Array(ACCOUNT_LIMIT).fill(303), 429]);
    expect(Number(retryAfter.at(-1))).toBeGreaterThan(3500);
  });
});
