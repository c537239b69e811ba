/**
 * Session plugin: the whole session lives in one encrypted cookie (see `session/crypto.ts`).
 * It holds only a random id, the CSRF token, flash messages, the last form's errors and safe
 * values (never a password or code), the recovery flow's identifier and the last write whose
 * answer PingOne never gave (flows/reconcile.ts). It expires after
 * `idleMs` without a request. Routes opt out with `config: { session: false }`.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import type { MessageKey, MessageParams } from '../i18n/index.js';
import { routeOf } from '../route.js';
import { randomToken, type Sealer } from '../session/crypto.js';

/** A message shown once on the next page. */
export interface FlashMessage {
  kind: 'success' | 'info' | 'error';
  key: MessageKey;
  params?: MessageParams;
}

/** A field's error message. */
export interface FieldError {
  key: MessageKey;
  params?: MessageParams;
}

/** Errors and non-secret values of a failed POST, shown by the GET that follows (PRG). */
export interface FormState {
  form: string;
  errors: Record<string, FieldError>;
  values: Record<string, string>;
}

/** The forgot-password flow in progress: who is being recovered (never sent in a form). */
export interface RecoveryFlow {
  identifier: string;
  startedAt: number;
  lastSentAt: number;
  exhausted: boolean;
}

/**
 * A registration awaiting its e-mailed code (flows/verify.ts): `classic` knows the new user's id;
 * `email-first` knows only the typed address (the account may or may not exist). `proven` is set
 * once the code was accepted but the password step still failed, so the code is not asked again.
 */
export interface VerifyFlow {
  mode: 'classic' | 'email-first';
  email: string;
  userId: string | null;
  startedAt: number;
  lastSentAt: number;
  exhausted: boolean;
  proven: boolean;
  /** Email-first with `REGISTRATION_USERNAME=chosen`: proven, password set, username next. */
  step?: 'username';
}

/**
 * A write whose answer was lost (timeout or dropped connection) and that PingOne may still have
 * carried out: who it was for and when it started, never the password (flows/reconcile.ts).
 */
export type LostAttempt =
  | { flow: 'register'; username: string; email: string; startedAt: number }
  | { flow: 'recover'; userId: string; startedAt: number }
  | { flow: 'change'; userId: string; startedAt: number };

/**
 * A sign-in started by `GET /signin`: what the callback checks (state, nonce, PKCE verifier),
 * where to go after it, and the `max_age` asked for. Never a token.
 */
export interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  maxAge: number | null;
  startedAt: number;
}

/** The session's content. */
export interface SessionData {
  id: string;
  csrf: string;
  seen: number;
  flash: FlashMessage[];
  form: FormState | null;
  recovery: RecoveryFlow | null;
  /** The last write whose answer was lost; absent in cookies sealed before the field existed. */
  lost?: LostAttempt | null;
  /** A registration awaiting its code; absent in cookies sealed before the field existed. */
  verify?: VerifyFlow | null;
  /** The sign-in in progress (oidc/signin-routes.ts); absent in older cookies. */
  pending?: PendingSignIn | null;
  /** Key of the signed-in session on the server (oidc/account-session.ts); never the tokens. */
  account?: string | null;
  /** Key of the sign-on flow's server-side state (the portal's sign-on page). */
  signOn?: string | null;
  /** The application URL an entry page's `?return_to=` named (flows/return-to.ts). */
  returnTo?: string | null;
  /** A signed-in e-mail change awaiting its code (flows/account-email.ts). */
  emailChange?: EmailChange | null;
  /** The signed-in user's language settings in PingOne, for locale negotiation (i18n). */
  userLanguage?: UserLanguage | null;
}

/** A user's PingOne `preferredLanguage` (an Accept-Language value) and `locale` (a tag). */
export interface UserLanguage {
  preferredLanguage: string | null;
  locale: string | null;
}

