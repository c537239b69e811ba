/**
 * Transport for the PingOne client: one HTTP exchange with a per-attempt timeout, the caller's
 * abort signal, safe retries with backoff, and `Retry-After`. Also the shared "check" helpers that
 * turn a buffered `Response` into JSON or into one of the client's errors.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { asErrorBody, type CheckContext } from './check.js';
import { PingOneApiError, PingOneNetworkError, PingOneResponseError } from './errors.js';
import {
  BodyTooLargeError,
  type Transport,
  type TransportResponse,
  TransportTimeoutError,
} from './transport.js';
import type { PingOneOperation, RequestEvent } from './types.js';

/** Resolved transport settings. */
export interface HttpSettings {
  /** One HTTP exchange (transport.ts): `node:http` by default, or over a given `fetch`. */
  transport: Transport;
  timeoutMs: number;
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
  onRequest: ((event: RequestEvent) => void) | undefined;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
}

/** One request as the transport sees it. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Whether network errors, 408, 429 and 5xx may be retried (idempotent reads, token request). */
  retry: boolean;
  signal?: AbortSignal | undefined;
}

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Largest response body read (a 1 000-user page is ~2 MB); more is INVALID_RESPONSE. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

// The body text of each answer, read whole by the transport. The `Response` the client's checks
// and errors carry has no body of its own: a `Response` over a string builds a WHATWG stream
// (~60 µs against ~7 µs without), and reading it back costs as much again (docs/benchmarks.md, P2).
const bodies = new WeakMap<Response, string>();

/** The transport's answer as a `Response` (status and headers; the body text beside it). */
function toResponse(raw: TransportResponse): Response {
  const response = new Response(null, {
    status: raw.status,
    statusText: raw.statusText,
    headers: raw.headers,
  });
  bodies.set(response, NULL_BODY_STATUSES.has(raw.status) ? '' : raw.body);
  return response;
}

/**
 * The body of `response` as text: as the transport read it, or read now from a `Response` made
 * elsewhere (tests). Reading it twice gives the same text.
 */
export async function bodyText(response: Response): Promise<string> {
  return bodies.get(response) ?? (await response.text());
}

/** Default sleep: a timer that rejects when `signal` aborts. */
export async function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  await delay(ms, undefined, signal ? { signal } : undefined);
}

