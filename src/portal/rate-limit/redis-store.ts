/**
 * A {@link CounterStore} in Redis (through ioredis), so several portal instances share rate-limit
 * counters and the finished-recovery-flow guard.
 *
 * Failure behaviour (issue 8): no command waits for a connection. ioredis runs with
 * `enableOfflineQueue: false` and a per-command timeout, so while Redis is unreachable every call
 * rejects at once (or within `commandTimeoutMs` when Redis hangs) with
 * {@link CounterStoreUnavailableError}; the rate-limit plugin turns that into a 503 page, so limits
 * fail closed. ioredis reconnects by itself with a capped back-off; the store logs one warning when
 * the connection drops and one info line when it is back, never one per request, and never the
 * URL or its password.
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import { Redis, type RedisOptions, type Result } from 'ioredis';
import type { RedisConfig } from '../config.js';
import { type CounterStore, CounterStoreUnavailableError, type HitResult } from './store.js';

/** "Increment and start the window on the first hit", atomically. Returns `{count, pttl}`. */
const HIT_SCRIPT =
  "local c = redis.call('INCR', KEYS[1]) if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end " +
  "local t = redis.call('PTTL', KEYS[1]) if t < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) t = tonumber(ARGV[1]) end return {c, t}";

/** The few log methods the store needs (a pino logger fits). */
export interface StoreLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Options of {@link createRedisStore}: the `REDIS_*` settings. */
export type RedisStoreOptions = Pick<RedisConfig, 'url' | 'prefix'> &
  Partial<Omit<RedisConfig, 'url' | 'prefix'>> & {
    /** Where connection changes are logged (default: nowhere). */
    log?: StoreLog;
  };

/** A Redis-backed {@link CounterStore}. */
export interface RedisCounterStore extends CounterStore {
  /** The ioredis connection (tests). */
  readonly client: Redis;
}

/** Server replies that mean the settings are wrong, not that Redis is away. */
const CONFIG_REPLY = /^(WRONGPASS|NOAUTH|NOPERM|ERR invalid DB index|ERR DB index is out of range)/;

/** A log-safe description of a connection or command error: class, code and message. */
export function describeRedisError(
  err: unknown,
  secrets: readonly string[] = [],
): {
  type: string;
  code?: string;
  message: string;
} {
  if (!(err instanceof Error)) return { type: typeof err, message: String(err) };
  let message = err.message;
  for (const s of secrets) if (s) message = message.split(s).join('[redacted]');
  const code = (err as { code?: unknown }).code;
  return { type: err.name, ...(typeof code === 'string' ? { code } : {}), message };
}

/** ioredis options for `options` (exported for tests of the URL and sentinel handling). */
export function redisClientOptions(options: RedisStoreOptions): RedisOptions {
  const url = new URL(options.url);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new TypeError('REDIS_URL must be a redis:// or rediss:// URL');
  }
  const db = url.pathname.replace(/^\//, '');
  const reconnectMaxMs = options.reconnectMaxMs ?? 2000;
  let tls: ConnectionOptions | undefined;
  if (url.protocol === 'rediss:') {
    tls = options.tlsCaFile ? { ca: readFileSync(options.tlsCaFile) } : {};
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (host && !isIP(host) && !options.sentinels?.length) tls.servername = host;
  }
  const common: RedisOptions = {
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    db: db ? Number(db) : 0,
    ...(tls ? { tls } : {}),
    connectTimeout: options.connectTimeoutMs ?? 2000,
    commandTimeout: options.commandTimeoutMs ?? 500,
    // Never hold a command for later: fail it now, the caller answers 503.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    // Capped exponential back-off, forever: the portal recovers by itself when Redis is back.
    retryStrategy: (times: number) => Math.min(50 * 2 ** Math.min(times, 16), reconnectMaxMs),
    lazyConnect: true,
  };
  if (options.sentinels && options.sentinels.length > 0) {
    return {
      ...common,
      sentinels: options.sentinels,
      name: options.sentinelName ?? 'mymaster',
      ...(options.sentinelPassword ? { sentinelPassword: options.sentinelPassword } : {}),
      sentinelRetryStrategy: (times: number) =>
        Math.min(50 * 2 ** Math.min(times, 16), reconnectMaxMs),
    };
  }
  return {
    ...common,
    host: url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: url.port ? Number(url.port) : 6379,
  };
}

declare module 'ioredis' {
  interface RedisCommander<Context> {
    p1ssHit(key: string, windowMs: number): Result<[number, number], Context>;
  }
}

/**
 * Creates the store and makes the first connection attempt. Resolves once connected, or once that
 * first attempt failed for a network reason (the store then keeps reconnecting and is not ready
 * meanwhile). Rejects only when Redis refuses the settings (wrong password, no such db), which a
 * restart would not fix.
 */
