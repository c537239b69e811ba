/**
 * Records PingOne Local keeps, and the store interface every endpoint goes through. Times are
 * milliseconds since the epoch read from the local clock; the HTTP layer renders them as ISO text.
 */
import type { FilterNode } from '../scim/filter.js';

/** Token endpoint authentication methods PingOne Local implements. */
export type TokenAuthMethod = 'CLIENT_SECRET_BASIC' | 'CLIENT_SECRET_POST' | 'NONE';

/** Application types PingOne Local implements. */
export type ApplicationType = 'WEB_APP' | 'SINGLE_PAGE_APP' | 'NATIVE_APP' | 'WORKER';

/** The OpenID Connect settings of an application (PingOne's member names). */
export interface OidcSettings {
  description: string | null;
  grantTypes: string[];
  responseTypes: string[];
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  loginPageUrl: string | null;
  pkceEnforcement: 'OPTIONAL' | 'REQUIRED' | 'S256_REQUIRED';
  refreshTokenDuration: number;
  refreshTokenRollingDuration: number | null;
  /** PingOne's `corsSettings`; `null` when omitted (PingOne's legacy CORS behaviour). */
  corsSettings: CorsSettings | null;
}

/** An application's `corsSettings` (docs/pingone-behaviour.md §13.9). */
export interface CorsSettings {
  behavior: 'ALLOW_NO_ORIGINS' | 'ALLOW_SPECIFIC_ORIGINS';
  /** Origins as given (`http(s)://host[:port]`, the host's leftmost label may be `*`). */
  origins: string[];
}

/** The emulated environment. */
export interface EnvironmentRecord {
  id: string;
  name: string;
  organizationId: string;
  region: string;
  type: string;
  /** Whether the `email` attribute is unique in this environment (docs/pingone-behaviour.md §3.7). */
  emailUnique: boolean;
  createdAt: number;
  updatedAt: number;
}

/** An OIDC application (the seeded Worker among them): credentials, roles and settings. */
export interface ApplicationRecord {
  id: string;
  environmentId: string;
  name: string;
  secret: string;
  authMethod: TokenAuthMethod;
  roles: string[];
  type: ApplicationType;
  enabled: boolean;
  settings: OidcSettings;
  createdAt: number;
  updatedAt: number;
}

/** A built-in resource ("openid", "PingOne API"). */
export interface ResourceRecord {
  id: string;
  environmentId: string;
  name: string;
  type: 'OPENID_CONNECT' | 'PINGONE_API';
  audience: string;
  description: string;
  accessTokenValiditySeconds: number;
  createdAt: number;
  updatedAt: number;
}

/** A scope of a resource. */
export interface ResourceScopeRecord {
  id: string;
  environmentId: string;
  resourceId: string;
  name: string;
  description: string;
  createdAt: number;
  updatedAt: number;
}

/** A resource grant of an application: the resource and the scopes of it granted. */
export interface GrantRecord {
  id: string;
  environmentId: string;
  applicationId: string;
  resourceId: string;
  scopeIds: string[];
  createdAt: number;
  updatedAt: number;
}

/** An environment's RSA signing key (PEM private key, public JWK). */
export interface SigningKeyRecord {
  environmentId: string;
  kid: string;
  privateKeyPem: string;
  publicJwk: Record<string, string>;
  createdAt: number;
}

