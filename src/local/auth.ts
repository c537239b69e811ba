/**
 * Bearer-token checks of the management API and userinfo (docs/pingone-behaviour.md §2.2, §7.3,
 * §13.7): a missing, malformed, expired, revoked or foreign token, or one whose `aud` does not
 * list the PingOne API (an ID token; choice T16), is 401 ACCESS_FAILED/INVALID_TOKEN; a valid
 * token whose application's roles lack the permission, or that belongs to another environment, is
 * 403 INSUFFICIENT_PERMISSIONS. User tokens (with `sub`) open only the self-service calls, each
 * with its `p1:*` scope, on the user's own id.
 */
import type { FastifyRequest } from 'fastify';
import { issuerOf, type LocalContext } from './context.js';
import { type SigningKey, verifyJwt } from './crypto/signing-keys.js';
import { insufficientPermissions, invalidToken } from './errors.js';
import { type Permission, ROLE_PERMISSIONS, TOKEN_AUDIENCE } from './pingone-applications.js';
import type { ApplicationRecord } from './store/types.js';

/** The application a valid token was issued to. */
export interface Actor {
  clientId: string;
  application: ApplicationRecord;
}

function unverifiedEnv(token: string): string | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
    const env = (claims as Record<string, unknown> | null)?.env;
    return typeof env === 'string' ? env : null;
  } catch {
    return null;
  }
}

// The RSA signature check is the costliest step of every API call (bench P4): remember the claims
// of tokens already verified with a key. Expiry, issuer, application and roles are still checked on
// every request; only the signature verification is skipped for a token seen before. The pending
// verification is what is remembered, so concurrent first requests with one token verify it once.
const verifiedTokens = new WeakMap<
  SigningKey,
  Map<string, Promise<Record<string, unknown> | null>>
>();
const VERIFIED_TOKENS_MAX = 1000;

function verifiedClaims(
  key: SigningKey,
  token: string,
  now: number,
): Promise<Record<string, unknown> | null> {
  let cache = verifiedTokens.get(key);
  if (!cache) {
    cache = new Map();
    verifiedTokens.set(key, cache);
  }
  const known = cache.get(token);
  if (known) return known;
  if (cache.size >= VERIFIED_TOKENS_MAX) cache.clear();
  const pending = verifyJwt(key, token, now);
  cache.set(token, pending);
  // A refused token is not remembered: it may be tried again, e.g. after the clock moved back.
  void pending.then((claims) => {
    if (!claims && cache.get(token) === pending) cache.delete(token);
  });
  return pending;
}

/** A verified bearer token: its claims, environment and application. */
interface Bearer {
  claims: Record<string, unknown>;
  tokenEnv: string;
  clientId: string;
  application: ApplicationRecord;
}

/** True when a token's `aud` (a string or an array) names the PingOne API resource. */
function isForPingOneApi(aud: unknown): boolean {
  return aud === TOKEN_AUDIENCE || (Array.isArray(aud) && aud.includes(TOKEN_AUDIENCE));
}

/** Signature, expiry, issuer, audience and application of the request's bearer token. @throws 401. */
async function verifyBearer(ctx: LocalContext, request: FastifyRequest): Promise<Bearer> {
  const header = request.headers.authorization;
  const match =
    typeof header === 'string' ? /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i.exec(header) : null;
  if (!match) throw invalidToken();
  const token = match[1]!;
  const tokenEnv = unverifiedEnv(token);
  const key = tokenEnv ? ctx.signingKey(tokenEnv) : null;
  if (!tokenEnv || !key) throw invalidToken();
  const claims = await verifiedClaims(key, token, ctx.clock.now());
  if (!claims) throw invalidToken();
  // A remembered token may have expired since it was verified.
  const now = ctx.clock.now() / 1000;
  if (typeof claims.exp !== 'number' || claims.exp <= now) throw invalidToken();
  if (claims.iss !== issuerOf(ctx, tokenEnv)) throw invalidToken();
  // ID tokens share the key and issuer; their `aud` is the client ID, not the PingOne API.
  if (!isForPingOneApi(claims.aud)) throw invalidToken();
  const clientId = claims.client_id;
  if (typeof clientId !== 'string') throw invalidToken();
  const application = ctx.store.getApplication(tokenEnv, clientId);
  if (!application) throw invalidToken();
  return { claims, tokenEnv, clientId, application };
}

