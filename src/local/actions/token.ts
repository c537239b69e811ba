/**
 * `POST /{envId}/as/token`: the client_credentials grant for Worker applications (docs/pingone-behaviour.md §2.1).
 * Steps: readForm → authenticateClient → checkGrant → checkScope → mintAccessToken.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { issuerOf, type LocalContext } from '../context.js';
import { signJwt } from '../crypto/signing-keys.js';
import { bodyText, mediaType, OAuthError, resource } from '../http.js';
import { BUILT_IN_SCOPE_NAMES, TOKEN_AUDIENCE } from '../pingone-applications.js';
import { MESSAGES } from '../pingone-behaviour.js';
import type { ApplicationRecord } from '../store/types.js';

function readForm(request: FastifyRequest): Map<string, string> {
  if (mediaType(request) !== 'application/x-www-form-urlencoded') {
    throw new OAuthError(400, 'invalid_request', MESSAGES.tokenFormRequired);
  }
  const form = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(bodyText(request))) {
    // RFC 6749 §3.2: parameters must not be repeated.
    if (form.has(name)) {
      throw new OAuthError(400, 'invalid_request', MESSAGES.tokenRepeatedParameter(name));
    }
    form.set(name, value);
  }
  return form;
}

function denied(request: FastifyRequest): OAuthError {
  return new OAuthError(401, 'invalid_client', MESSAGES.tokenEndpointDenied(request.correlationId));
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

function basicCredentials(
  request: FastifyRequest,
): { id: string; secret: string; rawSecret: string } | null {
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

function authenticateClient(
  ctx: LocalContext,
  request: FastifyRequest,
  environmentId: string,
  form: Map<string, string>,
): ApplicationRecord {
  const basic = basicCredentials(request);
  const hasHeader = request.headers.authorization !== undefined;
  const postId = form.get('client_id');
  const postSecret = form.get('client_secret');
  let method: ApplicationRecord['authMethod'];
  let id: string;
  let secret: string;
  if (hasHeader) {
    if (!basic || postSecret !== undefined) throw denied(request);
    if (postId !== undefined && postId !== basic.id) throw denied(request);
    method = 'CLIENT_SECRET_BASIC';
    id = basic.id;
    const expected = ctx.store.getApplication(environmentId, id)?.secret ?? randomUUID();
    secret = sameSecret(expected, basic.rawSecret) ? basic.rawSecret : basic.secret;
  } else if (postId !== undefined && postSecret !== undefined) {
    method = 'CLIENT_SECRET_POST';
    id = postId;
    secret = postSecret;
  } else {
    throw denied(request);
  }
  const app = ctx.store.getApplication(environmentId, id);
  // Compare even for an unknown client so timing does not reveal which client IDs exist.
  const ok = sameSecret(app?.secret ?? randomUUID(), secret);
  if (!app || !ok || app.authMethod !== method) throw denied(request);
  return app;
}

function checkGrant(form: Map<string, string>): void {
  const grant = form.get('grant_type');
  if (grant === undefined) throw new OAuthError(400, 'invalid_request', MESSAGES.tokenMissingGrant);
  if (grant !== 'client_credentials') {
    throw new OAuthError(400, 'unsupported_grant_type', MESSAGES.tokenUnsupportedGrant);
  }
}

/** Refuses any requested scope: a Worker's token carries its roles only (`BUILT_IN_SCOPE_NAMES`). */
function checkScope(form: Map<string, string>): void {
  // RFC 6749 §3.3: space-delimited; blank means none requested.
  const requested = (form.get('scope') ?? '').split(' ').filter((s) => s.length > 0);
  const first = requested[0];
  if (first === undefined) return;
  const known = BUILT_IN_SCOPE_NAMES.has(first);
  throw new OAuthError(
    400,
    'invalid_scope',
    known ? MESSAGES.tokenScopeNotGranted(first) : MESSAGES.tokenScopeUnknown(first),
  );
}

async function mintAccessToken(ctx: LocalContext, app: ApplicationRecord, environmentId: string) {
  const key = ctx.signingKey(environmentId)!;
  const iat = Math.floor(ctx.clock.now() / 1000);
  const env = ctx.store.getEnvironment(environmentId)!;
  const token = await signJwt(key, {
    client_id: app.id,
    iss: issuerOf(ctx, environmentId),
    aud: [TOKEN_AUDIENCE],
    scope: '',
    iat,
    exp: iat + ctx.tokenLifetimeSeconds,
    jti: randomUUID(),
    env: environmentId,
    org: env.organizationId,
  });
  return { access_token: token, token_type: 'Bearer', expires_in: ctx.tokenLifetimeSeconds };
}

/** Registers the token endpoint. */
export function tokenRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/:envId/as/token', {
    POST: async (request, reply) => {
      const { envId } = request.params as { envId: string };
      if (!ctx.store.getEnvironment(envId)) {
        throw new OAuthError(
          401,
          'invalid_client',
          MESSAGES.tokenEndpointDenied(request.correlationId),
        );
      }
      const form = readForm(request);
      const application = authenticateClient(ctx, request, envId, form);
      checkGrant(form);
      checkScope(form);
      reply.header('Pragma', 'no-cache');
      return mintAccessToken(ctx, application, envId);
    },
  });
}
