/**
 * The closed set of errors the PingOne client throws. Callers switch on `code`, never on message
 * text. Raw responses are kept non-enumerable so a logger that dumps the error does not dump them,
 * and no error ever carries an access token, a client secret or a request body.
 */
import type { PingOneErrorBody, PingOneErrorDetail } from './model.js';

/** Every `code` a {@link PingOneError} can carry. */
export type PingOneErrorCode =
  | 'NETWORK'
  | 'TIMEOUT'
  | 'ABORTED'
  | 'API_ERROR'
  | 'AUTH_FAILED'
  | 'INVALID_RESPONSE'
  | 'INVALID_FILTER_VALUE';

function defineHidden(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: false, writable: false });
}

/** Abstract base of every error thrown by the PingOne client. */
export abstract class PingOneError extends Error {
  /** Stable machine-readable code; see {@link PingOneErrorCode}. */
  abstract readonly code: PingOneErrorCode;
}

/**
 * The request never got an HTTP response.
 * - `NETWORK`: connection refused/reset, DNS failure… (`cause` is the original error).
 * - `TIMEOUT`: no response within `timeoutMs`.
 * - `ABORTED`: the caller's `signal` aborted (`cause` is the signal's reason).
 */
export class PingOneNetworkError extends PingOneError {
  override readonly name = 'PingOneNetworkError';
  readonly code: 'NETWORK' | 'TIMEOUT' | 'ABORTED';
  /** HTTP method and URL (no query string) of the failed request. */
  readonly method: string;
  readonly url: string;

  constructor(
    code: 'NETWORK' | 'TIMEOUT' | 'ABORTED',
    message: string,
    request: { method: string; url: string },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.method = request.method;
    this.url = request.url;
  }
}

/**
 * PingOne answered with an error status and its standard error envelope
 * (`id`, `code`, `message`, `details[]`; docs/pingone-behaviour.md §7.1).
 * Branch on {@link apiCode} and {@link hasDetail}, not on `status` (PingOne documents that the
 * status within a class may change).
 */
export class PingOneApiError extends PingOneError {
  override readonly name = 'PingOneApiError';
  readonly code = 'API_ERROR' as const;
  /** HTTP status. */
  readonly status: number;
  /** The parsed error envelope. */
  readonly body: PingOneErrorBody;
  /** PingOne's top-level error code, e.g. `INVALID_DATA`, `ACCESS_FAILED`, `NOT_FOUND`. */
  readonly apiCode: string;
  /** `details[]` of the envelope (empty when absent). */
  readonly details: PingOneErrorDetail[];
  /** `Correlation-Id` response header, or the envelope `id` when the header is missing. */
  readonly correlationId: string | null;
  /** Parsed `Retry-After` in milliseconds, when the response carried one. */
  readonly retryAfterMs: number | null;
  /** The raw response (non-enumerable; status and headers: the client has read its body). */
  declare readonly response: Response;

  constructor(
    status: number,
    body: PingOneErrorBody,
    response: Response,
    extra?: { correlationId?: string | null; retryAfterMs?: number | null },
  ) {
    super(`PingOne API error ${status} ${body.code}: ${body.message}`);
    this.status = status;
    this.body = body;
    this.apiCode = body.code;
    this.details = body.details ?? [];
    this.correlationId = extra?.correlationId ?? body.id ?? null;
    this.retryAfterMs = extra?.retryAfterMs ?? null;
    defineHidden(this, 'response', response);
  }

  /** True when one of `details[]` has this `code` (and this `target`, when given). */
  hasDetail(code: string, target?: string): boolean {
    return this.details.some(
      (d) => d.code === code && (target === undefined || d.target === target),
    );
  }

  /** The first detail with this `code`, or `null`. */
  detail(code: string): PingOneErrorDetail | null {
    return this.details.find((d) => d.code === code) ?? null;
  }
}

/**
 * The token endpoint refused the client credentials request (HTTP 4xx with an OAuth error body).
 * `error` / `errorDescription` are PingOne's values, with the client secret redacted should the
 * server ever echo it.
 */
export class PingOneAuthError extends PingOneError {
  override readonly name = 'PingOneAuthError';
  readonly code = 'AUTH_FAILED' as const;
  readonly status: number;
  /** OAuth `error`, e.g. `invalid_client`; `null` if the body had none. */
  readonly error: string | null;
  /** OAuth `error_description`; `null` if the body had none. */
  readonly errorDescription: string | null;
  declare readonly response: Response;

  constructor(
    status: number,
    error: string | null,
    errorDescription: string | null,
    response: Response,
  ) {
    super(
      `PingOne token request failed with HTTP ${status}${error ? ` (${error})` : ''}${
        errorDescription ? `: ${errorDescription}` : ''
      }`,
    );
    this.status = status;
    this.error = error;
    this.errorDescription = errorDescription;
    defineHidden(this, 'response', response);
  }
}

/**
 * The response did not conform to what PingOne documents: wrong JSON shape, malformed JSON,
 * an unexpected status (including any 3xx, since redirects are never followed), or a
 * non-JSON body. `path` names the offending JSON path when there is one.
 */
export class PingOneResponseError extends PingOneError {
  override readonly name = 'PingOneResponseError';
  readonly code = 'INVALID_RESPONSE' as const;
  readonly status: number;
  /** JSON path of the offending member (e.g. `_embedded.users[0].id`), or `null`. */
  readonly path: string | null;
  declare readonly response: Response | undefined;

  constructor(message: string, status: number, path: string | null, response?: Response) {
    super(message);
    this.status = status;
    this.path = path;
    defineHidden(this, 'response', response);
  }
}

/**
 * A SCIM filter value or attribute was rejected before any request was made (control
 * characters, lone surrogates, an attribute name outside the allowed syntax…).
 */
export class PingOneFilterError extends PingOneError {
  override readonly name = 'PingOneFilterError';
  readonly code = 'INVALID_FILTER_VALUE' as const;
}
