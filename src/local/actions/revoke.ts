/**
 * `POST /{envId}/as/revoke` (RFC 7009; docs/pingone-behaviour.md §13.5). Steps: readForm →
 * authenticateClient → presentedToken → revokeGrant. A user token's grant is revoked whole (its
 * refresh tokens and access tokens); an unknown, foreign or Worker token changes nothing; the
 * answer is 200 with no body either way.
 */
import type { FastifyInstance } from 'fastify';
import type { LocalContext } from '../context.js';
import { resource } from '../http.js';
import { readTokenRequest } from '../oauth/presented-token.js';

/** Registers the revocation endpoint. */
export function revokeRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/:envId/as/revoke', {
    POST: async (request, reply) => {
      const { envId, found } = await readTokenRequest(ctx, request);
      if (found?.grantId) {
        const now = ctx.clock.now();
        ctx.store.revokeGrant(envId, found.grantId, now, now + ctx.tokenLifetimeSeconds * 1000);
      }
      return reply.status(200).send();
    },
  });
}