export async function createRedisStore(options: RedisStoreOptions): Promise<RedisCounterStore> {
  const log = options.log;
  const url = new URL(options.url);
  const secrets = [
    decodeURIComponent(url.password),
    url.password,
    options.sentinelPassword ?? '',
  ].filter((s) => s.length > 0);
  const client = new Redis(redisClientOptions(options));
  client.defineCommand('p1ssHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
  const where = options.sentinels?.length
    ? { sentinelName: options.sentinelName, sentinels: options.sentinels.length }
    : {
        host: url.hostname || '127.0.0.1',
        port: Number(url.port || 6379),
        tls: url.protocol === 'rediss:',
      };

  // Connection state, logged on change only.
  let up: boolean | null = null;
  let lastError: unknown = null;
  let closing = false;
  // A command timeout with the socket still open (Redis hung): not ready until a reply arrives.
  let stalled = false;
  let probing = false;
  let refused: unknown = null;
  client.on('error', (err: unknown) => {
    lastError = err;
    if (err instanceof Error && CONFIG_REPLY.test(err.message)) refused ??= err;
    if (up !== false && !closing) {
      up = false;
      log?.warn(
        { event: 'redis_unavailable', ...where, err: describeRedisError(err, secrets) },
        'Redis is unreachable: POSTs that need a rate-limit counter answer 503 until it is back',
      );
    }
  });
  client.on('close', () => {
    if (up === true && !closing) {
      up = false;
      log?.warn(
        {
          event: 'redis_unavailable',
          ...where,
          err: lastError
            ? describeRedisError(lastError, secrets)
            : { type: 'ConnectionClosed', message: 'connection closed by the server' },
        },
        'Redis is unreachable: POSTs that need a rate-limit counter answer 503 until it is back',
      );
    }
  });
  client.on('ready', () => {
    const wasDown = up === false;
    up = true;
    lastError = null;
    stalled = false;
    log?.info(
      { event: wasDown ? 'redis_reconnected' : 'redis_connected', ...where },
      wasDown ? 'Redis is reachable again' : 'connected to Redis',
    );
  });

  const isReady = () => client.status === 'ready' && !stalled;
  const unavailable = (err: unknown): CounterStoreUnavailableError => {
    const d = describeRedisError(err, secrets);
    let code = d.code ?? 'REDIS_ERROR';
    if (/timed out/i.test(d.message)) {
      code = 'COMMAND_TIMEOUT';
      stalled = true;
    } else if (/enableOfflineQueue|Connection is closed|Stream isn't writeable/i.test(d.message)) {
      code = 'NOT_CONNECTED';
    }
    return new CounterStoreUnavailableError(code, `redis: ${d.message}`, { cause: err });
  };
  const run = async <T>(fn: () => Promise<T>): Promise<T> => {
    if (client.status !== 'ready') {
      throw new CounterStoreUnavailableError(
        'NOT_CONNECTED',
        `redis: not connected (${client.status})`,
      );
    }
    // While Redis hangs, one command at a time probes it; the others fail at once instead of
    // piling up behind it on the socket.
    const probe = stalled;
    if (probe && probing) {
      throw new CounterStoreUnavailableError('STALLED', 'redis: not answering (probe in flight)');
    }
    if (probe) probing = true;
    try {
      const result = await fn();
      stalled = false;
      return result;
    } catch (err) {
      throw unavailable(err);
    } finally {
      if (probe) probing = false;
    }
  };

  // ioredis reports a refused AUTH or SELECT as an 'error' event (and, for SELECT, goes on in
  // db 0): check what the first attempt reported.
  await client.connect().catch(() => {
    // Unreachable for now: ioredis keeps retrying; the store is not ready meanwhile.
  });
  if (refused) {
    closing = true;
    client.disconnect();
    throw new CounterStoreUnavailableError(
      'REDIS_REFUSED',
      `Redis refused the REDIS_URL settings: ${describeRedisError(refused, secrets).message}`,
    );
  }

  const key = (k: string) => `${options.prefix}${k}`;
  return {
    client,
    async hit(k, windowMs): Promise<HitResult> {
      const r = await run(() => client.p1ssHit(key(k), Math.max(1, Math.round(windowMs))));
      if (!Array.isArray(r) || typeof r[0] !== 'number' || typeof r[1] !== 'number') {
        throw new CounterStoreUnavailableError('BAD_REPLY', 'redis: unexpected hit-script reply');
      }
      return { count: r[0], resetMs: r[1] };
    },
    async peek(k) {
      const [count, ttl] = await run(() =>
        client
          .multi()
          .get(key(k))
          .pttl(key(k))
          .exec()
          .then((rs) =>
            (rs ?? []).map(([e, v]) => {
              if (e) throw e;
              return v;
            }),
          ),
      );
      if (count === null || typeof ttl !== 'number' || ttl < 0) return { count: 0, resetMs: 0 };
      return { count: Number(count), resetMs: ttl };
    },
    async reset() {
      let cursor = '0';
      do {
        const [next, keys] = await run(() =>
          client.scan(cursor, 'MATCH', `${options.prefix}*`, 'COUNT', 500),
        );
        cursor = next;
        if (keys.length > 0) await run(() => client.del(...keys));
      } while (cursor !== '0');
    },
    isReady,
    async close() {
      closing = true;
      if (client.status === 'ready') await client.quit().catch(() => undefined);
      client.disconnect();
    },
  };
}