/** A population. */
export interface PopulationRecord {
  id: string;
  environmentId: string;
  name: string;
  description: string | null;
  isDefault: boolean;
  passwordPolicyId: string | null;
  /** Other writable members (`preferredLanguage`, `theme`, `alternativeIdentifiers`). */
  extra: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

/** A password policy. */
export interface PasswordPolicyRecord {
  id: string;
  environmentId: string;
  name: string;
  isDefault: boolean;
  /** Every rule member of the policy, as PingOne returns it (no id/environment/default/dates). */
  rules: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

/** Stored password status; LOCKED_OUT and EXPIRED are derived from the other fields. */
export type StoredPasswordStatus = 'NO_PASSWORD' | 'OK' | 'MUST_CHANGE_PASSWORD';

/** A user's password and its lockout bookkeeping. */
export interface PasswordRecord {
  /** Argon2id PHC string, or a pre-encoded `{SCHEME}...` value stored as given. */
  hash: string | null;
  status: StoredPasswordStatus;
  lastChangedAt: number | null;
  /** Consecutive failed checks since the last success/unlock. */
  failures: number;
  lockedAt: number | null;
  /** When a timed lockout ends; null with `lockedAt` set ⇒ manual unlock needed. */
  unlockAt: number | null;
}

/** A user. `username` is unique per environment ignoring case. */
export interface UserRecord {
  id: string;
  environmentId: string;
  populationId: string;
  username: string;
  email: string | null;
  enabled: boolean;
  /** Profile and flags (`name`, `nickname`, `mfaEnabled`, `emailVerified`, `lifecycle`...). */
  attributes: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
  password: PasswordRecord;
}

/** The one live recovery code of a user (hashed), with its expiry and failure count. */
export interface RecoveryRecord {
  userId: string;
  codeHash: string;
  expiresAt: number;
  failures: number;
}

/** What a verification code proves: the account (`lifecycle`) or the e-mail address. */
export type VerificationKind = 'account' | 'email';

/** The one live verification code of a user for one kind (hashed). */
export interface VerificationRecord {
  userId: string;
  kind: VerificationKind;
  codeHash: string;
  /** The address the code was sent to (verification proves this address only). */
  email: string;
  /** Null: the code does not expire (account verification, docs/pingone-behaviour.md §3.8). */
  expiresAt: number | null;
  failures: number;
}

/** One remembered password hash. */
export interface HistoryEntry {
  hash: string;
  createdAt: number;
}

/** A sign-on session: what the `ST` cookie names, and what the sessions API lists. */
export interface SessionRecord {
  id: string;
  environmentId: string;
  userId: string;
  /** When the user last proved who they are (epoch ms); the tokens' `auth_time`. */
  authTime: number;
  /** Authentication methods of that proof (`["pwd"]`). */
  amr: string[];
  /** The sign-on policy that was satisfied (`acr`). */
  acr: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: number;
  lastUsedAt: number;
  expiresAt: number;
}

/** What `/as/authorize` was asked, kept with the flow until resume issues the code. */
export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  responseType: string;
  /** `query` (redirect) or `pi.flow` (JSON). */
  responseMode: string;
  scope: string[];
  state: string | null;
  nonce: string | null;
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
  prompt: string | null;
  maxAge: number | null;
  loginHint: string | null;
}

/** A sign-on flow started by `/as/authorize` (the Flows API's `flowId`). */
export interface FlowRecord {
  id: string;
  environmentId: string;
  applicationId: string;
  /** The flow's status, as the Flows API shows it (`USERNAME_PASSWORD_REQUIRED`, `COMPLETED`...). */
  status: string;
  request: AuthorizeRequest;
  /** The user the flow has identified so far. */
  userId: string | null;
  /** The sign-on session the flow completed with (or found through `ST`). */
  sessionId: string | null;
  /** Step-specific state (e.g. the pending verification). */
  data: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
  /** 15 minutes after the last activity. */
  expiresAt: number;
}

/**
 * What an authorization code (or a refresh token) stands for. `grantId` is shared by everything
 * issued from one code, so that a replayed code revokes all of it.
 */
export interface GrantContext {
  environmentId: string;
  applicationId: string;
  userId: string;
  sessionId: string;
  grantId: string;
  scope: string[];
  authTime: number;
  amr: string[];
  acr: string;
}

/** An authorization code, stored by its SHA-256 hash. Single use. */
export interface AuthorizationCodeRecord extends GrantContext {
  codeHash: string;
  redirectUri: string;
  nonce: string | null;
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
}

/** A refresh token, stored by its SHA-256 hash. Single use (rotated). */
export interface RefreshTokenRecord extends GrantContext {
  tokenHash: string;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
}

/**
 * A language of the environment (docs/pingone-behaviour.md §15): one of PingOne's reserved
 * languages, seeded in every environment.
 */
export interface LanguageRecord {
  id: string;
  environmentId: string;
  /** `en`, `fr-CA`... unique in the environment. */
  locale: string;
  name: string;
  enabled: boolean;
  isDefault: boolean;
  customerAdded: boolean;
  createdAt: number;
  updatedAt: number;
}

/** A page of a keyset-paged list: `nextAfter` is the cursor for the following page. */
export interface Page<T> {
  items: T[];
  total: number;
  nextAfter: number | null;
}

/**
 * All state of PingOne Local. Synchronous (better-sqlite3): a method returns once its write is
 * committed, durably unless it says otherwise (sign-on state: flows, codes, sessions, tokens;
 * `relaxedTransaction`). `filter` arguments are parsed SCIM filters (`scim/filter.ts`, null for
 * none); the store compiles them over its own columns and throws `FilterError` for an attribute
 * or operator it does not support.
 */
export interface Store {
  transaction<T>(fn: () => T): T;
  /**
   * `fn` as one transaction committed with `synchronous=NORMAL`: it survives `kill -9` of the
   * process, an OS crash may lose it whole (sign-on state and tokens; docs/pingone-local.md,
   * "Storage and durability"). Inside another transaction, that one's commit decides.
   */
  relaxedTransaction<T>(fn: () => T): T;

