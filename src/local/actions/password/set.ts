/**
 * `PUT /users/{userId}/password` with `password.set+json` `{ value, forceChange, bypassPolicy }`
 * or `password.setValue+json` (value optional; `{}` removes the password). Notes §4.1 #3–4.
 * Steps: readInput → checkPasswordPolicy (cleartext, unless bypassPolicy) → hashPasswordValue →
 * savePassword → saveHistory.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { LocalContext } from '../../context.js';
import { jsonBody } from '../../http.js';
import { unlocked } from '../../password-state.js';
import { policyForUser } from '../../policy.js';
import type { UserRecord } from '../../store/types.js';
import { lenientBoolean, parseBody } from '../../validation.js';
import { passwordStateView } from '../../views.js';
import { checkNewPassword, hashPasswordValue, storeNewPassword } from './steps.js';

const setSchema = z
  .object({
    value: z.string().min(1).max(4096),
    forceChange: lenientBoolean.optional(),
    bypassPolicy: lenientBoolean.optional(),
  })
  .strict();
const setValueSchema = setSchema.partial().strict();

/** Sets (or with setValue and no value, removes) the password. */
export async function setPassword(
  ctx: LocalContext,
  request: FastifyRequest,
  user: UserRecord,
  valueOptional: boolean,
) {
  const input = parseBody(valueOptional ? setValueSchema : setSchema, jsonBody(request));
  const policy = policyForUser(ctx, user.environmentId, user.populationId);
  if (input.value === undefined) {
    const cleared: UserRecord = {
      ...user,
      password: {
        ...unlocked(user.password),
        hash: null,
        status: 'NO_PASSWORD',
        lastChangedAt: null,
      },
      updatedAt: ctx.clock.now(),
    };
    ctx.store.updateUser(cleared);
    return passwordStateView(ctx, cleared, policy);
  }
  if (input.bypassPolicy !== true) {
    await checkNewPassword(ctx, policy, user, input.value, { target: 'password' });
  }
  const hash = await hashPasswordValue(ctx, input.value, 'value');
  const status = input.forceChange ? 'MUST_CHANGE_PASSWORD' : 'OK';
  const updated = storeNewPassword(ctx, user, hash, status);
  return passwordStateView(ctx, updated, policy);
}
