/**
 * Hand-written response checkers. Each takes an already-parsed JSON value and either returns it
 * typed or throws {@link PingOneResponseError} naming the JSON path of the first offending member,
 * e.g. `response body "_embedded.users[0].id" must be a string`.
 */
import { PingOneResponseError } from './errors.js';
import type {
  AccountStatus,
  LifecycleStatus,
  PasswordPolicy,
  PasswordState,
  PasswordStatus,
  PingOneErrorBody,
  Population,
  TokenResponse,
  User,
} from './model.js';

/** Where a value came from: the HTTP status and the raw response, for the error. */
export interface CheckContext {
  status: number;
  response?: Response;
}

type Json = Record<string, unknown>;

/** Characters allowed in a bearer token we put in a header: visible ASCII. */
export const BEARER_TOKEN = /^[\x21-\x7e]+$/;

/** PingOne resource ids are UUIDs; accept any id-like token but never path syntax. */
export const RESOURCE_ID = /^[A-Za-z0-9_-]{1,128}$/;

const PASSWORD_STATUSES: readonly PasswordStatus[] = [
  'OK',
  'NO_PASSWORD',
  'MUST_CHANGE_PASSWORD',
  'PASSWORD_EXPIRED',
  'PASSWORD_LOCKED_OUT',
  'EXTERNAL',
];
const ACCOUNT_STATUSES: readonly AccountStatus[] = ['OK', 'LOCKED'];
const LIFECYCLE_STATUSES: readonly LifecycleStatus[] = ['ACCOUNT_OK', 'VERIFICATION_REQUIRED'];

function fail(ctx: CheckContext, path: string, what: string): never {
  const subject = path === '' ? 'response body' : `response body "${path}"`;
  throw new PingOneResponseError(
    `${subject} must be ${what}`,
    ctx.status,
    path === '' ? null : path,
    ctx.response,
  );
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Asserts a JSON object (not array, not null). */
export function object(ctx: CheckContext, v: unknown, path: string): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(ctx, path, 'an object');
  return v as Json;
}

/** Asserts a JSON array. */
export function array(ctx: CheckContext, v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) fail(ctx, path, 'an array');
  return v;
}

/** Asserts a non-empty string. */
export function string(ctx: CheckContext, v: unknown, path: string): string {
  if (typeof v !== 'string' || v.length === 0) fail(ctx, path, 'a non-empty string');
  return v;
}

function optional<T>(
  check: (ctx: CheckContext, v: unknown, path: string) => T,
): (ctx: CheckContext, v: unknown, path: string) => T | undefined {
  return (ctx, v, path) => (v === undefined ? undefined : check(ctx, v, path));
}

function bool(ctx: CheckContext, v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') fail(ctx, path, 'a boolean');
  return v;
}

function int(ctx: CheckContext, v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    fail(ctx, path, 'a non-negative integer');
  }
  return v;
}

function oneOf<T extends string>(values: readonly T[]) {
  return (ctx: CheckContext, v: unknown, path: string): T => {
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      fail(ctx, path, `one of ${values.join(', ')}`);
    }
    return v as T;
  };
}

/** Asserts a PingOne resource id (UUID-like token, never path syntax). */
export function resourceId(ctx: CheckContext, v: unknown, path: string): string {
  if (typeof v !== 'string' || !RESOURCE_ID.test(v)) fail(ctx, path, 'a PingOne resource id');
  return v;
}

function idRef(ctx: CheckContext, v: unknown, path: string): void {
  resourceId(ctx, object(ctx, v, path).id, join(path, 'id'));
}

const optString = optional(string);
const optBool = optional(bool);
const optInt = optional(int);
const optObject = optional(object);

