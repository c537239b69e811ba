/**
 * Account verification inside a flow (docs/pingone-behaviour.md §12.3): a user whose lifecycle is
 * VERIFICATION_REQUIRED (an imported one, or one who just registered) is not signed in; the flow
 * goes to VERIFICATION_CODE_REQUIRED and offers `user.verify` {verificationCode} and
 * `user.sendVerificationCode`. Codes are PingOne Local's account verification codes
 * (`verification.ts`): entering the step mails one unless a code is already pending (choice S9),
 * a resend replaces it, and a good code sets ACCOUNT_OK and continues the sign-on.
 */
import { z } from 'zod';
import type { LocalContext } from '../../context.js';
import type { FlowRecord, UserRecord } from '../../store/types.js';
import { parseBody } from '../../validation.js';
import { invalidVerificationCode, sendVerificationCode, verifyCode } from '../../verification.js';
import type { ActionResult } from './actions.js';
import { type ClientInfo, saveFlow } from './lifecycle.js';
import { nextStep } from './sign-on.js';

export { needsVerification } from '../../verification.js';

const verifySchema = z.object({ verificationCode: z.string().min(1).max(64) }).strict();

function flowUser(ctx: LocalContext, flow: FlowRecord): UserRecord | null {
  return flow.userId === null ? null : ctx.store.getUser(flow.environmentId, flow.userId);
}

/** Moves the flow to VERIFICATION_CODE_REQUIRED for `user`, mailing a code if none is pending. */
export async function startVerification(
  ctx: LocalContext,
  flow: FlowRecord,
  user: UserRecord,
): Promise<ActionResult> {
  if (!ctx.store.getVerification(user.id, 'account')) {
    await sendVerificationCode(ctx, user, ctx.clock.now());
  }
  return { flow: saveFlow(ctx, flow, { status: 'VERIFICATION_CODE_REQUIRED', userId: user.id }) };
}

/** `user.sendVerificationCode`: a new code; the previous one stops working. */
export async function resendVerificationCode(
  ctx: LocalContext,
  flow: FlowRecord,
): Promise<ActionResult> {
  const user = flowUser(ctx, flow);
  if (user) await sendVerificationCode(ctx, user, ctx.clock.now());
  return { flow: saveFlow(ctx, flow, {}) };
}

/** `user.verify`: a good code sets ACCOUNT_OK, then the sign-on goes on (`nextStep`). */
export async function verifyUser(
  ctx: LocalContext,
  flow: FlowRecord,
  body: unknown,
  client: ClientInfo,
): Promise<ActionResult> {
  const { verificationCode } = parseBody(verifySchema, body);
  const user = flowUser(ctx, flow);
  if (!user) throw invalidVerificationCode();
  const verified = verifyCode(ctx, user, verificationCode, ctx.clock.now());
  return nextStep(ctx, flow, verified, client);
}
