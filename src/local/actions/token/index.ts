/**
 * `POST /{envId}/as/token` (docs/pingone-behaviour.md §2.1, §13.1). Steps: readForm →
 * authenticateClient → checkGrantType (the application must have it) → the grant's own steps
 * (`client-credentials.ts`, `authorization-code.ts`, `refresh-token.ts`).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { LocalContext } from '../../context.js';
import { OAuthError, resource } from '../../http.js';
import {
  authenticateClient,
  clientDenied,
  type OAuthForm,
  readForm,
} from '../../oauth/client-auth.js';
import { MESSAGES } from '../../pingone-behaviour.js';
import { TOKEN_MESSAGES } from '../../pingone-tokens.js';
import type { ApplicationRecord } from '../../store/types.js';
import { authorizationCodeGrant } from './authorization-code.js';
import { clientCredentialsGrant } from './client-credentials.js';
import { refreshTokenGrant } from './refresh-token.js';

type Grant = (ctx: LocalContext, app: ApplicationRecord, form: OAuthForm) => Promise<unknown>;

/** `grant_type` → the application grant type it needs, and its handler. */
const GRANTS: Record<string, [string, Grant]> = {
  client_credentials: ['CLIENT_CREDENTIALS', clientCredentialsGrant],
  authorization_code: ['AUTHORIZATION_CODE', authorizationCodeGrant],
  refresh_token: ['REFRESH_TOKEN', refreshTokenGrant],
};

function checkGrantType(app: ApplicationRecord, form: OAuthForm): Grant {
  const grantType = form.get('grant_type');
  if (grantType === undefined) {
    throw new OAuthError(400, 'invalid_request', MESSAGES.tokenMissingGrant);
  }
  const grant = Object.hasOwn(GRANTS, grantType) ? GRANTS[grantType] : undefined;
  if (!grant) {
    throw new OAuthError(400, 'unsupported_grant_type', TOKEN_MESSAGES.unsupportedGrant(grantType));
  }
  if (!app.settings.grantTypes.includes(grant[0])) {
    throw new OAuthError(400, 'unauthorized_client', TOKEN_MESSAGES.grantNotAllowed(grantType));
  }
  return grant[1];
}

/** Registers the token endpoint. */
export function tokenRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/:envId/as/token', {
    POST: async (request: FastifyRequest, reply) => {
      const { envId } = request.params as { envId: string };
      if (!ctx.store.getEnvironment(envId)) throw clientDenied(request);
      const form = readForm(request);
      const application = authenticateClient(ctx, request, envId, form);
      const grant = checkGrantType(application, form);
      const answer = await grant(ctx, application, form);
      reply.header('Pragma', 'no-cache');
      return answer;
    },
  });
}
