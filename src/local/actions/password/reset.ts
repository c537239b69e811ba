/**
 * `PUT /users/{userId}/password` `password.reset+json` (docs/pingone-behaviour.md §4.1 #5–6, §13.7):
 * - with `currentPassword`: self-change, with the user's own token holding
 *   `p1:reset:userPassword` (a Worker token is 403). Steps: releaseExpiredLock → refuseUnusable →
 *   verifyCurrentPassword (failures count toward lockout) → checkMinimumAge → checkPasswordPolicy
 *   (target newPassword) → hash → savePassword (OK) → saveHistory.
 * - without: admin reset, with a Worker token (a user token is 403). The temporary password is
 *   not evaluated; status MUST_CHANGE_PASSWORD; unlocks the password.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SelfServiceActor } from '../../auth.js';
import type { LocalContext } from '../../context.js';
import { detail, insufficientPermissions, requestFailed } from '../../errors.js';
import { tooYoung } from '../../password-state.js';
import { MESSAGES } from '../../pingone-behaviour.js';
import { policyForUser } from '../../policy.js';
import type { UserRecord } from '../../store/types.js';
import { passwordStateView } from '../../views.js';
import { refuseUnusable } from './check.js';
import {
  checkNewPassword,
  hashPasswordValue,
  readAttempt,
  storeNewPassword,
  verifyOrCountFailure,
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
  actor: SelfServiceActor,
) {
  const { input, now, user } = readAttempt(ctx, request, schema, loaded);
  // The self-change is the user's own act, the admin reset an application's.
  const selfChange = input.currentPassword !== undefined;
  if (selfChange !== (actor.kind === 'user')) throw insufficientPermissions();
  const policy = policyForUser(ctx, user.environmentId, user.populationId);
  let status: 'OK' | 'MUST_CHANGE_PASSWORD' = 'MUST_CHANGE_PASSWORD';

  if (input.currentPassword !== undefined) {
    status = 'OK';
    refuseUnusable(user, now);
    await verifyOrCountFailure(ctx, user, policy, {
      value: input.currentPassword,
      target: 'currentPassword',
      mismatch: MESSAGES.currentPasswordInvalid,
    });
    if (tooYoung(user.password, policy, now)) {
      throw requestFailed(detail('PASSWORD_TOO_YOUNG', 'newPassword', MESSAGES.passwordTooYoung));
    }
    await checkNewPassword(ctx, policy, user, input.newPassword, {
      target: 'newPassword',
      currentPassword: input.currentPassword,
    });
  }

  const hash = await hashPasswordValue(ctx, input.newPassword, 'newPassword');
  const updated = storeNewPassword(ctx, user, hash, status);
  return passwordStateView(ctx, updated, policy);
}
