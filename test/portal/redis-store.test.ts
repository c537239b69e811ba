/**
 * The Redis counter store against real redis-server processes started here (test/support/
 * redis-server.ts): counting, ACL user + password, db number, TLS (`rediss://`), Sentinel, and
 * what happens when Redis goes away and comes back.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/portal/config.js';
import {
  createRedisStore,
  type RedisCounterStore,
  redisClientOptions,
  type StoreLog,
} from '../../src/portal/rate-limit/redis-store.js';
import { CounterStoreUnavailableError } from '../../src/portal/rate-limit/store.js';
import { type RedisServer, startRedisServer, waitFor } from '../support/redis-server.js';

/** A log that keeps its lines. */
function memoryLog(): StoreLog & { lines: { level: string; obj: Record<string, unknown> }[] } {
  const lines: { level: string; obj: Record<string, unknown> }[] = [];
  const at = (level: string) => (obj: object) => lines.push({ level, obj: { ...obj } });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

describe('Redis counter store (real redis-server)', () => {
  let server: RedisServer;
  let store: RedisCounterStore;
  const prefix = `p1ss-test:${randomUUID()}:`;
  beforeAll(async () => {
    server = await startRedisServer();
    store = await createRedisStore({ url: server.url, prefix });
  });
  afterAll(async () => {
    await store?.close();
    await server?.close();
  });

  it('counts hits in one window shared by every client', async () => {
    const other = await createRedisStore({ url: server.url, prefix });
    const first = await store.hit('ip:forgot:1.2.3.4', 60_000);
    const second = await other.hit('ip:forgot:1.2.3.4', 60_000);
    await other.close();
    expect(first.count).toBe(1);
    expect(second.count).toBe(2);
    expect(second.resetMs).toBeGreaterThan(0);
    expect(second.resetMs).toBeLessThanOrEqual(60_000);
    expect(await store.peek('ip:forgot:1.2.3.4')).toMatchObject({ count: 2 });
    expect(await store.peek('absent')).toEqual({ count: 0, resetMs: 0 });
    expect(await store.client.get(`${prefix}ip:forgot:1.2.3.4`)).toBe('2');
  });

  it('restarts the window when it ends', async () => {
    await store.hit('short', 50);
    await new Promise((r) => setTimeout(r, 80));
    expect((await store.hit('short', 50)).count).toBe(1);
  });

  it('reset removes only its own prefix', async () => {
    await store.client.set('someone-else', '1');
    await store.hit('a', 60_000);
    await store.reset();
    expect(await store.peek('a')).toEqual({ count: 0, resetMs: 0 });
    expect(await store.client.get('someone-else')).toBe('1');
  });

  it('runs the hit script again after Redis lost its script cache (EVALSHA falls back)', async () => {
    await store.hit('script', 60_000);
    await store.client.script('FLUSH');
    expect((await store.hit('script', 60_000)).count).toBe(2);
  });
});

describe('Redis with an ACL user, a password and a db number', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedisServer({
      args: [
        '--user',
        'default',
        'off',
        '--user',
        'portal',
        'on',
        '>s3cret-pw!',
        '~p1ss:*',
        '+@all',
      ],
    });
  });
  afterAll(async () => server?.close());

  it('authenticates as the user and writes into the db of the URL', async () => {
    const log = memoryLog();
    const store = await createRedisStore({
      url: `redis://portal:${encodeURIComponent('s3cret-pw!')}@127.0.0.1:${server.port}/3`,
      prefix: 'p1ss:',
      log,
    });
    try {
      expect(store.isReady()).toBe(true);
      expect((await store.hit('k', 60_000)).count).toBe(1);
      expect(await store.client.call('ACL', 'WHOAMI')).toBe('portal');
      expect(await store.client.call('CLIENT', 'INFO')).toMatch(/ db=3 /);
      expect(await store.client.dbsize()).toBe(1);
      // Keys outside the ACL's pattern are refused: the portal really runs as that user.
      await expect(store.client.set('other', '1')).rejects.toThrow(/NOPERM/);
    } finally {
      await store.close();
    }
    expect(log.lines.map((l) => l.obj.event)).toEqual(['redis_connected']);
  });

  it('refuses to start with a wrong password, without logging it', async () => {
    const log = memoryLog();
    const err = await createRedisStore({
      url: `redis://portal:wrong-pw-123@127.0.0.1:${server.port}`,
      prefix: 'p1ss:',
      log,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CounterStoreUnavailableError);
    expect((err as CounterStoreUnavailableError).code).toBe('REDIS_REFUSED');
    expect((err as Error).message).toMatch(/^Redis refused the REDIS_URL settings: WRONGPASS/);
    expect(JSON.stringify(log.lines) + (err as Error).message).not.toContain('wrong-pw-123');
  });

  it('refuses to start with a db number the server does not have', async () => {
    const err = await createRedisStore({
      url: `redis://portal:s3cret-pw!@127.0.0.1:${server.port}/99`,
      prefix: 'p1ss:',
    }).catch((e: unknown) => e);
    expect((err as CounterStoreUnavailableError).code).toBe('REDIS_REFUSED');
    expect((err as Error).message).toMatch(/DB index/i);
  });
});

