/**
 * Public types of the PingOne client: options, per-request options and the client interface.
 */
import type { PingOneError } from './errors.js';
import type { Filter } from './filter.js';
import type { FlowsApi } from './flows.js';
import type {
  EmailVerification,
  EmailVerificationNotificationType,
  PasswordPolicy,
  PasswordState,
  Population,
  User,
  UserImportInput,
  UserInput,
} from './model.js';
import type { SelfServiceApi } from './self.js';

/** PingOne region: NA → `com`, EU → `eu`, AP → `asia`, CA → `ca`, AU → `com.au`, SG → `sg`. */
export type Region = 'NA' | 'EU' | 'AP' | 'CA' | 'AU' | 'SG';

/** Operation names reported in {@link RequestEvent.operation} and on errors. */
export type PingOneOperation =
  | 'token'
  | 'users.create'
  | 'users.import'
  | 'users.list'
  | 'users.get'
  | 'users.update'
  | 'users.patch'
  | 'users.delete'
  | 'passwords.getState'
  | 'passwords.check'
  | 'passwords.set'
  | 'passwords.reset'
  | 'passwords.sendRecoveryCode'
  | 'passwords.recover'
  | 'passwords.unlock'
  | 'passwords.forceChange'
  | 'verification.sendVerificationCode'
  | 'verification.verifyUser'
  | 'verification.sendEmailVerification'
  | 'verification.verifyEmail'
  | 'populations.list'
  | 'populations.get'
  | 'passwordPolicies.list'
  | 'passwordPolicies.get'
  | 'other';

/** Event passed to {@link PingOneClientOptions.onRequest}. Never carries secrets or bodies. */
export interface RequestEvent {
  /**
   * The client operation, from a closed set (see `PINGONE_OPERATIONS`): `token`, `users.import`,
   * `passwords.recover`… (`other` for a URL the client does not build).
   */
  operation: PingOneOperation;
  method: string;
  /** Request URL without its query string (query strings may hold e-mail filters). */
  url: string;
  /** HTTP status, when a response arrived. */
  status?: number;
  durationMs: number;
  /** 1-based attempt number (retries increment it). */
  attempt: number;
  /** Error code (`NETWORK`, `TIMEOUT`, `ABORTED`) when no response arrived. */
  error?: string;
}

/** Retry settings for idempotent reads and the token request. */
export interface RetryOptions {
  /** Total attempts including the first; default 3. `1` disables retries. */
  maxAttempts?: number;
  /** Base of the exponential backoff (full jitter); default 100 ms. */
  baseDelayMs?: number;
  /** Cap on one backoff delay; default 2000 ms. */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the error is thrown at once. Default 5000 ms. */
  maxRetryAfterMs?: number;
}

/** Options of {@link createPingOneClient}. Validated once, when the client is created. */
export interface PingOneClientOptions {
  environmentId: string;
  clientId: string;
  clientSecret: string;
  /** Default `NA`. */
  region?: Region;
  /** Management API base including `/v1`, e.g. `http://127.0.0.1:4000/v1`; overrides `region`. */
  apiBaseUrl?: string;
  /** Auth server base, e.g. `http://127.0.0.1:4000`; token URL = `${authBaseUrl}/${envId}/as/token`. */
  authBaseUrl?: string;
  /** Default `client_secret_basic`. */
  tokenAuthMethod?: 'client_secret_basic' | 'client_secret_post';
  /** Per-attempt timeout, default 5000 ms. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /**
   * A `fetch` to send every request through (tests, instrumentation). Default: `node:http` /
   * `node:https` with keep-alive connections (transport.ts), lighter than the global `fetch`.
   */
  fetch?: typeof fetch;
  /** Refresh the cached token this many seconds before `expires_in` runs out; default 60. */
  tokenRefreshSkewSeconds?: number;
  /** Called after every HTTP attempt (for metrics and logs). */
  onRequest?: (event: RequestEvent) => void;
  /** Clock used for token expiry, in ms since the epoch; default `Date.now`. */
  now?: () => number;
  /** Sleep used between retries; default a timer that honours the caller's signal. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Random source in [0, 1) for backoff jitter; default `Math.random`. */
  random?: () => number;
}

