/**
 * PingOne Local's choices about user tokens: the authorization-code and refresh-token grants,
 * userinfo, sign-off, introspection, revocation, CORS and self-service with a user token (the
 * counterpart of `pingone-behaviour.ts` for issue 10's token work). `docs/pingone-local.md` lists
 * each choice; change them here only. Labels as in `docs/pingone-behaviour.md`.
 */

/** `error_description` texts of the token, introspection and revocation endpoints [I]. */
export const TOKEN_MESSAGES = {
  unsupportedGrant: (grant: string) => `Unsupported grant type: ${grant}.`,
  grantNotAllowed: (grant: string) =>
    `The application is not allowed to use the grant type: ${grant}.`,
  missingParameter: (name: string) => `Missing parameter: ${name}.`,
  codeInvalid: 'The authorization code is invalid, expired or already used.',
  redirectMismatch: 'The redirect_uri does not match the one of the authorization request.',
  verifierMissing: 'The code_verifier is required for this authorization code.',
  verifierMismatch: 'The code_verifier does not match the code_challenge.',
  verifierUnexpected: 'A code_verifier was sent, but the authorization request had no challenge.',
  refreshInvalid: 'The refresh token is invalid, expired or revoked.',
  scopeWidened: (scope: string) => `The requested scope exceeds the original grant: ${scope}.`,
  userUnusable: 'The user of this grant no longer exists or is disabled.',
  tokenMissing: 'Missing parameter: token.',
} as const;

/**
 * `WWW-Authenticate` answers of `/as/userinfo` (RFC 6750 §3) [I: PingOne documents a 401 but not
 * its header]: no token → `Bearer` alone; a bad, expired or revoked token → `invalid_token`; a
 * token without the `openid` scope → 403 `insufficient_scope`.
 */
export const USERINFO_ERRORS = {
  missing: {
    status: 401,
    header: 'Bearer realm="PingOne"',
    error: 'invalid_request',
    description: 'The request has no access token.',
  },
  invalid: {
    status: 401,
    header: 'Bearer realm="PingOne", error="invalid_token"',
    error: 'invalid_token',
    description: 'The access token is missing, invalid, expired or revoked.',
  },
  scope: {
    status: 403,
    header: 'Bearer realm="PingOne", error="insufficient_scope", scope="openid"',
    error: 'insufficient_scope',
    description: 'The access token does not hold the openid scope.',
  },
} as const;

/**
 * The ID token's lifetime [O: 3600 s seen on PingOne]; the same as the access token's default.
 */
export const ID_TOKEN_LIFETIME_SECONDS = 3600;

/**
 * How long a revoked grant is remembered after its revocation [I]: at least as long as any access
 * token issued under it can live (PingOne's maximum, `TOKEN_LIFETIME_BOUNDS.maxSeconds`).
 */
export const REVOCATION_MEMORY_SECONDS = 2_592_000;

/**
 * Attributes a user may change on themselves with `p1:update:user` [I: PingOne's self-management
 * page says "update their own attributes" without a list; identifiers an administrator assigns
 * (`username`, `externalId`, `accountId`, `type`, `population`) and flags stay with the
 * administrator]. Any other member in a self-service PATCH is 403 INSUFFICIENT_PERMISSIONS.
 */
export const SELF_UPDATABLE_ATTRIBUTES = [
  'email',
  'name',
  'nickname',
  'title',
  'preferredLanguage',
  'locale',
  'timezone',
  'primaryPhone',
  'mobilePhone',
  'address',
  'photo',
] as const;

/** Sessions kept per user, expired ones included [D: user-sessions pages]. */
export const SESSIONS_KEPT = 10;

/**
 * The sessions API's own refusal [I]: PingOne documents that the current session cannot be
 * deleted, not the answer (400 REQUEST_FAILED, detail INVALID_VALUE on `id`).
 */
export const TOKEN_MESSAGES_SESSIONS = {
  currentSession: 'The current session cannot be deleted',
} as const;

/**
 * `/as/signoff` refusals that cannot redirect [I: PingOne documents the rules, not the answers]:
 * 400 INVALID_REQUEST in PingOne's envelope.
 */
export const SIGNOFF_MESSAGES = {
  badHint: 'The id_token_hint is not an ID token issued by this environment.',
  hintRequired: 'A post_logout_redirect_uri needs an id_token_hint naming the application.',
  unregistered: 'The post_logout_redirect_uri is not registered for the application.',
  tooLong: 'The post_logout_redirect_uri with its state must stay under 8192 characters.',
} as const;

/** The page `/as/signoff` shows when it has nowhere to redirect [I]. */
export const SIGNED_OFF_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signed off</title></head><body><main><h1>You are signed off.</h1></main></body></html>';

/**
 * Applications' `corsSettings` (docs/pingone-behaviour.md §13.9) [D: the OpenAPI
 * `ApplicationCorsSettings`: the two behaviours, at most 20 origins, each an http(s) URL without a
 * path whose host is a domain name, `localhost` or an IPv4 address, subdomains with `*`; origins
 * non-empty for ALLOW_SPECIFIC_ORIGINS, omitted or empty for ALLOW_NO_ORIGINS]. [I]: `*` only as
 * the host's leftmost label, standing for one or more labels; no duplicates; the texts.
 */
export const CORS_SETTINGS = {
  behaviors: ['ALLOW_NO_ORIGINS', 'ALLOW_SPECIFIC_ORIGINS'],
  originsMax: 20,
} as const;

/** `INVALID_VALUE` texts of `corsSettings` [I]. */
export const CORS_MESSAGES = {
  invalidOrigin:
    'must be an http or https origin without a path (a domain name, localhost or an IPv4 address; subdomains may use *)',
  originsRequired: 'must not be empty when corsSettings.behavior is ALLOW_SPECIFIC_ORIGINS',
  originsForbidden: 'must be omitted or empty when corsSettings.behavior is ALLOW_NO_ORIGINS',
} as const;

/**
 * How PingOne Local answers CORS (choices T11–T15 in docs/pingone-local.md; the facts in
 * docs/pingone-behaviour.md §13.9). `preflightMaxAgeSeconds` and the exposed headers are [I].
 */
export const CORS_ANSWERS = {
  preflightStatus: 204,
  preflightMaxAgeSeconds: 600,
  exposedHeaders: 'Correlation-Id, WWW-Authenticate',
  refusedPreflight: 'The origin is not allowed to call this endpoint for this application.',
} as const;
