/**
 * PingOne resource shapes shared by the client, PingOne Local and the portal.
 *
 * Each shape the client reads is a zod schema, and its TypeScript type is `z.infer` of that
 * schema, so the type and the runtime check (`./check.ts`) cannot differ. Field sets follow
 * `spec/pingone-management.openapi.yml` (components.schemas) and `docs/pingone-behaviour.md`. PingOne may add members at any time, so
 * every object allows unknown extra keys on read (`passthrough`) and keeps them.
 *
 * Every schema carries, as its zod message, what the value must be ("a non-empty string"):
 * `./check.ts` turns the first zod issue into `response body "<path>" must be <message>`.
 * The schemas are built once, here, never per call.
 */
import { z } from 'zod';

/** Characters allowed in a bearer token we put in a header: visible ASCII. */
export const BEARER_TOKEN = /^[\x21-\x7e]+$/;

/** PingOne resource ids are UUIDs; accept any id-like token but never path syntax. */
export const RESOURCE_ID = /^[A-Za-z0-9_-]{1,128}$/;

// ---- Building blocks: each names what the value must be --------------------------------------

const must = (what: string) => ({ message: what });

const NON_EMPTY = must('a non-empty string');
const nonEmpty = z.string(NON_EMPTY).min(1, NON_EMPTY);
const text = z.string(must('a string'));
const bool = z.boolean(must('a boolean'));
const COUNT = must('a non-negative integer');
const count = z.number(COUNT).int(COUNT).nonnegative(COUNT).max(Number.MAX_SAFE_INTEGER, COUNT);
const ID = must('a PingOne resource id');
const resourceId = z.string(ID).regex(RESOURCE_ID, ID);

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, must(`one of ${values.join(', ')}`));
}

/** A JSON object (not an array, not null) with these members; unknown members are kept. */
function object<S extends z.ZodRawShape>(shape: S) {
  return z.object(shape, must('an object')).passthrough();
}

/** A JSON object whose every value matches `value`. */
function map<V extends z.ZodTypeAny>(value: V) {
  return z.record(value, must('an object'));
}

// ---- Shared members -------------------------------------------------------------------------

export const LinkSchema = object({ href: nonEmpty });
export type Link = z.infer<typeof LinkSchema>;

export const LinksSchema = map(LinkSchema);
export type Links = z.infer<typeof LinksSchema>;

export const IdRefSchema = object({ id: resourceId });
export type IdRef = z.infer<typeof IdRefSchema>;

// ---- Users (docs/pingone-behaviour.md §3.4) -----------------------------------------------------

export const UserNameSchema = object({
  formatted: nonEmpty.optional(),
  given: nonEmpty.optional(),
  middle: nonEmpty.optional(),
  family: nonEmpty.optional(),
  honorificPrefix: text.optional(),
  honorificSuffix: text.optional(),
});
export type UserName = z.infer<typeof UserNameSchema>;

export const UserAddressSchema = object({
  streetAddress: text.optional(),
  locality: text.optional(),
  region: text.optional(),
  postalCode: text.optional(),
  countryCode: text.optional(),
});
export type UserAddress = z.infer<typeof UserAddressSchema>;

export const LifecycleStatusSchema = oneOf(['ACCOUNT_OK', 'VERIFICATION_REQUIRED']);
export type LifecycleStatus = z.infer<typeof LifecycleStatusSchema>;

export const AccountStatusSchema = oneOf(['OK', 'LOCKED']);
export type AccountStatus = z.infer<typeof AccountStatusSchema>;

/** The attributes a client may write (create, import, PUT, PATCH) and reads back. */
const writableUser = {
  email: nonEmpty.optional(),
  name: UserNameSchema.optional(),
  nickname: text.optional(),
  title: text.optional(),
  type: text.optional(),
  preferredLanguage: nonEmpty.optional(),
  locale: nonEmpty.optional(),
  timezone: nonEmpty.optional(),
  primaryPhone: text.optional(),
  mobilePhone: text.optional(),
  address: UserAddressSchema.optional(),
  photo: object({ href: text }).optional(),
  externalId: text.optional(),
  accountId: text.optional(),
  emailVerified: bool.optional(),
  mfaEnabled: bool.optional(),
};

