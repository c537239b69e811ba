/**
 * Seeding: the environment identity (IDs, Worker app, signing key) created once and persisted,
 * and the environment's stock data (the Default population and the Standard, Passphrase and
 * Basic password policies, Standard being the default, and PingOne's reserved languages;
 * docs/pingone-behaviour.md §5.2, §6, §15).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { BUILT_IN_POLICIES } from '../policy/index.js';
import type { Clock } from './clock.js';
import { generateSigningKey } from './crypto/signing-keys.js';
import { reservedLanguageRecords } from './languages.js';
import {
  APPLICATIONS,
  BUILT_IN_RESOURCES,
  DEFAULT_WORKER_ROLES,
  SEED_NAMES,
  WEB_APP_SEED_GRANTS,
} from './pingone-applications.js';
import type { ApplicationRecord, OidcSettings, Store, TokenAuthMethod } from './store/types.js';

/** An application to create at start (the seeded Worker, or an extra one for tests). */
export interface SeedApplication {
  clientId: string;
  clientSecret: string;
  tokenAuthMethod?: 'client_secret_basic' | 'client_secret_post';
  roles: string[];
  name?: string;
}

/** The OIDC web app to create at start (`PINGONE_LOCAL_WEB_APP_*`). */
export interface SeedWebApp {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  loginPageUrl?: string;
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
    webApp?: SeedWebApp;
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
    const putWorker = (
      id: string,
      name: string,
      secret: string,
      method: TokenAuthMethod,
      roles: string[],
    ) =>
      store.putApplication({
        ...worker(environmentId, id, now),
        name,
        secret,
        authMethod: method,
        roles,
      });
    putWorker(clientId, SEED_NAMES.worker, clientSecret, authMethod(opts.tokenAuthMethod), [
      ...DEFAULT_WORKER_ROLES,
    ]);
    for (const app of opts.extraApplications ?? []) {
      putWorker(
        app.clientId,
        app.name ?? SEED_NAMES.readOnlyWorker,
        app.clientSecret,
        authMethod(app.tokenAuthMethod),
        [...app.roles],
      );
    }
    if (!store.getSigningKey(environmentId)) {
      store.putSigningKey(generateSigningKey(environmentId, now));
    }
    seedResources(store, environmentId, now);
    if (opts.webApp) seedWebApp(store, environmentId, opts.webApp, now);
    return { environmentId, clientId, clientSecret, recoveryKey };
  });
}

/** A Worker's record: client_credentials, enabled, the created time kept by the store's upsert. */
function worker(
  environmentId: string,
  id: string,
  now: number,
): Omit<ApplicationRecord, 'name' | 'secret' | 'authMethod' | 'roles'> {
  return {
    id,
    environmentId,
    type: 'WORKER',
    enabled: true,
    settings: oidcSettings({ grantTypes: ['CLIENT_CREDENTIALS'] }),
    createdAt: now,
    updatedAt: now,
  };
}

/** OIDC settings with PingOne's defaults for what `given` leaves out. */
export function oidcSettings(given: Partial<OidcSettings>): OidcSettings {
  return {
    description: null,
    grantTypes: [],
    responseTypes: [],
    redirectUris: [],
    postLogoutRedirectUris: [],
    loginPageUrl: null,
    pkceEnforcement: 'OPTIONAL',
    refreshTokenDuration: APPLICATIONS.refreshTokenDefault,
    refreshTokenRollingDuration: null,
    corsSettings: null,
    ...given,
  };
}

/**
 * Creates the built-in resources and the scopes of them an environment lacks (by name), so their
 * IDs stay the same from one start to the next.
 */
function seedResources(store: Store, environmentId: string, now: number): void {
  for (const def of BUILT_IN_RESOURCES) {
    let resource = store.findResourceByName(environmentId, def.name);
    if (!resource) {
      resource = {
        id: randomUUID(),
        environmentId,
        name: def.name,
        type: def.type,
        audience: def.audience,
        description: def.description,
        accessTokenValiditySeconds: 3600,
        createdAt: now,
        updatedAt: now,
      };
      store.insertResource(resource);
    }
    const known = new Set(store.listResourceScopes(environmentId, resource.id).map((s) => s.name));
    for (const [name, description] of def.scopes) {
      if (known.has(name)) continue;
      store.insertResourceScope({
        id: randomUUID(),
        environmentId,
        resourceId: resource.id,
        name,
        description,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
}

/**
 * Creates or updates the configured OIDC web app (authorization code with refresh tokens,
 * CLIENT_SECRET_BASIC) and gives it {@link WEB_APP_SEED_GRANTS} when it has no grants yet.
 */
function seedWebApp(store: Store, environmentId: string, app: SeedWebApp, now: number): void {
  const existing = store.getApplication(environmentId, app.clientId);
  store.putApplication({
    id: app.clientId,
    environmentId,
    name: existing?.name ?? SEED_NAMES.webApp,
    secret: app.clientSecret,
    authMethod: 'CLIENT_SECRET_BASIC',
    roles: [],
    type: 'WEB_APP',
    enabled: true,
    settings: oidcSettings({
      ...existing?.settings,
      grantTypes: ['AUTHORIZATION_CODE', 'REFRESH_TOKEN'],
      responseTypes: ['CODE'],
      redirectUris: app.redirectUris,
      postLogoutRedirectUris: app.postLogoutRedirectUris ?? [],
      loginPageUrl: app.loginPageUrl ?? null,
    }),
    createdAt: now,
    updatedAt: now,
  });
  if (store.listGrants(environmentId, app.clientId).length > 0) return;
  for (const [resourceName, scopeNames] of Object.entries(WEB_APP_SEED_GRANTS)) {
    const resource = store.findResourceByName(environmentId, resourceName);
    if (!resource) continue;
    const scopes = store.listResourceScopes(environmentId, resource.id);
    store.insertGrant({
      id: randomUUID(),
      environmentId,
      applicationId: app.clientId,
      resourceId: resource.id,
      scopeIds: scopes.filter((s) => scopeNames.includes(s.name)).map((s) => s.id),
      createdAt: now,
      updatedAt: now,
    });
  }
}

/**
 * Creates the stock population, policies and languages (docs/pingone-behaviour.md §15) when the
 * environment has none.
 */
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
    if (store.listLanguages(environmentId).length === 0) {
      for (const language of reservedLanguageRecords(environmentId, now, randomUUID)) {
        store.insertLanguage(language);
      }
    }
  });
}
