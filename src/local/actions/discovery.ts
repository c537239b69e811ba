/**
 * `GET /{envId}/as/jwks` and `GET /{envId}/as/.well-known/openid-configuration` (docs/pingone-behaviour.md §2.3).
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
      return {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        pushed_authorization_request_endpoint: `${issuer}/par`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        end_session_endpoint: `${issuer}/signoff`,
        introspection_endpoint: `${issuer}/introspect`,
        revocation_endpoint: `${issuer}/revoke`,
        device_authorization_endpoint: `${issuer}/device_authorization`,
        claims_parameter_supported: false,
        request_parameter_supported: true,
        request_uri_parameter_supported: false,
        require_pushed_authorization_requests: false,
        scopes_supported: ['openid', 'profile', 'email', 'address', 'phone'],
        response_types_supported: [
          'code',
          'id_token',
          'token id_token',
          'code id_token',
          'code token',
          'code token id_token',
        ],
        response_modes_supported: ['pi.flow', 'query', 'fragment', 'form_post'],
        grant_types_supported: [
          'authorization_code',
          'implicit',
          'client_credentials',
          'refresh_token',
          'urn:ietf:params:oauth:grant-type:device_code',
        ],
        ...DISCOVERY_INFERRED_MEMBERS,
      };
    },
  });
}
