/**
 * Where signed-in sessions live on the server: sealed strings under random keys, in memory for
 * one instance, or in Redis (the counter store's connection, `REDIS_URL`) so that every instance
 * serves the same session. The browser holds only the key, inside its sealed session cookie.
 */
import type { Redis } from 'ioredis';
import { PortalError } from '../errors.js';

/** A small key-value store with expiry and a take-once marker. */
export interface SignInStore {
  get(key: string): Promise<string | null>;
  put(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** True the first time `key` is claimed within `ttlMs`, false afterwards (replay guard). */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

/** The in-memory store (one instance). Expired entries are dropped when read or every minute. */
export function createMemorySignInStore(now: () => number): SignInStore & { size(): number } {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  let sweptAt = now();
  const sweep = () => {
    const t = now();
    if (t - sweptAt < 60_000) return;
    sweptAt = t;
    for (const [k, e] of entries) if (e.expiresAt <= t) entries.delete(k);
  };
  const live = (key: string) => {
    sweep();
    const e = entries.get(key);
    if (!e) return null;
    if (e.expiresAt <= now()) {
      entries.delete(key);
      return null;
    }
    return e;
  };
  return {
    async get(key) {
      return live(key)?.value ?? null;
    },
    async put(key, value, ttlMs) {
      entries.set(key, { value, expiresAt: now() + ttlMs });
    },
    async delete(key) {
      entries.delete(key);
    },
    async claim(key, ttlMs) {
      if (live(key)) return false;
      entries.set(key, { value: '1', expiresAt: now() + ttlMs });
      return true;
    },
    size: () => entries.size,
  };
}

/**
 * The Redis store, on an existing ioredis connection (the rate-limit store's, which neither
 * queues nor waits while Redis is away). A failed command is `STORE_UNAVAILABLE` (503): a
 * signed-in page cannot be served without its session, and nothing falls back to "signed out".
 */
export function createRedisSignInStore(client: Redis, prefix: string): SignInStore {
  const k = (key: string) => `${prefix}signin:${key}`;
  const run = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw new PortalError('STORE_UNAVAILABLE', `sign-in store ${what}`, { cause: err });
    }
  };
  return {
    get: (key) => run('get', () => client.get(k(key))),
    put: async (key, value, ttlMs) => {
      await run('put', () => client.set(k(key), value, 'PX', Math.max(1, Math.round(ttlMs))));
    },
    delete: async (key) => {
      await run('delete', () => client.del(k(key)));
    },
    claim: async (key, ttlMs) =>
      (await run('claim', () =>
        client.set(k(key), '1', 'PX', Math.max(1, Math.round(ttlMs)), 'NX'),
      )) === 'OK',
  };
}
