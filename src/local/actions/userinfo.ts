/**
 * `GET|POST /{envId}/as/userinfo` (docs/pingone-behaviour.md §2.3, §13.3): the user's `sub` and the
 * claims of the token's OpenID Connect scopes. Steps: readToken → checkOpenidScope → loadUser →
 * answerClaims. Errors are RFC 6750 answers with `WWW-Authenticate`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { userTokenOf } from '../auth.js';
import type { LocalContext } from '../context.js';
import { OAuthError, resource } from '../http.js';
import { scopeClaims } from '../oauth/claims.js';
import { USERINFO_ERRORS } from '../pingone-tokens.js';

function bearerError(kind: 'missing' | 'invalid' | 'scope'): OAuthError {
  const e = USERINFO_ERRORS[kind];
  return new OAuthError(e.status, e.error, e.description, { 'WWW-Authenticate': e.header });
}

async function userinfo(ctx: LocalContext, request: FastifyRequest, reply: FastifyReply) {
  const { envId } = request.params as { envId: string };
  if (request.headers.authorization === undefined) throw bearerError('missing');
  const token = await userTokenOf(ctx, request, envId);
  if (!token) throw bearerError('invalid');
  if (!token.actor.scopes.includes('openid')) throw bearerError('scope');
  const user = ctx.store.getUser(envId, token.actor.userId);
  if (!user?.enabled) throw bearerError('invalid');
  reply.header('Pragma', 'no-cache');
  return { sub: user.id, ...scopeClaims(user, token.actor.scopes) };
}

/** Registers the userinfo endpoint. */
export function userinfoRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/:envId/as/userinfo', {
    GET: (request, reply) => userinfo(ctx, request, reply),
    POST: (request, reply) => userinfo(ctx, request, reply),
  });
}
