/**
 * Form input: reading allow-listed string fields out of a parsed body, and the validators used
 * before any PingOne call. All validators are linear-time.
 */
import { PortalError } from './errors.js';
import type { FieldError } from './plugins/session.js';
import { MAX_EMAIL, MAX_PASSWORD, MAX_USERNAME } from './views/pages.js';

/**
 * Reads `fields` from a form body as strings ('' when absent). Any other type (repeated keys
 * give arrays) is a `BAD_REQUEST`. Fields not listed are ignored, so they are never forwarded.
 */
export function readForm<const K extends string>(
  body: unknown,
  fields: readonly K[],
): Record<K, string> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new PortalError('BAD_REQUEST', 'body is not a form');
  }
  const out = {} as Record<K, string>;
  for (const name of fields) {
    const value = Object.hasOwn(body, name) ? (body as Record<string, unknown>)[name] : undefined;
    if (value === undefined) out[name] = '';
    else if (typeof value === 'string') out[name] = value;
    else throw new PortalError('BAD_REQUEST', `field ${name} is not a single string`);
  }
  return out;
}

/** Length in Unicode code points (what PingOne and NIST count), not UTF-16 units. */
export function codePoints(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

// Control characters (C0, DEL, C1) and the line/paragraph separators.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A username: 1–128 code points, well-formed, no control characters. */
export function checkUsername(value: string): FieldError | null {
  if (value.length === 0) return { key: 'error.username.required' };
  if (codePoints(value) > MAX_USERNAME || CONTROL.test(value) || LONE_SURROGATE.test(value)) {
    return { key: 'error.username.invalid' };
  }
  return null;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"_]{1,252}\.[A-Za-z0-9-]{2,63}$/;

/** An e-mail address: a practical subset of RFC 5322, at most 254 characters. */
export function checkEmail(value: string): FieldError | null {
  if (value.length === 0) return { key: 'error.email.required' };
  if (value.length > MAX_EMAIL || CONTROL.test(value) || !EMAIL.test(value)) {
    return { key: 'error.email.invalid' };
  }
  return null;
}

/** A username or e-mail typed to find an account. */
export function checkIdentifier(value: string): FieldError | null {
  if (value.length === 0) return { key: 'error.identifier.invalid' };
  if (value.length > MAX_EMAIL || CONTROL.test(value) || LONE_SURROGATE.test(value)) {
    return { key: 'error.identifier.invalid' };
  }
  return null;
}

/**
 * A password field: present and at most 255 code points (never truncated). `fresh` names it
 * "new password" (recover, change) in the message.
 */
export function checkPassword(value: string, fresh = false): FieldError | null {
  if (value.length === 0)
    return { key: fresh ? 'error.newPassword.required' : 'error.password.required' };
  if (codePoints(value) > MAX_PASSWORD)
    return { key: 'error.tooLong', params: { max: MAX_PASSWORD } };
  return null;
}

/** The "confirm (new) password" field: required, and equal to the password. */
export function checkConfirmation(
  password: string,
  confirmation: string,
  fresh = false,
): FieldError | null {
  if (confirmation.length === 0)
    return { key: fresh ? 'error.confirmNewPassword.required' : 'error.confirmPassword.required' };
  return confirmation === password ? null : { key: 'error.password.mismatch' };
}

/** Normalises a typed recovery code (spaces and dashes dropped), or null when malformed. */
export function normaliseRecoveryCode(value: string): string | null {
  const code = value.replace(/[\s-]/g, '');
  return /^[A-Za-z0-9]{8}$/.test(code) ? code : null;
}

/** Waits until `floorMs` have passed since `startedAt` (comparable timing of failures). */
export async function padTo(startedAt: number, floorMs: number): Promise<void> {
  const remaining = floorMs - (performance.now() - startedAt);
  if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
}
