/**
 * The signed-in e-mail change, confirmed by code (issue 11, issue 12 §3; the decision and its
 * evidence: docs/portal.md, "E-mail change"). PingOne's e-mail verification
 * (`/users/{id}/emailVerification`, docs/pingone-behaviour.md §3.8) mails the user's CURRENT
 * address, and no PingOne user API mails a code to another one, so `POST /account` saves the new
 * address first (with the user's token, after a sign-in younger than 5 minutes), then asks PingOne
 * for a code to it; `emailVerified` stays false until the code comes back here.
 *
 * `GET|POST /account/email` (`verificationCode`), `POST /account/email/resend`. Steps of the POST:
 * rate limit (IP) → signed in → read the code → refuse while exhausted → verify with PingOne →
 * done, or the message. New codes: spaced by `RECOVERY_RESEND_COOLDOWN_SECONDS`, from the
 * account's budget shared with recovery (flows/code-mail.ts).
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { PingOneApiError } from '../../pingone/index.js';
import { padTo, readForm } from '../forms.js';
import type { Account } from '../oidc/account-session.js';
import { type EmailChange, flash, takeForm } from '../plugins/session.js';
import { pageContext, sendPage } from '../render.js';
import { accountEmailPage } from '../views/account-email.js';
import { countWrongCode, exhaustedRefusal, takeCodeBudget } from './code-mail.js';
import * as shared from './shared.js';
import { requireAccount, signInServices } from './signin.js';
import { readCode } from './verify-session.js';

/** The page that takes the code. */
export const EMAIL = '/account/email';
const RESEND = '/account/email/resend';

/** The session's pending change of this account (a change of another account is ignored). */
function pendingOf(request: FastifyRequest, account: Account): EmailChange | null {
  const pending = request.session.emailChange;
  return pending && pending.userId === account.userId ? pending : null;
}

/** Asks PingOne to mail a code to the user's current address; the change is then pending. */
async function sendCode(request: FastifyRequest, userId: string): Promise<void> {
  const { client, now } = request.server.portal;
  try {
    await client.verification.sendEmailVerification(
      userId,
      { notificationType: 'user' },
      shared.txn(request),
    );
  } catch (err) {
    throw shared.upstreamError(err, 'email verification send');
  }
  request.session.emailChange = { userId, sentAt: now(), exhausted: false };
}

/**
 * After `POST /account` saved a new address: a code to it (counted in the account's budget, but
 * never refused by it: the address is already saved), then the code page.
 */
export async function startEmailChange(
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
): Promise<FastifyReply> {
  await takeCodeBudget(request.server, userId);
  await sendCode(request, userId);
  request.log.info({ event: 'email_change_started', userId }, 'e-mail change awaits its code');
  flash(request, 'info', 'flash.emailChangePending');
  return shared.seeOther(reply, EMAIL);
}

/** The user's record, read with their token. */
function readUser(request: FastifyRequest, account: Account) {
  const { client } = request.server.portal;
  return signInServices(request)
    .accounts.withToken(request, account, (token) =>
      client.self.getUser(account.userId, token, shared.txn(request)),
    )
    .catch((err: unknown) => {
      throw shared.upstreamError(err, 'user read');
    });
}

/** A code PingOne refused: counted per sent code, shown under the field. */
async function codeRefused(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  change: EmailChange,
  byPingOne: boolean,
  started: number,
): Promise<FastifyReply> {
  const exhausted = await countWrongCode(app, `email:${change.userId}:${change.sentAt}`, byPingOne);
  if (exhausted) request.session.emailChange = { ...change, exhausted: true };
  request.log.info(
    { event: 'verification_failed', reason: exhausted ? 'exhausted' : 'invalid', flow: 'email' },
    'code refused',
  );
  await padTo(started, app.portal.config.authFailureFloorMs);
  return shared.failForm(request, reply, EMAIL, {
    verificationCode: {
      key: exhausted ? 'error.verificationCode.exhausted' : 'error.verificationCode.invalid',
    },
  });
}

/** The e-mail confirmation plugin. */
export const accountEmailFlow: FastifyPluginAsync = async (app) => {
  const { config, client } = app.portal;
  const cooldownMs = config.rateLimits.resendCooldownSeconds * 1000;

  app.get(EMAIL, async (request, reply) => {
    const account = await requireAccount(request, reply);
    if (!account) return reply;
    const user = await readUser(request, account);
    const pending = pendingOf(request, account);
    if (user.emailVerified !== false || !user.email) {
      request.session.emailChange = null;
      return shared.seeOther(reply, '/account');
    }
    const wait = Math.ceil(((pending?.sentAt ?? 0) + cooldownMs - app.portal.now()) / 1000);
    return sendPage(
      reply,
      accountEmailPage(pageContext(request), takeForm(request, EMAIL), {
        email: user.email,
        resendInSeconds: Math.max(0, wait),
      }),
    );
  });

  app.post(EMAIL, async (request, reply) => {
    await app.limits.consumeIp(request, 'account-email');
    const account = await requireAccount(request, reply);
    if (!account) return reply;
    const form = readForm(request.body, ['verificationCode'] as const);
    const read = readCode(form.verificationCode);
    if ('error' in read)
      return shared.failForm(request, reply, EMAIL, { verificationCode: read.error });
    await app.limits.consumeAccount(request, 'account-email', account.userId);
    const change = pendingOf(request, account) ?? {
      userId: account.userId,
      sentAt: 0,
      exhausted: false,
    };
    const started = performance.now();
    if (change.exhausted) return codeRefused(app, request, reply, change, true, started);
    try {
      await client.verification.verifyEmail(account.userId, read.code, shared.txn(request));
    } catch (err) {
      if (err instanceof PingOneApiError && err.status === 400) {
        return codeRefused(app, request, reply, change, exhaustedRefusal(err), started);
      }
      throw shared.upstreamError(err, 'email verification');
    }
    request.session.emailChange = null;
    request.log.info({ event: 'email_verified', userId: account.userId }, 'e-mail confirmed');
    flash(request, 'success', 'flash.emailVerified');
    return shared.seeOther(reply, '/account');
  });

  app.post(RESEND, async (request, reply) => {
    await app.limits.consumeIp(request, 'account-email-resend');
    const account = await requireAccount(request, reply);
    if (!account) return reply;
    readForm(request.body, [] as const);
    const pending = pendingOf(request, account);
    const waitMs = (pending?.sentAt ?? 0) + cooldownMs - app.portal.now();
    if (waitMs > 0) {
      flash(request, 'info', 'flash.resendCooldown', { count: Math.ceil(waitMs / 1000) });
      return shared.seeOther(reply, EMAIL);
    }
    if ((await takeCodeBudget(app, account.userId)) !== 'ok') {
      flash(request, 'error', 'flash.verifyResendCapped');
      return shared.seeOther(reply, EMAIL);
    }
    await sendCode(request, account.userId);
    flash(request, 'info', 'flash.verifyResent');
    return shared.seeOther(reply, EMAIL);
  });
};
