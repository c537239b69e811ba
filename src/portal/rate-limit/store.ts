/**
 * Counter stores for rate limits. The portal counts hits in fixed windows; a store only has to
 * increment a key and report when its window ends. The in-memory store suits one instance; the
 * Redis store (`redis-store.ts`) shares counters between instances.
 */

/** Result of one hit. */
export interface HitResult {
  /** Hits in the current window, including this one. */
  count: number;
  /** Milliseconds until the window ends. */
  resetMs: number;
}

/** Where rate-limit counters live. */
export interface CounterStore {
  /** Adds one to `key`'s counter in a window of `windowMs` that starts at the first hit. */
  hit(key: string, windowMs: number): Promise<HitResult>;
  /** Reads `key`'s counter without changing it (count 0 when absent). */
  peek(key: string): Promise<HitResult>;
  /** Forgets every counter (tests). */
  reset(): Promise<void>;
  /**
   * Whether commands can be served now (the memory store: always). Synchronous and cheap, for
   * `/readyz` and metrics; a store that is not ready fails its calls with
   * {@link CounterStoreUnavailableError} instead of queueing them.
   */
  isReady(): boolean;
  close(): Promise<void>;
}

/**
 * A counter store call that could not be served (Redis unreachable, too slow, or refusing).
 * `code` names the cause (e.g. `ECONNREFUSED`, `COMMAND_TIMEOUT`, `NOT_CONNECTED`); the message
 * holds no secret.
 */
export class CounterStoreUnavailableError extends Error {
  override readonly name = 'CounterStoreUnavailableError';
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  now?: () => number;
  /** Most keys kept; the oldest are dropped beyond it. Default 100 000. */
  maxKeys?: number;
}

/** An in-process {@link CounterStore}. */
export function createMemoryStore(options: MemoryStoreOptions = {}): CounterStore {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 100_000;
  const counters = new Map<string, { count: number; resetAt: number }>();

  const sweep = () => {
    const t = now();
    for (const [k, v] of counters) if (v.resetAt <= t) counters.delete(k);
  };
  const timer = setInterval(sweep, 60_000);
  timer.unref();

  const store: CounterStore = {
    isReady: () => true,
    async hit(key, windowMs) {
      const t = now();
      let entry = counters.get(key);
      if (!entry || entry.resetAt <= t) {
        if (counters.size >= maxKeys) {
          sweep();
          const oldest = counters.keys().next();
          if (counters.size >= maxKeys && !oldest.done) counters.delete(oldest.value);
        }
        entry = { count: 0, resetAt: t + windowMs };
        counters.set(key, entry);
      }
      entry.count += 1;
      return { count: entry.count, resetMs: entry.resetAt - t };
    },
    async peek(key) {
      const t = now();
      const entry = counters.get(key);
      if (!entry || entry.resetAt <= t) return { count: 0, resetMs: 0 };
      return { count: entry.count, resetMs: entry.resetAt - t };
    },
    async reset() {
      counters.clear();
    },
    async close() {
      clearInterval(timer);
      counters.clear();
    },
  };
  return store;
}
