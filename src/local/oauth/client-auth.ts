/**
 * Reading an OAuth form and authenticating its client, shared by `/as/token`, `/as/introspect` and
 * `/as/revoke` (docs/pingone-behaviour.md §2.1): the method must be the application's
 * `tokenEndpointAuthMethod` (Basic, form secret, or NONE with `client_id` alone), and the
 * application must be enabled.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { LocalContext } from '../context.js';
import { bodyText, mediaType, OAuthError } from '../http.js';
import { MESSAGES } from '../pingone-behaviour.js';
import type { ApplicationRecord, TokenAuthMethod } from '../store/types.js';

/** The parameters of an `application/x-www-form-urlencoded` body. */
export type OAuthForm = Map<string, string>;

/** Reads the form body. @throws OAuthError 400 invalid_request (not a form, repeated parameter). */
export function readForm(request: FastifyRequest): OAuthForm {
  if (mediaType(request) !== 'application/x-www-form-urlencoded') {
    throw new OAuthError(400, 'invalid_request', MESSAGES.tokenFormRequired);
  }
  const form: OAuthForm = new Map();
  for (const [name, value] of new URLSearchParams(bodyText(request))) {
    // RFC 6749 §3.2: parameters must not be repeated.
    if (form.has(name)) {
      throw new OAuthError(400, 'invalid_request', MESSAGES.tokenRepeatedParameter(name));
    }
    form.set(name, value);
  }
  return form;
}

/** 401 invalid_client with PingOne's observed description. */
export function clientDenied(request: FastifyRequest): OAuthError {
  return new OAuthError(401, 'invalid_client', MESSAGES.tokenEndpointDenied(request.correlationId));
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

interface BasicCredentials {
  id: string;
  secret: string;
  rawSecret: string;
}

function basicCredentials(request: FastifyRequest): BasicCredentials | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const m = /^Basic +([A-Za-z0-9+/=]+) *$/i.exec(header);
  if (!m) return null;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  // RFC 6749 §2.3.1: both parts are form-urlencoded before base64. Python's requests (Ping's
  // Flask sample) sends them as they are, so the raw secret is kept as a second reading.
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return s;
    }
  };
  const rawSecret = decoded.slice(colon + 1);
  return { id: decode(decoded.slice(0, colon)), secret: decode(rawSecret), rawSecret };
}

interface Presented {
  method: TokenAuthMethod;
  id: string;
  secret: string | null;
  /** The application `id` names, when it was already read (Basic). */
  app?: ApplicationRecord | null;
}

/** What the request presents: which method, which client, which secret. */
function presentedCredentials(
  ctx: LocalContext,
  request: FastifyRequest,
  environmentId: string,
  form: OAuthForm,
): Presented {
  const postId = form.get('client_id');
  const postSecret = form.get('client_secret');
  if (request.headers.authorization !== undefined) {
    const basic = basicCredentials(request);
    if (!basic || postSecret !== undefined) throw clientDenied(request);
    if (postId !== undefined && postId !== basic.id) throw clientDenied(request);
    const app = ctx.store.getApplication(environmentId, basic.id);
    const expected = app?.secret ?? randomUUID();
    const secret = sameSecret(expected, basic.rawSecret) ? basic.rawSecret : basic.secret;
    return { method: 'CLIENT_SECRET_BASIC', id: basic.id, secret, app };
  }
  if (postId === undefined) throw clientDenied(request);
  if (postSecret !== undefined)
    return { method: 'CLIENT_SECRET_POST', id: postId, secret: postSecret };
  return { method: 'NONE', id: postId, secret: null };
}

/**
 * Authenticates the client of an OAuth request. A disabled application is refused like a wrong
 * secret (gap-filling choice in docs/pingone-local.md).
 * @throws OAuthError 401 invalid_client.
 */
export function authenticateClient(
  ctx: LocalContext,
  request: FastifyRequest,
  environmentId: string,
  form: OAuthForm,
): ApplicationRecord {
  const presented = presentedCredentials(ctx, request, environmentId, form);
  const app =
    presented.app !== undefined
      ? presented.app
      : ctx.store.getApplication(environmentId, presented.id);
  // Compare even for an unknown client so timing does not reveal which client IDs exist.
  const ok = presented.secret === null || sameSecret(app?.secret ?? randomUUID(), presented.secret);
  if (!app || !ok || app.authMethod !== presented.method || !app.enabled) {
    throw clientDenied(request);
  }
  return app;
}
