/**
 * A sign-on flow's life (docs/pingone-behaviour.md §12.2): started by `/as/authorize`, read and
 * advanced through the Flows API or the hosted sign-on page, expired 15 minutes after its last
 * activity, completed with a new `ST` session, consumed by `/as/resume`.
 */
import { randomUUID } from 'node:crypto';
import type { LocalContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { SIGN_ON } from '../../pingone-behaviour.js';
import type {
  ApplicationRecord,
  AuthorizeRequest,
  FlowRecord,
  SessionRecord,
  UserRecord,
} from '../../store/types.js';

/** Who is signing in from where (kept on the session, for the sessions API). */
export interface ClientInfo {
  userAgent: string | null;
  ip: string | null;
}

/** Starts and stores a flow waiting for a username and password. */
export function startFlow(
  ctx: LocalContext,
  app: ApplicationRecord,
  request: AuthorizeRequest,
): FlowRecord {
  const now = ctx.clock.now();
  const flow: FlowRecord = {
    id: randomUUID(),
    environmentId: app.environmentId,
    applicationId: app.id,
    status: 'USERNAME_PASSWORD_REQUIRED',
    request,
    userId: null,
    sessionId: null,
    data: {},
    createdAt: now,
    updatedAt: now,
    expiresAt: now + SIGN_ON.flowIdleSeconds * 1000,
  };
  ctx.store.putFlow(flow);
  return flow;
}

/** The live flow `flowId` of `envId`. @throws 404 NOT_FOUND when unknown, foreign or expired. */
export function loadFlow(ctx: LocalContext, envId: string, flowId: string): FlowRecord {
  const flow = ctx.store.getFlow(envId, flowId);
  if (!flow || flow.expiresAt <= ctx.clock.now()) throw notFound('flow', flowId);
  return flow;
}

/** Stores `flow` with `changes`, its inactivity expiry pushed back. */
export function saveFlow(
  ctx: LocalContext,
  flow: FlowRecord,
  changes: Partial<Pick<FlowRecord, 'status' | 'userId' | 'sessionId' | 'data'>>,
): FlowRecord {
  const now = ctx.clock.now();
  const next = {
    ...flow,
    ...changes,
    updatedAt: now,
    expiresAt: now + SIGN_ON.flowIdleSeconds * 1000,
  };
  ctx.store.putFlow(next);
  return next;
}

/** Creates the sign-on session of a user who just proved who they are with a password. */
export function createSession(
  ctx: LocalContext,
  user: UserRecord,
  client: ClientInfo,
): SessionRecord {
  const now = ctx.clock.now();
  const session: SessionRecord = {
    id: randomUUID(),
    environmentId: user.environmentId,
    userId: user.id,
    authTime: now,
    amr: ['pwd'],
    acr: SIGN_ON.acr,
    userAgent: client.userAgent,
    ip: client.ip,
    createdAt: now,
    lastUsedAt: now,
    expiresAt: now + SIGN_ON.sessionSeconds * 1000,
  };
  ctx.store.putSession(session);
  return session;
}

/** The flow completed by `session`. */
export function completeFlow(
  ctx: LocalContext,
  flow: FlowRecord,
  session: SessionRecord,
): FlowRecord {
  return saveFlow(ctx, flow, {
    status: 'COMPLETED',
    userId: session.userId,
    sessionId: session.id,
    data: {},
  });
}

/** `<base>/{envId}/as/resume?flowId=…`: where the flow goes back to the authorization server. */
export function resumeUrlOf(ctx: LocalContext, flow: FlowRecord): string {
  return `${ctx.urls.baseUrl}/${flow.environmentId}/as/resume?flowId=${flow.id}`;
}

/** `<base>/{envId}/flows/{flowId}`: the flow's own URL, every `_links` href. */
export function flowUrlOf(ctx: LocalContext, flow: FlowRecord): string {
  return `${ctx.urls.baseUrl}/${flow.environmentId}/flows/${flow.id}`;
}
