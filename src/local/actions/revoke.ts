/**
 * `POST /{envId}/as/revoke` (RFC 7009; docs/pingone-behaviour.md §13.5). Steps: readForm →
 * authenticateClient → presentedToken → revokeGrant. A user token's grant is revoked whole (its
 * refresh tokens and access tokens); an unknown, foreign or Worker token changes nothing; the
 * answer is 200 with no body either way.
 */
import type { FastifyInstance } from 'fastify';
import type { LocalContext } from '../context.js';
import { OAuthError, resource } from '../http.js';
import { authenticateClient, clientDenied, readForm } from '../oauth/client-auth.js';
import { presentedToken } from '../oauth/presented-token.js';
import { TOKEN_MESSAGES } from '../pingone-tokens.js';

/** Registers the revocation endpoint. */
export function revokeRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/:envId/as/revoke', {
    POST: async (request, reply) => {
      const { envId } = request.params as { envId: string };
      if (!ctx.store.getEnvironment(envId)) throw clientDenied(request);
      const form = readForm(request);
      const application = authenticateClient(ctx, request, envId, form);
      const token = form.get('token');
      if (!token) throw new OAuthError(400, 'invalid_request', TOKEN_MESSAGES.tokenMissing);
      const found = await presentedToken(ctx, application, token);
      if (found?.grantId) {
        const now = ctx.clock.now();
        ctx.store.revokeGrant(envId, found.grantId, now, now + ctx.tokenLifetimeSeconds * 1000);
      }
      return reply.status(200).send();
    },
  });
}
