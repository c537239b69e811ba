/**
 * The end of a flow: the authorization response (docs/pingone-behaviour.md §12.4). `/as/resume`
 * redirects with it; in `response_mode=pi.flow` the action that completes the flow answers it as
 * `authorizeResponse` instead, and the flow is consumed then.
 */
import type { LocalContext } from '../../context.js';
import { issueAuthorizationCode } from '../../oauth/codes.js';
import type { FlowRecord, SessionRecord } from '../../store/types.js';
import type { AuthorizeResponse } from './view.js';

/** Issues the code for a completed flow and deletes the flow (it cannot be resumed twice). */
export function authorizeResponseOf(
  ctx: LocalContext,
  flow: FlowRecord,
  session: SessionRecord,
): AuthorizeResponse {
  // The code and the flow's end: one commit.
  const code = ctx.store.relaxedTransaction(() => {
    const issued = issueAuthorizationCode(ctx, flow, session);
    ctx.store.deleteFlow(flow.environmentId, flow.id);
    return issued;
  });
  const state = flow.request.state;
  return state === null ? { code } : { code, state };
}

/** In `pi.flow` mode, the authorization response of a flow an action just completed. */
export function finishRedirectless(
  ctx: LocalContext,
  result: { flow: FlowRecord; session?: SessionRecord },
): AuthorizeResponse | null {
  if (result.flow.request.responseMode !== 'pi.flow' || result.flow.status !== 'COMPLETED') {
    return null;
  }
  const session =
    result.session ??
    (result.flow.sessionId
      ? ctx.store.getSession(result.flow.environmentId, result.flow.sessionId)
      : null);
  return session ? authorizeResponseOf(ctx, result.flow, session) : null;
}