/**
 * The signed-in user a user access token speaks for (docs/pingone-behaviour.md §13.7): the token
 * is refused (401) once its grant was revoked or its user is gone.
 */
export interface UserActor {
  userId: string;
  sessionId: string;
  scopes: string[];
}

function userActor(ctx: LocalContext, bearer: Bearer): UserActor {
  const { claims, tokenEnv } = bearer;
  const grantId = typeof claims.jti === 'string' ? ctx.store.getAccessTokenGrant(claims.jti) : null;
  if (grantId === null || ctx.store.isGrantRevoked(grantId)) throw invalidToken();
  const userId = claims.sub as string;
  if (!ctx.store.getUser(tokenEnv, userId)) throw invalidToken();
  const scope = typeof claims.scope === 'string' ? claims.scope : '';
  return {
    userId,
    sessionId: typeof claims.sid === 'string' ? claims.sid : '',
    scopes: scope.split(' ').filter((s) => s.length > 0),
  };
}

/**
 * The claims and actor of a valid, unrevoked user access token issued in `environmentId`, or null
 * (for `/as/userinfo`, which answers OAuth errors rather than PingOne's envelope).
 */
export async function userTokenOf(
  ctx: LocalContext,
  request: FastifyRequest,
  environmentId: string,
): Promise<{ claims: Record<string, unknown>; actor: UserActor } | null> {
  try {
    const bearer = await verifyBearer(ctx, request);
    if (!isUserToken(bearer.claims) || bearer.tokenEnv !== environmentId) return null;
    return { claims: bearer.claims, actor: userActor(ctx, bearer) };
  } catch {
    return null;
  }
}

/** True for a token issued to a user (it has `sub`); Worker tokens have none. */
function isUserToken(claims: Record<string, unknown>): boolean {
  return typeof claims.sub === 'string';
}

/**
 * Checks the request's bearer token for `permission` on environment `environmentId`. A user
 * token is refused here: it is accepted only on the self-service calls ({@link authorizeSelf}).
 * @throws LocalError 401 or 403 (the promise rejects).
 */
export async function authorize(
  ctx: LocalContext,
  request: FastifyRequest,
  environmentId: string,
  permission: Permission,
): Promise<Actor> {
  const bearer = await verifyBearer(ctx, request);
  if (isUserToken(bearer.claims)) {
    userActor(ctx, bearer);
    throw insufficientPermissions();
  }
  return workerActor(bearer, environmentId, permission);
}

function workerActor(bearer: Bearer, environmentId: string, permission: Permission): Actor {
  if (bearer.tokenEnv !== environmentId) throw insufficientPermissions();
  const granted = bearer.application.roles.some((role) =>
    ROLE_PERMISSIONS[role]?.includes(permission),
  );
  if (!granted) throw insufficientPermissions();
  return { clientId: bearer.clientId, application: bearer.application };
}

/** Who a self-service call acts for: an application (by its roles) or the user themself. */
export type SelfServiceActor = ({ kind: 'worker' } & Actor) | ({ kind: 'user' } & UserActor);

/**
 * Checks the bearer token of a call a user may make on themself: a Worker token needs
 * `permission` (its roles), a user token needs `scope` and must be the user's own (`sub` equal to
 * `userId`), else 403 INSUFFICIENT_PERMISSIONS.
 */
export async function authorizeSelf(
  ctx: LocalContext,
  request: FastifyRequest,
  environmentId: string,
  userId: string,
  need: { permission: Permission; scope: string },
): Promise<SelfServiceActor> {
  const bearer = await verifyBearer(ctx, request);
  if (!isUserToken(bearer.claims)) {
    return { kind: 'worker', ...workerActor(bearer, environmentId, need.permission) };
  }
  const actor = userActor(ctx, bearer);
  if (bearer.tokenEnv !== environmentId) throw insufficientPermissions();
  if (actor.userId !== userId || !actor.scopes.includes(need.scope)) {
    throw insufficientPermissions();
  }
  return { kind: 'user', ...actor };
}
