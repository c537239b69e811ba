/**
 * Every PingOne behaviour that PingOne Local had to choose because PingOne's documentation is
 * silent or contradictory lives here: messages, codes, page sizes, limits, role permissions.
 * `docs/pingone-local.md` lists each of them; change them here only.
 *
 * Labels follow `docs/pingone-behaviour.md`: [D] documented, [O] observed in a real PingOne
 * response, [I] our inference.
 */

/** Top-level and detail messages of PingOne's error envelope (docs/pingone-behaviour.md §7.2, §7.3). */
export const MESSAGES = {
  /** [O] 400 INVALID_DATA. */
  invalidData:
    'The request could not be completed. One or more validation errors were in the request.',
  /** [O] 401/403 ACCESS_FAILED. */
  accessFailed: 'The request could not be completed. You do not have access to this resource.',
  /** [O] detail INVALID_TOKEN. */
  invalidToken: 'The authorization token is either missing or invalid, or it has expired.',
  /** [O] detail INSUFFICIENT_PERMISSIONS. */
  insufficientPermissions: 'The actor attempting to perform the request is not authorized.',
  /** [I] 400 INVALID_REQUEST for a body that is not JSON. */
  malformedBody: 'The request could not be completed. The request was malformed or invalid.',
  /** [I] 415. */
  unsupportedMediaType: 'The request could not be completed. The content type is not supported.',
  /** [I] 405. */
  methodNotAllowed: 'The request could not be completed. The method is not allowed.',
  /** [I] 413. */
  bodyTooLarge: 'The request could not be completed. The request body is too large.',
  /** [I] 404 for an unknown route. */
  routeNotFound: 'The requested resource was not found.',
  /** [I] 500. */
  unexpected: 'An unexpected error occurred.',
  /** [I] 400 REQUEST_FAILED. */
  requestFailed: 'The request could not be completed.',
  /** [O] 404, environment. */
  environmentNotFound: (id: string) => `Unable to find environment with ID: '${id}'`,
  /** [I] 404, modelled on the environment message. */
  notFound: (kind: string, id: string) => `Unable to find ${kind} with ID: '${id}'`,
  /** [O] detail UNIQUENESS_VIOLATION. */
  notUnique: 'is unique but a non-unique value is provided',
  /** [I] detail REQUIRED_VALUE. */
  required: 'is required',
  /** [O] detail EMPTY_VALUE (third-party observation). */
  empty: 'must not be empty',
  /** [O] detail INVALID_VALUE for an e-mail address. */
  invalidEmail: 'must be a well-formed email address',
  /** [I] detail INVALID_VALUE for an unknown member. */
  unknownAttribute: 'is not a recognised attribute',
  /** [I] detail INVALID_FILTER. */
  invalidFilter: (why: string) => `Invalid filter: ${why}`,
  /** [O] wrong password on check (docs/pingone-behaviour.md §4.5). */
  passwordMismatch: 'The provided password did not match provisioned password',
  /** [O] wrong current password on self-change (docs/pingone-behaviour.md §4.5). */
  currentPasswordInvalid: 'The current password provided for the user is invalid',
  /** [O] policy failure on create/import/set (docs/pingone-behaviour.md §7.4). */
  passwordPolicy: 'User password did not satisfy password policy requirements',
  /** [O] policy failure on reset/recover (docs/pingone-behaviour.md §7.4). */
  newPasswordPolicy: 'New password did not satisfy password policy requirements',
  /** [I] password locked out after too many failures. */
  passwordLockedOut:
    'The password is locked out because of too many failed attempts. Try again later.',
  /** [I] password action on a user without a password. */
  noPassword: 'The user does not have a password',
  /** [I] recovery refused for a disabled user. */
  accountNotUsable: 'The user account is not usable',
  /** [O, low confidence] wrong or expired recovery code (docs/pingone-behaviour.md §4.3). */
  recoveryCodeInvalid: 'The provided password recovery code was invalid or expired',
  /** [D] fifth wrong recovery code (docs/pingone-behaviour.md §4.3). */
  recoveryMaxFailures: 'Maximum password recovery failures exceeded',
  /** [I] minAgeDays (code PASSWORD_TOO_YOUNG is [O]). */
  passwordTooYoung: 'The password cannot be changed yet because the policy minimum age applies',
  /** [I] unsupported pre-encoded password scheme. */
  unsupportedEncoding: 'The password encoding is not supported by PingOne Local',
  /** [I] deleting a population that still has users or is the default. */
  populationInUse: 'The population cannot be deleted while it is the default or has users',
  /** [I] deleting a policy that is default or referenced. */
  policyInUse:
    'The password policy cannot be deleted while it is the default or used by a population',
  /** [I] detail INVALID_VALUE: a `cursor` PingOne Local did not issue. */
  invalidCursor: 'is not a valid cursor',
  /** [I] detail INVALID_VALUE: `population.id` changed by PUT/PATCH on the user (docs/pingone-behaviour.md §3.6). */
  populationNotChangeable: 'cannot be changed here; use PUT /users/{id}/population',
  /** [I] detail INVALID_VALUE: a population ID that does not exist. */
  unknownPopulation: 'must reference an existing population',
  /** [I] detail INVALID_VALUE: a password policy ID that does not exist. */
  unknownPasswordPolicy: 'must reference an existing password policy',
  /** [I] detail INVALID_VALUE: a query parameter that is not an integer. */
  notAnInteger: 'must be an integer',
  /** [I] detail OUT_OF_RANGE for a query parameter. */
  outOfRange: (min: number, max: number) => `must be between ${min} and ${max}`,
  /** [I] detail INVALID_VALUE: policy `length.max` below `length.min`. */
  lengthMaxBelowMin: 'must not be less than length.min',
  /** [I] detail INVALID_VALUE: policy `maxAgeDays` not above `minAgeDays` + the warning window. */
  maxAgeTooSmall: (warningDays: number) => `must be greater than minAgeDays + ${warningDays}`,
  /** [I] detail INVALID_VALUE: a member of the wrong JSON type. */
  wrongType: (expected: string) => `must be a ${expected}`,
  /** [I] detail OUT_OF_RANGE: a number or list below its minimum. */
  tooSmall: (minimum: number | bigint) => `must be at least ${String(minimum)}`,
  /** [I] detail SIZE_LIMIT_EXCEEDED: a string, number or list above its maximum. */
  tooBig: (maximum: number | bigint) => `must be at most ${String(maximum)}`,
  /** [I] detail INVALID_VALUE: a string outside its pattern. */
  patternMismatch: 'does not match the allowed pattern',
  /** [I] detail INVALID_VALUE: a value outside an enumeration. */
  notAllowedValue: 'is not one of the allowed values',
  /** [I] detail INVALID_VALUE: a member that only accepts one value. */
  mustEqual: (expected: string) => `must be ${expected}`,
  /** [I] detail INVALID_VALUE (no target): an empty or non-object body. */
  bodyNotObject: 'The request body must be a JSON object',
  /** [I] token endpoint `invalid_request`: not a form body. */
  tokenFormRequired: 'The request must be application/x-www-form-urlencoded.',
  /** [I] token endpoint `invalid_request`: a repeated form parameter (RFC 6749 §3.2). */
  tokenRepeatedParameter: (name: string) => `Repeated parameter: ${name}.`,
  /** [I] token endpoint `invalid_request`: no `grant_type`. */
  tokenMissingGrant: 'Missing grant_type.',
  /** [I] token endpoint `unsupported_grant_type`. */
  tokenUnsupportedGrant: 'Only client_credentials is supported.',
  /** [I] token endpoint `invalid_scope`: a scope the worker may not have (`BUILT_IN_SCOPE_NAMES`). */
  tokenScopeNotGranted: (scope: string) =>
    `The application has not been granted the requested scope: ${scope}.`,
  /** [I] token endpoint `invalid_scope`: a scope PingOne Local does not know. */
  tokenScopeUnknown: (scope: string) => `Unknown scope: ${scope}.`,
  /** [O] token endpoint client-authentication failure (docs/pingone-behaviour.md §2.1). */
  tokenEndpointDenied: (correlationId: string) =>
    `Request denied: Unsupported authentication method (Correlation ID: ${correlationId})`,
  /** [I] detail INVALID_VALUE: REFRESH_TOKEN without AUTHORIZATION_CODE. */
  refreshNeedsCode: 'REFRESH_TOKEN requires the AUTHORIZATION_CODE grant type',
  /** [I] detail INVALID_VALUE: CODE response type without the code grant, or the reverse. */
  codeResponseMismatch: 'CODE is required with, and only with, the AUTHORIZATION_CODE grant type',
  /** [I] detail INVALID_VALUE: TOKEN/ID_TOKEN without IMPLICIT, or the reverse. */
  implicitResponseMismatch:
    'TOKEN or ID_TOKEN is required with, and only with, the IMPLICIT grant type',
  /** [I] detail REQUIRED_VALUE: no redirect URI for a code or implicit app. */
  redirectUrisRequired: 'is required for the AUTHORIZATION_CODE and IMPLICIT grant types',
  /** [I] detail INVALID_VALUE: client_credentials on a public app type. */
  clientCredentialsNotForType:
    'CLIENT_CREDENTIALS is not allowed for SINGLE_PAGE_APP and NATIVE_APP applications',
  /** [I] detail INVALID_VALUE: NONE with client_credentials. */
  noneWithSecretGrant: 'NONE is not allowed with the CLIENT_CREDENTIALS grant type',
  /** [I] detail INVALID_VALUE: a worker without a secret. */
  workerNeedsSecret: 'NONE is not allowed for WORKER applications',
  /** [D rule, I text] refreshTokenDuration above refreshTokenRollingDuration. */
  refreshAboveRolling: 'must be less than or equal to refreshTokenRollingDuration',
  /** [I] detail INVALID_VALUE: a redirect URI that is not an absolute URI without fragment. */
  invalidUri: 'must be an absolute URI without a fragment or wildcard',
  /** [I] detail INVALID_VALUE: a login page URL that is not an absolute http(s) URL. */
  invalidUrl: 'must be an absolute http or https URL',
  /** [I] detail INVALID_VALUE: PUT changing `type` or `protocol`. */
  notChangeable: 'cannot be changed',
  /** [I] detail INVALID_VALUE: a grant naming an unknown resource. */
  unknownResource: 'must reference an existing resource',
  /** [I] detail INVALID_VALUE: a grant naming a scope of another resource. */
  unknownScope: 'must reference a scope of the granted resource',
  /** [I] detail INVALID_VALUE: the same value twice in a list. */
  duplicateValue: 'must not contain the same value twice',
} as const;

