/**
 * Seeding: the environment identity (IDs, Worker app, signing key) created once and persisted,
 * and the environment's stock data (the Default population and the Standard, Passphrase and
 * Basic password policies, Standard being the default; docs/pingone-behaviour.md §5.2, §6).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { BUILT_IN_POLICIES } from '../policy/index.js';
import type { Clock } from './clock.js';
import { generateSigningKey } from './crypto/signing-keys.js';
import { DEFAULT_WORKER_ROLES, SEED_NAMES } from './pingone-behaviour.js';
import type { Store, TokenAuthMethod } from './store/types.js';

/** An application to create at start (the seeded Worker, or an extra one for tests). */
export interface SeedApplication {
  clientId: string;
  clientSecret: string;
  tokenAuthMethod?: 'client_secret_basic' | 'client_secret_post';
  roles: string[];
  name?: string;
}

/** The identity of the seeded environment. */
export interface SeededIdentity {
  environmentId: string;
  clientId: string;
  clientSecret: string;
  recoveryKey: string;
}

function authMethod(m: SeedApplication['tokenAuthMethod']): TokenAuthMethod {
  return m === 'client_secret_post' ? 'CLIENT_SECRET_POST' : 'CLIENT_SECRET_BASIC';
}

/**
 * Creates or updates the environment, its Worker app and signing key. IDs and secret come from
 * the options, else from the store, else are generated (then persisted).
 */
export function seedIdentity(
  store: Store,
  clock: Clock,
  opts: {
    environmentId?: string;
    clientId?: string;
    clientSecret?: string;
    tokenAuthMethod?: SeedApplication['tokenAuthMethod'];
    emailUnique?: boolean;
    extraApplications?: SeedApplication[];
  },
): SeededIdentity {
  return store.transaction(() => {
    const setting = (key: string, given: string | undefined, make: () => string) => {
      const value = given ?? store.getSetting(key) ?? make();
      store.setSetting(key, value);
      return value;
    };
    const environmentId = setting('environmentId', opts.environmentId, randomUUID);
    const clientId = setting('clientId', opts.clientId, randomUUID);
    const clientSecret = setting('clientSecret', opts.clientSecret, () =>
      randomBytes(32).toString('base64url'),
    );
    const recoveryKey = setting('recoveryKey', undefined, () => randomBytes(32).toString('hex'));
    const now = clock.now();
    const existing = store.getEnvironment(environmentId);
    store.putEnvironment({
      id: environmentId,
      name: existing?.name ?? SEED_NAMES.environment,
      organizationId: existing?.organizationId ?? randomUUID(),
      region: 'NA',
      type: 'SANDBOX',
      emailUnique: opts.emailUnique ?? existing?.emailUnique ?? false,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    store.putApplication({
      id: clientId,
      environmentId,
      name: SEED_NAMES.worker,
      secret: clientSecret,
      authMethod: authMethod(opts.tokenAuthMethod),
      roles: [...DEFAULT_WORKER_ROLES],
    });
    for (const app of opts.extraApplications ?? []) {
      store.putApplication({
        id: app.clientId,
        environmentId,
        name: app.name ?? SEED_NAMES.readOnlyWorker,
        secret: app.clientSecret,
        authMethod: authMethod(app.tokenAuthMethod),
        roles: [...app.roles],
      });
    }
    if (!store.getSigningKey(environmentId)) {
      store.putSigningKey(generateSigningKey(environmentId, now));
    }
    return { environmentId, clientId, clientSecret, recoveryKey };
  });
}

/** Creates the stock population and policies when the environment has none. */
export function seedEnvironmentData(store: Store, clock: Clock, environmentId: string): void {
  store.transaction(() => {
    const now = clock.now();
    if (store.listPasswordPolicies(environmentId, null).length === 0) {
      const builtIns = [
        BUILT_IN_POLICIES.standard,
        BUILT_IN_POLICIES.passphrase,
        BUILT_IN_POLICIES.basic,
      ];
      for (const policy of builtIns) {
        const { default: isDefault, name, ...rules } = policy;
        store.insertPasswordPolicy({
          id: randomUUID(),
          environmentId,
          name,
          isDefault: isDefault === true,
          rules,
          createdAt: now,
          updatedAt: now,
        });
      }
    }
    if (store.listPopulations(environmentId, null).length === 0) {
      store.insertPopulation({
        id: randomUUID(),
        environmentId,
        name: SEED_NAMES.population,
        description: null,
        isDefault: true,
        passwordPolicyId: null,
        extra: {},
        createdAt: now,
        updatedAt: now,
      });
    }
  });
}
