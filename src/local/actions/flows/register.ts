/**
 * `user.register` {username, email, password} inside a flow (docs/pingone-behaviour.md §12.3),
 * offered only when registration is enabled (`PINGONE_LOCAL_REGISTRATION`, docs/pingone-local.md).
 * Steps: readInput → defaultPopulation → checkUniqueness → checkPasswordPolicy (target password;
 * pre-encoded values are refused as plain text would be: they are hashed like any password) →
 * hash → saveUser (lifecycle VERIFICATION_REQUIRED, as PingOne's registration flow asks for
 * verification) → nextStep (VERIFICATION_CODE_REQUIRED).
 */
import { z } from 'zod';
import type { LocalContext } from '../../context.js';
import { detail, invalidData } from '../../errors.js';
import { MESSAGES } from '../../pingone-behaviour.js';
import { checkPasswordPolicy, policyForUser } from '../../policy.js';
import type { FlowRecord } from '../../store/types.js';
import { newUserRecord } from '../../user-record.js';
import { emailSchema, parseBody } from '../../validation.js';
import { checkUserUniqueness } from '../common.js';
import { saveUser } from '../users/create.js';
import type { ActionResult } from './actions.js';
import type { ClientInfo } from './lifecycle.js';
import { nextStep } from './sign-on.js';

export { resendVerificationCode, verifyUser } from './verification.js';

/** The store setting that enables registration (written at start from the options). */
export const REGISTRATION_SETTING = 'signOnRegistration';

/** True when the environment lets people register in a flow. */
export function registrationEnabled(ctx: LocalContext): boolean {
  return ctx.store.getSetting(REGISTRATION_SETTING) === 'true';
}

const registerSchema = z
  .object({
    username: z
      .string()
      .min(1)
      .max(128)
      .regex(/^[\p{L}\p{M}\p{Zs}\p{S}\p{N}\p{P}]*$/u),
    email: emailSchema,
    password: z.string().min(1).max(4096),
  })
  .strict();

/** `user.register`. */
export async function registerUser(
  ctx: LocalContext,
  flow: FlowRecord,
  body: unknown,
  client: ClientInfo,
): Promise<ActionResult> {
  const input = parseBody(registerSchema, body);
  const envId = flow.environmentId;
  const population = ctx.store.getDefaultPopulation(envId);
  if (!population) throw invalidData(detail('REQUIRED_VALUE', 'population', MESSAGES.required));
  const attributes = {
    mfaEnabled: false,
    emailVerified: false,
    lifecycle: { status: 'VERIFICATION_REQUIRED' },
  };
  const draft = newUserRecord(
    {
      environmentId: envId,
      populationId: population.id,
      username: input.username,
      email: input.email,
      attributes,
    },
    ctx.clock.now(),
  );
  checkUserUniqueness(ctx, envId, draft, null);
  const policy = policyForUser(ctx, envId, population.id);
  const failure = await checkPasswordPolicy(ctx, policy, draft, input.password, {
    target: 'password',
    inHistory: false,
  });
  if (failure) throw failure;
  const user = newUserRecord(draft, ctx.clock.now(), await ctx.hasher.hash(input.password));
  user.id = draft.id;
  saveUser(ctx, user);
  return nextStep(ctx, flow, user, client);
}
