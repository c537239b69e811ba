/**
 * PingOne resource shapes shared by the client, PingOne Local and the portal.
 *
 * Field sets follow `spec/pingone-management.openapi.yml` (components.schemas) and
 * `docs/pingone-behaviour.md`. Only the members this product reads or writes are typed strictly;
 * PingOne may add members at any time, so every shape allows unknown extra keys on read.
 */

export interface Link {
  href: string;
}

export type Links = Record<string, Link>;

export interface IdRef {
  id: string;
}

export interface UserName {
  formatted?: string;
  given?: string;
  middle?: string;
  family?: string;
  honorificPrefix?: string;
  honorificSuffix?: string;
}

export interface UserAddress {
  streetAddress?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  countryCode?: string;
}

export type LifecycleStatus = 'ACCOUNT_OK' | 'VERIFICATION_REQUIRED';
export type AccountStatus = 'OK' | 'LOCKED';

export interface User {
  _links?: Links;
  id: string;
  environment: IdRef;
  population: IdRef;
  username: string;
  email?: string;
  enabled: boolean;
  emailVerified?: boolean;
  mfaEnabled?: boolean;
  account?: {
    canAuthenticate: boolean;
    status: AccountStatus;
    lockedAt?: string;
    unlockAt?: string;
    secondsUntilUnlock?: number;
  };
  identityProvider?: { id?: string; type: string };
  lifecycle?: { status: LifecycleStatus };
  verifyStatus?: string;
  name?: UserName;
  nickname?: string;
  title?: string;
  type?: string;
  preferredLanguage?: string;
  locale?: string;
  timezone?: string;
  primaryPhone?: string;
  mobilePhone?: string;
  address?: UserAddress;
  photo?: { href: string };
  externalId?: string;
  accountId?: string;
  createdAt: string;
  updatedAt: string;
  [extra: string]: unknown;
}

/** Writable user attributes (create, import, PUT, PATCH). */
export interface UserInput {
  username?: string;
  email?: string;
  population?: IdRef;
  name?: UserName;
  nickname?: string;
  title?: string;
  type?: string;
  preferredLanguage?: string;
  locale?: string;
  timezone?: string;
  primaryPhone?: string;
  mobilePhone?: string;
  address?: UserAddress;
  photo?: { href: string };
  externalId?: string;
  accountId?: string;
  mfaEnabled?: boolean;
  emailVerified?: boolean;
  [extra: string]: unknown;
}

/** Body of `POST /users` with `application/vnd.pingidentity.user.import+json`. */
export interface UserImportInput extends UserInput {
  password?: { value: string; forceChange?: boolean };
  lifecycle?: { status: LifecycleStatus; suppressVerificationCode?: boolean };
}

export interface Population {
  _links?: Links;
  id: string;
  environment: IdRef;
  name: string;
  description?: string;
  default?: boolean;
  passwordPolicy?: IdRef;
  userCount?: number;
  createdAt?: string;
  updatedAt?: string;
  [extra: string]: unknown;
}

export type PasswordCharacterSet =
  | 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  | 'abcdefghijklmnopqrstuvwxyz'
  | '0123456789'
  | '~!@#$%^&*()-_=+[]{}|;:,.<>/?';

/** A PingOne password policy, exactly as PingOne returns it (docs/pingone-behaviour.md §5.1). Absent rule ⇒ off. */
export interface PasswordPolicy {
  _links?: Links;
  id?: string;
  environment?: IdRef;
  name: string;
  description?: string;
  default?: boolean;
  excludesCommonlyUsed: boolean;
  excludesProfileData: boolean;
  notSimilarToCurrent: boolean;
  length?: { min?: number; max?: number };
  minCharacters?: Partial<Record<string, number>>;
  maxRepeatedCharacters?: number;
  minUniqueCharacters?: number;
  minComplexity?: number;
  history?: { count?: number; retentionDays?: number };
  lockout?: { failureCount?: number; durationSeconds?: number };
  maxAgeDays?: number;
  minAgeDays?: number;
  numberSequenceRule?: { maxLength: number };
  alphabetSequenceRule?: { maxLength: number };
  qwertySequenceRule?: { maxLength: number };
  shiftedNumberRowSequenceRule?: { maxLength: number };
  populationCount?: number;
  createdAt?: string;
  updatedAt?: string;
  [extra: string]: unknown;
}

export type PasswordStatus =
  | 'OK'
  | 'NO_PASSWORD'
  | 'MUST_CHANGE_PASSWORD'
  | 'PASSWORD_EXPIRED'
  | 'PASSWORD_LOCKED_OUT'
  | 'EXTERNAL';

/** Password state object returned by GET and every successful action on `/users/{id}/password`. */
export interface PasswordState {
  _links?: Links;
  environment: IdRef;
  user: IdRef;
  passwordPolicy: IdRef;
  status: PasswordStatus;
  lastChangedAt?: string;
  secondsUntilUnlock?: number;
  [extra: string]: unknown;
}

export interface Environment {
  _links?: Links;
  id: string;
  name: string;
  region?: string;
  type?: string;
  organization?: IdRef;
  createdAt?: string;
  updatedAt?: string;
  [extra: string]: unknown;
}

/** PingOne's collection envelope: `_embedded.<name>[]`, `count`, `size`, `_links.next`. */
export interface Collection<K extends string, T> {
  _links?: Links;
  _embedded: Record<K, T[]>;
  count?: number;
  size: number;
}

export interface PingOneErrorDetail {
  code: string;
  target?: string;
  message: string;
  innerError?: Record<string, unknown>;
}

/** PingOne's error envelope (docs/pingone-behaviour.md §7.1). */
export interface PingOneErrorBody {
  id: string;
  code: string;
  message: string;
  target?: string;
  details?: PingOneErrorDetail[];
}

/** OAuth token response for `client_credentials`. */
export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope?: string;
}
