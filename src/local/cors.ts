/**
 * CORS as PingOne answers it (docs/pingone-behaviour.md §13.9; choices T11–T15 in
 * docs/pingone-local.md). Endpoints fall into four kinds:
 * - `open` (discovery, JWKS) and `token` (userinfo, the Management API: calls authenticated by an
 *   access token): any origin, without credentials;
 * - `client` (token, introspect, revoke): the origins of the application the request names
 *   (Basic credentials or `client_id`); with `corsSettings` omitted, only revoke (PingOne's legacy
 *   behaviour keeps sensitive endpoints closed);
 * - `session` (authorize, resume, signoff, flows: they read the `ST` cookie): only the
 *   application's `corsSettings` origins, with credentials.
 * Actual requests are never refused here: an origin that is not allowed gets no CORS headers, so
 * the browser keeps the answer from the page. A preflight from such an origin is 403.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LocalContext } from './context.js';
import { LocalError } from './errors.js';
import { bodyText, mediaType, sendError } from './http.js';
import { corsOriginMatches } from './pingone-applications.js';
import { CORS_ANSWERS } from './pingone-tokens.js';
import type { ApplicationRecord } from './store/types.js';

type Kind = 'open' | 'token' | 'client' | 'session';

/** Path → kind; the first match wins. `legacy`: allowed when the app has no `corsSettings`. */
const ENDPOINTS: ReadonlyArray<{ path: RegExp; kind: Kind; legacy: boolean }> = [
  {
    path: /^\/[^/]+\/as\/(?:jwks|\.well-known\/openid-configuration)$/,
    kind: 'open',
    legacy: true,
  },
  { path: /^\/[^/]+\/as\/userinfo$/, kind: 'token', legacy: true },
  { path: /^\/v1\/environments\//, kind: 'token', legacy: true },
  { path: /^\/[^/]+\/as\/revoke$/, kind: 'client', legacy: true },
  { path: /^\/[^/]+\/as\/(?:token|introspect)$/, kind: 'client', legacy: false },
  { path: /^\/[^/]+\/as\/(?:authorize|resume|signoff)$/, kind: 'session', legacy: false },
  { path: /^\/[^/]+\/flows\/[^/]+$/, kind: 'session', legacy: false },
];

type Endpoint = (typeof ENDPOINTS)[number];

function endpointOf(request: FastifyRequest): Endpoint | null {
  const path = request.url.split('?')[0]!;
  return ENDPOINTS.find((e) => e.path.test(path)) ?? null;
}

const envIdOf = (request: FastifyRequest) => request.url.split('/')[1] ?? '';

/** A parameter of the query, else of a form body (authorize and signoff also take POST). */
function queryParam(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  if (typeof value === 'string') return value;
  return formParam(request, name);
}

function formParam(request: FastifyRequest, name: string): string | undefined {
  if (mediaType(request) !== 'application/x-www-form-urlencoded') return undefined;
  try {
    return new URLSearchParams(bodyText(request)).get(name) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The `aud` of an ID token hint, unverified: it only picks whose origins apply. */
function hintAudience(hint: string | undefined): string | undefined {
  try {
    const claims = JSON.parse(Buffer.from(hint!.split('.')[1]!, 'base64url').toString('utf8'));
    return typeof claims.aud === 'string' ? claims.aud : undefined;
  } catch {
    return undefined;
  }
}

/** The client a token-endpoint request names (Basic user name, else the form's `client_id`). */
function namedClient(request: FastifyRequest): string | undefined {
  const m = /^Basic +([A-Za-z0-9+/=]+) *$/i.exec(request.headers.authorization ?? '');
  if (m) {
    const id = Buffer.from(m[1]!, 'base64').toString('utf8').split(':')[0]!;
    try {
      return decodeURIComponent(id.replace(/\+/g, ' '));
    } catch {
      return id;
    }
  }
  return formParam(request, 'client_id');
}

/** The application a `session` or `client` request is about, when it names one. */
function applicationOf(
  ctx: LocalContext,
  request: FastifyRequest,
  kind: Kind,
): ApplicationRecord | null {
  const envId = envIdOf(request);
  const path = request.url.split('?')[0]!;
  let id: string | undefined;
  if (kind === 'client') id = namedClient(request);
  else if (path.endsWith('/as/authorize')) id = queryParam(request, 'client_id');
  else if (path.endsWith('/as/signoff')) {
    id = queryParam(request, 'client_id') ?? hintAudience(queryParam(request, 'id_token_hint'));
  } else {
    const flowId = path.endsWith('/as/resume') ? queryParam(request, 'flowId') : path.split('/')[3];
    id = flowId ? ctx.store.getFlow(envId, flowId)?.applicationId : undefined;
  }
  return id ? ctx.store.getApplication(envId, id) : null;
}

function allowed(ctx: LocalContext, request: FastifyRequest, e: Endpoint, origin: string): boolean {
  if (e.kind === 'open' || e.kind === 'token') return true;
  const cors = applicationOf(ctx, request, e.kind)?.settings.corsSettings;
  if (cors === undefined) return false;
  if (cors === null) return e.legacy;
  return (
    cors.behavior === 'ALLOW_SPECIFIC_ORIGINS' &&
    cors.origins.some((pattern) => corsOriginMatches(pattern, origin))
  );
}

/** `Access-Control-Allow-Origin` and friends for an allowed `origin`. */
function allowOrigin(reply: FastifyReply, e: Endpoint, origin: string): void {
  reply.header('Access-Control-Expose-Headers', CORS_ANSWERS.exposedHeaders);
  if (e.kind === 'session') {
    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Access-Control-Allow-Credentials', 'true');
  } else if (e.kind === 'client') {
    reply.header('Access-Control-Allow-Origin', origin);
  } else {
    reply.header('Access-Control-Allow-Origin', '*');
  }
  // The answer depends on the origin for every kind but the wildcard ones.
  if (e.kind === 'session' || e.kind === 'client') reply.header('Vary', 'Origin');
}

/** Request header names a preflight may ask for (a comma-separated token list, echoed). */
const HEADER_LIST = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+(?:\s*,\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*$/;

function answerPreflight(ctx: LocalContext, request: FastifyRequest, reply: FastifyReply) {
  const e = endpointOf(request);
  const origin = request.headers.origin!;
  // A client endpoint's preflight carries neither credentials nor body: the actual answer decides.
  if (!e || (e.kind !== 'client' && !allowed(ctx, request, e, origin))) {
    return sendError(
      request,
      reply,
      new LocalError(403, 'ACCESS_FAILED', CORS_ANSWERS.refusedPreflight),
    );
  }
  allowOrigin(reply, e, origin);
  reply.header('Access-Control-Allow-Methods', request.headers['access-control-request-method']);
  const headers = request.headers['access-control-request-headers'];
  if (typeof headers === 'string' && HEADER_LIST.test(headers.trim())) {
    reply.header('Access-Control-Allow-Headers', headers.trim());
  }
  reply.header('Access-Control-Max-Age', String(CORS_ANSWERS.preflightMaxAgeSeconds));
  return reply.status(CORS_ANSWERS.preflightStatus).send();
}

/** Installs PingOne's CORS answers on every endpoint (call before registering routes). */
export function installCors(app: FastifyInstance, ctx: LocalContext): void {
  // Callback-style hooks (no promise per request); a preflight is answered without `done()`.
  app.addHook('onRequest', (request, reply, done) => {
    const origin = request.headers.origin;
    if (typeof origin !== 'string') return done();
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
      answerPreflight(ctx, request, reply);
      return;
    }
    const e = endpointOf(request);
    // open and token kinds need no lookup: set now, so even refusals before routing carry them.
    if (e && (e.kind === 'open' || e.kind === 'token')) allowOrigin(reply, e, origin);
    done();
  });
  // client and session kinds read the body (client_id) or the flow, before the handler runs
  // (resume and sign-off may delete the flow or session the decision rests on).
  app.addHook('preHandler', (request, reply, done) => {
    const origin = request.headers.origin;
    if (typeof origin !== 'string') return done();
    const e = endpointOf(request);
    if (e && e.kind !== 'open' && e.kind !== 'token' && allowed(ctx, request, e, origin)) {
      allowOrigin(reply, e, origin);
    }
    done();
  });
}
