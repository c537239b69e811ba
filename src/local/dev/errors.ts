/**
 * PingOne's error envelope (api docs/pingone-behaviour.md §7.1), as produced by the dev API and fault injection.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { ZodError } from 'zod';
import type { PingOneErrorBody, PingOneErrorDetail } from '../../pingone/model.js';

/** One entry of `details[]`. */
export type ErrorDetail = PingOneErrorDetail;

/**
 * Builds the envelope. `id` is the response's `Correlation-Id` when one was already set (so logs
 * and bodies match, docs/pingone-behaviour.md §8.2), otherwise a fresh UUID that is also set as `Correlation-Id`.
 */
export function errorBody(
  reply: FastifyReply,
  code: string,
  message: string,
  details?: ErrorDetail[],
): PingOneErrorBody {
  const existing = reply.getHeader('correlation-id');
  let id: string;
  if (typeof existing === 'string' && existing !== '') {
    id = existing;
  } else {
    id = randomUUID();
    reply.header('Correlation-Id', id);
  }
  const body: PingOneErrorBody = { id, code, message };
  if (details && details.length > 0) body.details = details;
  return body;
}

/** Message PingOne uses for `INVALID_DATA` (docs/pingone-behaviour.md §7.2). */
export const INVALID_DATA_MESSAGE =
  'The request could not be completed. One or more validation errors were in the request.';

/** A validation problem: a `details[]` entry whose `target` is the JSON path of the bad member. */
export interface ValidationIssue {
  code: 'REQUIRED_VALUE' | 'INVALID_VALUE' | 'OUT_OF_RANGE';
  target: string;
  message: string;
}

/** Turns zod issues into `details[]` entries (`target` = dotted path, `$` for the whole value). */
export function validationIssues(
  error: ZodError,
  prefix: (string | number)[] = [],
): ValidationIssue[] {
  return error.issues.flatMap((issue): ValidationIssue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        code: 'INVALID_VALUE',
        target: [...path, key].join('.'),
        message: 'is not a known member',
      }));
    }
    let code: ValidationIssue['code'] = 'INVALID_VALUE';
    if (issue.code === 'invalid_type' && issue.received === 'undefined') code = 'REQUIRED_VALUE';
    else if (issue.code === 'too_small' || issue.code === 'too_big') code = 'OUT_OF_RANGE';
    return [{ code, target: path.join('.') || '$', message: issue.message }];
  });
}