  getSetting(key: string): string | null;
  setSetting(key: string, value: string): void;

  getEnvironment(id: string): EnvironmentRecord | null;
  putEnvironment(env: EnvironmentRecord): void;

  /** Applications in creation order. */
  listApplications(environmentId: string): ApplicationRecord[];
  getApplication(environmentId: string, id: string): ApplicationRecord | null;
  /** Inserts or replaces (keeping `createdAt` of an existing row). */
  putApplication(app: ApplicationRecord): void;
  /** Deletes the application and its grants. */
  deleteApplication(environmentId: string, id: string): void;

  listResources(environmentId: string): ResourceRecord[];
  getResource(environmentId: string, id: string): ResourceRecord | null;
  findResourceByName(environmentId: string, name: string): ResourceRecord | null;
  insertResource(r: ResourceRecord): void;
  /** Scopes of a resource in creation order. */
  listResourceScopes(environmentId: string, resourceId: string): ResourceScopeRecord[];
  insertResourceScope(s: ResourceScopeRecord): void;

  /** Grants of an application in creation order. */
  listGrants(environmentId: string, applicationId: string): GrantRecord[];
  /** Names of the scopes the application's grants give it (each once, in no set order). */
  listGrantedScopeNames(environmentId: string, applicationId: string): string[];
  getGrant(environmentId: string, applicationId: string, id: string): GrantRecord | null;
  insertGrant(g: GrantRecord): void;
  updateGrant(g: GrantRecord): void;
  deleteGrant(environmentId: string, applicationId: string, id: string): void;

  getSigningKey(environmentId: string): SigningKeyRecord | null;
  putSigningKey(key: SigningKeyRecord): void;

  listPopulations(environmentId: string, filter: FilterNode | null): PopulationRecord[];
  getPopulation(environmentId: string, id: string): PopulationRecord | null;
  findPopulationByName(environmentId: string, name: string): PopulationRecord | null;
  getDefaultPopulation(environmentId: string): PopulationRecord | null;
  insertPopulation(p: PopulationRecord): void;
  updatePopulation(p: PopulationRecord): void;
  deletePopulation(environmentId: string, id: string): void;
  /** Sets `isDefault` false on every population of the environment. */
  clearDefaultPopulation(environmentId: string): void;
  countUsersInPopulation(environmentId: string, populationId: string): number;
  countPopulationsUsingPolicy(environmentId: string, policyId: string): number;

