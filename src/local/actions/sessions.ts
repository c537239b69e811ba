/**
 * `/v1/environments/{envId}/users/{userId}/sessions[/{sessionId}]` (docs/pingone-behaviour.md
 * §13.8): a user's sign-on sessions, most recently active first, at most `SESSIONS_KEPT`. A Worker
 * needs users:read / users:write; the user's own token `p1:read:sessions` / `p1:delete:sessions`.
 * The session the user token was issued in cannot be deleted.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorizeSelf } from '../auth.js';
import { envBaseOf, iso, type LocalContext } from '../context.js';
import { detail, notFound, requestFailed } from '../errors.js';
import { resource } from '../http.js';
import { SESSIONS_KEPT, TOKEN_MESSAGES_SESSIONS } from '../pingone-tokens.js';
import type { SessionRecord } from '../store/types.js';
import { listAnswer, loadUser, paramsOf } from './common.js';

function sessionView(ctx: LocalContext, s: SessionRecord) {
  const userHref = `${envBaseOf(ctx, s.environmentId)}/users/${s.userId}`;
  return {
    _links: { self: { href: `${userHref}/sessions/${s.id}` }, user: { href: userHref } },
    id: s.id,
    environment: { id: s.environmentId },
    user: { id: s.userId },
    createdAt: iso(s.createdAt),
    activeAt: iso(s.lastUsedAt),
    expiredAt: iso(s.expiresAt),
    userAgent: s.userAgent,
    lastSignOn: { at: iso(s.authTime), remoteIp: s.ip, authenticators: s.amr },
  };
}

function keptSessions(ctx: LocalContext, envId: string, userId: string): SessionRecord[] {
  return ctx.store.listSessions(envId, userId).slice(0, SESSIONS_KEPT);
}

function loadSession(ctx: LocalContext, envId: string, userId: string, id: string) {
  const session = keptSessions(ctx, envId, userId).find((s) => s.id === id);
  if (!session) throw notFound('session', id);
  return session;
}

async function readAccess(ctx: LocalContext, request: FastifyRequest) {
  const { envId, userId } = paramsOf(request);
  await authorizeSelf(ctx, request, envId, userId!, {
    permission: 'users:read',
    scope: 'p1:read:sessions',
  });
  loadUser(ctx, envId, userId!);
  return { envId, userId: userId! };
}

/** Registers the user sessions resources. */
export function sessionRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/v1/environments/:envId/users/:userId/sessions', {
    GET: async (request) => {
      const { envId, userId } = await readAccess(ctx, request);
      const sessions = keptSessions(ctx, envId, userId);
      return listAnswer(ctx, request, 'sessions', sessions, (s) => sessionView(ctx, s));
    },
  });
  resource(app, '/v1/environments/:envId/users/:userId/sessions/:id', {
    GET: async (request) => {
      const { envId, userId } = await readAccess(ctx, request);
      return sessionView(ctx, loadSession(ctx, envId, userId, paramsOf(request).id!));
    },
    DELETE: async (request: FastifyRequest, reply: FastifyReply) => {
      const { envId, userId, id } = paramsOf(request);
      const actor = await authorizeSelf(ctx, request, envId, userId!, {
        permission: 'users:write',
        scope: 'p1:delete:sessions',
      });
      loadUser(ctx, envId, userId!);
      const session = loadSession(ctx, envId, userId!, id!);
      if (actor.kind === 'user' && actor.sessionId === session.id) {
        throw requestFailed(detail('INVALID_VALUE', 'id', TOKEN_MESSAGES_SESSIONS.currentSession));
      }
      ctx.store.deleteSession(envId, session.id);
      return reply.status(204).send();
    },
  });
}
