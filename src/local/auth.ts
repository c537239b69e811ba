/**
 * Bearer-token checks of the management API (docs/pingone-behaviour.md §2.2, §7.3): a missing, malformed, expired or
 * foreign token is 401 ACCESS_FAILED/INVALID_TOKEN; a valid token whose application's roles lack
 * the permission, or that belongs to another environment, is 403 INSUFFICIENT_PERMISSIONS.
 */
import type { FastifyRequest } from 'fastify';
import { issuerOf, type LocalContext } from './context.js';
import { type SigningKey, verifyJwt } from './crypto/signing-keys.js';
import { insufficientPermissions, invalidToken } from './errors.js';
import { type Permission, ROLE_PERMISSIONS } from './pingone-applications.js';
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

/**
 * Checks the request's bearer token for `permission` on environment `environmentId`.
 * @throws LocalError 401 or 403 (the promise rejects).
 */
export async function authorize(
  ctx: LocalContext,
  request: FastifyRequest,
  environmentId: string,
  permission: Permission,
): Promise<Actor> {
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
  const clientId = claims.client_id;
  if (typeof clientId !== 'string') throw invalidToken();
  const application = ctx.store.getApplication(tokenEnv, clientId);
  if (!application) throw invalidToken();
  if (tokenEnv !== environmentId) throw insufficientPermissions();
  const granted = application.roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission));
  if (!granted) throw insufficientPermissions();
  return { clientId, application };
}
