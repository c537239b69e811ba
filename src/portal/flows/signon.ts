/**
 * The portal's own sign-on page on PingOne's Flows API (`SIGNON_PAGE=portal`): PingOne sends the
 * browser to the application's `loginPageUrl`, `GET /signin?environmentId=…&flowId=…`; each form
 * posts to the portal, which performs the flow action server-side, then resumes the flow
 * server-side with the flow's cookies and sends the browser on to where PingOne redirects (the
 * application's `redirect_uri` with its code). Why server-side: docs/portal.md, "Sign-on page".
 *
 * The flow's PingOne cookies (`ST` among them) stay on the server, sealed, under a key the
 * session cookie holds. A wrong password and an unknown user get the same answer from PingOne
 * (INVALID_CREDENTIALS) and so the same page, padded to `AUTH_FAILURE_FLOOR_MS`.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { type FlowAnswer, PingOneApiError } from '../../pingone/index.js';
import { PortalError } from '../errors.js';
import {
  checkConfirmation,
  checkPassword,
  normaliseRecoveryCode,
  padTo,
  readForm,
} from '../forms.js';
import { type FieldError, flash, takeForm } from '../plugins/session.js';
import { pageContext, sendPage, sendPrerendered } from '../render.js';
import { randomToken } from '../session/crypto.js';
import { type SignOnStep, signOnPage } from '../views/signon.js';
import { readPasswordChange } from './password-form.js';
import * as shared from './shared.js';
import { signOnVerification } from './signon-verify.js';

/** What the portal keeps about a flow in progress (sealed, server-side). */
export interface FlowState {
  flowId: string;
  cookies: Record<string, string>;
  step: SignOnStep;
  /** The flow's user, once PingOne names one. */
  userId?: string | null;
  /** Verification step: when the newest code was sent (the step began, or a resend). */
  codeSentAt?: number;
  /** Verification step: the newest code took too many wrong tries; a new one is needed. */
  exhausted?: boolean;
}

/** A flow in progress: its store key and state. */
export interface LoadedFlow {
  key: string;
  state: FlowState;
}

/** PingOne flows expire after 15 minutes without activity (docs/pingone-behaviour.md §14.2). */
const FLOW_TTL_MS = 15 * 60_000;
const SEAL = 'signon-flow';
/** The sign-on page. */
export const PAGE = '/signin/flow';

/** PingOne call options of a flow request: the deadline, and the browser's user agent. */
function flowOptions(request: FastifyRequest) {
  return Object.assign(shared.txn(request), { userAgent: request.headers['user-agent'] });
}

/** The page step for a flow status; `null` for COMPLETED (resume). */
function stepOf(status: string): SignOnStep | null {
  switch (status) {
    case 'COMPLETED':
      return null;
    case 'USERNAME_PASSWORD_REQUIRED':
    case 'SIGN_ON_REQUIRED':
    case 'PASSWORD_REQUIRED':
      return 'password';
    case 'MUST_CHANGE_PASSWORD':
      return 'mustChange';
    case 'PASSWORD_EXPIRED':
      return 'expired';
    case 'RECOVERY_CODE_REQUIRED':
      return 'recover';
    case 'VERIFICATION_CODE_REQUIRED':
      return 'verify';
    default:
      // MFA is out of scope.
      return 'unsupported';
  }
}

/** The session's flow in progress, or null. */
export async function loadState(request: FastifyRequest): Promise<LoadedFlow | null> {
  const services = request.server.signIn;
  const key = request.session.signOn;
  if (!services || !key) return null;
  const raw = await services.store.get(`flow:${key}`);
  const state = raw === null ? null : openState(request, raw);
  return state ? { key, state } : null;
}

function openState(request: FastifyRequest, raw: string): FlowState | null {
  return request.server.portal.sealer.open(raw, SEAL) as FlowState | null;
}

/** Stores the flow's state (sealed) for another 15 minutes. */
export async function saveState(
  request: FastifyRequest,
  key: string,
  state: FlowState,
): Promise<void> {
  const services = request.server.signIn!;
  await services.store.put(
    `flow:${key}`,
    request.server.portal.sealer.seal(state, SEAL),
    FLOW_TTL_MS,
  );
}

/** Back to the start when the flow is gone (expired, finished, or another browser's). */
export function restart(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  request.session.signOn = null;
  flash(request, 'info', 'flash.signonRestart');
  return shared.seeOther(reply, '/signin');
}

/**
 * Moves the flow on after an answer: resumes a completed flow (the browser goes where PingOne
 * redirects), otherwise shows the next step.
 */
