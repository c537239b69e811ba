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
import { checkPasswordPolicy, policyForUser } from '../../policy.js';
import type { UserRecord } from '../../store/types.js';
import { lenientBoolean, parseBody } from '../../validation.js';
import { passwordStateView } from '../../views.js';
import { hashPasswordValue, isInHistory, isPreEncoded, saveHistory } from './steps.js';

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
  if (!isPreEncoded(input.value) && input.bypassPolicy !== true) {
    const failure = await checkPasswordPolicy(ctx, policy, user, input.value, {
      target: 'password',
      inHistory: await isInHistory(ctx, user, policy, input.value),
    });
    if (failure) throw failure;
  }
  const hash = await hashPasswordValue(ctx, input.value, 'value');
  const now = ctx.clock.now();
  const fresh = ctx.store.getUser(user.environmentId, user.id) ?? user;
  const updated: UserRecord = {
    ...fresh,
    password: {
      ...unlocked(fresh.password),
      hash,
      status: input.forceChange ? 'MUST_CHANGE_PASSWORD' : 'OK',
      lastChangedAt: now,
    },
    updatedAt: now,
  };
  ctx.store.updateUser(updated);
  saveHistory(ctx, user.id, hash);
  return passwordStateView(ctx, updated, policy);
}
