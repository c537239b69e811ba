/**
 * Password operations on `/users/{userId}/password`. PingOne multiplexes them on one URL by
 * content type (docs/pingone-behaviour.md §4.1), so each is a row of {@link ACTIONS}: method,
 * content type, body and token. Every action answers with the user's password state, checked to
 * be about the user asked for. None is retried (only GET is).
 */
import { type Api, type Auth, CONTENT_TYPES, json, pathId } from './call.js';
import { BEARER_TOKEN, checkPasswordState } from './check.js';
import type { PasswordState } from './model.js';
import type {
  PasswordRecoverInput,
  PasswordSelfChangeInput,
  PasswordSetInput,
  PasswordsApi,
  RequestOptions,
} from './types.js';

/** How one password action is sent, from the operation's input (`void` when it takes none). */
interface Action<I> {
  method: 'GET' | 'POST' | 'PUT';
  contentType?: string;
  body?: (input: I) => unknown;
  /** Whose token; default the worker's. */
  auth?: (input: I) => Auth;
}

/** A user's own access token, checked before it goes into a header. */
function userToken(token: string): Auth {
  if (typeof token !== 'string' || !BEARER_TOKEN.test(token)) {
    throw new TypeError('userAccessToken must be a non-empty string of visible ASCII');
  }
  return { kind: 'bearer', token };
}

/** The password actions; the PingOne page of each is linked from {@link PasswordsApi}. */
const ACTIONS = {
  /** @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/read-password-state.html */
  getState: { method: 'GET' } satisfies Action<void>,

  /** @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/password-check.html */
  check: {
    method: 'POST',
    contentType: CONTENT_TYPES.passwordCheck,
    body: (password) => ({ password }),
  } satisfies Action<string>,

  /** @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/update-password-set.html */
  set: {
    method: 'PUT',
    contentType: CONTENT_TYPES.passwordSet,
    body: (input) => ({
      value: input.value,
      forceChange: input.forceChange ?? false,
      ...(input.bypassPolicy === undefined ? {} : { bypassPolicy: input.bypassPolicy }),
    }),
  } satisfies Action<PasswordSetInput>,

  /** @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/update-password-admin.html */
  adminReset: {
    method: 'PUT',
    contentType: CONTENT_TYPES.passwordReset,
    body: (newPassword) => ({ newPassword }),
  } satisfies Action<string>,

  /** @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/update-password-self.html */
  selfChange: {
    method: 'PUT',
    contentType: CONTENT_TYPES.passwordReset,
    body: (input) => ({ currentPassword: input.currentPassword, newPassword: input.newPassword }),
    auth: (input) => userToken(input.userAccessToken),
  } satisfies Action<PasswordSelfChangeInput>,

  /** @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/password-resend-recovery-code.html */
  sendRecoveryCode: {
    method: 'POST',
    contentType: CONTENT_TYPES.passwordSendRecoveryCode,
  } satisfies Action<void>,

  /** @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/password-recover.html */
  recover: {
    method: 'POST',
    contentType: CONTENT_TYPES.passwordRecover,
    body: (input) => ({ recoveryCode: input.recoveryCode, newPassword: input.newPassword }),
  } satisfies Action<PasswordRecoverInput>,

  /** @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/password-unlock.html */
  unlock: { method: 'POST', contentType: CONTENT_TYPES.passwordUnlock } satisfies Action<void>,

  /** @see https://developer.pingidentity.com/pingone-api/platform/users/user-passwords/force-change-password.html */
  forceChange: {
    method: 'POST',
    contentType: CONTENT_TYPES.passwordForceChange,
  } satisfies Action<void>,
};

/** The password operations over `api`. */
export function createPasswordsApi(api: Api): PasswordsApi {
  const passwordUrl = (userId: string) =>
    `${api.envUrl}/users/${pathId('userId', userId)}/password`;

  /**
   * Sends one action; the body and token are built (and checked) before any request, and a bad
   * argument rejects the returned promise like any other failure.
   */
  const perform = async <I>(
    action: Action<I>,
    userId: string,
    input: I,
    opts: RequestOptions | undefined,
  ): Promise<PasswordState> => {
    const auth = action.auth?.(input);
    const url = passwordUrl(userId);
    const body = action.body?.(input);
    return json(
      api,
      {
        method: action.method,
        url,
        ...(action.contentType === undefined ? {} : { contentType: action.contentType }),
        ...(body === undefined ? {} : { body }),
        ...(auth === undefined ? {} : { auth }),
        opts,
      },
      (ctx, v) => checkPasswordState(ctx, v, userId),
    );
  };
  const withInput =
    <I>(action: Action<I>) =>
    (userId: string, input: I, opts?: RequestOptions) =>
      perform(action, userId, input, opts);
  const withoutInput = (action: Action<void>) => (userId: string, opts?: RequestOptions) =>
    perform(action, userId, undefined, opts);

  return {
    getState: withoutInput(ACTIONS.getState),
    check: withInput(ACTIONS.check),
    set: withInput(ACTIONS.set),
    adminReset: withInput(ACTIONS.adminReset),
    selfChange: withInput(ACTIONS.selfChange),
    sendRecoveryCode: withoutInput(ACTIONS.sendRecoveryCode),
    recover: withInput(ACTIONS.recover),
    unlock: withoutInput(ACTIONS.unlock),
    forceChange: withoutInput(ACTIONS.forceChange),
  };
}
