/**
 * The `ST` sign-on session cookie (docs/pingone-behaviour.md §12.5). Its value is
 * `<session id>.<HMAC-SHA-256 of environment and session id>`, keyed with a random secret kept in
 * the store's settings: the session id alone (listed by the sessions API) cannot be turned into a
 * cookie, and a changed byte fails the constant-time comparison.
 *
 * Attributes: `Path=/{envId}`, `HttpOnly`, 30 days. Over https `Secure; SameSite=None` as PingOne
 * sets them; over plain http (PingOne Local on 127.0.0.1) browsers refuse `SameSite=None` without
 * `Secure` and non-browser clients drop `Secure` cookies, so there it is `SameSite=Lax`
 * (docs/pingone-local.md, "The ST cookie").
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LocalContext } from '../context.js';
import { SIGN_ON } from '../pingone-behaviour.js';
import type { SessionRecord, Store } from '../store/types.js';

const KEY_SETTING = 'signOnCookieKey';
const keys = new WeakMap<Store, Buffer>();

/** The cookie key, created once per database. */
function cookieKey(ctx: LocalContext): Buffer {
  const cached = keys.get(ctx.store);
  if (cached) return cached;
  let hex = ctx.store.getSetting(KEY_SETTING);
  if (hex === null) {
    hex = randomBytes(32).toString('hex');
    ctx.store.setSetting(KEY_SETTING, hex);
  }
  const key = Buffer.from(hex, 'hex');
  keys.set(ctx.store, key);
  return key;
}

/** HMAC-SHA-256 under the sign-on key of `parts` joined by newlines (first part: the purpose). */
export function signOnMac(ctx: LocalContext, ...parts: string[]): Buffer {
  return createHmac('sha256', cookieKey(ctx)).update(parts.join('\n')).digest();
}

/** Constant-time comparison of a base64url MAC with the expected one. */
export function macMatches(given: string, expected: Buffer): boolean {
  const bytes = Buffer.from(given, 'base64url');
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}

function mac(ctx: LocalContext, envId: string, sessionId: string): Buffer {
  return signOnMac(ctx, 'ST', envId, sessionId);
}

/** The value of cookie `name` in a `Cookie` header, or null. */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/**
 * The sign-on session the request's `ST` cookie names in `envId`: null when absent, forged,
 * expired, or its user is gone or disabled.
 */
export function readSignOnSession(
  ctx: LocalContext,
  request: FastifyRequest,
  envId: string,
): SessionRecord | null {
  const value = cookieValue(request.headers.cookie, SIGN_ON.cookieName);
  if (value === null) return null;
  const dot = value.indexOf('.');
  if (dot <= 0) return null;
  const sessionId = value.slice(0, dot);
  if (!macMatches(value.slice(dot + 1), mac(ctx, envId, sessionId))) return null;
  const session = ctx.store.getSession(envId, sessionId);
  if (!session || session.expiresAt <= ctx.clock.now()) return null;
  const user = ctx.store.getUser(envId, session.userId);
  return user?.enabled ? session : null;
}

function secure(ctx: LocalContext): boolean {
  return ctx.urls.baseUrl.startsWith('https:');
}

/** Sets `ST` for `session` (appends to any other `Set-Cookie`). */
export function setSignOnSession(
  reply: FastifyReply,
  ctx: LocalContext,
  envId: string,
  session: SessionRecord,
): void {
  const value = `${session.id}.${mac(ctx, envId, session.id).toString('base64url')}`;
  const maxAge = Math.max(0, Math.ceil((session.expiresAt - ctx.clock.now()) / 1000));
  const site = secure(ctx) ? 'Secure; SameSite=None' : 'SameSite=Lax';
  reply.header(
    'set-cookie',
    `${SIGN_ON.cookieName}=${value}; Path=/${envId}; Max-Age=${maxAge}; HttpOnly; ${site}`,
  );
}

/** Removes `ST` from the browser. */
export function clearSignOnSession(reply: FastifyReply, envId: string): void {
  reply.header(
    'set-cookie',
    `${SIGN_ON.cookieName}=; Path=/${envId}; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly`,
  );
}
