/**
 * Rate-limit plugin: per client IP and per account identifier, per form, over a
 * {@link CounterStore}. Tripping a limit answers `RATE_LIMITED` (429 + `Retry-After`) with the
 * same page whatever the identifier, so the limiter is no account oracle. The client IP is
 * `request.ip`, which honours `X-Forwarded-For` only when `TRUST_PROXY` is configured.
 *
 * Limits fail closed: when the store cannot answer (Redis down or hung), every call through
 * `app.limits` (and `app.limits.store`) throws `STORE_UNAVAILABLE` (503 + `Retry-After`), at once
 * or within the store's command timeout, never waiting for a reconnection.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { PortalError } from '../errors.js';
import type { CounterStore } from '../rate-limit/store.js';

/** Seconds a client is asked to wait when the counter store is unavailable. */
export const STORE_RETRY_AFTER_SECONDS = 60;

/** `store` whose failures become `STORE_UNAVAILABLE` portal errors. */
export function guardStore(store: CounterStore): CounterStore {
  const guard = async <T>(what: string, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      throw new PortalError(
        'STORE_UNAVAILABLE',
        `counter store ${what} failed${typeof code === 'string' ? ` (${code})` : ''}`,
        { retryAfterSeconds: STORE_RETRY_AFTER_SECONDS, cause: err },
      );
    }
  };
  return {
    hit: (key, windowMs) => guard('hit', () => store.hit(key, windowMs)),
    peek: (key) => guard('peek', () => store.peek(key)),
    reset: () => store.reset(),
    isReady: () => store.isReady(),
    close: () => store.close(),
  };
}

/** Options of the rate-limit plugin. */
export interface RateLimitOptions {
  store: CounterStore;
  ipPerMinute: number;
  accountPerHour: number;
  /** Called once per refusal, with the limit and the form (for the refusal counter). */
  onRefused?: (limit: 'ip' | 'account', form: string) => void;
}

/** The limiter decorated on the instance as `app.limits`. */
export interface Limiter {
  /** Counts one POST of `form` from the client's IP; throws `RATE_LIMITED` beyond the limit. */
  consumeIp(request: FastifyRequest, form: string): Promise<void>;
  /** Counts one POST of `form` for `identifier`; throws `RATE_LIMITED` beyond the limit. */
  consumeAccount(request: FastifyRequest, form: string, identifier: string): Promise<void>;
  /**
   * Counts one use of a budget (`limit` per `windowMs`) without throwing: `allowed` is false once
   * the budget is spent.
   */
  take(
    key: string,
    windowMs: number,
    limit: number,
  ): Promise<{ allowed: boolean; retryAfterSeconds: number }>;
  readonly store: CounterStore;
}

declare module 'fastify' {
  interface FastifyInstance {
    limits: Limiter;
  }
}

/** A stable, non-reversible key for an account identifier (so no e-mail sits in the store). */
export function identifierKey(identifier: string): string {
  return createHash('sha256')
    .update(identifier.normalize('NFKC').trim().toLowerCase())
    .digest('base64url')
    .slice(0, 32);
}

const rateLimitPlugin: FastifyPluginAsync<RateLimitOptions> = async (app, opts) => {
  if (!opts.store || !(opts.ipPerMinute > 0) || !(opts.accountPerHour > 0)) {
    throw new TypeError('rate-limit: store, ipPerMinute and accountPerHour are required');
  }
  const store = guardStore(opts.store);
  const take: Limiter['take'] = async (key, windowMs, limit) => {
    const { count, resetMs } = await store.hit(key, windowMs);
    return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Math.ceil(resetMs / 1000)) };
  };
  const enforce = async (
    request: FastifyRequest,
    scope: 'ip' | 'account',
    key: string,
    windowMs: number,
    limit: number,
    form: string,
  ) => {
    const r = await take(key, windowMs, limit);
    if (!r.allowed) {
      request.log.info({ event: 'rate_limited', form, scope }, 'rate limit hit');
      opts.onRefused?.(scope, form);
      throw new PortalError('RATE_LIMITED', `${scope} limit on ${form}`, {
        params: { count: Math.max(1, Math.ceil(r.retryAfterSeconds / 60)) },
        retryAfterSeconds: r.retryAfterSeconds,
      });
    }
  };
  app.decorate('limits', {
    store,
    take,
    consumeIp: (request, form) =>
      enforce(request, 'ip', `ip:${form}:${request.ip}`, 60_000, opts.ipPerMinute, form),
    consumeAccount: (request, form, identifier) =>
      enforce(
        request,
        'account',
        `acct:${form}:${identifierKey(identifier)}`,
        3_600_000,
        opts.accountPerHour,
        form,
      ),
  } satisfies Limiter);
};

/** Registers `app.limits`. */
export const rateLimit = fp(rateLimitPlugin, { name: 'portal-rate-limit' });
