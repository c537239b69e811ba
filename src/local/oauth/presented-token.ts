/**
 * What a token sent to `/as/introspect` or `/as/revoke` stands for (RFC 7009, RFC 7662): one of
 * this client's refresh tokens, or an access token signed by the environment's key and issued to
 * this client. Anything else is `null` (both endpoints then answer as for an unknown token).
 */
import type { FastifyRequest } from 'fastify';
import { issuerOf, type LocalContext } from '../context.js';
import { verifyJwt } from '../crypto/signing-keys.js';
import { OAuthError } from '../http.js';
import { TOKEN_MESSAGES } from '../pingone-tokens.js';
import type { ApplicationRecord, RefreshTokenRecord } from '../store/types.js';
import { authenticateClient, clientDenied, readForm } from './client-auth.js';
import { hashSecret } from './codes.js';

/** A recognised token of the authenticated client. */
export type PresentedToken =
  | { kind: 'refresh'; record: RefreshTokenRecord; grantId: string }
  | { kind: 'access'; claims: Record<string, unknown>; grantId: string | null };

/** The client's token `token`, or null. */
export async function presentedToken(
  ctx: LocalContext,
  app: ApplicationRecord,
  token: string,
): Promise<PresentedToken | null> {
  const record = ctx.store.getRefreshToken(hashSecret(token));
  if (record) {
    return record.applicationId === app.id && record.environmentId === app.environmentId
      ? { kind: 'refresh', record, grantId: record.grantId }
      : null;
  }
  const key = ctx.signingKey(app.environmentId);
  const claims = key ? await verifyJwt(key, token, ctx.clock.now()) : null;
  if (!claims || claims.client_id !== app.id || claims.iss !== issuerOf(ctx, app.environmentId)) {
    return null;
  }
  const grantId = typeof claims.jti === 'string' ? ctx.store.getAccessTokenGrant(claims.jti) : null;
  return { kind: 'access', claims, grantId };
}

/**
 * The shared steps of `/as/introspect` and `/as/revoke`: readForm → authenticateClient →
 * requireToken → presentedToken.
 */
export async function readTokenRequest(
  ctx: LocalContext,
  request: FastifyRequest,
): Promise<{ envId: string; found: PresentedToken | null }> {
  const { envId } = request.params as { envId: string };
  if (!ctx.store.getEnvironment(envId)) throw clientDenied(request);
  const form = readForm(request);
  const application = authenticateClient(ctx, request, envId, form);
  const token = form.get('token');
  if (!token) throw new OAuthError(400, 'invalid_request', TOKEN_MESSAGES.tokenMissing);
  return { envId, found: await presentedToken(ctx, application, token) };
}
