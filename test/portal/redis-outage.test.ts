/**
 * The portal with REDIS_URL when Redis goes away mid-run (killed, stopped, hung) and comes back on
 * the same port: POSTs that need a counter answer a translated 503 with Retry-After within the
 * command timeout, GET pages keep working, /readyz says 503 naming redis, the log has one warning
 * and one info line, and the portal recovers without a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/portal/config.js';
import { type RunningPortal, startPortal } from '../../src/portal/server.js';
import { type RedisServer, startRedisServer, waitFor } from '../support/redis-server.js';
import { Browser, textOf, unique } from './harness.js';

const PASSWORD = 'redis-outage-pw-7f3a';

describe('portal with REDIS_URL when Redis goes away', () => {
  let redis: RedisServer;
  let portal: RunningPortal;
  let dir: string;
  const logs: string[] = [];
  const events = () =>
    logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.component === 'redis');

  beforeAll(async () => {
    redis = await startRedisServer({ args: ['--requirepass', PASSWORD] });
    dir = mkdtempSync(join(tmpdir(), 'portal-redis-outage-'));
    portal = await startPortal(
      {
        PORT: '0',
        LOG_LEVEL: 'info',
        DATA_DIR: dir,
        REDIS_URL: `redis://:${PASSWORD}@127.0.0.1:${redis.port}/5`,
        REDIS_COMMAND_TIMEOUT_MS: '300',
        REDIS_RECONNECT_MAX_MS: '200',
        RATE_LIMIT_IP_PER_MINUTE: '1000',
        PINGONE_LOCAL_ARGON2_MEMORY_KIB: '1024',
        PINGONE_LOCAL_ARGON2_TIME_COST: '1',
      },
      { logDestination: { write: (line: string) => void logs.push(line) } },
    );
  });
  afterAll(async () => {
    await portal?.close();
    await redis?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const forgot = async (lang?: string) => {
    const b = new Browser(portal.url, lang ? { 'accept-language': lang } : {});
    expect((await b.get('/password/forgot')).status).toBe(200);
    const started = Date.now();
    const res = await b.post('/password/forgot', { username: `u${unique()}` });
    return { ...res, ms: Date.now() - started };
  };
  const readyz = async () => {
    const res = await fetch(`${portal.url}/readyz`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const expectDown = async () => {
    for (const [lang, text] of [
      [
        'en',
        'This service is temporarily unavailable. Nothing has been changed. Please try again in a minute.',
      ],
      [
        'fr',
        'Ce service est momentanément indisponible. Rien n’a été modifié. Veuillez réessayer dans une minute.',
      ],
      [
        'de',
        'Dieser Dienst ist vorübergehend nicht verfügbar. Es wurde nichts geändert. Bitte versuchen Sie es in einer Minute erneut.',
      ],
    ] as const) {
      const res = await forgot(lang);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('60');
      expect(textOf(res.body, 'error-text')).toBe(text);
      expect(res.body).toContain(`lang="${lang}"`);
      // Within the command timeout (300 ms) plus the page itself, never a hang: the bound leaves
      // room for a loaded 2-core machine (the SIGSTOP test below checks the hang case itself).
      expect(res.ms).toBeLessThan(3000);
    }
    // Pages that need no counter keep working.
    const home = await new Browser(portal.url).get('/');
    expect(home.status).toBe(200);
    const page = await new Browser(portal.url).get('/password/forgot');
    expect(page.status).toBe(200);
    const ready = await readyz();
    expect(ready).toEqual({
      status: 503,
      body: { status: 'unavailable', reference: expect.any(String), unavailable: ['redis'] },
    });
  };
  const expectRecovered = async () => {
    await waitFor(async () => (await readyz()).status === 200, 10_000, 'readiness to return');
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready' } });
    const res = await forgot();
    expect([res.status, res.headers.get('location')]).toEqual([303, '/password/recover']);
  };

  it('works while Redis is up, counting in the configured db', async () => {
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready' } });
    expect((await forgot()).status).toBe(303);
    expect(events().map((e) => e.event)).toEqual(['redis_connected']);
  });

  it('SIGKILL: 503 pages with Retry-After, GETs served, /readyz 503 naming redis; then recovers', async () => {
    await redis.stop('SIGKILL');
    await waitFor(async () => (await readyz()).status === 503, 5000, 'readiness to drop');
    await expectDown();
    await redis.start();
    await expectRecovered();
    expect(events().map((e) => [e.level, e.event])).toEqual([
      [30, 'redis_connected'],
      [40, 'redis_unavailable'],
      [30, 'redis_reconnected'],
    ]);
  });

  it('SIGTERM (clean shutdown): same, and the per-request lines name the cause', async () => {
    const before = logs.length;
    await redis.stop('SIGTERM');
    await waitFor(async () => (await readyz()).status === 503, 5000, 'readiness to drop');
    await expectDown();
    const refused = logs
      .slice(before)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.event === 'request_failed');
    expect(refused.length).toBeGreaterThanOrEqual(3);
    for (const line of refused) {
      expect(line).toMatchObject({
        level: 30,
        code: 'STORE_UNAVAILABLE',
        detail: 'counter store hit failed (NOT_CONNECTED)',
        err: { type: 'CounterStoreUnavailableError', code: 'NOT_CONNECTED' },
      });
    }
    await redis.start();
    await expectRecovered();
    // One warning per outage, one info line per return: not one per request.
    expect(events().map((e) => e.event)).toEqual([
      'redis_connected',
      'redis_unavailable',
      'redis_reconnected',
      'redis_unavailable',
      'redis_reconnected',
    ]);
  });

  it('a hung Redis (SIGSTOP) answers 503 within the command timeout, then recovers', async () => {
    redis.signal('SIGSTOP');
    try {
      const res = await forgot();
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('60');
      expect(res.ms).toBeGreaterThanOrEqual(250);
      expect(res.ms).toBeLessThan(1500);
      expect(res.body).toContain('<h1>Temporarily unavailable</h1>');
      expect((await readyz()).body).toMatchObject({ unavailable: ['redis'] });
    } finally {
      redis.signal('SIGCONT');
    }
    await waitFor(async () => (await forgot()).status === 303, 10_000, 'Redis to answer again');
    expect((await readyz()).status).toBe(200);
  });

  it('never logs the Redis password', () => {
    expect(logs.join('\n')).not.toContain(PASSWORD);
    expect(logs.length).toBeGreaterThan(10);
  });
});

describe('portal start-up with Redis settings', () => {
  it('refuses to start when Redis rejects the password, naming the cause but not the password', async () => {
    const redis = await startRedisServer({ args: ['--requirepass', 'right-pw-1234'] });
    const dir = mkdtempSync(join(tmpdir(), 'portal-redis-refused-'));
    const logs: string[] = [];
    try {
      const err = await startPortal(
        {
          PORT: '0',
          DATA_DIR: dir,
          REDIS_URL: `redis://:wrong-pw-5678@127.0.0.1:${redis.port}`,
          PINGONE_LOCAL_ARGON2_MEMORY_KIB: '1024',
          PINGONE_LOCAL_ARGON2_TIME_COST: '1',
        },
        { logDestination: { write: (line: string) => void logs.push(line) } },
      ).catch((e: unknown) => e);
      expect((err as Error).message).toMatch(/^Redis refused the REDIS_URL settings: WRONGPASS/);
      expect(`${(err as Error).message}${logs.join('')}`).not.toContain('wrong-pw-5678');
    } finally {
      await redis.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts while Redis is down (not ready) and becomes ready when it comes up', async () => {
    const redis = await startRedisServer();
    await redis.stop('SIGKILL');
    const dir = mkdtempSync(join(tmpdir(), 'portal-redis-late-'));
    const portal = await startPortal({
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATA_DIR: dir,
      REDIS_URL: redis.url,
      REDIS_RECONNECT_MAX_MS: '200',
      PINGONE_LOCAL_ARGON2_MEMORY_KIB: '1024',
      PINGONE_LOCAL_ARGON2_TIME_COST: '1',
    });
    try {
      const down = await fetch(`${portal.url}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ unavailable: ['redis'] });
      await redis.start();
      await waitFor(
        async () => (await fetch(`${portal.url}/readyz`)).status === 200,
        10_000,
        'readiness',
      );
    } finally {
      await portal.close();
      await redis.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a bad REDIS_URL before connecting', async () => {
    await expect(startPortal({ REDIS_URL: 'http://x', LOG_LEVEL: 'silent' })).rejects.toThrow(
      ConfigError,
    );
  });
});