async function advance(
  request: FastifyRequest,
  reply: FastifyReply,
  key: string,
  state: FlowState,
  answer: FlowAnswer,
): Promise<FastifyReply> {
  const cookies = { ...state.cookies, ...answer.cookies };
  const step = stepOf(answer.flow.status);
  if (step !== null) {
    const userId = answer.flow.user?.id ?? state.userId ?? null;
    // Entering the verification step mailed a code, or one is pending: the cooldown starts now.
    const codeSentAt =
      step === 'verify' && state.step !== 'verify' ? request.server.portal.now() : state.codeSentAt;
    const next: FlowState = { flowId: state.flowId, cookies, step, userId };
    if (step === 'verify') Object.assign(next, { codeSentAt, exhausted: state.exhausted === true });
    await saveState(request, key, next);
    return shared.seeOther(reply, PAGE);
  }
  let location: string;
  try {
    location = await request.server.portal.client.flows.resume(
      state.flowId,
      cookies,
      flowOptions(request),
    );
  } catch (err) {
    throw shared.upstreamError(err, 'flow resume');
  }
  await request.server.signIn!.store.delete(`flow:${key}`);
  request.session.signOn = null;
  if (!/^https?:\/\//.test(location)) throw new PortalError('UPSTREAM_INVALID', 'resume location');
  return shared.seeOther(reply, location);
}

/** `GET /signin?environmentId=…&flowId=…`: takes over PingOne's flow and shows its first step. */
export async function startSignOn(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const services = request.server.signIn!;
  const query = request.query as Record<string, unknown>;
  if (query.environmentId !== services.settings.environmentId || typeof query.flowId !== 'string') {
    throw new PortalError('BAD_REQUEST', 'sign-on page without a flow of this environment');
  }
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(query.flowId)) throw new PortalError('BAD_REQUEST', 'flowId');
  let answer: FlowAnswer;
  try {
    answer = await request.server.portal.client.flows.read(query.flowId, {}, flowOptions(request));
  } catch (err) {
    if (err instanceof PingOneApiError && err.status === 404) return restart(request, reply);
    throw shared.upstreamError(err, 'flow read');
  }
  const previous = request.session.signOn;
  if (previous) await services.store.delete(`flow:${previous}`);
  const key = randomToken(24);
  request.session.signOn = key;
  return advance(
    request,
    reply,
    key,
    { flowId: query.flowId, cookies: {}, step: 'password' },
    answer,
  );
}

/** Minutes until unlock from PingOne's PASSWORD_LOCKED_OUT detail (at least 1). */
function lockedMinutes(err: PingOneApiError): number | null {
  const detail = err.detail('PASSWORD_LOCKED_OUT');
  if (!detail) return null;
  const seconds = Number(detail.innerError?.secondsUntilUnlock);
  return Math.max(1, Math.ceil((Number.isFinite(seconds) ? seconds : 60) / 60));
}

/**
 * Runs one flow action from a form, then moves the flow on. PingOne's 400 refusals go to
 * `refused` (a field error, or null to fail); `patch` is merged into the state first (a resend's
 * new send time).
 */
export async function act(
  request: FastifyRequest,
  reply: FastifyReply,
  action: string,
  body: Record<string, unknown> | null,
  refused: (err: PingOneApiError, loaded: LoadedFlow) => Promise<FastifyReply | null>,
  patch: Partial<FlowState> = {},
): Promise<FastifyReply> {
  const loaded = await loadState(request);
  if (!loaded) return restart(request, reply);
  let answer: FlowAnswer;
  try {
    answer = await request.server.portal.client.flows.act(
      loaded.state.flowId,
      action,
      body,
      loaded.state.cookies,
      flowOptions(request),
    );
  } catch (err) {
    if (err instanceof PingOneApiError && err.status === 404) return restart(request, reply);
    if (err instanceof PingOneApiError && err.status === 400) {
      const handled = await refused(err, loaded);
      if (handled) return handled;
    }
    throw shared.upstreamError(err, `flow ${action}`);
  }
  return advance(request, reply, loaded.key, { ...loaded.state, ...patch }, answer);
}

