/**
 * Forgotten password: `GET|POST /password/forgot`, `GET|POST /password/recover` and
 * `POST /password/recover/resend`.
 *
 * The identifier being recovered lives only in the encrypted session. Looking the user up and
 * sending the code run as a background task, so `/password/forgot` answers the same way, in the
 * same time, whether the account exists, is disabled, locked or has no password. Codes per
 * account are capped (`RECOVERY_CODES_PER_DAY`, well under PingOne's 50 e-mails a day) and spaced
 * (`RECOVERY_RESEND_COOLDOWN_SECONDS`), counted by PingOne user id so new sessions do not reset
 * them.
 */
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyPluginAsync,
  FastifyReply,
  FastifyRequest,
} from 'fastify';
import { PingOneApiError, type User } from '../../pingone/index.js';
import {
  checkConfirmation,
  checkIdentifier,
  checkPassword,
  normaliseRecoveryCode,
  padTo,
  readForm,
} from '../forms.js';
import type { RecoveryCodeOutcome } from '../metrics.js';
import { identifierKey } from '../plugins/rate-limit.js';
import { flash, regenerateSession, takeForm } from '../plugins/session.js';
import { pageContext, sendPage, sendPrerendered } from '../render.js';
import { safeError } from '../tasks.js';
import { forgotPage, recoverPage } from '../views/pages.js';
import { awaitsVerification, mailCode, setProvenPassword, verifyAccount } from './code-mail.js';
import { confirmDone } from './home.js';
import { earlierAttemptDone, passwordChangedSince, settleLostAnswer } from './reconcile.js';
import * as shared from './shared.js';

const FORGOT = '/password/forgot';
const RECOVER = '/password/recover';
const RESEND = '/password/recover/resend';
const DAY_MS = 24 * 3600 * 1000;
/** PingOne invalidates a recovery code after 5 wrong attempts (docs/pingone-behaviour.md §4.3). */
const MAX_CODE_FAILURES = 5;

/**
 * Background step: find exactly one user and send a recovery code, within the per-account
 * cooldown and daily cap. Every outcome is logged without the identifier.
 */
async function sendRecoveryCode(
  app: FastifyInstance,
  log: FastifyBaseLogger,
  identifier: string,
  transactionId: string,
): Promise<void> {
  const { client } = app.portal;
  const opts = { transactionId };
  /** Counts and logs how the request ended (`logged` when the log names it otherwise). */
  const ended = (
    outcome: RecoveryCodeOutcome,
    fields: { userId?: string; err?: unknown } = {},
    logged: string = outcome,
  ) => {
    app.portal.metrics.recoveryCode(outcome);
    log.info({ event: 'recovery_requested', outcome: logged, ...fields }, 'recovery requested');
  };
  const user = await client.users.findByUsernameOrEmail(identifier, opts);
  if (!user) return ended('no_single_match');
  const userId = user.id;
  if (!user.enabled) return ended('disabled', { userId });
  // An account awaiting verification is sent a verification code instead (flows/code-mail.ts).
  const { outcome, err } = await mailCode(app, user, opts);
  const logged = outcome === 'sent' ? 'code_sent' : outcome === 'capped' ? 'daily_cap' : outcome;
  ended(outcome, { userId, ...(err ? { err } : {}) }, logged);
}

