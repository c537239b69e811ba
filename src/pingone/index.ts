/**
 * Typed PingOne Management API client (users, passwords, populations, password policies) with a
 * cached worker token, timeouts, safe retries and response validation (zod schemas in `model.ts`
 * whose inferred types are the wire types).
 *
 * @example
 * ```ts
 * const p1 = createPingOneClient({ environmentId, clientId, clientSecret, region: 'EU' });
 * const user = await p1.users.findByUsernameOrEmail('alice');
 * ```
 */
export { createPingOneClient, regionBaseUrls, sanitizeTransactionId } from './client.js';
export {
  PingOneApiError,
  PingOneAuthError,
  PingOneError,
  type PingOneErrorCode,
  PingOneFilterError,
  PingOneNetworkError,
  PingOneResponseError,
} from './errors.js';
export { type Filter, type FilterAttribute, filter, isFilter } from './filter.js';
export type { Flow, FlowAnswer, FlowsApi } from './flows.js';
export { PINGONE_OPERATIONS, pingOneOperationOf } from './http.js';
export type * from './model.js';
export { toPolicyRules } from './policy-rules.js';
export type { SelfServiceApi, UserSession } from './self.js';
export type {
  ListUsersParams,
  PasswordPoliciesApi,
  PasswordRecoverInput,
  PasswordSelfChangeInput,
  PasswordSetInput,
  PasswordsApi,
  PingOneClient,
  PingOneClientOptions,
  PingOneOperation,
  PopulationsApi,
  Region,
  RequestEvent,
  RequestOptions,
  RetryOptions,
  UsersApi,
  UsersPage,
  VerificationApi,
} from './types.js';
