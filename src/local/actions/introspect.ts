/**
 * `POST /{envId}/as/introspect` (RFC 7662; docs/pingone-behaviour.md §13.5): the client that was
 * issued the token asks about it. Steps: readForm → authenticateClient → presentedToken →
 * checkActive → answer (`{active: false}` for anything unknown, expired, revoked or foreign).
 */
import type { FastifyInstance } from 'fastify';
import type { LocalContext } from '../context.js';
import { resource } from '../http.js';
import { type PresentedToken, readTokenRequest } from '../oauth/presented-token.js';

const INACTIVE = { active: false } as const;

function answer(ctx: LocalContext, found: PresentedToken | null) {
  if (!found) return INACTIVE;
  if (found.grantId && ctx.store.isGrantRevoked(found.grantId)) return INACTIVE;
  if (found.kind === 'access') {
    const c = found.claims;
    // A user token whose grant is no longer known (database reset) is not active either.
    if (typeof c.sub === 'string' && found.grantId === null) return INACTIVE;
    return { active: true, token_type: 'Bearer', ...c };
  }
  const r = found.record;
  if (r.usedAt !== null || r.expiresAt <= ctx.clock.now()) return INACTIVE;
  return {
    active: true,
    token_type: 'refresh_token',
    client_id: r.applicationId,
    sub: r.userId,
    scope: r.scope.join(' '),
    iat: Math.floor(r.createdAt / 1000),
    exp: Math.floor(r.expiresAt / 1000),
  };
}

/** Registers the introspection endpoint. */
export function introspectRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/:envId/as/introspect', {
    POST: async (request) => {
      const { found } = await readTokenRequest(ctx, request);
      return answer(ctx, found);
    },
  });
}