/** Checks a user resource (docs/pingone-behaviour.md §3.4). */
export function checkUser(ctx: CheckContext, v: unknown, path = ''): User {
  const o = object(ctx, v, path);
  const at = (k: string) => join(path, k);
  resourceId(ctx, o.id, at('id'));
  idRef(ctx, o.environment, at('environment'));
  idRef(ctx, o.population, at('population'));
  string(ctx, o.username, at('username'));
  optString(ctx, o.email, at('email'));
  bool(ctx, o.enabled, at('enabled'));
  optBool(ctx, o.emailVerified, at('emailVerified'));
  optBool(ctx, o.mfaEnabled, at('mfaEnabled'));
  const account = optObject(ctx, o.account, at('account'));
  if (account) {
    bool(ctx, account.canAuthenticate, join(at('account'), 'canAuthenticate'));
    oneOf(ACCOUNT_STATUSES)(ctx, account.status, join(at('account'), 'status'));
    optInt(ctx, account.secondsUntilUnlock, join(at('account'), 'secondsUntilUnlock'));
  }
  const idp = optObject(ctx, o.identityProvider, at('identityProvider'));
  if (idp) string(ctx, idp.type, join(at('identityProvider'), 'type'));
  const lifecycle = optObject(ctx, o.lifecycle, at('lifecycle'));
  if (lifecycle) {
    oneOf(LIFECYCLE_STATUSES)(ctx, lifecycle.status, join(at('lifecycle'), 'status'));
  }
  const name = optObject(ctx, o.name, at('name'));
  if (name) {
    for (const k of ['formatted', 'given', 'middle', 'family']) {
      optString(ctx, name[k], join(at('name'), k));
    }
  }
  for (const k of ['preferredLanguage', 'locale', 'timezone']) optString(ctx, o[k], at(k));
  string(ctx, o.createdAt, at('createdAt'));
  string(ctx, o.updatedAt, at('updatedAt'));
  return o as User;
}

/** Checks a password state object (docs/pingone-behaviour.md §4.2); `user.id` must be the user asked about. */
export function checkPasswordState(
  ctx: CheckContext,
  v: unknown,
  expectedUserId: string,
): PasswordState {
  const o = object(ctx, v, '');
  idRef(ctx, o.environment, 'environment');
  idRef(ctx, o.user, 'user');
  if ((o.user as Json).id !== expectedUserId) fail(ctx, 'user.id', 'the requested user id');
  idRef(ctx, o.passwordPolicy, 'passwordPolicy');
  oneOf(PASSWORD_STATUSES)(ctx, o.status, 'status');
  optString(ctx, o.lastChangedAt, 'lastChangedAt');
  optInt(ctx, o.secondsUntilUnlock, 'secondsUntilUnlock');
  return o as PasswordState;
}

/** Checks a population (docs/pingone-behaviour.md §6). */
export function checkPopulation(ctx: CheckContext, v: unknown, path = ''): Population {
  const o = object(ctx, v, path);
  const at = (k: string) => join(path, k);
  resourceId(ctx, o.id, at('id'));
  string(ctx, o.name, at('name'));
  optBool(ctx, o.default, at('default'));
  if (o.passwordPolicy !== undefined) idRef(ctx, o.passwordPolicy, at('passwordPolicy'));
  return o as Population;
}

/** Checks a password policy (docs/pingone-behaviour.md §5.1): the members the policy evaluator reads. */
export function checkPasswordPolicy(ctx: CheckContext, v: unknown, path = ''): PasswordPolicy {
  const o = object(ctx, v, path);
  const at = (k: string) => join(path, k);
  if (o.id !== undefined) resourceId(ctx, o.id, at('id'));
  string(ctx, o.name, at('name'));
  optBool(ctx, o.default, at('default'));
  bool(ctx, o.excludesCommonlyUsed, at('excludesCommonlyUsed'));
  bool(ctx, o.excludesProfileData, at('excludesProfileData'));
  bool(ctx, o.notSimilarToCurrent, at('notSimilarToCurrent'));
  const length = optObject(ctx, o.length, at('length'));
  if (length) {
    optInt(ctx, length.min, join(at('length'), 'min'));
    optInt(ctx, length.max, join(at('length'), 'max'));
  }
  const minCharacters = optObject(ctx, o.minCharacters, at('minCharacters'));
  if (minCharacters) {
    for (const [k, n] of Object.entries(minCharacters)) {
      // Character-set keys contain dots and brackets; quote them so the path stays readable.
      int(ctx, n, `${at('minCharacters')}[${JSON.stringify(k)}]`);
    }
  }
  for (const k of [
    'maxRepeatedCharacters',
    'minUniqueCharacters',
    'minComplexity',
    'maxAgeDays',
    'minAgeDays',
  ]) {
    optInt(ctx, o[k], at(k));
  }
  const history = optObject(ctx, o.history, at('history'));
  if (history) {
    optInt(ctx, history.count, join(at('history'), 'count'));
    optInt(ctx, history.retentionDays, join(at('history'), 'retentionDays'));
  }
  const lockout = optObject(ctx, o.lockout, at('lockout'));
  if (lockout) {
    optInt(ctx, lockout.failureCount, join(at('lockout'), 'failureCount'));
    optInt(ctx, lockout.durationSeconds, join(at('lockout'), 'durationSeconds'));
  }
  for (const k of [
    'numberSequenceRule',
    'alphabetSequenceRule',
    'qwertySequenceRule',
    'shiftedNumberRowSequenceRule',
  ]) {
    const rule = optObject(ctx, o[k], at(k));
    if (rule) int(ctx, rule.maxLength, join(at(k), 'maxLength'));
  }
  return o as PasswordPolicy;
}

