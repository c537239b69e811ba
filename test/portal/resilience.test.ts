import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/portal/config.js';
import { startPortal } from '../../src/portal/server.js';
import { makeCertificate } from '../support/tls.js';
import {
  addFault,
  Browser,
  cookieShapes,
  createUser,
  type Harness,
  normalise,
  startHarness,
  strongPassword,
  textOf,
  unique,
} from './harness.js';

describe('rate limits', () => {
  let h: Harness;
  afterEach(async () => {
    await h?.close();
  });

  it('trips per identifier with the same 429 for known and unknown accounts', async () => {
    h = await startHarness({ RATE_LIMIT_IP_PER_MINUTE: '100', RATE_LIMIT_ACCOUNT_PER_HOUR: '2' });
    const user = await createUser(h);
    const results = [];
    for (const identifier of [user.username, `nobody${unique()}`]) {
      const statuses: number[] = [];
      let last = null;
      for (let i = 0; i < 3; i++) {
        // A fresh client each time: only the identifier ties the attempts together.
        const b = new Browser(h.url);
        await b.get('/password/forgot');
        last = await b.post('/password/forgot', { username: identifier });
        statuses.push(last.status);
      }
      results.push({
        statuses,
        retryAfter: Number(last!.headers.get('retry-after')),
        cookies: cookieShapes(last!.setCookies),
        body: normalise(last!.body),
      });
    }
    expect(results[0]!.statuses).toEqual([303, 303, 429]);
    expect(results[0]!.retryAfter).toBeGreaterThan(0);
    expect(results[0]!.retryAfter).toBeLessThanOrEqual(3600);
    expect(textOf(results[0]!.body, 'error-text')).toBe(
      'Please wait 60 minutes before trying again.',
    );
    expect({ ...results[1], retryAfter: 0 }).toEqual({ ...results[0], retryAfter: 0 });
  });

  it('trips per IP, and X-Forwarded-For does not reset it without TRUST_PROXY', async () => {
    h = await startHarness({ RATE_LIMIT_IP_PER_MINUTE: '3', RATE_LIMIT_ACCOUNT_PER_HOUR: '100' });
    const statuses: number[] = [];
    let last = null;
    for (let i = 0; i < 4; i++) {
      const b = new Browser(h.url, { 'x-forwarded-for': `203.0.113.${i + 1}` });
      await b.get('/password/change');
      const pw = strongPassword();
      last = await b.post('/password/change', {
        username: `ip${unique()}`,
        currentPassword: 'Whatever-123!',
        password: pw,
        confirmPassword: pw,
      });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([303, 303, 303, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(last!.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(h.logs.join('')).toContain('"event":"rate_limited","form":"change","scope":"ip"');
  });
});

describe('trusted proxy', () => {
  it('counts per X-Forwarded-For client only when TRUST_PROXY is set', async () => {
    const h = await startHarness({ TRUST_PROXY: '1', RATE_LIMIT_IP_PER_MINUTE: '2' });
    try {
      const statuses: number[] = [];
      for (const ip of ['198.51.100.1', '198.51.100.1', '198.51.100.2', '198.51.100.1']) {
        const b = new Browser(h.url, { 'x-forwarded-for': ip });
        await b.get('/password/forgot');
        statuses.push((await b.post('/password/forgot', { username: `p${unique()}` })).status);
      }
      expect(statuses).toEqual([303, 303, 303, 429]);
    } finally {
      await h.close();
    }
  });
});

describe('PUBLIC_ORIGIN', () => {
  it('accepts only POSTs whose Origin is the configured one', async () => {
    const h = await startHarness({ PUBLIC_ORIGIN: 'https://account.example.com/' });
    try {
      const b = new Browser(h.url);
      await b.get('/password/forgot');
      const foreign = await b.post(
        '/password/forgot',
        { username: `o${unique()}` },
        { headers: { origin: h.url } },
      );
      expect(foreign.status).toBe(403);
      await b.get('/password/forgot');
      const own = await b.post(
        '/password/forgot',
        { username: `o${unique()}` },
        { headers: { origin: 'https://account.example.com' } },
      );
      expect([own.status, own.headers.get('location')]).toEqual([303, '/password/recover']);
    } finally {
      await h.close();
    }
  });
});

describe('PingOne faults', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('turns a 5xx during the lookup into a 503 page with a reference id, never a success', async () => {
    const user = await createUser(h);
    await addFault(h, {
      method: 'GET',
      path: '/v1/environments/*/users',
      count: 10,
      action: { status: 500 },
    });
    const b = new Browser(h.url);
    await b.get('/password/change');
    const pw = strongPassword();
    const res = await b.post('/password/change', {
      username: user.username,
      currentPassword: user.password,
      password: pw,
      confirmPassword: pw,
    });
    await fetch(`${h.local.baseUrl}/_local/faults`, { method: 'DELETE' });
    expect(res.status).toBe(503);
    expect(textOf(res.body, 'error-text')).toBe(
      'We could not reach the account service. Nothing has been changed. Please try again in a few minutes.',
    );
    const reference = textOf(res.body, 'error-reference');
    expect(reference).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body).not.toMatch(/UNEXPECTED_ERROR|"code"|at .*\.ts/);
    const logLine = h.logs.find(
      (l) => l.includes('"event":"request_failed"') && l.includes(reference!),
    );
    expect(logLine).toContain('"code":"UPSTREAM_UNAVAILABLE"');
    expect((await h.client.passwords.check(user.id, user.password)).status).toBe('OK');
  });

  it('answers 503 when the user import fails and leaves no user behind', async () => {
    await addFault(h, {
      method: 'POST',
      path: '/v1/environments/*/users',
      count: 1,
      action: { status: 503, retryAfter: 7 },
    });
    const b = new Browser(h.url);
    await b.get('/register');
    const username = `fault${unique()}`;
    const pw = strongPassword();
    const res = await b.post('/register', {
      username,
      email: `${username}@example.com`,
      password: pw,
      confirmPassword: pw,
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(textOf(res.body, 'error-reference')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await h.client.users.findByUsernameOrEmail(username)).toBeNull();
  });

  it('keeps the forgot answer identical while PingOne fails', async () => {
    const user = await createUser(h);
    const b1 = new Browser(h.url);
    await b1.get('/password/forgot');
    const normal = await b1.post('/password/forgot', { username: `nobody${unique()}` });
    await h.drain();
    await addFault(h, { method: '*', path: '/v1/**', count: 20, action: { status: 500 } });
    const b2 = new Browser(h.url);
    await b2.get('/password/forgot');
    const faulty = await b2.post('/password/forgot', { username: user.username });
    await h.drain();
    await fetch(`${h.local.baseUrl}/_local/faults`, { method: 'DELETE' });
    expect([
      faulty.status,
      faulty.headers.get('location'),
      cookieShapes(faulty.setCookies),
      faulty.body,
    ]).toEqual([
      normal.status,
      normal.headers.get('location'),
      cookieShapes(normal.setCookies),
      normal.body,
    ]);
    expect(h.logs.join('')).toContain('"event":"task_failed","task":"recovery-send"');
  });

  it('reports not ready when no token can be obtained, and ready again after', async () => {
    const fresh = await startHarness();
    try {
      await addFault(fresh, {
        method: 'POST',
        path: '/*/as/token',
        count: 10,
        action: { status: 500 },
      });
      const b = new Browser(fresh.url);
      const down = await b.get('/readyz');
      expect(down.status).toBe(503);
      expect(JSON.parse(down.body)).toEqual({
        status: 'unavailable',
        reference: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
      await fetch(`${fresh.local.baseUrl}/_local/faults`, { method: 'DELETE' });
      const up = await b.get('/readyz');
      expect([up.status, JSON.parse(up.body)]).toEqual([200, { status: 'ready' }]);
    } finally {
      await fresh.close();
    }
  });
});

describe('PingOne timeouts', () => {
  it('answers 503 when the user import times out, without a second create', async () => {
    // The create lands after the 300-ms timeout plus the 500-ms reconciliation budget
    // (test/portal/reconcile.test.ts covers one that lands within it).
    const h = await startHarness({ PINGONE_TIMEOUT_MS: '500' }, { timeoutMs: 300 });
    try {
      await addFault(h, {
        method: 'POST',
        path: '/v1/environments/*/users',
        count: 5,
        action: { delayMs: 2000 },
      });
      const b = new Browser(h.url);
      await b.get('/register');
      const username = `slow${unique()}`;
      const pw = strongPassword();
      const res = await b.post('/register', {
        username,
        email: `${username}@example.com`,
        password: pw,
        confirmPassword: pw,
      });
      expect(res.status).toBe(503);
      expect(textOf(res.body, 'error-text')).toBe(
        'We could not reach the account service. Nothing has been changed. Please try again in a few minutes.',
      );
      const faults = (await (await fetch(`${h.local.baseUrl}/_local/faults`)).json()) as {
        remaining: number;
      }[];
      // Exactly one create reached PingOne Local: the non-idempotent import is never retried.
      expect(faults.map((f) => f.remaining)).toEqual([4]);
      await fetch(`${h.local.baseUrl}/_local/faults`, { method: 'DELETE' });
    } finally {
      await h.close();
    }
  });
});

describe('start-up', () => {
  it('names the bad variable', async () => {
    await expect(startPortal({ PORT: 'x', LOG_LEVEL: 'silent' })).rejects.toThrow(ConfigError);
    await expect(startPortal({ PORT: 'x', LOG_LEVEL: 'silent' })).rejects.toThrow(
      'Invalid configuration:\n  - PORT: must be a whole number',
    );
  });

  it('serves HTTPS with __Host- Secure cookies and HSTS when TLS files are configured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-tls-'));
    const { key, cert } = makeCertificate(dir);
    const running = await startPortal({
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATA_DIR: dir,
      TLS_CERT_FILE: cert,
      TLS_KEY_FILE: key,
      PINGONE_LOCAL_ARGON2_MEMORY_KIB: '1024',
      PINGONE_LOCAL_ARGON2_TIME_COST: '1',
    });
    try {
      expect(running.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const res = await new Promise<{
        status: number;
        headers: Record<string, string | string[] | undefined>;
      }>((resolve, reject) => {
        const req = httpsRequest(`${running.url}/`, { ca: readFileSync(cert) }, (r) => {
          r.resume();
          r.on('end', () => resolve({ status: r.statusCode ?? 0, headers: r.headers }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(res.status).toBe(200);
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const cookies = (res.headers['set-cookie'] as string[]).map((c) => c.replace(/=[^;]*/, '=*'));
      expect(cookies).toEqual(['__Host-session=*; Path=/; HttpOnly; Secure; SameSite=Lax']);
    } finally {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('npm start serves the portal with an embedded PingOne Local and stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-start-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: {
        PATH: process.env.PATH,
        PORT: '0',
        DATA_DIR: dir,
        LOG_LEVEL: 'warn',
        PINGONE_LOCAL_ARGON2_MEMORY_KIB: '1024',
        PINGONE_LOCAL_ARGON2_TIME_COST: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    try {
      const portal = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', () => {
          const m = /Portal: +(http:\/\/\S+?)\/\n[\s\S]*Mailbox: (\S+)\n/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      expect(out).toMatch(/Mailbox: http:\/\/127\.0\.0\.1:\d+\/_local\/mail\.html/);
      const home = await fetch(`${portal}/`);
      expect(home.status).toBe(200);
      const ready = await fetch(`${portal}/readyz`);
      expect(ready.status).toBe(200);
      const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(out).toContain('SESSION_SECRET is not set');
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