/** Options accepted by every operation. */
export interface RequestOptions {
  /** Aborts the operation (including retries and backoff waits). */
  signal?: AbortSignal;
  /** Sent as `X-Ping-External-Transaction-ID`, sanitised to PingOne's allowed characters, ≤100 chars. */
  transactionId?: string;
}

/** Parameters of a users search. */
export interface ListUsersParams {
  /** A {@link Filter} from `filter.*`, or a raw SCIM expression (trusted, sent as written). */
  filter?: Filter | string;
  /** Page size (1–1000); PingOne may return fewer. */
  limit?: number;
}

/** One page of a users search. */
export interface UsersPage {
  users: User[];
  /** Total matches, when PingOne reports it. */
  count?: number;
  /** Items in this page. */
  size: number;
  /** Opaque cursor for the next page, or `null` on the last page. */
  nextCursor: string | null;
}

/** Body of a password set (`application/vnd.pingidentity.password.set+json`). */
export interface PasswordSetInput {
  value: string;
  forceChange?: boolean;
  bypassPolicy?: boolean;
}

/** Body of a self-service password change plus the user's own access token. */
export interface PasswordSelfChangeInput {
  currentPassword: string;
  newPassword: string;
  /** The user's access token (scope `p1:reset:userPassword`); the worker token is not used. */
  userAccessToken: string;
}

/** Body of a password recovery. */
export interface PasswordRecoverInput {
  recoveryCode: string;
  newPassword: string;
}

/** Users operations. */
export interface UsersApi {
  /**
   * Creates a user without a password (`POST /users`, `application/json`). Never retried.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/users-1/create-user.html
   */
  create(input: UserInput, opts?: RequestOptions): Promise<User>;
  /**
   * Creates a user with a password and lifecycle (`user.import+json`). Never retried.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/users-1/create-user-import.html
   */
  import(input: UserImportInput, opts?: RequestOptions): Promise<User>;
  /**
   * Reads one user (`GET /users/{id}`); `null` when PingOne answers 404 NOT_FOUND.
   * @see https://developer.pingidentity.com/pingone-api/platform/users.html
   */
  get(userId: string, opts?: RequestOptions): Promise<User | null>;
  /**
   * Iterates every user matching the filter, following `_links.next` (`GET /users`).
   * @see https://developer.pingidentity.com/pingone-api/platform/reference/paging-ordering-collections.html
   */
  list(params?: ListUsersParams, opts?: RequestOptions): AsyncIterable<User>;
  /**
   * Reads one page of users (`GET /users?filter=&limit=&cursor=`). PingOne may return fewer
   * than `limit`; use `size` and `nextCursor`.
   * @see https://developer.pingidentity.com/pingone-api/platform/reference/paging-ordering-collections.html
   */
  listPage(
    params?: ListUsersParams & { cursor?: string },
    opts?: RequestOptions,
  ): Promise<UsersPage>;
  /**
   * Replaces the user's mutable attributes (`PUT /users/{id}`). Never retried.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/users-1/update-user-put.html
   */
  update(userId: string, input: UserInput, opts?: RequestOptions): Promise<User>;
  /**
   * Updates the given attributes only (`PATCH /users/{id}`). Never retried.
   * @see https://developer.pingidentity.com/pingone-api/platform/users.html
   */
  patch(userId: string, input: UserInput, opts?: RequestOptions): Promise<User>;
  /**
   * Deletes a user (`DELETE /users/{id}`, 204). Never retried.
   * @see https://developer.pingidentity.com/pingone-api/platform/users.html
   */
  delete(userId: string, opts?: RequestOptions): Promise<void>;
  /**
   * Finds the one user whose `username` or `email` equals `value` (case-insensitive), with a
   * safe `username eq "…" or email eq "…"` filter. `null` when there is no match or more than
   * one. Throws `INVALID_FILTER_VALUE` before any request for control characters.
   * @see https://developer.pingidentity.com/pingone-api/platform/users.html
   */
  findByUsernameOrEmail(value: string, opts?: RequestOptions): Promise<User | null>;
}