/** A changed e-mail address awaiting its code: whose, when the newest code went, exhausted. */
export interface EmailChange {
  userId: string;
  sentAt: number;
  exhausted: boolean;
}

const paramsSchema = z.record(z.union([z.string(), z.number()])).optional();
const messageSchema = z.object({ key: z.string(), params: paramsSchema });
const sessionSchema = z.object({
  id: z.string().min(16).max(64),
  csrf: z.string().min(32).max(64),
  seen: z.number(),
  flash: z.array(messageSchema.extend({ kind: z.enum(['success', 'info', 'error']) })).max(5),
  form: z
    .object({
      form: z.string(),
      errors: z.record(messageSchema),
      values: z.record(z.string()),
    })
    .nullable(),
  recovery: z
    .object({
      identifier: z.string().max(256),
      startedAt: z.number(),
      lastSentAt: z.number(),
      exhausted: z.boolean(),
    })
    .nullable(),
  lost: z
    .discriminatedUnion('flow', [
      z.object({
        flow: z.literal('register'),
        username: z.string().max(256),
        email: z.string().max(256),
        startedAt: z.number(),
      }),
      z.object({
        flow: z.enum(['recover', 'change']),
        userId: z.string().max(64),
        startedAt: z.number(),
      }),
    ])
    .nullable()
    .optional(),
  verify: z
    .object({
      mode: z.enum(['classic', 'email-first']),
      email: z.string().max(256),
      userId: z.string().max(64).nullable(),
      startedAt: z.number(),
      lastSentAt: z.number(),
      exhausted: z.boolean(),
      proven: z.boolean(),
      step: z.literal('username').optional(),
    })
    .nullable()
    .optional(),
  pending: z
    .object({
      state: z.string().max(64),
      nonce: z.string().max(64),
      verifier: z.string().max(128),
      returnTo: z.string().max(2048),
      maxAge: z.number().nullable(),
      startedAt: z.number(),
    })
    .nullable()
    .optional(),
  account: z.string().max(64).nullable().optional(),
  signOn: z.string().max(64).nullable().optional(),
  returnTo: z.string().max(2048).nullable().optional(),
  emailChange: z
    .object({ userId: z.string().max(64), sentAt: z.number(), exhausted: z.boolean() })
    .nullable()
    .optional(),
  userLanguage: z
    .object({
      preferredLanguage: z.string().max(256).nullable(),
      locale: z.string().max(64).nullable(),
    })
    .nullable()
    .optional(),
});

/** How old a session's last-seen time may get before an unchanged session is sealed again. */
export const SEEN_REFRESH_MS = 60_000;

/** Options of the session plugin. */
export interface SessionOptions {
  sealer: Sealer;
  secure: boolean;
  idleMs: number;
  now?: () => number;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The session (absent on routes with `config.session === false`). */
    session: SessionData;
    /** `new` (no cookie), `valid`, or `expired` (idle timeout or undecryptable). */
    sessionState: 'new' | 'valid' | 'expired';
    /** The session as its cookie (sealed with the current key) holds it, as JSON; else null. */
    sessionSealed: string | null;
  }
  interface FastifyContextConfig {
    /** `false` to skip the session on this route (health checks, assets). */
    session?: boolean;
  }
}

/** A fresh, empty session. */
export function newSession(now: number): SessionData {
  return {
    id: randomToken(16),
    csrf: randomToken(32),
    seen: now,
    flash: [],
    form: null,
    recovery: null,
    lost: null,
  };
}

/** Adds a flash message for the next page. */
export function flash(
  request: FastifyRequest,
  kind: FlashMessage['kind'],
  key: MessageKey,
  params?: MessageParams,
): void {
  request.session.flash = [
    ...request.session.flash.slice(-4),
    { kind, key, ...(params ? { params } : {}) },
  ];
}

/** Takes (and clears) the pending flash messages. */
export function takeFlash(request: FastifyRequest): FlashMessage[] {
  const messages = request.session.flash;
  request.session.flash = [];
  return messages;
}

