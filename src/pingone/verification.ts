/**
 * Account and e-mail verification of a user (docs/pingone-behaviour.md §3.8): the account
 * actions on `POST /users/{id}` and `POST /users/{id}/emailVerification`, chosen by content type.
 * Every answer is checked to be about the user asked for. None is retried: a resend mails a new
 * code and invalidates the previous one, and a verify consumes its code.
 */
import { type Api, CONTENT_TYPES, json, pathId } from './call.js';
import { checkEmailVerification, checkUserOf } from './check.js';
import type { EmailVerification, EmailVerificationNotificationType, User } from './model.js';
import type { RequestOptions, VerificationApi } from './types.js';

/** A verification code as typed: a non-empty string without control characters. */
function codeBody(code: string): { verificationCode: string } {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  if (typeof code !== 'string' || code.trim() === '' || /[\u0000-\u001f\u007f]/.test(code)) {
    throw new TypeError('verificationCode must be a non-empty string without control characters');
  }
  return { verificationCode: code };
}

function notificationTypeOf(value: unknown): EmailVerificationNotificationType {
  if (value !== 'admin' && value !== 'user') {
    throw new TypeError('notificationType must be "admin" or "user"');
  }
  return value;
}

/** The verification operations over `api`. */
export function createVerificationApi(api: Api): VerificationApi {
  const userUrl = (userId: string) => `${api.envUrl}/users/${pathId('userId', userId)}`;
  const userAction = (userId: string, contentType: string, body: unknown, opts?: RequestOptions) =>
    json(
      api,
      { method: 'POST', url: userUrl(userId), contentType, ...(body ? { body } : {}), opts },
      (ctx, v): User => checkUserOf(ctx, v, userId),
    );
  const emailUrl = (userId: string) => `${userUrl(userId)}/emailVerification`;

  return {
    sendVerificationCode: async (userId, opts) =>
      userAction(userId, CONTENT_TYPES.userSendVerificationCode, undefined, opts),

    verifyUser: async (userId, code, opts) =>
      userAction(userId, CONTENT_TYPES.userVerify, codeBody(code), opts),

    sendEmailVerification: async (userId, input, opts) => {
      const body = { notificationType: notificationTypeOf(input?.notificationType) };
      return json(
        api,
        {
          method: 'POST',
          url: emailUrl(userId),
          contentType: CONTENT_TYPES.emailVerificationSend,
          body,
          opts,
        },
        (ctx, v): EmailVerification => checkEmailVerification(ctx, v, userId),
      );
    },

    verifyEmail: async (userId, code, opts) =>
      json(
        api,
        {
          method: 'POST',
          url: emailUrl(userId),
          contentType: CONTENT_TYPES.emailVerificationVerify,
          body: codeBody(code),
          opts,
        },
        (ctx, v): User => checkUserOf(ctx, v, userId),
      ),
  };
}
