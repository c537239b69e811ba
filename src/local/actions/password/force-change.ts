/**
 * `POST /users/{userId}/password` `password.forceChange` (docs/pingone-behaviour.md §4.1 #7) and `password.unlock`
 * (#8). Both clear a lockout; forceChange also sets MUST_CHANGE_PASSWORD.
 */
import type { LocalContext } from '../../context.js';
import { unlocked } from '../../password-state.js';
import { policyForUser } from '../../policy.js';
import type { UserRecord } from '../../store/types.js';
import { passwordStateView } from '../../views.js';
import { noPasswordError } from './steps.js';

/** Forces a change at next sign-on, keeping the password. */
export async function forceChange(ctx: LocalContext, user: UserRecord) {
  if (user.password.hash === null) throw noPasswordError();
  const updated: UserRecord = {
    ...user,
    password: { ...unlocked(user.password), status: 'MUST_CHANGE_PASSWORD' },
    updatedAt: ctx.clock.now(),
  };
  ctx.store.updateUser(updated);
  return passwordStateView(ctx, updated, policyForUser(ctx, user.environmentId, user.populationId));
}

/** Unlocks the password. */
export async function unlockPassword(ctx: LocalContext, user: UserRecord) {
  const updated: UserRecord = {
    ...user,
    password: unlocked(user.password),
    updatedAt: ctx.clock.now(),
  };
  ctx.store.updateUser(updated);
  return passwordStateView(ctx, updated, policyForUser(ctx, user.environmentId, user.populationId));
}
