/**
 * The signed-in session: tokens and a few claims kept on the server (sealed, in the sign-in
 * store) under a random key that only the sealed session cookie holds. It ends after the idle
 * timeout (`SESSION_IDLE_MINUTES`) or the absolute lifetime (`SESSION_ABSOLUTE_HOURS`), and its
 * access token is refreshed (PingOne rotates the refresh token) shortly before it expires.
 */
import type { FastifyRequest } from 'fastify';
import type { IDToken } from 'openid-client';
import { PortalError } from '../errors.js';
import type { Sealer } from '../session/crypto.js';
import { randomToken } from '../session/crypto.js';
import type { OidcClient, TokenResult } from './client.js';
import type { SignInStore } from './store.js';

/** What the portal keeps about a signed-in person (never sent to the browser). */
export interface Account {
  userId: string;
  /** PingOne's session id (`sid`), to tell the current session among the user's sessions. */
  sid: string | null;
  idToken: string;
  claims: IDToken;
  accessToken: string;
  accessExpiresAt: number;
  refreshToken: string | null;
  /** When the person last typed their password (`auth_time`, ms). */
  authTime: number;
  signedInAt: number;
  lastSeen: number;
}

/** Options of {@link createAccountSessions}. */
export interface AccountSessionOptions {
  store: SignInStore;
  sealer: Sealer;
  oidc: OidcClient;
  idleMs: number;
  absoluteMs: number;
  now: () => number;
}

/** Refresh this long before the access token expires. */
const REFRESH_SKEW_MS = 60_000;
const SEAL_NAME = 'signed-in';

/** The signed-in session operations the routes use. */
export interface AccountSessions {
  /** Starts a session from a validated token response; the cookie gets the new key. */
  start(request: FastifyRequest, tokens: TokenResult): Promise<Account>;
  /**
   * The request's signed-in session, or null when there is none, it idled out or passed its
   * absolute lifetime. Refreshes the access token when it is about to expire; a refused refresh
   * ends the session and throws `SIGNIN_EXPIRED`.
   */
  current(request: FastifyRequest): Promise<Account | null>;
  /** Calls `fn` with a valid access token; on 401 refreshes once and calls it again. */
  withToken<T>(
    request: FastifyRequest,
    account: Account,
    fn: (token: string) => Promise<T>,
  ): Promise<T>;
  /** Ends the request's signed-in session (server side and cookie); returns what it was. */
  end(request: FastifyRequest): Promise<Account | null>;
  /** Ends the portal session signed in with PingOne session `sid`, on whichever instance. */
  endBySid(sid: string): Promise<void>;
}

/** Builds the signed-in session operations. */
export function createAccountSessions(o: AccountSessionOptions): AccountSessions {
  const ttl = (a: Account) =>
    Math.max(1, Math.min(o.idleMs, a.signedInAt + o.absoluteMs - o.now()));
  const save = async (key: string, a: Account) =>
    o.store.put(key, o.sealer.seal(a, SEAL_NAME), ttl(a));
  const load = async (key: string): Promise<Account | null> => {
    const raw = await o.store.get(key);
    return raw === null ? null : (o.sealer.open(raw, SEAL_NAME) as Account | null);
  };
  const fromTokens = (tokens: TokenResult, previous: Account | null): Account => {
    const t = o.now();
    const authTime = tokens.claims.auth_time;
    return {
      userId: tokens.claims.sub,
      sid: typeof tokens.claims.sid === 'string' ? tokens.claims.sid : (previous?.sid ?? null),
      idToken: tokens.idToken,
      claims: tokens.claims,
      accessToken: tokens.accessToken,
      accessExpiresAt: tokens.accessExpiresAt,
      refreshToken: tokens.refreshToken,
      authTime: typeof authTime === 'number' ? authTime * 1000 : (previous?.authTime ?? t),
      signedInAt: previous?.signedInAt ?? t,
      lastSeen: t,
    };
  };
  const endKey = async (request: FastifyRequest, key: string) => {
    await o.store.delete(key);
    request.session.account = null;
    request.session.userLanguage = null;
  };
  const refresh = async (request: FastifyRequest, key: string, a: Account): Promise<Account> => {
    if (!a.refreshToken) {
      await endKey(request, key);
      throw new PortalError('SIGNIN_EXPIRED', 'access token expired, no refresh token');
    }
    let next: Account;
    try {
      next = fromTokens(await o.oidc.refresh(a.refreshToken, a), a);
    } catch (err) {
      await endKey(request, key);
      throw new PortalError('SIGNIN_EXPIRED', 'refresh refused', { cause: err });
    }
    await save(key, next);
    return next;
  };

  return {
    async start(request, tokens) {
      const previous = request.session.account;
      if (previous) await o.store.delete(previous);
      const key = randomToken(24);
      const account = fromTokens(tokens, null);
      await save(key, account);
      if (account.sid) await o.store.put(`sid:${account.sid}`, key, o.absoluteMs);
      request.session.account = key;
      // The ID token's `locale` (profile scope) until the account page reads preferredLanguage.
      const locale = account.claims.locale;
      request.session.userLanguage = {
        preferredLanguage: null,
        locale: typeof locale === 'string' ? locale.slice(0, 64) : null,
      };
      return account;
    },
    async current(request) {
      const key = request.session.account;
      if (!key) return null;
      const a = await load(key);
      const t = o.now();
      if (!a || t - a.lastSeen > o.idleMs || t - a.signedInAt > o.absoluteMs) {
        await endKey(request, key);
        return null;
      }
      const live = a.accessExpiresAt - t < REFRESH_SKEW_MS ? await refresh(request, key, a) : a;
      live.lastSeen = t;
      await save(key, live);
      return live;
    },
    async withToken(request, account, fn) {
      try {
        return await fn(account.accessToken);
      } catch (err) {
        const key = request.session.account;
        if ((err as { status?: unknown }).status !== 401 || !key) throw err;
        const next = await refresh(request, key, account);
        Object.assign(account, next);
        return fn(next.accessToken);
      }
    },
    async end(request) {
      const key = request.session.account;
      if (!key) return null;
      const a = await load(key);
      await endKey(request, key);
      return a;
    },
    async endBySid(sid) {
      const key = await o.store.get(`sid:${sid}`);
      if (key) await o.store.delete(key);
      await o.store.delete(`sid:${sid}`);
    },
  };
}
