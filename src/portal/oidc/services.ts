/**
 * The sign-in services decorated as `app.signIn` (null when sign-in is off): the settings, the
 * relying party, the server-side store and the signed-in sessions built on it.
 */
import type { FastifyRequest } from 'fastify';
import type { CounterStore } from '../rate-limit/store.js';
import type { Sealer } from '../session/crypto.js';
import { type AccountSessions, createAccountSessions } from './account-session.js';
import { createOidcClient, type OidcClient } from './client.js';
import type { SignInSettings } from './settings.js';
import { createMemorySignInStore, createRedisSignInStore, type SignInStore } from './store.js';

/** Everything the sign-in, sign-on and account routes share. */
export interface SignInServices {
  settings: SignInSettings;
  oidc: OidcClient;
  store: SignInStore;
  accounts: AccountSessions;
  /** `RETURN_URLS`. */
  returnUrls: readonly string[];
}

declare module 'fastify' {
  interface FastifyInstance {
    signIn: SignInServices | null;
  }
}

/** Builds the services; the store shares the counter store's Redis connection when it has one. */
export function createSignInServices(o: {
  settings: SignInSettings;
  counterStore: CounterStore;
  redisPrefix: string;
  sealer: Sealer;
  idleMs: number;
  absoluteMs: number;
  timeoutMs: number;
  returnUrls: readonly string[];
  now: () => number;
  fetch?: typeof fetch;
}): SignInServices {
  const redis = (o.counterStore as { client?: unknown }).client;
  const store =
    redis && typeof (redis as { set?: unknown }).set === 'function'
      ? createRedisSignInStore(redis as Parameters<typeof createRedisSignInStore>[0], o.redisPrefix)
      : createMemorySignInStore(o.now);
  const oidc = createOidcClient(o.settings, {
    timeoutMs: o.timeoutMs,
    now: o.now,
    ...(o.fetch ? { fetch: o.fetch } : {}),
  });
  return {
    settings: o.settings,
    oidc,
    store,
    accounts: createAccountSessions({
      store,
      sealer: o.sealer,
      oidc,
      idleMs: o.idleMs,
      absoluteMs: o.absoluteMs,
      now: o.now,
    }),
    returnUrls: o.returnUrls,
  };
}

/**
 * Where `?return_to=` may lead: a same-origin path, or an absolute URL under one of `RETURN_URLS`
 * (same origin, path at or below the listed one). Anything else is `fallback`: no open redirect.
 */
export function safeReturnTo(
  value: unknown,
  allowed: readonly string[],
  fallback = '/account',
): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return fallback;
  // A path on this site: one leading slash, no scheme-relative `//` or `/\` tricks, no controls.
  if (/^\/(?![/\\])[^\s\\]*$/.test(value) && !/\p{Cc}/u.test(value)) return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fallback;
  }
  for (const entry of allowed) {
    const base = new URL(entry);
    if (url.origin !== base.origin || url.username || url.password) continue;
    const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
    if (url.pathname === base.pathname || url.pathname.startsWith(prefix)) return url.href;
  }
  return fallback;
}

/** The request's `?return_to=`, checked. */
export function returnToOf(request: FastifyRequest, fallback?: string): string {
  const services = request.server.signIn;
  const query = request.query as Record<string, unknown> | undefined;
  return safeReturnTo(query?.return_to, services?.returnUrls ?? [], fallback);
}
