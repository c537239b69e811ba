/**
 * Proving the e-mail address of a registration: `GET|POST /register/verify`,
 * `POST /register/verify/resend` and `GET /register/done` (docs/pingone-behaviour.md §3.8).
 *
 * Classic registration: the account was created awaiting verification and PingOne mailed a code;
 * the code alone verifies it. Email-first: the code (a verification code for a new account, a
 * recovery code for an existing one) comes with the password (flows/register-email-first.ts).
 *
 * Steps of the POST: rate limit (IP) → read the code → the flow from the session → format →
 * rate limit (address) → refuse while exhausted → verify with PingOne → done, or the message.
 * A new code is spaced by `RECOVERY_RESEND_COOLDOWN_SECONDS` (shown on the page) and capped at
 * `RECOVERY_CODES_PER_DAY` per address; each send also takes from the account's own budget
 * (flows/code-mail.ts), off the request path.
 */
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyPluginAsync,
  FastifyRequest,
} from 'fastify';
import { readForm } from '../forms.js';
import { identifierKey } from '../plugins/rate-limit.js';
import { flash, takeForm, type VerifyFlow } from '../plugins/session.js';
import { pageContext, sendPage } from '../render.js';
import { registerDonePage, verifyPage } from '../views/verify.js';
import { awaitsVerification, codeForAddress, mailCode, verifyAccount } from './code-mail.js';
import { emailFirstPopulation, proveEmailFirst } from './register-email-first.js';
import * as shared from './shared.js';
import {
  codeRefused,
  DONE,
  finishVerification,
  readCode,
  requireVerifyFlow,
  USERNAME,
  VERIFY,
} from './verify-session.js';

const RESEND = '/register/verify/resend';
const START = '/register';
const DAY_MS = 24 * 3600 * 1000;

/** Background step of a classic resend: a new verification code, if the account still awaits it. */
async function resendClassic(
  app: FastifyInstance,
  log: FastifyBaseLogger,
  userId: string,
  transactionId: string,
): Promise<void> {
  const opts = { transactionId };
  const user = await app.portal.client.users.get(userId, opts);
  if (!user || !awaitsVerification(user)) {
    log.info({ event: 'verification_code_requested', outcome: 'not_awaiting', userId }, 'no code');
    return;
  }
  const { outcome, err } = await mailCode(app, user, opts);
  app.portal.metrics.recoveryCode(outcome);
  log.info(
    { event: 'verification_code_requested', outcome, userId, ...(err ? { err } : {}) },
    'verification code requested',
  );
}

/** The verification flow plugin. */
export const verifyFlow: FastifyPluginAsync = async (app) => {
  const { config, tasks } = app.portal;
  const now = app.portal.now;
  const cooldownMs = config.rateLimits.resendCooldownSeconds * 1000;

  app.get(VERIFY, async (request, reply) => {
    const flow = await requireVerifyFlow(request);
    if (!flow) return shared.seeOther(reply, START);
    if (flow.step === 'username') return shared.seeOther(reply, USERNAME);
    const panel =
      flow.mode === 'email-first'
        ? await shared.loadPanel(request, await emailFirstPopulation(request, flow.email), false)
        : null;
    const resendInSeconds = Math.max(0, Math.ceil((flow.lastSentAt + cooldownMs - now()) / 1000));
    const view = { mode: flow.mode, email: flow.email, resendInSeconds, proven: flow.proven };
    return sendPage(
      reply,
      verifyPage(pageContext(request), takeForm(request, VERIFY), view, panel),
    );
  });

  app.post(VERIFY, async (request, reply) => {
    await app.limits.consumeIp(request, 'verify');
    const form = readForm(request.body, [
      'verificationCode',
      'password',
      'confirmPassword',
    ] as const);
    const flow = await requireVerifyFlow(request);
    if (!flow) return shared.seeOther(reply, START);
    if (flow.step === 'username') return shared.seeOther(reply, USERNAME);
    if (flow.mode === 'email-first') return proveEmailFirst(request, reply, flow, form);

    const read = readCode(form.verificationCode);
    if ('error' in read)
      return shared.failForm(request, reply, VERIFY, { verificationCode: read.error });
    await app.limits.consumeAccount(request, 'verify', flow.email);
    const started = performance.now();
    if (flow.exhausted || !flow.userId) return codeRefused(request, reply, flow, started, true);
    const check = await verifyAccount(request, flow.userId, read.code);
    if (check !== 'ok') {
      request.log.info(
        { event: 'verification_failed', reason: check, userId: flow.userId },
        'code refused',
      );
      return codeRefused(request, reply, flow, started, check === 'exhausted');
    }
    return finishVerification(request, reply, flow.userId);
  });

  app.post(RESEND, async (request, reply) => {
    await app.limits.consumeIp(request, 'resend');
    readForm(request.body, [] as const);
    const flow = await requireVerifyFlow(request);
    if (!flow) return shared.seeOther(reply, START);
    const waitMs = flow.lastSentAt + cooldownMs - now();
    if (waitMs > 0) {
      flash(request, 'info', 'flash.resendCooldown', { count: Math.ceil(waitMs / 1000) });
      return shared.seeOther(reply, VERIFY);
    }
    await app.limits.consumeAccount(request, 'resend', flow.email);
    // Counted per address, whatever the account, so the cap reads the same for every address;
    // the first code of the flow is one of the day's.
    const cap = await app.limits.take(
      `verify-resend:${identifierKey(flow.email)}`,
      DAY_MS,
      Math.max(1, config.rateLimits.recoveryCodesPerDay - 1),
    );
    if (!cap.allowed) {
      flash(request, 'error', 'flash.verifyResendCapped');
      return shared.seeOther(reply, VERIFY);
    }
    request.session.verify = { ...flow, lastSentAt: now(), exhausted: false } satisfies VerifyFlow;
    queueResend(
      request,
      flow,
      flow.mode === 'email-first' ? await emailFirstPopulation(request, flow.email) : null,
    );
    flash(request, 'info', 'flash.verifyResent');
    return shared.seeOther(reply, VERIFY);
  });

  app.get(DONE, async (request, reply) => sendPage(reply, registerDonePage(pageContext(request))));

  function queueResend(request: FastifyRequest, flow: VerifyFlow, populationId: string | null) {
    const { log, id } = request;
    if (flow.mode === 'email-first') {
      tasks.run('verify-send', () =>
        codeForAddress(app, log, flow.email, populationId, { transactionId: id }),
      );
    } else if (flow.userId) {
      const userId = flow.userId;
      tasks.run('verify-send', () => resendClassic(app, log, userId, id));
    }
  }
};
