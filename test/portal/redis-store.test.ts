import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore, parseReply } from '../../src/portal/rate-limit/redis-store.js';
import type { CounterStore } from '../../src/portal/rate-limit/store.js';
import { startPortal } from '../../src/portal/server.js';
import { Browser, unique } from './harness.js';

describe('RESP parser', () => {
  it('parses nested arrays and waits for incomplete input', () => {
    const buf = Buffer.from('*2\r\n:3\r\n*2\r\n$5\r\nhello\r\n$-1\r\n');
    expect(parseReply(buf, 0)).toEqual({ value: [3, ['hello', null]], next: buf.length });
    expect(parseReply(Buffer.from('$5\r\nhel'), 0)).toBeNull();
    expect(parseReply(Buffer.from('-ERR nope\r\n'), 0)?.value).toEqual(new Error('ERR nope'));
  });
});

describe('Redis counter store (real Redis at 127.0.0.1:6379)', () => {
  let store: CounterStore;
  const prefix = `p1ss-test:${randomUUID()}:`;
  beforeAll(async () => {
    store = await createRedisStore({ url: 'redis://127.0.0.1:6379', prefix });
  });
  afterAll(async () => {
    await store.reset();
    await store.close();
  });

  it('counts hits in one window shared by every client', async () => {
    const other = await createRedisStore({ url: 'redis://127.0.0.1:6379', prefix });
    const first = await store.hit('ip:forgot:1.2.3.4', 60_000);
    const second = await other.hit('ip:forgot:1.2.3.4', 60_000);
    await other.close();
    expect(first.count).toBe(1);
    expect(second.count).toBe(2);
    expect(second.resetMs).toBeGreaterThan(0);
    expect(second.resetMs).toBeLessThanOrEqual(60_000);
    expect((await store.peek('ip:forgot:1.2.3.4')).count).toBe(2);
    expect(await store.peek('absent')).toEqual({ count: 0, resetMs: 0 });
  });

  it('reset removes only its own prefix', async () => {
    await store.hit('a', 60_000);
    await store.reset();
    expect(await store.peek('a')).toEqual({ count: 0, resetMs: 0 });
  });
});

describe('portal with REDIS_URL', () => {
  it('keeps its rate-limit counters in Redis', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-redis-'));
    const prefix = `p1ss-test:${randomUUID()}:`;
    const running = await startPortal({
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATA_DIR: dir,
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_PREFIX: prefix,
      RATE_LIMIT_IP_PER_MINUTE: '1',
      PINGONE_LOCAL_ARGON2_MEMORY_KIB: '1024',
      PINGONE_LOCAL_ARGON2_TIME_COST: '1',
    });
    const probe = await createRedisStore({ url: 'redis://127.0.0.1:6379', prefix });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 2; i++) {
        const b = new Browser(running.url);
        await b.get('/password/forgot');
        statuses.push((await b.post('/password/forgot', { username: `r${unique()}` })).status);
      }
      expect(statuses).toEqual([303, 429]);
      expect((await probe.peek('ip:forgot:127.0.0.1')).count).toBe(2);
    } finally {
      await probe.reset();
      await probe.close();
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
