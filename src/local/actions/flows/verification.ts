/**
 * Account verification inside a flow (docs/pingone-behaviour.md §12.3): a user whose lifecycle is
 * VERIFICATION_REQUIRED (an imported one, or one who just registered) is not signed in; the flow
 * goes to VERIFICATION_CODE_REQUIRED and offers `user.verify` {verificationCode} and
 * `user.sendVerificationCode`.
 *
 * INTEGRATION POINT (helper VERIFY, branch `verify`): the verification codes of PingOne Local
 * (issuing, mailing and checking them) are being built there. Once merged, `startVerification`
 * and `resendVerificationCode` must mail a code through it, and `verifyUser` must check the code
 * through it, set the lifecycle to ACCOUNT_OK and continue with `nextStep` (COMPLETED). Until
 * then `user.verify` refuses every code (400 INVALID_VALUE on `verificationCode`).
 */
import { z } from 'zod';
import type { LocalContext } from '../../context.js';
import { detail, invalidData } from '../../errors.js';
import type { FlowRecord, UserRecord } from '../../store/types.js';
import { parseBody } from '../../validation.js';
import type { ActionResult } from './actions.js';
import { saveFlow } from './lifecycle.js';

const verifySchema = z.object({ verificationCode: z.string().min(1).max(64) }).strict();

/** True while the user's account waits for verification. */
export function needsVerification(user: UserRecord): boolean {
  const lifecycle = user.attributes.lifecycle as { status?: unknown } | undefined;
  return lifecycle?.status === 'VERIFICATION_REQUIRED';
}

/** Moves the flow to VERIFICATION_CODE_REQUIRED for `user`. */
export function startVerification(
  ctx: LocalContext,
  flow: FlowRecord,
  user: UserRecord,
): ActionResult {
  // INTEGRATION POINT: mail a verification code to the user here (helper VERIFY).
  return { flow: saveFlow(ctx, flow, { status: 'VERIFICATION_CODE_REQUIRED', userId: user.id }) };
}

/** `user.sendVerificationCode`. */
export async function resendVerificationCode(
  ctx: LocalContext,
  flow: FlowRecord,
): Promise<ActionResult> {
  // INTEGRATION POINT: mail a new verification code here (helper VERIFY).
  return { flow: saveFlow(ctx, flow, {}) };
}

/** `user.verify`. */
export async function verifyUser(
  _ctx: LocalContext,
  _flow: FlowRecord,
  body: unknown,
): Promise<ActionResult> {
  parseBody(verifySchema, body);
  // INTEGRATION POINT: check the code (helper VERIFY), set lifecycle ACCOUNT_OK, then nextStep.
  throw invalidData(
    detail('INVALID_VALUE', 'verificationCode', 'The verification code is invalid or expired'),
  );
}