/** The recovery flow plugin. */
export const recoveryFlow: FastifyPluginAsync = async (app) => {
  const { client, config, directory, policy, tasks } = app.portal;
  const now = app.portal.now;

  const queueSend = (request: FastifyRequest, identifier: string) => {
    const log = request.log;
    const id = request.id;
    tasks.run('recovery-send', () => sendRecoveryCode(app, log, identifier, id));
  };

  // The session is a stateless cookie, so a copy taken before the flow finished would still
  // decrypt: the finished session id is remembered server-side for a day, and a flow older than
  // a day is dropped, so a replayed copy never carries a usable flow.
  const finishedKey = (sessionId: string) => `recovery-done:${sessionId}`;
  const requireFlow = async (request: FastifyRequest) => {
    let flow = request.session.recovery;
    if (
      flow &&
      (now() - flow.startedAt > DAY_MS ||
        (await app.limits.store.peek(finishedKey(request.session.id))).count > 0)
    ) {
      request.log.info(
        { event: 'recovery_flow_stale' },
        'finished or expired recovery flow refused',
      );
      request.session.recovery = null;
      flow = null;
    }
    if (flow) return flow;
    flash(
      request,
      'info',
      request.sessionState === 'expired' ? 'flash.sessionExpired' : 'flash.recoveryStart',
    );
    return null;
  };

  /** Ends the flow after a reset: PingOne's answer, or a reconciliation that found it done. */
  const recovered = async (
    request: FastifyRequest,
    reply: FastifyReply,
    userId: string,
    reconciled = false,
  ) => {
    request.log.info(
      { event: 'password_recovered', userId, ...(reconciled ? { reconciled } : {}) },
      'password recovered',
    );
    app.portal.metrics.recovery('completed');
    await app.limits.store.hit(finishedKey(request.session.id), DAY_MS);
    regenerateSession(request, now());
    confirmDone(request, 'recovered');
    return shared.seeOther(reply, '/');
  };

  app.get(FORGOT, async (request, reply) => {
    const state = takeForm(request, FORGOT);
    const ctx = pageContext(request);
    if (!state)
      return sendPrerendered(reply, ctx, forgotPage, 'forgot', (c) => forgotPage(c, null));
    return sendPage(reply, forgotPage(ctx, state));
  });

  // The flow's identifier lived in the expired session: recovery starts again at FORGOT.
  const restart = { config: { resume: { form: FORGOT, keep: [] } } };
  app.post(
    FORGOT,
    { config: { resume: { form: FORGOT, keep: ['username'] } } },
    async (request, reply) => {
      await app.limits.consumeIp(request, 'forgot');
      const form = readForm(request.body, ['username'] as const);
      const identifier = form.username.trim();
      const invalid = checkIdentifier(identifier);
      if (invalid)
        return shared.failForm(
          request,
          reply,
          FORGOT,
          { username: invalid },
          { username: identifier },
        );
      await app.limits.consumeAccount(request, 'forgot', identifier);

      const t = now();
      request.session.recovery = { identifier, startedAt: t, lastSentAt: t, exhausted: false };
      queueSend(request, identifier);
      // No message: the recover page says where the code went, echoing what was typed.
      return shared.seeOther(reply, RECOVER);
    },
  );

  /** Seconds until a new code may be asked for (0 when it may now). */
  const resendWait = (flow: { lastSentAt: number }) =>
    Math.max(
      0,
      Math.ceil((flow.lastSentAt + config.rateLimits.resendCooldownSeconds * 1000 - now()) / 1000),
    );

  app.get(RECOVER, async (request, reply) => {
    const flow = await requireFlow(request);
    if (!flow) return shared.seeOther(reply, FORGOT);
    const panel = await shared.loadPanel(request, shared.displayPopulation(app), false);
    const code = { identifier: flow.identifier, resendWait: resendWait(flow) };
    return sendPage(
      reply,
      recoverPage(pageContext(request), takeForm(request, RECOVER), panel, code),
    );
  });

  app.post(RESEND, restart, async (request, reply) => {
    await app.limits.consumeIp(request, 'resend');
    readForm(request.body, [] as const);
    const flow = await requireFlow(request);
    if (!flow) return shared.seeOther(reply, FORGOT);
    const wait = resendWait(flow);
    if (wait > 0) {
      flash(request, 'info', 'flash.resendCooldown', { count: wait });
      return shared.seeOther(reply, RECOVER);
    }
    await app.limits.consumeAccount(request, 'resend', flow.identifier);
    request.session.recovery = { ...flow, lastSentAt: now(), exhausted: false };
    queueSend(request, flow.identifier);
    flash(request, 'info', 'flash.recoveryResent');
    return shared.seeOther(reply, RECOVER);
  });

  app.post(RECOVER, restart, async (request, reply) => {
    await app.limits.consumeIp(request, 'recover');
    const form = readForm(request.body, ['recoveryCode', 'password', 'confirmPassword'] as const);
    const flow = await requireFlow(request);
    if (!flow) return shared.seeOther(reply, FORGOT);
    // The typed code is shown again after any refusal: never tried, it must not be typed again;
    // refused, it is no secret any more, and seeing it shows an O/0 mix-up.
    const values = { recoveryCode: form.recoveryCode.trim() };

    const code = normaliseRecoveryCode(form.recoveryCode);
    const errors = shared.collect({
      recoveryCode:
        form.recoveryCode.trim().length === 0
          ? { key: 'error.recoveryCode.required' }
          : code
            ? null
            : { key: 'error.recoveryCode.format' },
      password: checkPassword(form.password, true),
      confirmPassword: config.confirmPassword
        ? checkConfirmation(form.password, form.confirmPassword, true)
        : null,
    });
    if (Object.keys(errors).length > 0 || !code)
      return shared.failForm(request, reply, RECOVER, errors, values);
    await app.limits.consumeAccount(request, 'recover', flow.identifier);
    if (flow.exhausted) {
      return shared.failForm(
        request,
        reply,
        RECOVER,
        { recoveryCode: { key: 'error.recoveryCode.exhausted' } },
        values,
      );
    }

    // Pre-check against the displayed policy, without profile data, so the answer is the same
    // whether or not the account exists.
    let shown: Awaited<ReturnType<typeof directory.policyFor>>;
    try {
      shown = await directory.policyFor(shared.displayPopulation(app), shared.txn(request));
    } catch (err) {
      throw shared.upstreamError(err, 'password policy');
    }
    const failed = policy.check(shown, form.password, {});
    if (failed.length > 0) {
      return shared.failPolicy(request, reply, RECOVER, shown, failed, values);
    }

    const started = performance.now();
    // Wrong codes are counted per identifier and per sent code, for known and unknown accounts
    // alike, so "too many attempts" (PingOne: 5 per code) reveals nothing about existence.
    const codeFailure = async (pingOneSaysExhausted: boolean) => {
      const attempts = await app.limits.take(
        `recover-fail:${identifierKey(flow.identifier)}:${flow.lastSentAt}`,
        DAY_MS,
        MAX_CODE_FAILURES - 1,
      );
      const exhausted = pingOneSaysExhausted || !attempts.allowed;
      if (exhausted) request.session.recovery = { ...flow, exhausted: true };
      await padTo(started, config.authFailureFloorMs);
      return shared.failForm(
        request,
        reply,
        RECOVER,
        {
          recoveryCode: {
            key: exhausted ? 'error.recoveryCode.exhausted' : 'error.recoveryCode.invalid',
          },
        },
        values,
      );
    };
    let user: User | null;
    try {
      user = await client.users.findByUsernameOrEmail(flow.identifier, shared.txn(request));
    } catch (err) {
      throw shared.upstreamError(err, 'user lookup');
    }
    if (!user) {
      app.portal.metrics.recovery('no_single_match');
      request.log.info({ event: 'recovery_failed', reason: 'no_single_match' }, 'recovery failed');
      return codeFailure(false);
    }
    if (awaitsVerification(user)) {
      // It was mailed a verification code (flows/code-mail.ts): the code proves the mailbox, as
      // a recovery code does, so the account is verified and the chosen password set.
      const check = await verifyAccount(request, user.id, code);
      if (check !== 'ok') return codeFailure(check === 'exhausted');
      const refused = await setProvenPassword(request, user.id, form.password);
      if (refused) return shared.failPolicy(request, reply, RECOVER, shown, refused);
      return recovered(request, reply, user.id);
    }
    const startedAt = now();
    try {
      await client.passwords.recover(
        user.id,
        { recoveryCode: code, newPassword: form.password },
        shared.txn(request),
      );
    } catch (err) {
      // No answer: PingOne may have reset the password all the same (flows/reconcile.ts).
      const userId = user.id;
      const done = await settleLostAnswer(
        request,
        err,
        { flow: 'recover', userId, startedAt },
        (opts) => passwordChangedSince(client, userId, startedAt, opts),
        'recover',
      );
      if (done) return recovered(request, reply, userId, true);
      if (!(err instanceof PingOneApiError) || err.status !== 400)
        throw shared.upstreamError(err, 'recover');
      const violated = shared.policyViolation(err);
      if (violated) {
        const applicable = await directory
          .policyFor(user.population.id, shared.txn(request))
          .catch(() => shown);
        app.portal.metrics.recovery('policy');
        request.log.info(
          { event: 'recovery_failed', reason: 'policy', userId: user.id },
          'recovery failed',
        );
        return shared.failPolicy(request, reply, RECOVER, applicable, violated, values);
      }
      // PingOne documents only this message for the 5th failure of one code (docs/pingone-behaviour.md §4.3).
      const exhausted = err.details.some((d) =>
        /maximum password recovery failures/i.test(d.message),
      );
      // The code may have been used by this person's own earlier attempt, which PingOne
      // finished after the portal had given up on it.
      if (
        await earlierAttemptDone(
          request,
          'recover',
          (a) => a.userId === userId,
          (since, opts) => passwordChangedSince(client, userId, since, opts),
        )
      ) {
        return recovered(request, reply, userId, true);
      }
      app.portal.metrics.recovery(exhausted ? 'code_exhausted' : 'code_rejected');
      request.log.info(
        {
          event: 'recovery_failed',
          reason: exhausted ? 'code_exhausted' : 'code_rejected',
          userId: user.id,
          err: safeError(err),
        },
        'recovery failed',
      );
      return codeFailure(exhausted);
    }
    return recovered(request, reply, user.id);
  });
};
