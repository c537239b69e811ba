/**
 * A {@link CounterStore} in Redis, so several portal instances share rate-limit counters.
 * Speaks just enough RESP over `node:net` (no dependency): one connection, pipelined commands,
 * an atomic Lua script for "increment and set the window on first hit".
 */
import { connect, type Socket } from 'node:net';
import type { CounterStore, HitResult } from './store.js';

type Reply = string | number | null | Reply[] | Error;

const HIT_SCRIPT =
  "local c = redis.call('INCR', KEYS[1]) if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end " +
  "local t = redis.call('PTTL', KEYS[1]) if t < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) t = tonumber(ARGV[1]) end return {c, t}";

/** Parses one RESP reply from `buf` at `pos`; returns null when incomplete. */
export function parseReply(buf: Buffer, pos: number): { value: Reply; next: number } | null {
  const eol = buf.indexOf('\r\n', pos);
  if (eol < 0) return null;
  const type = String.fromCharCode(buf[pos]!);
  const line = buf.toString('utf8', pos + 1, eol);
  const after = eol + 2;
  switch (type) {
    case '+':
      return { value: line, next: after };
    case '-':
      return { value: new Error(line), next: after };
    case ':':
      return { value: Number(line), next: after };
    case '$': {
      const len = Number(line);
      if (len < 0) return { value: null, next: after };
      if (buf.length < after + len + 2) return null;
      return { value: buf.toString('utf8', after, after + len), next: after + len + 2 };
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return { value: null, next: after };
      const items: Reply[] = [];
      let at = after;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buf, at);
        if (!item) return null;
        items.push(item.value);
        at = item.next;
      }
      return { value: items, next: at };
    }
    default:
      throw new Error(`unexpected RESP type byte ${type.charCodeAt(0)}`);
  }
}

function encode(args: (string | number)[]): Buffer {
  const parts = [`*${args.length}\r\n`];
  for (const a of args) {
    const s = String(a);
    parts.push(`$${Buffer.byteLength(s)}\r\n${s}\r\n`);
  }
  return Buffer.from(parts.join(''));
}

/** Options of {@link createRedisStore}. */
export interface RedisStoreOptions {
  /** `redis://[user:password@]host:port[/db]`. */
  url: string;
  /** Prefix of every key. */
  prefix: string;
}

/** Connects to Redis and returns a {@link CounterStore}. */
export async function createRedisStore(options: RedisStoreOptions): Promise<CounterStore> {
  const url = new URL(options.url);
  if (url.protocol !== 'redis:') throw new Error('only redis:// URLs are supported');
  const socket: Socket = await new Promise((resolveSocket, reject) => {
    const s = connect({ host: url.hostname || '127.0.0.1', port: Number(url.port || 6379) });
    s.once('connect', () => resolveSocket(s));
    s.once('error', reject);
  });
  socket.setNoDelay(true);
  const pending: { resolve: (r: Reply) => void; reject: (e: Error) => void }[] = [];
  let buffer = Buffer.alloc(0);
  let closed = false;
  socket.on('data', (chunk) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    let pos = 0;
    for (;;) {
      const parsed = parseReply(buffer, pos);
      if (!parsed) break;
      pos = parsed.next;
      const waiter = pending.shift();
      if (!waiter) continue;
      if (parsed.value instanceof Error) waiter.reject(parsed.value);
      else waiter.resolve(parsed.value);
    }
    buffer = buffer.subarray(pos);
  });
  const failAll = (err: Error) => {
    closed = true;
    for (const w of pending.splice(0)) w.reject(err);
  };
  socket.on('error', (err) => failAll(new Error(`redis connection error: ${err.message}`)));
  socket.on('close', () => failAll(new Error('redis connection closed')));

  const command = (...args: (string | number)[]) =>
    new Promise<Reply>((resolveReply, reject) => {
      if (closed) {
        reject(new Error('redis connection closed'));
        return;
      }
      pending.push({ resolve: resolveReply, reject });
      socket.write(encode(args));
    });

  if (url.password) {
    await command(
      'AUTH',
      ...(url.username ? [decodeURIComponent(url.username)] : []),
      decodeURIComponent(url.password),
    );
  }
  const db = url.pathname.replace('/', '');
  if (db) await command('SELECT', Number(db));

  const key = (k: string) => `${options.prefix}${k}`;
  return {
    async hit(k, windowMs): Promise<HitResult> {
      const r = await command('EVAL', HIT_SCRIPT, 1, key(k), Math.max(1, Math.round(windowMs)));
      if (!Array.isArray(r) || typeof r[0] !== 'number' || typeof r[1] !== 'number') {
        throw new Error('unexpected redis reply to the hit script');
      }
      return { count: r[0], resetMs: r[1] };
    },
    async peek(k) {
      const [count, ttl] = await Promise.all([command('GET', key(k)), command('PTTL', key(k))]);
      if (count === null || typeof ttl !== 'number' || ttl < 0) return { count: 0, resetMs: 0 };
      return { count: Number(count), resetMs: ttl };
    },
    async reset() {
      let cursor = '0';
      do {
        const r = await command('SCAN', cursor, 'MATCH', `${options.prefix}*`, 'COUNT', 500);
        if (!Array.isArray(r) || typeof r[0] !== 'string' || !Array.isArray(r[1])) break;
        cursor = r[0];
        const keys = r[1].filter((x): x is string => typeof x === 'string');
        if (keys.length > 0) await command('DEL', ...keys);
      } while (cursor !== '0');
    },
    async close() {
      if (closed) return;
      await command('QUIT').catch(() => undefined);
      socket.destroy();
      closed = true;
    },
  };
}
