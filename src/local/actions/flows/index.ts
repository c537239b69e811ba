/**
 * `GET|POST /{envId}/flows/{flowId}` (docs/pingone-behaviour.md §12.3). GET reads the flow; POST
 * runs the action its vendor content type names. Steps: loadFlow (404 when unknown, foreign or
 * expired) → actionOfMediaType (415) → performAction (400 when the status does not offer it) →
 * setSignOnSession (when it signed the user in) → answer (in `pi.flow` mode a COMPLETED flow
 * carries `authorizeResponse` and is consumed).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LocalContext } from '../../context.js';
import { jsonBody, mediaType, resource } from '../../http.js';
import { setSignOnSession } from '../../signon/session-cookie.js';
import { type ActionResult, actionOfMediaType, performAction } from './actions.js';
import type { ClientInfo } from './lifecycle.js';
import { loadFlow } from './lifecycle.js';
import { finishRedirectless } from './redirectless.js';
import { flowView } from './view.js';

interface FlowParams {
  envId: string;
  flowId: string;
}

/** The browser's user agent and address, kept on a new session. */
export function clientInfo(request: FastifyRequest): ClientInfo {
  const agent = request.headers['user-agent'];
  return { userAgent: typeof agent === 'string' ? agent.slice(0, 512) : null, ip: request.ip };
}

/** Sets `ST` when the action opened a session; the answer for the flow it left. */
export function answerAction(
  ctx: LocalContext,
  reply: FastifyReply,
  result: ActionResult,
): ReturnType<typeof flowView> {
  if (result.session) setSignOnSession(reply, ctx, result.flow.environmentId, result.session);
  const response = finishRedirectless(ctx, result);
  return flowView(ctx, result.flow, response ?? undefined);
}

/** Registers the Flows API. */
export function flowRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/:envId/flows/:flowId', {
    GET: async (request) => {
      const { envId, flowId } = request.params as FlowParams;
      return flowView(ctx, loadFlow(ctx, envId, flowId));
    },
    POST: async (request, reply) => {
      const { envId, flowId } = request.params as FlowParams;
      const flow = loadFlow(ctx, envId, flowId);
      const action = actionOfMediaType(mediaType(request));
      const result = await performAction(ctx, flow, action, jsonBody(request), clientInfo(request));
      return answerAction(ctx, reply, result);
    },
  });
}
