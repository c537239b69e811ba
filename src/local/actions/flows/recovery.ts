/**
 * Forgotten password inside a flow (docs/pingone-behaviour.md §12.3), on the recovery code logic
 * of `/users/{id}/password`:
 * - `password.forgot` {username} → RECOVERY_CODE_REQUIRED. Mails a code when the account can
 *   recover; the answer is the same for an unknown username or an account that cannot.
 * - `password.sendRecoveryCode` (no body): a new code, same answer whatever happens.
 * - `password.recover` {recoveryCode, newPassword}: checks the code (5 failures lock, §4.3) and
 *   the policy, sets the password, then signs the user in (COMPLETED).
 */
import { z } from 'zod';
import type { LocalContext } from '../../context.js';
import { detail, invalidData, LocalError } from '../../errors.js';
import { MESSAGES } from '../../pingone-behaviour.js';
import type { FlowRecord } from '../../store/types.js';
import { parseBody } from '../../validation.js';
import { recoverWithCode, sendRecoveryCode } from '../password/recovery.js';
import { asOfNow } from '../password/steps.js';
import type { ActionResult } from './actions.js';
import { type ClientInfo, saveFlow } from './lifecycle.js';
import { nextStep } from './sign-on.js';

const forgotSchema = z.object({ username: z.string().min(1).max(256) }).strict();
const recoverSchema = z
  .object({ recoveryCode: z.string().min(1).max(64), newPassword: z.string().min(1).max(4096) })
  .strict();

/** Mails a recovery code if the user can recover; any refusal is kept from the answer. */
async function mailCodeQuietly(ctx: LocalContext, envId: string, userId: string | null) {
  const user = userId ? ctx.store.getUser(envId, userId) : null;
  if (!user) return;
  try {
    await sendRecoveryCode(ctx, user);
  } catch (error) {
    if (!(error instanceof LocalError)) throw error;
    ctx.logger?.info({ code: error.code, userId }, 'flow recovery code not sent');
  }
}

/** `password.forgot`. */
export async function forgotPassword(
  ctx: LocalContext,
  flow: FlowRecord,
  body: unknown,
): Promise<ActionResult> {
  const input = parseBody(forgotSchema, body);
  const user = ctx.store.findUserByUsername(flow.environmentId, input.username);
  await mailCodeQuietly(ctx, flow.environmentId, user?.id ?? null);
  return {
    flow: saveFlow(ctx, flow, {
      status: 'RECOVERY_CODE_REQUIRED',
      userId: user?.id ?? null,
      data: {},
    }),
  };
}

/** `password.sendRecoveryCode`. */
export async function resendRecoveryCode(
  ctx: LocalContext,
  flow: FlowRecord,
): Promise<ActionResult> {
  await mailCodeQuietly(ctx, flow.environmentId, flow.userId);
  return { flow: saveFlow(ctx, flow, {}) };
}

/** `password.recover`. */
export async function recoverPassword(
  ctx: LocalContext,
  flow: FlowRecord,
  body: unknown,
  client: ClientInfo,
): Promise<ActionResult> {
  const input = parseBody(recoverSchema, body);
  const loaded = flow.userId ? ctx.store.getUser(flow.environmentId, flow.userId) : null;
  if (!loaded) {
    throw invalidData(detail('INVALID_VALUE', 'recoveryCode', MESSAGES.recoveryCodeInvalid));
  }
  const updated = await recoverWithCode(ctx, asOfNow(ctx, loaded).user, input);
  return nextStep(ctx, flow, updated, client);
}