/** A checked collection page: items, counts and the `_links.next.href` (if any). */
export interface CheckedPage<T> {
  items: T[];
  count?: number;
  size: number;
  next: string | null;
}

/** Checks PingOne's collection envelope and each item of `_embedded.<name>`. */
export function checkCollection<T>(
  ctx: CheckContext,
  v: unknown,
  name: string,
  item: (ctx: CheckContext, v: unknown, path: string) => T,
): CheckedPage<T> {
  const o = object(ctx, v, '');
  const embedded = object(ctx, o._embedded, '_embedded');
  const raw = array(ctx, embedded[name], `_embedded.${name}`);
  const items = raw.map((entry, i) => item(ctx, entry, `_embedded.${name}[${i}]`));
  const count = optInt(ctx, o.count, 'count');
  // `size` is documented as always present, but a missing one is harmless: the array says it.
  const size = optInt(ctx, o.size, 'size') ?? items.length;
  let next: string | null = null;
  const links = optObject(ctx, o._links, '_links');
  if (links && links.next !== undefined) {
    next = string(ctx, object(ctx, links.next, '_links.next').href, '_links.next.href');
  }
  return count === undefined ? { items, size, next } : { items, count, size, next };
}

/** Checks a client_credentials token response (docs/pingone-behaviour.md §2.1). */
export function checkTokenResponse(ctx: CheckContext, v: unknown): TokenResponse {
  const o = object(ctx, v, '');
  const token = string(ctx, o.access_token, 'access_token');
  // It goes into an Authorization header: CR/LF or spaces would break or split the header.
  if (!BEARER_TOKEN.test(token)) fail(ctx, 'access_token', 'visible ASCII characters only');
  const type = string(ctx, o.token_type, 'token_type');
  if (type.toLowerCase() !== 'bearer') fail(ctx, 'token_type', '"Bearer"');
  if (typeof o.expires_in !== 'number' || !Number.isFinite(o.expires_in) || o.expires_in <= 0) {
    fail(ctx, 'expires_in', 'a positive number');
  }
  optString(ctx, o.scope, 'scope');
  return o as unknown as TokenResponse;
}

/**
 * Returns the value as a PingOne error envelope (docs/pingone-behaviour.md §7.1), or `null` when it is not one.
 * `id` is optional here because PingOne's schema declares no member required.
 */
export function asErrorBody(v: unknown): PingOneErrorBody | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Json;
  if (typeof o.code !== 'string' || typeof o.message !== 'string') return null;
  if (o.id !== undefined && typeof o.id !== 'string') return null;
  if (o.details !== undefined) {
    if (!Array.isArray(o.details)) return null;
    for (const d of o.details) {
      if (typeof d !== 'object' || d === null || Array.isArray(d)) return null;
      const detail = d as Json;
      if (typeof detail.code !== 'string') return null;
      if (detail.message !== undefined && typeof detail.message !== 'string') return null;
      if (detail.target !== undefined && typeof detail.target !== 'string') return null;
      if (
        detail.innerError !== undefined &&
        (typeof detail.innerError !== 'object' ||
          detail.innerError === null ||
          Array.isArray(detail.innerError))
      ) {
        return null;
      }
    }
  }
  return o as unknown as PingOneErrorBody;
}