describe('rediss:// against a TLS-only redis-server', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedisServer({ tls: true, args: ['--requirepass', 'tls-pw-0123'] });
  });
  afterAll(async () => server?.close());

  it('connects over TLS with the configured CA', async () => {
    const store = await createRedisStore({
      url: `rediss://:tls-pw-0123@127.0.0.1:${server.port}/1`,
      prefix: 'p1ss:',
      tlsCaFile: server.caFile!,
    });
    try {
      expect(store.isReady()).toBe(true);
      expect((await store.hit('tls', 60_000)).count).toBe(1);
      expect(await store.client.call('CLIENT', 'INFO')).toMatch(/ db=1 /);
    } finally {
      await store.close();
    }
  });

  it('does not trust a self-signed certificate without the CA (not ready, calls fail fast)', async () => {
    const log = memoryLog();
    const store = await createRedisStore({
      url: `rediss://:tls-pw-0123@127.0.0.1:${server.port}`,
      prefix: 'p1ss:',
      log,
      reconnectMaxMs: 1000,
    });
    try {
      expect(store.isReady()).toBe(false);
      const err = await store.hit('x', 1000).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CounterStoreUnavailableError);
      expect((err as CounterStoreUnavailableError).code).toBe('NOT_CONNECTED');
      const warn = log.lines.filter((l) => l.level === 'warn');
      expect(warn).toHaveLength(1);
      expect(warn[0]!.obj).toMatchObject({
        event: 'redis_unavailable',
        tls: true,
        err: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
      });
    } finally {
      await store.close();
    }
  });

  it('a plain redis:// client is not served by the TLS port', async () => {
    const store = await createRedisStore({
      url: `redis://:tls-pw-0123@127.0.0.1:${server.port}`,
      prefix: 'p1ss:',
      connectTimeoutMs: 500,
    });
    try {
      expect(store.isReady()).toBe(false);
    } finally {
      await store.close();
    }
  });
});

describe('Redis Sentinel', () => {
  let master: RedisServer;
  let sentinel: RedisServer;
  beforeAll(async () => {
    master = await startRedisServer({ args: ['--requirepass', 'master-pw-1'] });
    sentinel = await startRedisServer({
      sentinel: { masterName: 'portal-master', masterPort: master.port },
      args: [],
    });
  });
  afterAll(async () => {
    await sentinel?.close();
    await master?.close();
  });

  it('finds the master through REDIS_SENTINELS and REDIS_SENTINEL_NAME', async () => {
    const config = loadConfig({
      REDIS_URL: 'redis://:master-pw-1@ignored-host/2',
      REDIS_SENTINELS: `127.0.0.1:${sentinel.port}, 127.0.0.1:1`,
      REDIS_SENTINEL_NAME: 'portal-master',
    });
    const store = await createRedisStore(config.redis!);
    try {
      expect(store.isReady()).toBe(true);
      expect((await store.hit('via-sentinel', 60_000)).count).toBe(1);
      expect(await store.client.call('CONFIG', 'GET', 'port')).toEqual([
        'port',
        String(master.port),
      ]);
      expect(await store.client.call('CLIENT', 'INFO')).toMatch(/ db=2 /);
    } finally {
      await store.close();
    }
  });
});

