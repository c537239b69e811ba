/**
 * `GET /{envId}/as/resume?flowId=…` (docs/pingone-behaviour.md §12.4): where a completed flow
 * returns to the authorization server. Steps: loadFlow (404) → notYetCompleted (back to the
 * sign-on page) → requireFlowSession (the browser's `ST` must name the session the flow completed
 * with) → issueCode and consume the flow → 302 `redirect_uri?code=…&state=…` (JSON with
 * `authorizeResponse` in `pi.flow` mode).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LocalContext } from '../context.js';
import { LocalError, notFound } from '../errors.js';
import { SIGN_ON_MESSAGES } from '../pingone-behaviour.js';
import { readSignOnSession } from '../signon/session-cookie.js';
import { withQuery } from './authorize.js';
import { loadFlow } from './flows/lifecycle.js';
import { authorizeResponseOf } from './flows/redirectless.js';
import { flowView } from './flows/view.js';

async function resume(ctx: LocalContext, request: FastifyRequest, reply: FastifyReply) {
  const { envId } = request.params as { envId: string };
  const flowId = (request.query as Record<string, unknown>).flowId;
  if (typeof flowId !== 'string' || flowId === '') throw notFound('flow', '');
  const flow = loadFlow(ctx, envId, flowId);
  if (flow.status !== 'COMPLETED') {
    return reply.redirect(`${ctx.urls.baseUrl}/${envId}/signon/?flowId=${flow.id}`);
  }
  const session = readSignOnSession(ctx, request, envId);
  if (!session || session.id !== flow.sessionId) {
    throw new LocalError(400, 'REQUEST_FAILED', SIGN_ON_MESSAGES.noSession);
  }
  const response = authorizeResponseOf(ctx, flow, session);
  if (flow.request.responseMode === 'pi.flow') return reply.send(flowView(ctx, flow, response));
  return reply.redirect(
    withQuery(flow.request.redirectUri, { code: response.code, state: response.state ?? null }),
  );
}

/** Registers `/{envId}/as/resume`. */
export function resumeRoutes(app: FastifyInstance, ctx: LocalContext): void {
  app.get('/:envId/as/resume', (request, reply) => resume(ctx, request, reply));
}
