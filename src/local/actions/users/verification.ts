/**
 * Account and e-mail verification on the user (docs/pingone-behaviour.md §3.8), thin handlers
 * over `src/local/verification.ts`:
 * - `POST /users/{id}` with `user.sendVerificationCode+json` (no body) or `user.verify+json`
 *   `{ verificationCode }` → the user. Other vendor types (lock, unlock...) are 415.
 * - `POST /users/{id}/emailVerification` with `user.emailVerification.send+json`
 *   `{ notificationType }` → the e-mail verification resource, or
 *   `user.emailVerification.verify+json` `{ verificationCode }` → the user (choice 39).
 * Steps: authorize → loadUser → dispatch by media type → readInput → act → render.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authorize } from '../../auth.js';
import { envBaseOf, type LocalContext } from '../../context.js';
import { unsupportedMediaType } from '../../errors.js';
import { jsonBody, mediaType } from '../../http.js';
import { userSubresourceLinks } from '../../pingone-behaviour.js';
import type { UserRecord } from '../../store/types.js';
import { parseBody } from '../../validation.js';
import {
  sendEmailVerificationCode,
  sendVerificationCode,
  verifyCode,
  verifyEmailCode,
} from '../../verification.js';
import { userView } from '../../views.js';
import { loadUser, paramsOf } from '../common.js';

const V = 'application/vnd.pingidentity.';

const codeSchema = z.object({ verificationCode: z.string().min(1).max(64) }).strict();
const sendSchema = z.object({ notificationType: z.enum(['admin', 'user']) }).strict();

type Action = (ctx: LocalContext, request: FastifyRequest, user: UserRecord) => Promise<unknown>;

/** The e-mail verification resource (data model of PingOne's "User Email Verification" page). */
function emailVerificationView(ctx: LocalContext, user: UserRecord, notificationType: string) {
  const userHref = `${envBaseOf(ctx, user.environmentId)}/users/${user.id}`;
  return {
    _links: userSubresourceLinks(userHref, 'emailVerification'),
    environment: { id: user.environmentId },
    user: { id: user.id },
    notificationType,
  };
}

const ACCOUNT_ACTIONS: Record<string, Action> = {
  // The body, if any, is ignored (choice 26, as for sendRecoveryCode).
  [`${V}user.sendverificationcode+json`]: async (ctx, _request, user) =>
    userView(ctx, await sendVerificationCode(ctx, user, ctx.clock.now())),
  [`${V}user.verify+json`]: async (ctx, request, user) => {
    const { verificationCode } = parseBody(codeSchema, jsonBody(request));
    return userView(ctx, verifyCode(ctx, user, verificationCode, ctx.clock.now()));
  },
};

const EMAIL_ACTIONS: Record<string, Action> = {
  [`${V}user.emailverification.send+json`]: async (ctx, request, user) => {
    const { notificationType } = parseBody(sendSchema, jsonBody(request));
    await sendEmailVerificationCode(ctx, user, ctx.clock.now());
    return emailVerificationView(ctx, user, notificationType);
  },
  [`${V}user.emailverification.verify+json`]: async (ctx, request, user) => {
    const { verificationCode } = parseBody(codeSchema, jsonBody(request));
    return userView(ctx, verifyEmailCode(ctx, user, verificationCode, ctx.clock.now()));
  },
};

function dispatch(ctx: LocalContext, actions: Record<string, Action>) {
  return async (request: FastifyRequest) => {
    const { envId, userId } = paramsOf(request);
    await authorize(ctx, request, envId, 'users:write');
    const user = loadUser(ctx, envId, userId!);
    const action = actions[mediaType(request)];
    if (!action) throw unsupportedMediaType();
    return action(ctx, request, user);
  };
}

/** Handler of `POST /users/{id}` (account actions). */
export function userAccountActions(ctx: LocalContext) {
  return dispatch(ctx, ACCOUNT_ACTIONS);
}

/** Handler of `POST /users/{id}/emailVerification`. */
export function emailVerificationActions(ctx: LocalContext) {
  return dispatch(ctx, EMAIL_ACTIONS);
}
