import type { PingOneErrorDetail } from '../pingone/model.js';
import { MESSAGES } from './pingone-behaviour.js';

/**
 * An expected failure of a PingOne Local endpoint, rendered by the error handler as PingOne's
 * error envelope `{ id, code, message, details[] }` with `id` = the request's correlation ID.
 */
export class LocalError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: PingOneErrorDetail[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: string,
    message: string,
    details?: PingOneErrorDetail[],
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'LocalError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.headers = headers;
  }
}

/** One validation problem: becomes a `details[]` entry of a 400 INVALID_DATA. */
export function detail(
  code: string,
  target: string | undefined,
  message: string,
  innerError?: Record<string, unknown>,
): PingOneErrorDetail {
  const d: PingOneErrorDetail = { code, message };
  if (target !== undefined) d.target = target;
  if (innerError !== undefined) d.innerError = innerError;
  return d;
}

/** 400 INVALID_DATA with the given details. */
export function invalidData(...details: PingOneErrorDetail[]): LocalError {
  return new LocalError(400, 'INVALID_DATA', MESSAGES.invalidData, details);
}

/** 400 INVALID_REQUEST (malformed request). */
export function invalidRequest(message: string = MESSAGES.malformedBody): LocalError {
  return new LocalError(400, 'INVALID_REQUEST', message);
}

/** 400 REQUEST_FAILED (business-rule refusal). */
export function requestFailed(...details: PingOneErrorDetail[]): LocalError {
  return new LocalError(400, 'REQUEST_FAILED', MESSAGES.requestFailed, details);
}

/** 404 NOT_FOUND. */
export function notFound(kind: string, id: string): LocalError {
  return new LocalError(404, 'NOT_FOUND', MESSAGES.notFound(kind, id));
}

/** 401 ACCESS_FAILED / INVALID_TOKEN (docs/pingone-behaviour.md §7.3, exact body). */
export function invalidToken(): LocalError {
  return new LocalError(401, 'ACCESS_FAILED', MESSAGES.accessFailed, [
    { code: 'INVALID_TOKEN', target: 'Authentication Credentials', message: MESSAGES.invalidToken },
  ]);
}

/** 403 ACCESS_FAILED / INSUFFICIENT_PERMISSIONS. */
export function insufficientPermissions(): LocalError {
  return new LocalError(403, 'ACCESS_FAILED', MESSAGES.accessFailed, [
    { code: 'INSUFFICIENT_PERMISSIONS', message: MESSAGES.insufficientPermissions },
  ]);
}

/** 405: the resource exists but not with this method. */
export function methodNotAllowed(allow: readonly string[]): LocalError {
  return new LocalError(405, 'INVALID_REQUEST', MESSAGES.methodNotAllowed, undefined, {
    allow: allow.join(', '),
  });
}

/** 415: the content type is not one this resource accepts. */
export function unsupportedMediaType(): LocalError {
  return new LocalError(415, 'INVALID_REQUEST', MESSAGES.unsupportedMediaType);
}

/** The error body for a correlation ID. */
export function errorBody(
  correlationId: string,
  error: LocalError,
): { id: string; code: string; message: string; details?: PingOneErrorDetail[] } {
  return {
    id: correlationId,
    code: error.code,
    message: error.message,
    ...(error.details && error.details.length > 0 ? { details: error.details } : {}),
  };
}
