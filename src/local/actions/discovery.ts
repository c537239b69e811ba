/**
 * `GET /{envId}/as/jwks` and `GET /{envId}/as/.well-known/openid-configuration` (docs/pingone-behaviour.md §2.3):
 * the discovery document lists only the endpoints and values PingOne Local implements.
 */
import type { FastifyInstance } from 'fastify';
import { issuerOf, type LocalContext } from '../context.js';
import { notFound } from '../errors.js';
import { resource } from '../http.js';
import { DISCOVERY_INFERRED_MEMBERS } from '../pingone-behaviour.js';

/** Registers discovery and JWKS. */
export function discoveryRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/:envId/as/jwks', {
    GET: async (request) => {
      const { envId } = request.params as { envId: string };
      const key = ctx.signingKey(envId);
      if (!key) throw notFound('environment', envId);
      return { keys: [key.jwk] };
    },
  });
  resource(app, '/:envId/as/.well-known/openid-configuration', {
    GET: async (request) => {
      const { envId } = request.params as { envId: string };
      if (!ctx.signingKey(envId)) throw notFound('environment', envId);
      const issuer = issuerOf(ctx, envId);
      // Only what PingOne Local implements (docs/pingone-local.md, choice T8), in PingOne's
      // member order; PingOne's own document also lists PAR, device authorization, implicit
      // and request objects.
      return {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        end_session_endpoint: `${issuer}/signoff`,
        introspection_endpoint: `${issuer}/introspect`,
        revocation_endpoint: `${issuer}/revoke`,
        claims_parameter_supported: false,
        request_parameter_supported: false,
        request_uri_parameter_supported: false,
        require_pushed_authorization_requests: false,
        scopes_supported: ['openid', 'profile', 'email', 'address', 'phone'],
        response_types_supported: ['code'],
        response_modes_supported: ['pi.flow', 'query'],
        grant_types_supported: ['authorization_code', 'client_credentials', 'refresh_token'],
        ...DISCOVERY_INFERRED_MEMBERS,
        token_endpoint_auth_methods_supported: [
          'client_secret_basic',
          'client_secret_post',
          'none',
        ],
      };
    },
  });
}
