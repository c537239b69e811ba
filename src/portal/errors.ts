/**
 * The portal's one error catalogue: every code, its HTTP status and the message keys of the page
 * the user sees. `docs/portal.md` documents the same codes (a test keeps the two in step).
 */
import type { MessageKey, MessageParams } from './i18n/index.js';

/** One catalogue entry. */
export interface PortalErrorSpec {
  status: number;
  title: MessageKey;
  text: MessageKey;
  /** Logged at error level (unexpected) rather than info (expected refusal). */
  unexpected: boolean;
}

/** Every portal error code. */
export const PORTAL_ERRORS = {
  CSRF_REJECTED: {
    status: 403,
    title: 'errorPage.csrf.title',
    text: 'errorPage.csrf.text',
    unexpected: false,
  },
  RATE_LIMITED: {
    status: 429,
    title: 'errorPage.rateLimited.title',
    text: 'errorPage.rateLimited.text',
    unexpected: false,
  },
  BAD_REQUEST: {
    status: 400,
    title: 'errorPage.badRequest.title',
    text: 'errorPage.badRequest.text',
    unexpected: false,
  },
  BODY_TOO_LARGE: {
    status: 413,
    title: 'errorPage.tooLarge.title',
    text: 'errorPage.tooLarge.text',
    unexpected: false,
  },
  NOT_FOUND: {
    status: 404,
    title: 'errorPage.notFound.title',
    text: 'errorPage.notFound.text',
    unexpected: false,
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    title: 'errorPage.methodNotAllowed.title',
    text: 'errorPage.methodNotAllowed.text',
    unexpected: false,
  },
  UPSTREAM_UNAVAILABLE: {
    status: 503,
    title: 'errorPage.unavailable.title',
    text: 'errorPage.unavailable.text',
    unexpected: true,
  },
  STORE_UNAVAILABLE: {
    status: 503,
    title: 'errorPage.storeUnavailable.title',
    text: 'errorPage.storeUnavailable.text',
    unexpected: false,
  },
  UPSTREAM_INVALID: {
    status: 502,
    title: 'errorPage.unavailable.title',
    text: 'errorPage.unavailable.text',
    unexpected: true,
  },
  UPSTREAM_REFUSED: {
    status: 502,
    title: 'errorPage.unavailable.title',
    text: 'errorPage.unavailable.text',
    unexpected: true,
  },
  SIGNIN_FAILED: {
    status: 400,
    title: 'signin.failed.title',
    text: 'signin.failed.text',
    unexpected: false,
  },
  SIGNIN_EXPIRED: {
    status: 401,
    title: 'signin.expired.title',
    text: 'signin.expired.text',
    unexpected: false,
  },
  INTERNAL: {
    status: 500,
    title: 'errorPage.internal.title',
    text: 'errorPage.internal.text',
    unexpected: true,
  },
} as const satisfies Record<string, PortalErrorSpec>;

/** A portal error code. */
export type PortalErrorCode = keyof typeof PORTAL_ERRORS;

/**
 * An error that ends the request with a catalogue page. `detail` goes to the log only; `params`
 * fill the user-facing text.
 */
export class PortalError extends Error {
  override readonly name = 'PortalError';
  readonly status: number;
  /** Values for the translated message's placeholders. */
  readonly params: MessageParams | undefined;
  /** Sent as `Retry-After` when set. */
  readonly retryAfterSeconds: number | undefined;
  constructor(
    readonly code: PortalErrorCode,
    readonly detail?: string,
    options: PortalErrorOptions = {},
  ) {
    super(detail ? `${code}: ${detail}` : code, { cause: options.cause });
    this.status = PORTAL_ERRORS[code].status;
    this.params = options.params;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** Options of a {@link PortalError}. */
export interface PortalErrorOptions {
  params?: MessageParams | undefined;
  retryAfterSeconds?: number | undefined;
  cause?: unknown;
}