export const UserSchema = object({
  _links: LinksSchema.optional(),
  id: resourceId,
  environment: IdRefSchema,
  population: IdRefSchema,
  username: nonEmpty,
  enabled: bool,
  account: object({
    canAuthenticate: bool,
    status: AccountStatusSchema,
    lockedAt: text.optional(),
    unlockAt: text.optional(),
    secondsUntilUnlock: count.optional(),
  }).optional(),
  identityProvider: object({ id: text.optional(), type: nonEmpty }).optional(),
  lifecycle: object({ status: LifecycleStatusSchema }).optional(),
  verifyStatus: text.optional(),
  ...writableUser,
  createdAt: nonEmpty,
  updatedAt: nonEmpty,
});
export type User = z.infer<typeof UserSchema>;

/** Writable user attributes (create, import, PUT, PATCH): the read shape's writable members. */
export type UserInput = Partial<Pick<User, keyof typeof writableUser>> & {
  username?: string;
  population?: IdRef;
  [extra: string]: unknown;
};

/** Body of `POST /users` with `application/vnd.pingidentity.user.import+json`. */
export interface UserImportInput extends UserInput {
  password?: { value: string; forceChange?: boolean };
  lifecycle?: { status: LifecycleStatus; suppressVerificationCode?: boolean };
}

// ---- Populations (docs/pingone-behaviour.md §6) -------------------------------------------------

export const PopulationSchema = object({
  _links: LinksSchema.optional(),
  id: resourceId,
  environment: IdRefSchema.optional(),
  name: nonEmpty,
  description: text.optional(),
  default: bool.optional(),
  passwordPolicy: IdRefSchema.optional(),
  userCount: count.optional(),
  createdAt: text.optional(),
  updatedAt: text.optional(),
});
export type Population = z.infer<typeof PopulationSchema>;

// ---- Password policies (docs/pingone-behaviour.md §5.1) -----------------------------------------

export type PasswordCharacterSet =
  | 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  | 'abcdefghijklmnopqrstuvwxyz'
  | '0123456789'
  | '~!@#$%^&*()-_=+[]{}|;:,.<>/?';

const sequenceRule = object({ maxLength: count }).optional();

/** A PingOne password policy, exactly as PingOne returns it. Absent rule ⇒ off. */
export const PasswordPolicySchema = object({
  _links: LinksSchema.optional(),
  id: resourceId.optional(),
  environment: IdRefSchema.optional(),
  name: nonEmpty,
  description: text.optional(),
  default: bool.optional(),
  excludesCommonlyUsed: bool,
  excludesProfileData: bool,
  notSimilarToCurrent: bool,
  length: object({ min: count.optional(), max: count.optional() }).optional(),
  minCharacters: map(count).optional(),
  maxRepeatedCharacters: count.optional(),
  minUniqueCharacters: count.optional(),
  minComplexity: count.optional(),
  history: object({ count: count.optional(), retentionDays: count.optional() }).optional(),
  lockout: object({
    failureCount: count.optional(),
    durationSeconds: count.optional(),
  }).optional(),
  maxAgeDays: count.optional(),
  minAgeDays: count.optional(),
  numberSequenceRule: sequenceRule,
  alphabetSequenceRule: sequenceRule,
  qwertySequenceRule: sequenceRule,
  shiftedNumberRowSequenceRule: sequenceRule,
  populationCount: count.optional(),
  createdAt: text.optional(),
  updatedAt: text.optional(),
});
export type PasswordPolicy = z.infer<typeof PasswordPolicySchema>;

// ---- Password state (docs/pingone-behaviour.md §4.2) --------------------------------------------