/** Takes (and clears) the stored form state when it belongs to `form`. */
export function takeForm(request: FastifyRequest, form: string): FormState | null {
  const state = request.session.form;
  request.session.form = null;
  return state && state.form === form ? state : null;
}

/**
 * Replaces the session id and CSRF token (after a flow completes), keeping only the flash
 * messages and the signed-in session's key, so an old cookie no longer carries the finished flow.
 */
export function regenerateSession(request: FastifyRequest, now: number): void {
  const { flash: kept, account, returnTo } = request.session;
  // A signed-in person stays signed in (a new id, the same server-side session), and the way
  // back to the application stays too.
  request.session = {
    ...newSession(now),
    flash: kept,
    ...(account ? { account } : {}),
    ...(returnTo ? { returnTo } : {}),
  };
}

/** The session cookie's name: `__Host-` prefixed when cookies are `Secure`. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-session' : 'session';
}

const sessionPlugin: FastifyPluginAsync<SessionOptions> = async (app, opts) => {
  if (!opts.sealer || !(opts.idleMs > 0))
    throw new TypeError('session: sealer and idleMs required');
  const now = opts.now ?? Date.now;
  const name = sessionCookieName(opts.secure);

  app.decorateRequest('session', null as unknown as SessionData);
  app.decorateRequest('sessionState', 'new');
  app.decorateRequest('sessionSealed', null);
  const refreshMs = Math.min(SEEN_REFRESH_MS, opts.idleMs / 10);

  // Callback-style hooks (no promise per request), and the cookie header written directly: the
  // attributes never change, so there is nothing for a generic serializer to do.
  const attributes = `; Path=/; HttpOnly${opts.secure ? '; Secure' : ''}; SameSite=Lax`;

  app.addHook('onRequest', (request, _reply, done) => {
    if (routeOf(request).config?.session === false) return done();
    const t = now();
    const raw = request.cookies[name];
    if (!raw) {
      request.session = newSession(t);
      request.sessionState = 'new';
      return done();
    }
    const opened = opts.sealer.unseal(raw, name);
    const parsed = sessionSchema.safeParse(opened?.payload);
    if (!parsed.success || t - parsed.data.seen > opts.idleMs || parsed.data.seen > t + 60_000) {
      request.session = newSession(t);
      request.sessionState = 'expired';
      return done();
    }
    request.session = parsed.data as SessionData;
    request.sessionState = 'valid';
    // What the cookie holds, to skip re-sealing it when nothing changed (onSend below).
    if (opened?.current) request.sessionSealed = JSON.stringify(parsed.data);
    done();
  });

  app.addHook('onSend', (request, reply: FastifyReply, payload, done) => {
    if (!request.session || routeOf(request).config?.session === false) {
      return done(null, payload);
    }
    const t = now();
    // An unchanged session sealed with the current key keeps its cookie until its last-seen
    // time is `refreshMs` old: most page views then cost no sealing at all. The idle timeout
    // may so end a session up to `refreshMs` early, never late.
    if (
      request.sessionSealed !== null &&
      t - request.session.seen < refreshMs &&
      JSON.stringify(request.session) === request.sessionSealed
    ) {
      return done(null, payload);
    }
    request.session.seen = t;
    // The sealed value is base64url: nothing in it needs encoding in a cookie.
    const cookie = `${name}=${opts.sealer.seal(request.session, name)}${attributes}`;
    const earlier = reply.getHeader('set-cookie');
    if (earlier === undefined) reply.header('set-cookie', cookie);
    else {
      reply.removeHeader('set-cookie');
      reply.header('set-cookie', [
        ...(Array.isArray(earlier) ? earlier : [String(earlier)]),
        cookie,
      ]);
    }
    done(null, payload);
  });
};

/** Registers the encrypted-cookie session (requires `@fastify/cookie`). */
export const session = fp(sessionPlugin, {
  name: 'portal-session',
  dependencies: ['@fastify/cookie'],
});
