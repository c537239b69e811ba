/**
 * The sign-on page's verification step (flow status VERIFICATION_CODE_REQUIRED,
 * docs/pingone-behaviour.md §3.8): an account that awaits the proof of its e-mail address signs
 * in with its password, then types the code PingOne mailed (`user.verify`); the flow then goes on
 * (COMPLETED → resume). `POST /signin/verify` and `POST /signin/verify/resend`
 * (`user.sendVerificationCode`).
 *
 * Wrong codes: PingOne's refusal of the code is the message; its "maximum failures" (PingOne
 * Local drops the code after 5, choice 36), or 5 wrong tries counted here per sent code, makes
 * the code exhausted until a new one is sent. New codes: spaced by
 * `RECOVERY_RESEND_COOLDOWN_SECONDS` (the page shows the wait) and taken from the account's
 * budget shared with recovery (flows/code-mail.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PingOneApiError } from '../../pingone/index.js';
import { padTo, readForm } from '../forms.js';
import { flash } from '../plugins/session.js';
import { SIGNON_ACTIONS, SIGNON_RESEND } from '../views/signon.js';
import { countWrongCode, exhaustedRefusal, takeCodeBudget } from './code-mail.js';
import * as shared from './shared.js';
import { act, type LoadedFlow, loadState, PAGE, restart, saveState } from './signon.js';
import { readCode } from './verify-session.js';

/** Registers the verification step's two forms on the sign-on plugin. */
export function signOnVerification(app: FastifyInstance): void {
  const { config } = app.portal;
  const cooldownMs = config.rateLimits.resendCooldownSeconds * 1000;

  const fail = (request: FastifyRequest, reply: FastifyReply, exhausted: boolean) =>
    shared.failForm(request, reply, PAGE, {
      verificationCode: {
        key: exhausted ? 'error.verificationCode.exhausted' : 'error.verificationCode.invalid',
      },
    });

  /** A refused code: counted per sent code, remembered as exhausted, shown under the field. */
  async function codeRefused(
    request: FastifyRequest,
    reply: FastifyReply,
    err: PingOneApiError,
    loaded: LoadedFlow,
    started: number,
  ): Promise<FastifyReply | null> {
    if (!err.hasDetail('INVALID_VALUE', 'verificationCode') && !exhaustedRefusal(err)) {
      return null;
    }
    const { state } = loaded;
    const exhausted = await countWrongCode(
      app,
      `signon:${state.userId ?? state.flowId}:${state.codeSentAt ?? 0}`,
      exhaustedRefusal(err),
    );
    if (exhausted) await saveState(request, loaded.key, { ...state, exhausted: true });
    request.log.info(
      { event: 'verification_failed', reason: exhausted ? 'exhausted' : 'invalid', flow: 'signon' },
      'code refused',
    );
    await padTo(started, config.authFailureFloorMs);
    return fail(request, reply, exhausted);
  }

  app.post(SIGNON_ACTIONS.verify, async (request, reply) => {
    await app.limits.consumeIp(request, 'signin-verify');
    const form = readForm(request.body, ['verificationCode'] as const);
    const read = readCode(form.verificationCode);
    if ('error' in read)
      return shared.failForm(request, reply, PAGE, { verificationCode: read.error });
    const loaded = await loadState(request);
    if (!loaded) return restart(request, reply);
    if (loaded.state.step !== 'verify') return shared.seeOther(reply, PAGE);
    await app.limits.consumeAccount(request, 'signin-verify', loaded.state.userId ?? loaded.key);
    const started = performance.now();
    if (loaded.state.exhausted) return fail(request, reply, true);
    return act(request, reply, 'user.verify', { verificationCode: read.code }, (err, current) =>
      codeRefused(request, reply, err, current, started),
    );
  });

  app.post(SIGNON_RESEND, async (request, reply) => {
    await app.limits.consumeIp(request, 'signin-resend');
    readForm(request.body, [] as const);
    const loaded = await loadState(request);
    if (!loaded) return restart(request, reply);
    const { state } = loaded;
    if (state.step !== 'verify') return shared.seeOther(reply, PAGE);
    const waitMs = (state.codeSentAt ?? 0) + cooldownMs - app.portal.now();
    if (waitMs > 0) {
      flash(request, 'info', 'flash.resendCooldown', { count: Math.ceil(waitMs / 1000) });
      return shared.seeOther(reply, PAGE);
    }
    await app.limits.consumeAccount(request, 'signin-resend', state.userId ?? loaded.key);
    // The account's budget is the one recovery and registration codes take from.
    const budget = state.userId ? await takeCodeBudget(app, state.userId) : 'ok';
    if (budget !== 'ok') {
      request.log.info({ event: 'verification_code_requested', outcome: budget }, 'no code');
      flash(request, 'error', 'flash.verifyResendCapped');
      return shared.seeOther(reply, PAGE);
    }
    request.log.info(
      { event: 'verification_code_requested', outcome: 'verification_sent', userId: state.userId },
      'verification code requested',
    );
    flash(request, 'info', 'flash.verifyResent');
    return act(request, reply, 'user.sendVerificationCode', null, async () => null, {
      codeSentAt: app.portal.now(),
      exhausted: false,
    });
  });
}