export const PasswordStatusSchema = oneOf([
  'OK',
  'NO_PASSWORD',
  'MUST_CHANGE_PASSWORD',
  'PASSWORD_EXPIRED',
  'PASSWORD_LOCKED_OUT',
  'EXTERNAL',
]);
export type PasswordStatus = z.infer<typeof PasswordStatusSchema>;

/** Password state object returned by GET and every successful action on `/users/{id}/password`. */
export const PasswordStateSchema = object({
  _links: LinksSchema.optional(),
  environment: IdRefSchema,
  user: IdRefSchema,
  passwordPolicy: IdRefSchema,
  status: PasswordStatusSchema,
  lastChangedAt: nonEmpty.optional(),
  secondsUntilUnlock: count.optional(),
});
export type PasswordState = z.infer<typeof PasswordStateSchema>;

/**
 * Answer of `POST /users/{id}/emailVerification` with `user.emailVerification.send+json`
 * (the "User email verification" data model; docs/pingone-behaviour.md §3.8).
 */
export const EmailVerificationSchema = object({
  _links: LinksSchema.optional(),
  environment: IdRefSchema.optional(),
  user: IdRefSchema,
  notificationType: oneOf(['admin', 'user']).optional(),
});
export type EmailVerification = z.infer<typeof EmailVerificationSchema>;

/** Who asks for an e-mail verification code (`notificationType`). */
export type EmailVerificationNotificationType = 'admin' | 'user';

// ---- Collections --------------------------------------------------------------------------------

/**
 * PingOne's collection envelope without its items: `_embedded` is checked to be an object here,
 * its `<name>` array by the caller. `size` is documented as always present, but a missing one is
 * harmless: the array says it.
 */
export const CollectionEnvelopeSchema = object({
  _links: object({ next: object({ href: nonEmpty }).optional() }).optional(),
  _embedded: object({}),
  count: count.optional(),
  size: count.optional(),
});

/** The `_embedded.<name>` member of a collection. */
export const CollectionItemsSchema = z.array(z.unknown(), must('an array'));

/** PingOne's collection envelope: `_embedded.<name>[]`, `count`, `size`, `_links.next`. */
export interface Collection<K extends string, T> {
  _links?: Links;
  _embedded: Record<K, T[]>;
  count?: number;
  size: number;
}

/** An environment (not read by the client; PingOne Local serves it). */
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

// ---- Errors (docs/pingone-behaviour.md §7.1) ----------------------------------------------------

// Plain (stripping) objects: the client keeps the documented members only, and PingOne Local's
// interfaces (which have no index signature) can be passed as these types.
export const PingOneErrorDetailSchema = z.object({
  code: z.string(),
  target: z.string().optional(),
  message: z.string(),
  innerError: z.record(z.unknown()).optional(),
});
export type PingOneErrorDetail = z.infer<typeof PingOneErrorDetailSchema>;

/**
 * PingOne's error envelope. PingOne documents `id` (a UUID correlating with its logs) as always
 * present, and `code` and `message` on the envelope and on each detail.
 */
export const PingOneErrorBodySchema = z.object({
  id: z.string(),
  code: z.string(),
  message: z.string(),
  target: z.string().optional(),
  details: z.array(PingOneErrorDetailSchema).optional(),
});
export type PingOneErrorBody = z.infer<typeof PingOneErrorBodySchema>;

// ---- Token (docs/pingone-behaviour.md §2.1) -----------------------------------------------------

const POSITIVE = must('a positive number');
const VISIBLE_ASCII = must('visible ASCII characters only');

/** OAuth token response for `client_credentials`. */
export const TokenResponseSchema = object({
  // It goes into an Authorization header: CR/LF or spaces would break or split the header.
  access_token: nonEmpty.regex(BEARER_TOKEN, VISIBLE_ASCII),
  token_type: nonEmpty.refine((t) => t.toLowerCase() === 'bearer', must('"Bearer"')),
  expires_in: z.number(POSITIVE).finite(POSITIVE).positive(POSITIVE),
  scope: nonEmpty.optional(),
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;
