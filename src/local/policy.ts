/**
 * PingOne Local's use of the shared password-policy engine (`src/policy`): which policy applies
 * to a user (docs/pingone-behaviour.md §5.3) and the §7.4 error when a password does not satisfy it.
 */
import type { PasswordPolicy } from '../pingone/model.js';
import { toPolicyRules } from '../pingone/policy-rules.js';
import { evaluatePassword, toInnerError } from '../policy/index.js';
import type { LocalContext } from './context.js';
import { detail, invalidData, type LocalError } from './errors.js';
import { MESSAGES } from './pingone-behaviour.js';
import type { PasswordPolicyRecord, UserRecord } from './store/types.js';

/** The policy of the user's population, else the environment default; null if neither exists. */
export function policyForUser(
  ctx: LocalContext,
  environmentId: string,
  populationId: string,
): PasswordPolicyRecord | null {
  const population = ctx.store.getPopulation(environmentId, populationId);
  if (population?.passwordPolicyId) {
    const policy = ctx.store.getPasswordPolicy(environmentId, population.passwordPolicyId);
    if (policy) return policy;
  }
  return ctx.store.getDefaultPasswordPolicy(environmentId);
}

/** The policy record as the engine expects it. */
export function toPolicy(record: PasswordPolicyRecord): PasswordPolicy {
  return {
    ...(record.rules as Omit<PasswordPolicy, 'name'>),
    id: record.id,
    name: record.name,
    default: record.isDefault,
  } as PasswordPolicy;
}

/** What `excludesProfileData` compares against: the attributes the user (or admin) entered. */
function profileOf(user: UserRecord): Record<string, unknown> {
  const { lifecycle: _l, mfaEnabled: _m, emailVerified: _e, ...attributes } = user.attributes;
  return {
    username: user.username,
    ...(user.email !== null ? { email: user.email } : {}),
    ...attributes,
  };
}

/** Where the candidate password came from: decides the error `target` and message (§4.5). */
export type PasswordTarget = 'password' | 'newPassword';

/**
 * Evaluates `password` for `user` against `policy` (synchronous: the engine is pure).
 * @returns null when it satisfies the policy, else the 400 INVALID_DATA to throw.
 */
export async function checkPasswordPolicy(
  ctx: LocalContext,
  policy: PasswordPolicyRecord | null,
  user: UserRecord,
  password: string,
  opts: { target: PasswordTarget; currentPassword?: string; inHistory: boolean },
): Promise<LocalError | null> {
  if (!policy) return null;
  const result = evaluatePassword(toPolicyRules(toPolicy(policy)), password, {
    profile: profileOf(user),
    ...(opts.currentPassword !== undefined ? { currentPassword: opts.currentPassword } : {}),
    inHistory: opts.inHistory,
    commonPasswords: ctx.commonPasswords(),
  });
  if (result.unsatisfied.length === 0) return null;
  return invalidData(
    detail(
      'INVALID_VALUE',
      opts.target,
      opts.target === 'password' ? MESSAGES.passwordPolicy : MESSAGES.newPasswordPolicy,
      toInnerError(result.unsatisfied),
    ),
  );
}