/**
 * A well-formed e-mail address [I; PingOne cites RFC 2822 without details]: local@domain with at
 * least one dot in the domain, no spaces or `"(),:;<>[]\`, at most 254 characters overall.
 */
export const EMAIL_PATTERN =
  /^[^\s@"(),:;<>[\]\\]{1,64}@[^\s@"(),:;<>[\]\\.]+(\.[^\s@"(),:;<>[\]\\.]+)+$/u;

/** Paging of `GET /users` [I, docs/pingone-behaviour.md §3.5]: default 100, capped at 200 (PingOne cites 200). */
export const USERS_PAGE = { defaultLimit: 100, maxLimit: 200, minLimit: 1, specMaxLimit: 1000 };
/** Paging of populations and password policies [D default 250 for populations]. */
export const OTHER_PAGE = { defaultLimit: 250, maxLimit: 1000 };

/** Largest request body accepted, bytes [I] (PingOne caps a user profile at 16 KB). */
export const BODY_LIMIT_BYTES = 64 * 1024;
/** Longest `filter` parameter accepted [I]. */
export const MAX_FILTER_LENGTH = 4096;
/**
 * Largest request head (request line and headers) [I]: a filter of {@link MAX_FILTER_LENGTH}
 * characters percent-encodes to at most 9 bytes each, so any filter accepted above fits, with
 * room for the headers. Beyond it: 431 `INVALID_REQUEST`.
 */
export const MAX_HEADER_BYTES = 64 * 1024;
/** Deepest nesting of a filter (parentheses/not) accepted [I]. */
export const MAX_FILTER_DEPTH = 32;

/** Recovery codes [D]: 8 characters, 5 minutes, 5 failures. Alphabet [I]. */
export const RECOVERY = {
  alphabet: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  length: 8,
  ttlSeconds: 300,
  maxFailures: 5,
} as const;

/** Password hashes kept per user for the history rule (the policy decides how many count) [I]. */
export const HISTORY_KEPT = 25;

/** The recovery e-mail [I]: PingOne's template is configurable and not documented. */
export const RECOVERY_MAIL = {
  subject: 'Your password recovery code',
  /** Names the service and the account, so a person with several accounts knows which one. */
  intro: (username: string) =>
    `Use this code to reset the password of your account ${username} (PingOne Local):`,
  outro: (minutes: number) =>
    `The code expires in ${minutes} minutes. If you did not ask to reset your password, you can ignore this message.`,
} as const;

/**
 * `length.min` / `length.max` stored when a policy's `length` object leaves one out [S: OpenAPI
 * `PasswordPolicy.length` defaults]. No `length` object at all means no length rule.
 */
export const POLICY_LENGTH_DEFAULTS = { min: 8, max: 255 } as const;

/** `maxAgeDays` warning window [D] (used only in documentation of min/max age checks). */
export const EXPIRY_WARNING_DAYS = 21;

/**
 * Discovery members after `grant_types_supported`, which the captured PingOne document did not
 * show [I, docs/pingone-behaviour.md §2.3]: the values an OIDC client library expects from PingOne.
 */
export const DISCOVERY_INFERRED_MEMBERS = {
  subject_types_supported: ['public'],
  id_token_signing_alg_values_supported: ['RS256'],
  token_endpoint_auth_methods_supported: [
    'client_secret_basic',
    'client_secret_post',
    'client_secret_jwt',
    'private_key_jwt',
  ],
  code_challenge_methods_supported: ['plain', 'S256'],
} as const;

/**
 * Headers on every answer besides `Correlation-Id` and the external IDs. PingOne documents that
 * `Cache-Control`, `Expires`, `Pragma`, `X-Content-Type-Options` and `X-Frame-Options` are
 * always sent [D, docs/pingone-behaviour.md §8.2] but not their values; these are the usual ones of a Spring
 * service, which PingOne's look like [I]. (No `Strict-Transport-Security`: PingOne Local speaks
 * plain HTTP.)
 */
export const RESPONSE_HEADERS = {
  'Cache-Control': 'no-cache, no-store, max-age=0, must-revalidate',
  Pragma: 'no-cache',
  Expires: '0',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
} as const;

/**
 * Access-token lifetime bounds, seconds [D: a resource's `accessTokenValiditySeconds`, "The minimum
 * value is 300 seconds (5 minutes); the maximum value is 2592000 seconds (30 days)",
 * https://developer.pingidentity.com/pingone-api/platform/resources/resources-1.html]. PingOne
 * refuses a value outside them, so PingOne Local refuses to start with one
 * (`PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS`, the `tokenLifetimeSeconds` option). Tests that need an
 * expired token advance PingOne Local's clock instead.
 */
export const TOKEN_LIFETIME_BOUNDS = { minSeconds: 300, maxSeconds: 2_592_000 } as const;

/**
 * SCIM filter support for `GET /users` [D partial, O terraform]: attribute → operators.
 * `eq`, `sw` and `pr` everywhere; `ew` and `co` only where PingOne's table lists them
 * (`ew` on email/name.family/name.given [D]; `co` chosen the same [I]).
 */
export const USER_FILTER_ATTRIBUTES: Record<string, readonly string[]> = {
  id: ['eq', 'pr'],
  username: ['eq', 'sw', 'ew', 'co', 'pr'],
  email: ['eq', 'sw', 'ew', 'co', 'pr'],
  'population.id': ['eq', 'pr'],
  enabled: ['eq', 'pr'],
  accountId: ['eq', 'sw', 'pr'],
  externalId: ['eq', 'sw', 'pr'],
  locale: ['eq', 'sw', 'pr'],
  mobilePhone: ['eq', 'sw', 'pr'],
  primaryPhone: ['eq', 'sw', 'pr'],
  nickname: ['eq', 'sw', 'pr'],
  preferredLanguage: ['eq', 'sw', 'pr'],
  timezone: ['eq', 'sw', 'pr'],
  title: ['eq', 'sw', 'pr'],
  type: ['eq', 'sw', 'pr'],
  'photo.href': ['eq', 'sw', 'pr'],
  'name.formatted': ['eq', 'sw', 'pr'],
  'name.given': ['eq', 'sw', 'ew', 'co', 'pr'],
  'name.middle': ['eq', 'sw', 'pr'],
  'name.family': ['eq', 'sw', 'ew', 'co', 'pr'],
  'name.honorificPrefix': ['eq', 'sw', 'pr'],
  'name.honorificSuffix': ['eq', 'sw', 'pr'],
  'address.streetAddress': ['eq', 'sw', 'pr'],
  'address.locality': ['eq', 'sw', 'pr'],
  'address.region': ['eq', 'sw', 'pr'],
  'address.postalCode': ['eq', 'sw', 'pr'],
  'address.countryCode': ['eq', 'sw', 'pr'],
};

/** Filters accepted by `GET /populations` [D]: `name` (eq/sw), `id` (eq). */
export const POPULATION_FILTER_ATTRIBUTES: Record<string, readonly string[]> = {
  id: ['eq'],
  name: ['eq', 'sw'],
};

/** Filters accepted by `GET /passwordPolicies` [I]. */
export const POLICY_FILTER_ATTRIBUTES: Record<string, readonly string[]> = {
  id: ['eq'],
  name: ['eq', 'sw'],
};

/**
 * The 5th wrong recovery code locks the password (PASSWORD_LOCKED_OUT) [D]: "If the user exceeds
 * the maximum number of invalid attempts to recover the password while using the recovery OTP,
 * the password status is changed to the PASSWORD_LOCKED_OUT"
 * (https://apidocs.pingidentity.com/early-access/platform/api/src/management-apis/users/user-passwords/password-locked-out/;
 * the send/resend page says the same:
 * https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/password-resend-recovery-code.html).
 * How long is not documented [I]: like a
 * lockout from failed checks, for the user's password policy's `lockout.durationSeconds`, then it
 * ends by itself; a policy without a duration (or without `lockout`) locks until an administrator
 * unlocks or sets the password. While locked, `check` and `sendRecoveryCode` answer
 * PASSWORD_LOCKED_OUT [D: both refuse that status]; `recover` still accepts a valid code [D: it
 * "is also used to reset the locked-out password"], but the code that was guessed is gone.
 * Returns the lockout in seconds, or null for a lock without end.
 */
export function recoveryLockoutSeconds(lockout: unknown): number | null {
  const duration = (lockout as { durationSeconds?: unknown } | undefined)?.durationSeconds;
  return typeof duration === 'number' && duration > 0 ? duration : null;
}

/** Pre-encoded password schemes accepted on set/import [D list; I subset verified]. */
export const PRE_ENCODED_SCHEMES = ['BCRYPT', 'SSHA', 'SSHA256', 'SSHA384', 'SSHA512'] as const;

/**
 * `"true"`/`"false"` (any letter case) → the boolean; anything else unchanged [I]. Applied to
 * `forceChange` and `bypassPolicy` (password set/setValue, `password.forceChange` on import):
 * Ping's own Python sample sends `"forceChange": "false"` and works against PingOne (presumably
 * Jackson's string coercion). Any other non-boolean stays 400 `INVALID_VALUE` "must be a boolean".
 */
export function booleanFromString(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return value;
}

/**
 * Members returned with `include=` on `GET /users/{id}` [S `EnumUserRequestInclude`]. PingOne
 * Local has no groups, so each is an empty array [I].
 */
export const USER_INCLUDE_MEMBERS = ['memberOfGroupIDs', 'memberOfGroupNames'] as const;

/**
 * User `_links` PingOne returns [O, docs/pingone-behaviour.md §3.4] that PingOne Local leaves out
 * because it does not implement them [I]: a client following them would meet a 415 or a 404.
 * They come back with account verification (`user.sendVerificationCode+json`) and linked accounts.
 */
export const USER_LINKS_NOT_ADVERTISED = [
  'account.sendVerificationCode',
  'linkedAccounts',
] as const;

/**
 * `_links` of the `/users/{id}/enabled` resource [O: Ping's Postman example, `self` and `user`]
 * and, by analogy [I], of `/users/{id}/population` (the OpenAPI `UserPopulation` is
 * `{ _links, id }`, its links are not documented).
 */
export function userSubresourceLinks(userHref: string, subresource: 'enabled' | 'population') {
  return { self: { href: `${userHref}/${subresource}` }, user: { href: userHref } };
}
