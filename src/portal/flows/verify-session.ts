/**
 * The verification flow's state, shared by the classic registration (flows/register.ts), the
 * email-first one (flows/register-email-first.ts) and the verify page (flows/verify.ts). The flow
 * lives in the encrypted session ({@link VerifyFlow}), so it survives leaving the page and coming
 * back while the session lasts; a finished flow's session id is remembered for a day, as for
 * recovery, so a copy of the cookie cannot replay it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { normaliseRecoveryCode, padTo } from '../forms.js';
import { identifierKey } from '../plugins/rate-limit.js';
import { type FieldError, flash, regenerateSession, type VerifyFlow } from '../plugins/session.js';
import * as shared from './shared.js';

/** The "check your e-mail" page. */
export const VERIFY = '/register/verify';
/** Email-first with a chosen username: the step after the proof. */
export const USERNAME = '/register/username';
/** The page after a verified registration. */
export const DONE = '/register/done';
const DAY_MS = 24 * 3600 * 1000;
/** Wrong codes tolerated per sent code (PingOne invalidates a code after 5, choice 36). */
const MAX_CODE_FAILURES = 5;

const finishedKey = (sessionId: string) => `verify-done:${sessionId}`;

/** Starts a verification flow in a fresh session and sends the person to the verify page. */
export function startVerification(
  request: FastifyRequest,
  reply: FastifyReply,
  start: Pick<VerifyFlow, 'mode' | 'email' | 'userId'>,
): FastifyReply {
  const now = request.server.portal.now();
  regenerateSession(request, now);
  request.session.verify = {
    ...start,
    startedAt: now,
    lastSentAt: now,
    exhausted: false,
    proven: false,
  };
  return shared.seeOther(reply, VERIFY);
}

/**
 * The session's flow, or null (then a flash says why) when there is none, it is older than a
 * day or it has finished.
 */
export async function requireVerifyFlow(request: FastifyRequest): Promise<VerifyFlow | null> {
  const { portal, limits } = request.server;
  let flow = request.session.verify ?? null;
  if (
    flow &&
    (portal.now() - flow.startedAt > DAY_MS ||
      (await limits.store.peek(finishedKey(request.session.id))).count > 0)
  ) {
    request.log.info({ event: 'verify_flow_stale' }, 'finished or expired verification refused');
    request.session.verify = null;
    flow = null;
  }
  if (flow) return flow;
  flash(
    request,
    'info',
    request.sessionState === 'expired' ? 'flash.sessionExpired' : 'flash.verifyStart',
  );
  return null;
}

/**
 * A refused code: counted per address and sent code (so "too many" reads the same for every
 * address), padded to `AUTH_FAILURE_FLOOR_MS` from `started`, and shown under the code field.
 */
export async function codeRefused(
  request: FastifyRequest,
  reply: FastifyReply,
  flow: VerifyFlow,
  started: number,
  exhaustedByPingOne: boolean,
): Promise<FastifyReply> {
  const { portal, limits } = request.server;
  const attempts = await limits.take(
    `verify-fail:${identifierKey(flow.email)}:${flow.lastSentAt}`,
    DAY_MS,
    MAX_CODE_FAILURES - 1,
  );
  const exhausted = exhaustedByPingOne || !attempts.allowed;
  if (exhausted) request.session.verify = { ...flow, exhausted: true };
  await padTo(started, portal.config.authFailureFloorMs);
  return shared.failForm(request, reply, VERIFY, {
    verificationCode: {
      key: exhausted ? 'error.verificationCode.exhausted' : 'error.verificationCode.invalid',
    },
  });
}

/** Ends the flow: remembered as finished, a fresh session, then the "what next" page. */
export async function finishVerification(
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
): Promise<FastifyReply> {
  const { portal, limits } = request.server;
  request.log.info({ event: 'account_verified', userId }, 'account verified');
  await limits.store.hit(finishedKey(request.session.id), DAY_MS);
  regenerateSession(request, portal.now());
  flash(request, 'success', 'flash.accountVerified');
  return shared.seeOther(reply, DONE);
}

/**
 * Reads a typed code: spaces and dashes are dropped (pasted codes), letter case is kept (PingOne
 * compares codes ignoring case, choice 35). Answers the code or the field's error.
 */
export function readCode(typed: string): { code: string } | { error: FieldError } {
  if (typed.trim() === '') return { error: { key: 'error.verificationCode.required' } };
  const code = normaliseRecoveryCode(typed);
  return code ? { code } : { error: { key: 'error.verificationCode.format' } };
}
