/**
 * Worker access token: `client_credentials` request, response check, and a single-flight cache.
 * The secret and the token live only in this closure; nothing here is enumerable or logged.
 */
import { checkTokenResponse } from './check.js';
import { PingOneAuthError, PingOneNetworkError } from './errors.js';
import { errorFrom, type HttpSettings, readJson, redactUrl, send } from './http.js';
import type { TokenResponse } from './model.js';

/** Token endpoint settings. */
export interface TokenSettings {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  authMethod: 'client_secret_basic' | 'client_secret_post';
  skewSeconds: number;
}

/** The single-flight token cache used by the client. */
export interface TokenSource {
  get(signal?: AbortSignal, transactionHeaders?: Record<string, string>): Promise<string>;
  /** Drops the cached token if it is still `token` (so concurrent 401s refresh only once). */
  invalidate(token: string): void;
  requestCount(): number;
}

// Go's url.QueryEscape, as used by golang.org/x/oauth2 (and so by Ping's own Go SDK) for
// RFC 6749 §2.3.1: `-_.~` stay, space becomes `+`, everything else is percent-encoded.
function formEncodeCredential(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** Builds the `client_credentials` token request (docs/pingone-behaviour.md §2.1). */
export function tokenRequest(t: TokenSettings): {
  headers: Record<string, string>;
  body: string;
} {
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (t.authMethod === 'client_secret_basic') {
    const raw = `${formEncodeCredential(t.clientId)}:${formEncodeCredential(t.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(raw, 'utf8').toString('base64')}`;
  } else {
    form.set('client_id', t.clientId);
    form.set('client_secret', t.clientSecret);
  }
  return { headers, body: form.toString() };
}

function redact(text: string | null, secret: string): string | null {
  if (text === null) return null;
  return secret.length > 0 ? text.split(secret).join('[REDACTED]') : text;
}

/**
 * Checks a token endpoint response: 200 with a valid token body, or a 4xx OAuth error
 * (`AUTH_FAILED`, secret redacted). A PingOne error envelope on 408/429/5xx is `API_ERROR`;
 * anything else is `INVALID_RESPONSE`.
 */
export async function processTokenResponse(
  response: Response,
  clientSecret: string,
  now: number = Date.now(),
): Promise<TokenResponse> {
  const status = response.status;
  if (status === 200) {
    return checkTokenResponse({ status, response }, await readJson(response));
  }
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
    let error: string | null = null;
    let description: string | null = null;
    try {
      const body = (await readJson(response)) as Record<string, unknown> | null;
      if (body && typeof body === 'object') {
        if (typeof body.error === 'string') error = body.error;
        if (typeof body.error_description === 'string') description = body.error_description;
      }
    } catch {
      // A 4xx without a JSON body is still a refusal of our credentials.
    }
    throw new PingOneAuthError(
      status,
      redact(error, clientSecret),
      redact(description, clientSecret),
      response,
    );
  }
  // 408, 429, 5xx (after retries) and 3xx: PingOne's error envelope if there is one.
  return errorFrom(response, now);
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined, url: string) {
  if (!signal) return promise;
  const abortedError = () =>
    new PingOneNetworkError(
      'ABORTED',
      `POST ${url} was aborted by the caller`,
      { method: 'POST', url },
      { cause: signal.reason },
    );
  if (signal.aborted) return Promise.reject(abortedError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * Creates the token cache. A token is reused until `expires_in - skew` seconds after it was
 * received (half its lifetime when `expires_in` is not larger than the skew); concurrent callers
 * share one in-flight request, which a single caller's abort does not cancel.
 */
export function createTokenSource(http: HttpSettings, t: TokenSettings): TokenSource {
  let cached: { token: string; expiresAt: number } | null = null;
  let inflight: Promise<string> | null = null;
  let count = 0;
  // Count every attempt that reaches the transport, retries included.
  const counted: HttpSettings = {
    ...http,
    transport: (req) => {
      count++;
      return http.transport(req);
    },
  };

  async function fetchToken(extraHeaders: Record<string, string>): Promise<string> {
    const { headers, body } = tokenRequest(t);
    const response = await send(counted, {
      method: 'POST',
      url: t.tokenUrl,
      headers: { ...headers, ...extraHeaders },
      body,
      retry: true,
    });
    const token = await processTokenResponse(response, t.clientSecret, http.now());
    const lifetime =
      token.expires_in > t.skewSeconds ? token.expires_in - t.skewSeconds : token.expires_in / 2;
    cached = { token: token.access_token, expiresAt: http.now() + lifetime * 1000 };
    return token.access_token;
  }

  return {
    get(signal, transactionHeaders = {}) {
      if (cached && http.now() < cached.expiresAt) return Promise.resolve(cached.token);
      if (!inflight) {
        inflight = fetchToken(transactionHeaders).finally(() => {
          inflight = null;
        });
        // Waiters may all abort; the shared promise must not become an unhandled rejection.
        inflight.catch(() => {});
      }
      return raceAbort(inflight, signal, redactUrl(t.tokenUrl));
    },
    invalidate(token) {
      if (cached?.token === token) cached = null;
    },
    requestCount: () => count,
  };
}