/** Password operations on `/users/{userId}/password`. */
export interface PasswordsApi {
  /**
   * Reads the password state (`GET /users/{id}/password`).
   * @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/read-password-state.html
   */
  getState(userId: string, opts?: RequestOptions): Promise<PasswordState>;
  /**
   * Verifies a password (`password.check+json`). A wrong password is a `PingOneApiError`
   * (`INVALID_DATA`, detail `INVALID_VALUE` with `innerError.failuresRemaining`). Never retried.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/password-check.html
   */
  check(userId: string, password: string, opts?: RequestOptions): Promise<PasswordState>;
  /**
   * Sets a password as an admin (`password.set+json`; `forceChange` defaults to false).
   * Never retried.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/update-password-set.html
   */
  set(userId: string, input: PasswordSetInput, opts?: RequestOptions): Promise<PasswordState>;
  /**
   * Admin reset with a temporary password (`password.reset+json` `{ newPassword }`; status
   * becomes MUST_CHANGE_PASSWORD). Never retried.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/update-password-admin.html
   */
  adminReset(userId: string, newPassword: string, opts?: RequestOptions): Promise<PasswordState>;
  /**
   * Self-service change (`password.reset+json` `{ currentPassword, newPassword }`) sent with
   * the user's own access token, not the worker token. Never retried, never refreshed.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/update-password-self.html
   */
  selfChange(
    userId: string,
    input: PasswordSelfChangeInput,
    opts?: RequestOptions,
  ): Promise<PasswordState>;
  /**
   * E-mails a recovery code (`password.sendRecoveryCode+json`, no body). Never retried:
   * a resend would send a second e-mail and invalidate the first code.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/password-resend-recovery-code.html
   */
  sendRecoveryCode(userId: string, opts?: RequestOptions): Promise<PasswordState>;
  /**
   * Consumes a recovery code and sets a new password (`password.recover+json`). Never retried.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/password-recover.html
   */
  recover(
    userId: string,
    input: PasswordRecoverInput,
    opts?: RequestOptions,
  ): Promise<PasswordState>;
  /**
   * Unlocks a locked-out password (`password.unlock+json`, no body). Never retried.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/password-unlock.html
   */
  unlock(userId: string, opts?: RequestOptions): Promise<PasswordState>;
  /**
   * Forces a change at next sign-on (`password.forceChange`, no body). Never retried.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/force-change-password.html
   */
  forceChange(userId: string, opts?: RequestOptions): Promise<PasswordState>;
}

/**
 * Account and e-mail verification of a user (docs/pingone-behaviour.md §3.8). Codes are 8
 * alphanumeric characters (accept letters and digits). A wrong, used or replaced code is a
 * `PingOneApiError` (`INVALID_DATA`, detail `INVALID_VALUE` on `verificationCode`). Never retried.
 */
