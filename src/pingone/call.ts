/**
 * The one call helper every resource module (users, passwords, populations, password policies)
 * sends through: worker or user bearer token, correlation header, JSON body, GET-only retries and
 * one token refresh on 401 INVALID_TOKEN. Plus the small readers built on it: a checked JSON
 * answer, and a GET whose 404 NOT_FOUND is `null`.
 */
import { type CheckContext, RESOURCE_ID } from './check.js';
import { PingOneApiError } from './errors.js';
import { bodyText, errorFrom, type HttpSettings, processJson, send } from './http.js';
import type { TokenSource } from './token.js';
import type { RequestOptions } from './types.js';

/** Vendor content types of the multiplexed endpoints (docs/pingone-behaviour.md §3.1, §4.1). */
export const CONTENT_TYPES = {
  json: 'application/json',
  userImport: 'application/vnd.pingidentity.user.import+json',
  passwordCheck: 'application/vnd.pingidentity.password.check+json',
  passwordSet: 'application/vnd.pingidentity.password.set+json',
  passwordReset: 'application/vnd.pingidentity.password.reset+json',
  passwordForceChange: 'application/vnd.pingidentity.password.forceChange',
  passwordUnlock: 'application/vnd.pingidentity.password.unlock+json',
  passwordSendRecoveryCode: 'application/vnd.pingidentity.password.sendRecoveryCode+json',
  passwordRecover: 'application/vnd.pingidentity.password.recover+json',
  userSendVerificationCode: 'application/vnd.pingidentity.user.sendVerificationCode+json',
  userVerify: 'application/vnd.pingidentity.user.verify+json',
  emailVerificationSend: 'application/vnd.pingidentity.user.emailVerification.send+json',
  emailVerificationVerify: 'application/vnd.pingidentity.user.emailVerification.verify+json',
} as const;

/** Whose token a call carries: the cached worker token, or a user's own access token. */
export type Auth = { kind: 'worker' } | { kind: 'bearer'; token: string };

/** One Management API call. */
export interface ApiCall {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Absolute URL. */
  url: string;
  contentType?: string;
  body?: unknown;
  opts?: RequestOptions | undefined;
  auth?: Auth;
}

/** What the resource modules need: the environment's URL, a way to send a call, and the clock. */
export interface Api {
  /** `{apiBase}/environments/{environmentId}`. */
  readonly envUrl: string;
  call(c: ApiCall): Promise<Response>;
  now(): number;
}

/** A checker of a whole response body. */
export type BodyCheck<T> = (ctx: CheckContext, v: unknown) => T;

/**
 * Sanitises a value for `X-Ping-External-Transaction-ID` the way PingOne does (docs/pingone-behaviour.md §8.2):
 * characters other than letters, digits and `. _ - / @ = # +` become `_`, and the result is at
 * most 100 characters. PingOne also accepts non-ASCII letters and marks, but an HTTP header value
 * cannot carry them portably (fetch refuses anything above U+00FF, and Latin-1 bytes are decoded
 * inconsistently), so they become `_` as well. Returns `null` for an empty result.
 */
export function sanitizeTransactionId(value: string): string | null {
  const out = Array.from(value.replace(/[^A-Za-z0-9._\-/@=#+]/g, '_'))
    .slice(0, 100)
    .join('');
  return out.length > 0 ? out : null;
}

/** The `X-Ping-External-Transaction-ID` header of a request, when it asked for one. */
export function correlationHeaders(opts: RequestOptions | undefined): Record<string, string> {
  const id = opts?.transactionId === undefined ? null : sanitizeTransactionId(opts.transactionId);
  return id === null ? {} : { 'x-ping-external-transaction-id': id };
}

/** A resource id for a URL path; a `TypeError` before any request when it has path syntax. */
export function pathId(name: string, value: string): string {
  if (typeof value !== 'string' || !RESOURCE_ID.test(value)) {
    throw new TypeError(`${name} must be a PingOne resource id`);
  }
  return value;
}

function isInvalidTokenError(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const o = body as { code?: unknown; details?: unknown };
  if (o.code === 'INVALID_TOKEN') return true;
  return (
    Array.isArray(o.details) &&
    o.details.some(
      (d) =>
        typeof d === 'object' && d !== null && (d as { code?: unknown }).code === 'INVALID_TOKEN',
    )
  );
}

/**
 * The transport-backed {@link Api}. Sends a Management API call with the worker token (or the
 * given bearer). Only GET is retried. A 401 INVALID_TOKEN on the worker token triggers one
 * refresh and one resend: PingOne rejected the request before acting on it, so even a
 * non-idempotent call is safe to resend once.
 */
export function createApi(http: HttpSettings, tokens: TokenSource, envUrl: string): Api {
  async function call(c: ApiCall): Promise<Response> {
    const auth = c.auth ?? { kind: 'worker' };
    const signal = c.opts?.signal;
    for (let refreshed = false; ; refreshed = true) {
      const token =
        auth.kind === 'worker' ? await tokens.get(signal, correlationHeaders(c.opts)) : auth.token;
      const headers: Record<string, string> = {
        accept: 'application/json',
        authorization: `Bearer ${token}`,
        ...correlationHeaders(c.opts),
      };
      if (c.contentType) headers['content-type'] = c.contentType;
      const response = await send(http, {
        method: c.method,
        url: c.url,
        headers,
        ...(c.body === undefined ? {} : { body: JSON.stringify(c.body) }),
        retry: c.method === 'GET',
        signal,
      });
      if (response.status === 401 && auth.kind === 'worker' && !refreshed) {
        let body: unknown = null;
        try {
          body = JSON.parse(await bodyText(response));
        } catch {
          // Not JSON: not PingOne's INVALID_TOKEN answer; reported below as is.
        }
        if (isInvalidTokenError(body)) {
          tokens.invalidate(token);
          continue;
        }
      }
      return response;
    }
  }
  return { envUrl, call, now: () => http.now() };
}

/** Sends `c` and checks its 2xx JSON answer; any other answer becomes the client's error. */
export async function json<T>(api: Api, c: ApiCall, check: BodyCheck<T>): Promise<T> {
  return processJson(await api.call(c), api.now(), check);
}

/** GET that maps PingOne's 404 NOT_FOUND to `null`. */
export async function getOrNull<T>(
  api: Api,
  url: string,
  opts: RequestOptions | undefined,
  check: BodyCheck<T>,
): Promise<T | null> {
  const response = await api.call({ method: 'GET', url, opts });
  if (response.status === 404) {
    try {
      await errorFrom(response, api.now());
    } catch (err) {
      if (err instanceof PingOneApiError && err.apiCode === 'NOT_FOUND') return null;
      throw err;
    }
  }
  return processJson(response, api.now(), check);
}