  listPasswordPolicies(environmentId: string, filter: FilterNode | null): PasswordPolicyRecord[];
  getPasswordPolicy(environmentId: string, id: string): PasswordPolicyRecord | null;
  findPasswordPolicyByName(environmentId: string, name: string): PasswordPolicyRecord | null;
  getDefaultPasswordPolicy(environmentId: string): PasswordPolicyRecord | null;
  insertPasswordPolicy(p: PasswordPolicyRecord): void;
  updatePasswordPolicy(p: PasswordPolicyRecord): void;
  deletePasswordPolicy(environmentId: string, id: string): void;
  clearDefaultPasswordPolicy(environmentId: string): void;

  /** Languages in creation order. */
  listLanguages(environmentId: string): LanguageRecord[];
  getLanguage(environmentId: string, id: string): LanguageRecord | null;
  insertLanguage(l: LanguageRecord): void;
  updateLanguage(l: LanguageRecord): void;
  /** Sets `isDefault` false on every language of the environment. */
  clearDefaultLanguage(environmentId: string): void;

  getUser(environmentId: string, id: string): UserRecord | null;
  /** Case-insensitive lookup. */
  findUserByUsername(environmentId: string, username: string): UserRecord | null;
  /** Case-insensitive lookup; the first match by creation order. */
  findUserByEmail(environmentId: string, email: string): UserRecord | null;
  insertUser(u: UserRecord): void;
  updateUser(u: UserRecord): void;
  deleteUser(environmentId: string, id: string): void;
  searchUsers(
    environmentId: string,
    filter: FilterNode | null,
    after: number | null,
    limit: number,
  ): Page<UserRecord>;

  listPasswordHistory(userId: string): HistoryEntry[];
  addPasswordHistory(userId: string, entry: HistoryEntry, keep: number): void;

  getRecovery(userId: string): RecoveryRecord | null;
  putRecovery(r: RecoveryRecord): void;
  deleteRecovery(userId: string): void;

  getVerification(userId: string, kind: VerificationKind): VerificationRecord | null;
  /** Inserts or replaces the user's code of that kind. */
  putVerification(r: VerificationRecord): void;
  deleteVerification(userId: string, kind: VerificationKind): void;

  getSession(environmentId: string, id: string): SessionRecord | null;
  /** The user's sessions, most recently used first. */
  listSessions(environmentId: string, userId: string): SessionRecord[];
  /** Inserts or replaces. */
  putSession(s: SessionRecord): void;
  deleteSession(environmentId: string, id: string): void;

  getFlow(environmentId: string, id: string): FlowRecord | null;
  /** Inserts or replaces. */
  putFlow(f: FlowRecord): void;
  deleteFlow(environmentId: string, id: string): void;

  insertAuthorizationCode(c: AuthorizationCodeRecord): void;
  getAuthorizationCode(codeHash: string): AuthorizationCodeRecord | null;
  /** Marks the code used; false if it already was (atomic: one caller wins). */
  useAuthorizationCode(codeHash: string, at: number): boolean;

  insertRefreshToken(t: RefreshTokenRecord): void;
  getRefreshToken(tokenHash: string): RefreshTokenRecord | null;
  /** Marks the token used; false if it already was (atomic: one caller wins). */
  useRefreshToken(tokenHash: string, at: number): boolean;

  /** Remembers which grant a user access token (`jti`) was issued under, until it expires. */
  insertAccessToken(t: {
    jti: string;
    environmentId: string;
    grantId: string;
    expiresAt: number;
  }): void;
  /** The grant of a user access token, or null (unknown, or a client_credentials token). */
  getAccessTokenGrant(jti: string): string | null;

  /** Revokes everything issued under `grantId` until `expiresAt` (refresh tokens deleted). */
  revokeGrant(environmentId: string, grantId: string, at: number, expiresAt: number): void;
  isGrantRevoked(grantId: string): boolean;
  /** Deletes expired flows, codes, refresh tokens, sessions and revocations. */
  purgeExpired(now: number): void;

  /**
   * Deletes users, populations, policies, languages, history, recovery and verification codes
   * (keeps settings, apps, keys).
   */
  reset(): void;
  close(): void;
}