export interface VerificationApi {
  /**
   * Mails a new account verification code (`POST /users/{id}`,
   * `user.sendVerificationCode+json`, no body); the previous code stops working and
   * `lifecycle.status` becomes `VERIFICATION_REQUIRED`. Answers the user.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/users-1/send-resend-user-verification-code.html
   */
  sendVerificationCode(userId: string, opts?: RequestOptions): Promise<User>;
  /**
   * Verifies the account (`POST /users/{id}`, `user.verify+json` `{ verificationCode }`):
   * `lifecycle.status` becomes `ACCOUNT_OK`, and `emailVerified` true when the address is the
   * one the code was sent to. Answers the user.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/users-1/verify-user-1.html
   */
  verifyUser(userId: string, verificationCode: string, opts?: RequestOptions): Promise<User>;
  /**
   * Mails an e-mail verification code valid 24 h, only the newest valid
   * (`POST /users/{id}/emailVerification`, `user.emailVerification.send+json`).
   * @see https://developer.pingidentity.com/pingone-api/platform/users/user-email-verification/send-email-verification-code.html
   */
  sendEmailVerification(
    userId: string,
    input: { notificationType: EmailVerificationNotificationType },
    opts?: RequestOptions,
  ): Promise<EmailVerification>;
  /**
   * Verifies the e-mail address (`POST /users/{id}/emailVerification`,
   * `user.emailVerification.verify+json` `{ verificationCode }`): `emailVerified` becomes true.
   * Answers the user.
   * @see https://developer.pingidentity.com/pingone-api/platform/users/user-email-verification/verify-email-code.html
   */
  verifyEmail(userId: string, verificationCode: string, opts?: RequestOptions): Promise<User>;
}

/** Populations operations. */
export interface PopulationsApi {
  /**
   * Lists populations, following `_links.next` (`GET /populations`).
   * @see https://developer.pingidentity.com/pingone-api/platform/populations/read-all-populations.html
   */
  list(params?: { filter?: Filter | string }, opts?: RequestOptions): Promise<Population[]>;
  /**
   * Reads one population; `null` on 404 NOT_FOUND.
   * @see https://developer.pingidentity.com/pingone-api/platform/populations.html
   */
  get(populationId: string, opts?: RequestOptions): Promise<Population | null>;
}

/** Password policy operations. */
export interface PasswordPoliciesApi {
  /**
   * Lists the environment's password policies (`GET /passwordPolicies`).
   * @see https://developer.pingidentity.com/pingone-api/platform/password-policies.html
   */
  list(opts?: RequestOptions): Promise<PasswordPolicy[]>;
  /**
   * Reads one password policy; `null` on 404 NOT_FOUND.
   * @see https://developer.pingidentity.com/pingone-api/platform/password-policies.html
   */
  get(policyId: string, opts?: RequestOptions): Promise<PasswordPolicy | null>;
  /**
   * The policy that applies to a population: its own `passwordPolicy.id`, else the
   * environment default (docs/pingone-behaviour.md §5.3). `null` asks for the default directly. An unknown
   * population or policy id is a `PingOneApiError` (404 NOT_FOUND); no default policy is an
   * `INVALID_RESPONSE`.
   * @see https://developer.pingidentity.com/pingone-api/platform/password-policies.html
   */
  forPopulation(populationId: string | null, opts?: RequestOptions): Promise<PasswordPolicy>;
}

/**
 * A PingOne Management API client bound to one environment and one worker application.
 *
 * Every operation rejects with one of the {@link PingOneError} subclasses (`NETWORK`, `TIMEOUT`,
 * `ABORTED`, `API_ERROR`, `AUTH_FAILED`, `INVALID_RESPONSE`, `INVALID_FILTER_VALUE`), or with a
 * `TypeError` before any request when an argument is malformed (e.g. an id with path syntax).
 * Only GET requests and the token request are retried.
 */
export interface PingOneClient {
  readonly environmentId: string;
  /** A worker access token: cached until `expires_in - skew`, one request in flight at a time. */
  getAccessToken(opts?: RequestOptions): Promise<string>;
  /** Number of token requests sent so far (including failed ones and retries). */
  tokenRequestCount(): number;
  readonly users: UsersApi;
  readonly passwords: PasswordsApi;
  readonly verification: VerificationApi;
  readonly populations: PopulationsApi;
  readonly passwordPolicies: PasswordPoliciesApi;
  /** Calls a signed-in user makes with their own access token. */
  readonly self: SelfServiceApi;
  /** PingOne's Flows API and resume (the portal's own sign-on page). */
  readonly flows: FlowsApi;
}
