/**
 * `PUT /users/{userId}/password` `password.reset+json` (docs/pingone-behaviour.md §4.1 #5–6):
 * - with `currentPassword`: self-change. PingOne requires the user's own token; PingOne Local
 *   has no user tokens and accepts a Worker token here (documented). Steps: releaseExpiredLock →
 *   refuseUnusable → verifyCurrentPassword (failures count toward lockout) → checkMinimumAge →
 *   checkPasswordPolicy (target newPassword) → hash → savePassword (OK) → saveHistory.
 * - without: admin reset. The temporary password is not evaluated; status MUST_CHANGE_PASSWORD;
 *   unlocks the password.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { LocalContext } from '../../context.js';
import { detail, invalidData, requestFailed } from '../../errors.js';
import { jsonBody } from '../../http.js';
import { releaseExpiredLock, tooYoung, unlocked } from '../../password-state.js';
import { MESSAGES } from '../../pingone-behaviour.js';
import { checkPasswordPolicy, policyForUser } from '../../policy.js';
import type { UserRecord } from '../../store/types.js';
import { parseBody } from '../../validation.js';
import { passwordStateView } from '../../views.js';
import { refuseUnusable } from './check.js';
import {
  hashPasswordValue,
  isInHistory,
  isPreEncoded,
  lockedOutError,
  recordFailure,
  saveHistory,
  secondsUntilUnlock,
} from './steps.js';

const schema = z
  .object({
    currentPassword: z.string().min(1).max(4096).optional(),
    newPassword: z.string().min(1).max(4096),
  })
  .strict();

/** Self-change or admin reset, depending on `currentPassword`. */
export async function resetPassword(
  ctx: LocalContext,
  request: FastifyRequest,
  loaded: UserRecord,
) {
  const input = parseBody(schema, jsonBody(request));
  const policy = policyForUser(ctx, loaded.environmentId, loaded.populationId);
  const now = ctx.clock.now();
  const user = { ...loaded, password: releaseExpiredLock(loaded.password, now) };
  let status: 'OK' | 'MUST_CHANGE_PASSWORD' = 'MUST_CHANGE_PASSWORD';

  if (input.currentPassword !== undefined) {
    status = 'OK';
    refuseUnusable(user, now);
    if (!(await ctx.hasher.verify(user.password.hash!, input.currentPassword))) {
      const outcome = recordFailure(ctx, user, policy);
      if (outcome.locked) throw lockedOutError(secondsUntilUnlock(outcome.user, ctx.clock.now()));
      throw invalidData(
        detail(
          'INVALID_VALUE',
          'currentPassword',
          MESSAGES.currentPasswordInvalid,
          outcome.failuresRemaining !== undefined
            ? { failuresRemaining: outcome.failuresRemaining }
            : undefined,
        ),
      );
    }
    if (tooYoung(user.password, policy, now)) {
      throw requestFailed(detail('PASSWORD_TOO_YOUNG', 'newPassword', MESSAGES.passwordTooYoung));
    }
    if (!isPreEncoded(input.newPassword)) {
      const failure = await checkPasswordPolicy(ctx, policy, user, input.newPassword, {
        target: 'newPassword',
        currentPassword: input.currentPassword,
        inHistory: await isInHistory(ctx, user, policy, input.newPassword),
      });
      if (failure) throw failure;
    }
  }

  const hash = await hashPasswordValue(ctx, input.newPassword, 'newPassword');
  const at = ctx.clock.now();
  const fresh = ctx.store.getUser(user.environmentId, user.id) ?? user;
  const updated: UserRecord = {
    ...fresh,
    password: { ...unlocked(fresh.password), hash, status, lastChangedAt: at },
    updatedAt: at,
  };
  ctx.store.updateUser(updated);
  saveHistory(ctx, user.id, hash);
  return passwordStateView(ctx, updated, policy);
}