/** URL without query string and fragment: query strings can carry e-mail addresses in filters. */
export function redactUrl(url: string): string {
  const i = url.search(/[?#]/);
  return i === -1 ? url : url.slice(0, i);
}

/**
 * Parses `Retry-After` (delta-seconds or HTTP-date) into milliseconds from now, or `null` when
 * absent or unparseable.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // HTTP-date forms (IMF-fixdate, RFC 850, asctime) all start with a day name.
  if (!/^[A-Za-z]{3}/.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

function backoffMs(s: HttpSettings, attempt: number): number {
  const ceiling = Math.min(s.maxDelayMs, s.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(s.random() * ceiling);
}

/** Every {@link PingOneOperation}, for metrics that pre-declare their label values. */
export const PINGONE_OPERATIONS: readonly PingOneOperation[] = [
  'token',
  'users.create',
  'users.import',
  'users.list',
  'users.get',
  'users.update',
  'users.patch',
  'users.delete',
  'passwords.getState',
  'passwords.check',
  'passwords.set',
  'passwords.reset',
  'passwords.sendRecoveryCode',
  'passwords.recover',
  'passwords.unlock',
  'passwords.forceChange',
  'verification.sendVerificationCode',
  'verification.verifyUser',
  'verification.sendEmailVerification',
  'verification.verifyEmail',
  'populations.list',
  'populations.get',
  'passwordPolicies.list',
  'passwordPolicies.get',
  'other',
];

const PASSWORD_POSTS: Record<string, PingOneOperation> = {
  'application/vnd.pingidentity.password.check+json': 'passwords.check',
  'application/vnd.pingidentity.password.sendRecoveryCode+json': 'passwords.sendRecoveryCode',
  'application/vnd.pingidentity.password.recover+json': 'passwords.recover',
  'application/vnd.pingidentity.password.unlock+json': 'passwords.unlock',
  'application/vnd.pingidentity.password.forceChange': 'passwords.forceChange',
};

const VERIFICATION_POSTS: Record<string, PingOneOperation> = {
  'application/vnd.pingidentity.user.sendVerificationCode+json':
    'verification.sendVerificationCode',
  'application/vnd.pingidentity.user.verify+json': 'verification.verifyUser',
  'application/vnd.pingidentity.user.emailVerification.send+json':
    'verification.sendEmailVerification',
  'application/vnd.pingidentity.user.emailVerification.verify+json': 'verification.verifyEmail',
};

/**
 * Names the client operation a request performs, from its method, URL path (no query) and
 * content type: the resource shape and the PingOne media type identify it without the caller
 * having to say.
 */
export function operationOf(
  method: string,
  url: string,
  contentType: string | undefined,
): PingOneOperation {
  if (url.endsWith('/as/token')) return 'token';
  const m =
    /\/environments\/[^/]+\/(users|populations|passwordPolicies)(?:\/[^/]+(\/password|\/emailVerification)?)?$/.exec(
      url,
    );
  if (!m) return 'other';
  const [whole, collection, sub] = m;
  const password = sub === '/password';
  const single = whole.split('/').length > 4;
  const verificationPost = VERIFICATION_POSTS[contentType ?? ''];
  if (sub === '/emailVerification') return (method === 'POST' && verificationPost) || 'other';
  if (collection === 'users' && single && !sub && method === 'POST' && verificationPost) {
    return verificationPost;
  }
  if (collection === 'users') {
    if (password) {
      if (method === 'GET') return 'passwords.getState';
      if (method === 'PUT') {
        return contentType === 'application/vnd.pingidentity.password.set+json'
          ? 'passwords.set'
          : 'passwords.reset';
      }
      return (method === 'POST' && PASSWORD_POSTS[contentType ?? '']) || 'other';
    }
    if (!single) {
      if (method === 'GET') return 'users.list';
      if (method !== 'POST') return 'other';
      return contentType === 'application/vnd.pingidentity.user.import+json'
        ? 'users.import'
        : 'users.create';
    }
    if (method === 'GET') return 'users.get';
    if (method === 'PUT') return 'users.update';
    if (method === 'PATCH') return 'users.patch';
    if (method === 'DELETE') return 'users.delete';
    return 'other';
  }
  if (method !== 'GET' || password) return 'other';
  if (collection === 'populations') return single ? 'populations.get' : 'populations.list';
  return single ? 'passwordPolicies.get' : 'passwordPolicies.list';
}

// The operation behind each response and transport error, so an error's log line can name it
// without the client threading it through every call (see `pingOneOperationOf`).
const operations = new WeakMap<object, PingOneOperation>();

/**
 * The operation an error from the client came from (`token`, `users.import`…), or `null` when it
 * cannot be told (an error built before any request, or from a copied response).
 */
export function pingOneOperationOf(err: unknown): PingOneOperation | null {
  if (typeof err !== 'object' || err === null) return null;
  const direct = operations.get(err);
  if (direct) return direct;
  const response = (err as { response?: unknown }).response;
  return typeof response === 'object' && response !== null
    ? (operations.get(response) ?? null)
    : null;
}

function emit(s: HttpSettings, event: RequestEvent): void {
  if (!s.onRequest) return;
  try {
    s.onRequest(event);
  } catch {
    // A metrics hook must never break a PingOne call.
  }
}

function aborted(req: HttpRequest, operation: PingOneOperation): PingOneNetworkError {
  const error = new PingOneNetworkError(
    'ABORTED',
    `${req.method} ${redactUrl(req.url)} was aborted by the caller`,
    { method: req.method, url: redactUrl(req.url) },
    { cause: req.signal?.reason },
  );
  operations.set(error, operation);
  return error;
}

async function wait(
  s: HttpSettings,
  ms: number,
  req: HttpRequest,
  operation: PingOneOperation,
): Promise<void> {
  try {
    await s.sleep(ms, req.signal);
  } catch (err) {
    if (req.signal?.aborted) throw aborted(req, operation);
    throw err;
  }
  if (req.signal?.aborted) throw aborted(req, operation);
}

/**
 * Sends one request and returns the response with its body fully read (the timeout covers the
 * body too). Redirects are never followed. Retries only when `req.retry` is set.
 */
export async function send(s: HttpSettings, req: HttpRequest): Promise<Response> {
  const url = redactUrl(req.url);
  const operation = operationOf(req.method, url, req.headers['content-type']);
  for (let attempt = 1; ; attempt++) {
    if (req.signal?.aborted) throw aborted(req, operation);
    const started = performance.now();
    let response: Response;
    try {
      const raw = await s.transport({
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: req.body,
        signal: req.signal,
        timeoutMs: s.timeoutMs,
        maxBytes: MAX_BODY_BYTES,
      });
      response = toResponse(raw);
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        const error = new PingOneResponseError(
          `response body of ${url} exceeds ${MAX_BODY_BYTES} bytes`,
          err.status,
          null,
        );
        operations.set(error, operation);
        throw error;
      }
      const durationMs = performance.now() - started;
      if (req.signal?.aborted) {
        emit(s, { operation, method: req.method, url, durationMs, attempt, error: 'ABORTED' });
        throw aborted(req, operation);
      }
      const code = err instanceof TransportTimeoutError ? 'TIMEOUT' : 'NETWORK';
      emit(s, { operation, method: req.method, url, durationMs, attempt, error: code });
      const error = new PingOneNetworkError(
        code,
        code === 'TIMEOUT'
          ? `${req.method} ${url} timed out after ${s.timeoutMs} ms`
          : `${req.method} ${url} failed: network error`,
        { method: req.method, url },
        { cause: err },
      );
      operations.set(error, operation);
      if (req.retry && attempt < s.maxAttempts) {
        await wait(s, backoffMs(s, attempt), req, operation);
        continue;
      }
      throw error;
    }
    operations.set(response, operation);
    emit(s, {
      operation,
      method: req.method,
      url,
      status: response.status,
      durationMs: performance.now() - started,
      attempt,
    });
    if (req.retry && attempt < s.maxAttempts && RETRY_STATUSES.has(response.status)) {
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'), s.now());
      // Waiting longer than the cap would hold the caller's request hostage: give up now.
      if (retryAfter !== null && retryAfter > s.maxRetryAfterMs) return response;
      await wait(s, retryAfter ?? backoffMs(s, attempt), req, operation);
      continue;
    }
    return response;
  }
}

/** Parses the body as JSON or throws `INVALID_RESPONSE`. Never puts body text in the message. */
export async function readJson(response: Response): Promise<unknown> {
  const text = await bodyText(response);
  if (text.length === 0) {
    throw new PingOneResponseError(
      `response body must be JSON, got an empty body (HTTP ${response.status})`,
      response.status,
      null,
      response,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new PingOneResponseError(
      `response body must be valid JSON (HTTP ${response.status})`,
      response.status,
      null,
      response,
    );
  }
}

/**
 * Turns a non-success response into an error: a 3xx or a body that is not PingOne's error envelope
 * becomes `INVALID_RESPONSE`; otherwise `API_ERROR` with the envelope, `Correlation-Id` and
 * `Retry-After`.
 */
export async function errorFrom(response: Response, now: number): Promise<never> {
  const status = response.status;
  if (status >= 300 && status < 400) {
    throw new PingOneResponseError(
      `unexpected redirect (HTTP ${status}); redirects are not followed`,
      status,
      null,
      response,
    );
  }
  let parsed: unknown;
  try {
    parsed = await readJson(response);
  } catch {
    throw new PingOneResponseError(
      `HTTP ${status} response body must be a PingOne error object (JSON)`,
      status,
      null,
      response,
    );
  }
  const body = asErrorBody(parsed);
  if (!body) {
    throw new PingOneResponseError(
      `HTTP ${status} response body must be a PingOne error object with "code" and "message"`,
      status,
      null,
      response,
    );
  }
  throw new PingOneApiError(status, body, response, {
    correlationId: response.headers.get('correlation-id'),
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now),
  });
}

/** Reads a 2xx JSON body and checks it; anything else becomes an error. */
export async function processJson<T>(
  response: Response,
  now: number,
  check: (ctx: CheckContext, value: unknown) => T,
): Promise<T> {
  if (response.status < 200 || response.status > 299) return errorFrom(response, now);
  const value = await readJson(response);
  return check({ status: response.status, response }, value);
}