/** The sign-on plugin: the flow page and its forms. */
export const signOnFlow: FastifyPluginAsync = async (app) => {
  const { config } = app.portal;
  signOnVerification(app);

  const fail = (
    request: FastifyRequest,
    reply: FastifyReply,
    errors: Record<string, FieldError>,
    values = {},
  ) => shared.failForm(request, reply, PAGE, errors, values);

  app.get(PAGE, async (request, reply) => {
    const loaded = await loadState(request);
    if (!loaded) return restart(request, reply);
    let { step } = loaded.state;
    const asked = (request.query as Record<string, unknown>).step;
    // "Forgot your password?" and "back" switch between the two pages of the first step.
    if (step === 'password' && asked === 'forgot') step = 'forgot';
    if (step !== loaded.state.step) await saveState(request, loaded.key, { ...loaded.state, step });
    else if (step === 'forgot' && asked === 'password') {
      step = 'password';
      await saveState(request, loaded.key, { ...loaded.state, step });
    }
    const panel =
      step === 'mustChange' || step === 'expired' || step === 'recover'
        ? await shared.loadPanel(request, shared.displayPopulation(app), step !== 'recover')
        : null;
    const cooldownMs = config.rateLimits.resendCooldownSeconds * 1000;
    const wait = Math.ceil(((loaded.state.codeSentAt ?? 0) + cooldownMs - app.portal.now()) / 1000);
    const ctx = pageContext(request);
    const state = takeForm(request, PAGE);
    // The first steps without an error to show depend only on the locale.
    if (!state && (step === 'password' || step === 'forgot')) {
      return sendPrerendered(reply, ctx, signOnPage, step, (c) => signOnPage(c, step, null, null));
    }
    return sendPage(reply, signOnPage(ctx, step, state, panel, Math.max(0, wait)));
  });

  app.post('/signin/password', async (request, reply) => {
    await app.limits.consumeIp(request, 'signin');
    const form = readForm(request.body, ['username', 'password'] as const);
    const username = form.username.trim();
    const errors = shared.collect({
      username: username.length === 0 ? { key: 'error.identifier.required' } : null,
      password: form.password.length === 0 ? { key: 'error.signonPassword.required' } : null,
    });
    if (Object.keys(errors).length > 0) return fail(request, reply, errors, { username });
    await app.limits.consumeAccount(request, 'signin', username);
    const started = performance.now();
    return act(
      request,
      reply,
      'usernamePassword.check',
      { username, password: form.password },
      async (err) => {
        const minutes = lockedMinutes(err);
        request.log.info(
          { event: 'signin_refused', reason: minutes ? 'locked' : 'credentials' },
          'sign-in refused',
        );
        // Unknown user and wrong password: one message, comparable time.
        await padTo(started, config.authFailureFloorMs);
        const error: FieldError = minutes
          ? { key: 'error.signon.locked', params: { count: minutes } }
          : { key: 'error.signon.credentials' };
        return fail(request, reply, { password: error }, { username });
      },
    );
  });

  app.post('/signin/new-password', async (request, reply) => {
    await app.limits.consumeIp(request, 'signin');
    const form = readPasswordChange(request.body);
    const { errors } = form;
    if (Object.keys(errors).length > 0) return fail(request, reply, errors);
    const body = { currentPassword: form.currentPassword, newPassword: form.password };
    return act(request, reply, 'password.reset', body, async (err) => {
      if (
        err.hasDetail('INVALID_VALUE', 'currentPassword') ||
        (err.apiCode === 'INVALID_DATA' && !shared.policyViolation(err))
      ) {
        const minutes = lockedMinutes(err);
        return fail(request, reply, {
          currentPassword: minutes
            ? { key: 'error.signon.locked', params: { count: minutes } }
            : { key: 'error.currentPassword' },
        });
      }
      return policyRefusal(request, reply, err);
    });
  });

  app.post('/signin/forgot', async (request, reply) => {
    await app.limits.consumeIp(request, 'signin-forgot');
    const form = readForm(request.body, ['username'] as const);
    const username = form.username.trim();
    if (username.length === 0)
      return fail(request, reply, { username: { key: 'error.identifier.required' } });
    await app.limits.consumeAccount(request, 'signin-forgot', username);
    return act(request, reply, 'password.forgot', { username }, async () => null);
  });

  app.post('/signin/recover', async (request, reply) => {
    await app.limits.consumeIp(request, 'signin-recover');
    const form = readForm(request.body, ['recoveryCode', 'password', 'confirmPassword'] as const);
    const code = normaliseRecoveryCode(form.recoveryCode);
    const errors = shared.collect({
      recoveryCode: code === null ? { key: 'error.recoveryCode.format' } : null,
      password: checkPassword(form.password),
      confirmPassword: checkConfirmation(form.password, form.confirmPassword),
    });
    if (Object.keys(errors).length > 0) return fail(request, reply, errors);
    const body = { recoveryCode: code, newPassword: form.password };
    return act(request, reply, 'password.recover', body, async (err) => {
      if (err.hasDetail('INVALID_VALUE', 'recoveryCode')) {
        return fail(request, reply, { recoveryCode: { key: 'error.signon.code' } });
      }
      return policyRefusal(request, reply, err);
    });
  });

  /** A new password PingOne refused for its policy: the failed rules under the field. */
  async function policyRefusal(
    request: FastifyRequest,
    reply: FastifyReply,
    err: PingOneApiError,
  ): Promise<FastifyReply | null> {
    const violated = shared.policyViolation(err);
    if (!violated) return null;
    const policy = await app.portal.directory
      .policyFor(shared.displayPopulation(app), shared.txn(request))
      .catch(() => null);
    if (!policy) return null;
    return fail(request, reply, { password: shared.policyError(request, policy, violated) });
  }
};
