/**
 * Records → PingOne JSON resources (users, populations, password policies, password state,
 * collections), with PingOne's `_links`.
 */
import type { PasswordPolicy, PasswordState, Population, User } from '../pingone/model.js';
import { envBaseOf, iso, type LocalContext } from './context.js';
import { effectivePasswordState } from './password-state.js';
import type {
  EnvironmentRecord,
  LanguageRecord,
  PasswordPolicyRecord,
  PopulationRecord,
  UserRecord,
} from './store/types.js';

const href = (url: string) => ({ href: url });

/** A user resource (docs/pingone-behaviour.md §3.4). */
export function userView(ctx: LocalContext, user: UserRecord): User {
  const base = `${envBaseOf(ctx, user.environmentId)}/users/${user.id}`;
  const now = ctx.clock.now();
  const lock = effectivePasswordState(user, null, now);
  const locked = lock.status === 'PASSWORD_LOCKED_OUT';
  const account: NonNullable<User['account']> = {
    canAuthenticate: user.enabled && !locked,
    status: locked ? 'LOCKED' : 'OK',
  };
  if (locked && user.password.unlockAt !== null) {
    account.unlockAt = iso(user.password.unlockAt);
    account.secondsUntilUnlock = lock.secondsUntilUnlock ?? 0;
  }
  const { lifecycle, mfaEnabled, emailVerified, ...profile } = user.attributes;
  return {
    _links: {
      self: href(base),
      password: href(`${base}/password`),
      'password.set': href(`${base}/password`),
      'password.reset': href(`${base}/password`),
      'password.check': href(`${base}/password`),
      'password.recover': href(`${base}/password`),
      'account.sendVerificationCode': href(base),
      // USER_LINKS_NOT_ADVERTISED (pingone-behaviour.ts): no link to an unimplemented action.
    },
    id: user.id,
    environment: { id: user.environmentId },
    account,
    createdAt: iso(user.createdAt),
    ...(user.email !== null ? { email: user.email } : {}),
    emailVerified: emailVerified === true,
    enabled: user.enabled,
    identityProvider: { type: 'PING_ONE' },
    lifecycle: (lifecycle as User['lifecycle']) ?? { status: 'ACCOUNT_OK' },
    mfaEnabled: mfaEnabled === true,
    population: { id: user.populationId },
    updatedAt: iso(user.updatedAt),
    username: user.username,
    verifyStatus: 'NOT_INITIATED',
    ...profile,
  };
}

/** The members a population, password policy or language opens with: links, id, environment, name. */
function namedResourceHead(
  ctx: LocalContext,
  collection: 'populations' | 'passwordPolicies' | 'languages',
  p: { id: string; environmentId: string; name: string },
) {
  const envBase = envBaseOf(ctx, p.environmentId);
  return {
    _links: {
      self: href(`${envBase}/${collection}/${p.id}`),
      // Only these two, even on a population with a password policy assigned [O].
      environment: href(envBase),
    },
    id: p.id,
    environment: { id: p.environmentId },
    name: p.name,
  };
}

/** A language resource (docs/pingone-behaviour.md §15; OpenAPI `Language`). */
export function languageView(ctx: LocalContext, l: LanguageRecord) {
  return {
    ...namedResourceHead(ctx, 'languages', l),
    locale: l.locale,
    enabled: l.enabled,
    default: l.isDefault,
    customerAdded: l.customerAdded,
    createdAt: iso(l.createdAt),
    updatedAt: iso(l.updatedAt),
  };
}

/** A population resource (docs/pingone-behaviour.md §6). */
export function populationView(
  ctx: LocalContext,
  p: PopulationRecord,
  userCount: number,
): Population {
  return {
    ...namedResourceHead(ctx, 'populations', p),
    ...(p.description !== null ? { description: p.description } : {}),
    userCount,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
    default: p.isDefault,
    ...(p.passwordPolicyId ? { passwordPolicy: { id: p.passwordPolicyId } } : {}),
    ...p.extra,
  };
}

/** A password policy resource (docs/pingone-behaviour.md §5.1), with `populationCount` (populations naming it). */
export function policyView(ctx: LocalContext, p: PasswordPolicyRecord): PasswordPolicy {
  return {
    ...namedResourceHead(ctx, 'passwordPolicies', p),
    ...(p.rules as Omit<PasswordPolicy, 'name'>),
    default: p.isDefault,
    populationCount: ctx.store.countPopulationsUsingPolicy(p.environmentId, p.id),
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
  } as unknown as PasswordPolicy;
}

/** An environment resource. */
export function environmentView(ctx: LocalContext, env: EnvironmentRecord) {
  const base = envBaseOf(ctx, env.id);
  return {
    _links: {
      self: href(base),
      populations: href(`${base}/populations`),
      users: href(`${base}/users`),
      passwordPolicies: href(`${base}/passwordPolicies`),
    },
    id: env.id,
    name: env.name,
    organization: { id: env.organizationId },
    region: env.region,
    type: env.type,
    license: { id: env.organizationId },
    status: 'ACTIVE',
    createdAt: iso(env.createdAt),
    updatedAt: iso(env.updatedAt),
  };
}

/** The password state object (docs/pingone-behaviour.md §4.2). */
export function passwordStateView(
  ctx: LocalContext,
  user: UserRecord,
  policy: PasswordPolicyRecord | null,
): PasswordState {
  const envBase = envBaseOf(ctx, user.environmentId);
  const base = `${envBase}/users/${user.id}/password`;
  const state = effectivePasswordState(user, policy, ctx.clock.now());
  const policyId = policy?.id ?? '';
  return {
    _links: {
      self: href(base),
      environment: href(envBase),
      user: href(`${envBase}/users/${user.id}`),
      passwordPolicy: href(`${envBase}/passwordPolicies/${policyId}`),
      'password.check': href(base),
      'password.reset': href(base),
      'password.set': href(base),
    },
    environment: { id: user.environmentId },
    user: { id: user.id },
    passwordPolicy: { id: policyId },
    status: state.status,
    ...(user.password.lastChangedAt !== null && user.password.hash !== null
      ? { lastChangedAt: iso(user.password.lastChangedAt) }
      : {}),
    ...(state.secondsUntilUnlock !== undefined
      ? { secondsUntilUnlock: state.secondsUntilUnlock }
      : {}),
  };
}

/** PingOne's collection envelope. */
export function collectionView<T>(
  name: string,
  items: T[],
  selfHref: string,
  count: number,
  nextHref?: string,
) {
  return {
    _links: { self: href(selfHref), ...(nextHref ? { next: href(nextHref) } : {}) },
    _embedded: { [name]: items },
    count,
    size: items.length,
  };
}