describe('REDIS_* settings', () => {
  it('parses URL, sentinels and timeouts into ioredis options', () => {
    const c = loadConfig({
      REDIS_URL: 'rediss://app:p%40ss@redis.example.com:6380/4',
      REDIS_COMMAND_TIMEOUT_MS: '250',
      REDIS_CONNECT_TIMEOUT_MS: '1500',
      REDIS_RECONNECT_MAX_MS: '3000',
    });
    expect(c.redis).toMatchObject({ prefix: 'p1ss:', sentinels: [], sentinelName: null });
    const o = redisClientOptions(c.redis!);
    expect(o).toMatchObject({
      host: 'redis.example.com',
      port: 6380,
      username: 'app',
      password: 'p@ss',
      db: 4,
      tls: { servername: 'redis.example.com' },
      connectTimeout: 1500,
      commandTimeout: 250,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
    });
    const retry = o.retryStrategy!;
    expect([1, 2, 3, 10, 100].map((n) => retry(n))).toEqual([100, 200, 400, 3000, 3000]);

    const s = loadConfig({
      REDIS_SENTINELS: 's1.example.com:26379,[::1]:26380',
      REDIS_SENTINEL_NAME: 'main',
      REDIS_SENTINEL_PASSWORD: 'sentinel-pw',
    });
    expect(redisClientOptions(s.redis!)).toMatchObject({
      sentinels: [
        { host: 's1.example.com', port: 26379 },
        { host: '::1', port: 26380 },
      ],
      name: 'main',
      sentinelPassword: 'sentinel-pw',
      db: 0,
    });
  });

  it('names each bad REDIS_* variable', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (err) {
        return (err as { problems: string[] }).problems;
      }
    };
    expect(problems({ REDIS_URL: 'http://127.0.0.1:6379' })).toEqual([
      'REDIS_URL: must be a redis:// or rediss:// URL, with at most a db number as path',
    ]);
    expect(problems({ REDIS_URL: 'redis://127.0.0.1:6379/zero' })).toEqual([
      'REDIS_URL: must be a redis:// or rediss:// URL, with at most a db number as path',
    ]);
    expect(problems({ REDIS_SENTINELS: 'nohost' })).toEqual([
      'REDIS_SENTINELS: must be a comma-separated list of host:port',
    ]);
    expect(problems({ REDIS_SENTINELS: '127.0.0.1:26379' })).toEqual([
      'REDIS_SENTINEL_NAME: required when REDIS_SENTINELS is set',
    ]);
    expect(problems({ REDIS_COMMAND_TIMEOUT_MS: '0' })).toEqual([
      'REDIS_COMMAND_TIMEOUT_MS: Number must be greater than or equal to 10',
    ]);
  });
});

describe('when Redis goes away', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedisServer({ args: ['--requirepass', 'outage-pw-42'] });
  });
  afterAll(async () => server?.close());

  it('fails fast while down, logs once each way, and recovers by itself', async () => {
    const log = memoryLog();
    const store = await createRedisStore({
      url: `redis://:outage-pw-42@127.0.0.1:${server.port}`,
      prefix: 'p1ss:',
      log,
      commandTimeoutMs: 300,
      reconnectMaxMs: 200,
    });
    try {
      expect((await store.hit('k', 60_000)).count).toBe(1);
      await server.stop('SIGKILL');
      await waitFor(() => !store.isReady(), 5000, 'the store to notice');
      for (let i = 0; i < 5; i++) {
        const started = Date.now();
        const err = await store.hit('k', 60_000).catch((e: unknown) => e);
        expect(Date.now() - started).toBeLessThan(300);
        expect(err).toBeInstanceOf(CounterStoreUnavailableError);
        expect((err as CounterStoreUnavailableError).code).toBe('NOT_CONNECTED');
      }
      await server.start();
      await waitFor(() => store.isReady(), 5000, 'the store to reconnect');
      // --save '' : the restarted server is empty.
      expect((await store.hit('k', 60_000)).count).toBe(1);
    } finally {
      await store.close();
    }
    expect(log.lines.map((l) => [l.level, l.obj.event])).toEqual([
      ['info', 'redis_connected'],
      ['warn', 'redis_unavailable'],
      ['info', 'redis_reconnected'],
    ]);
    expect(log.lines[1]!.obj).toMatchObject({
      host: '127.0.0.1',
      port: server.port,
      err: { message: expect.any(String) },
    });
    expect(JSON.stringify(log.lines)).not.toContain('outage-pw-42');
  });

  it('answers within the command timeout when Redis hangs (SIGSTOP), then recovers', async () => {
    const store = await createRedisStore({
      url: `redis://:outage-pw-42@127.0.0.1:${server.port}`,
      prefix: 'p1ss:',
      commandTimeoutMs: 300,
    });
    try {
      expect(store.isReady()).toBe(true);
      server.signal('SIGSTOP');
      const started = Date.now();
      const err = await store.hit('hang', 60_000).catch((e: unknown) => e);
      const took = Date.now() - started;
      expect(took).toBeGreaterThanOrEqual(250);
      expect(took).toBeLessThan(1000);
      expect((err as CounterStoreUnavailableError).code).toBe('COMMAND_TIMEOUT');
      expect(store.isReady()).toBe(false);
      // One probe at a time while it hangs: the others fail at once, nothing piles up.
      const probe = store.hit('hang', 60_000).catch((e: unknown) => e);
      const t0 = Date.now();
      const other = await store.hit('hang', 60_000).catch((e: unknown) => e);
      expect(Date.now() - t0).toBeLessThan(100);
      expect((other as CounterStoreUnavailableError).code).toBe('STALLED');
      expect(((await probe) as CounterStoreUnavailableError).code).toBe('COMMAND_TIMEOUT');
      server.signal('SIGCONT');
      await waitFor(
        async () =>
          await store.hit('hang', 60_000).then(
            () => true,
            () => false,
          ),
        5000,
        'Redis to answer again',
      );
      expect(store.isReady()).toBe(true);
    } finally {
      server.signal('SIGCONT');
      await store.close();
    }
  });
});
