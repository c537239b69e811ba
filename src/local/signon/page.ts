/**
 * PingOne Local's hosted sign-on page, `/{envId}/signon/?flowId=…` (docs/pingone-local.md,
 * "Sign-on"): what PingOne serves at `https://apps.pingone.com/{envId}/signon/`. Plain forms over
 * the same flow actions as the Flows API (`performAction`), POST-redirect-GET (303), no script.
 *
 * Cross-site POSTs are refused (403): the `Origin` (when sent) must be PingOne Local's own, and
 * the form must carry a token that is an HMAC of the flow id and a random value kept in a
 * `SameSite=Strict` cookie of this browser, so another site can neither post the form nor reuse
 * a token it obtained for its own browser (login CSRF).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { performAction } from '../actions/flows/actions.js';
import { answerAction, clientInfo } from '../actions/flows/index.js';
import { loadFlow, resumeUrlOf } from '../actions/flows/lifecycle.js';
import { registrationEnabled } from '../actions/flows/register.js';
import type { LocalContext } from '../context.js';
import { LocalError } from '../errors.js';
import { bodyText, mediaType } from '../http.js';
import { SIGN_ON_MESSAGES } from '../pingone-behaviour.js';
import { policyForUser } from '../policy.js';
import type { FlowRecord } from '../store/types.js';
import { sendPage } from './html.js';
import { describeError } from './messages.js';
import { renderFlowPage } from './page-views.js';
import { cookieValue, macMatches, signOnMac } from './session-cookie.js';

const CSRF_COOKIE = 'P1L-SIGNON';

/** Form fields each action reads (everything else in the form is ignored). */
const FORM_FIELDS: Record<string, readonly string[]> = {
  'usernamePassword.check': ['username', 'password'],
  'password.forgot': ['username'],
  'user.register': ['username', 'email', 'password'],
  'password.reset': ['currentPassword', 'newPassword'],
  'password.recover': ['recoveryCode', 'newPassword'],
  'password.sendRecoveryCode': [],
  'user.verify': ['verificationCode'],
  'user.sendVerificationCode': [],
  'session.reset': [],
};

interface PageParams {
  envId: string;
}

function query(request: FastifyRequest): { flowId: string; view: string | null } {
  const q = request.query as Record<string, unknown>;
  return {
    flowId: typeof q.flowId === 'string' ? q.flowId : '',
    view: typeof q.view === 'string' ? q.view : null,
  };
}

function csrfToken(ctx: LocalContext, flowId: string, nonce: string): string {
  return signOnMac(ctx, 'signon-form', flowId, nonce).toString('base64url');
}

/** This browser's CSRF nonce, set when missing. */
function browserNonce(
  ctx: LocalContext,
  request: FastifyRequest,
  reply: FastifyReply,
  envId: string,
) {
  const existing = cookieValue(request.headers.cookie, CSRF_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const nonce = randomBytes(32).toString('base64url');
  const secure = ctx.urls.baseUrl.startsWith('https:') ? '; Secure' : '';
  reply.header(
    'set-cookie',
    `${CSRF_COOKIE}=${nonce}; Path=/${envId}/signon; HttpOnly; SameSite=Strict${secure}`,
  );
  return nonce;
}

/** @throws 403 page unless the POST comes from this page in this browser. */
function refuseCrossSite(
  ctx: LocalContext,
  request: FastifyRequest,
  flowId: string,
  token: string,
) {
  const origin = request.headers.origin;
  const own = new URL(ctx.urls.baseUrl).origin;
  const nonce = cookieValue(request.headers.cookie, CSRF_COOKIE);
  const sameOrigin = origin === undefined || origin === own;
  const crossSite = request.headers['sec-fetch-site'] === 'cross-site';
  if (
    !sameOrigin ||
    crossSite ||
    !nonce ||
    !macMatches(token, signOnMac(ctx, 'signon-form', flowId, nonce))
  ) {
    throw new LocalError(403, 'ACCESS_FAILED', SIGN_ON_MESSAGES.csrf);
  }
}

function pageUrl(ctx: LocalContext, flow: FlowRecord): string {
  return `${ctx.urls.baseUrl}/${flow.environmentId}/signon/?flowId=${encodeURIComponent(flow.id)}`;
}

function render(
  ctx: LocalContext,
  reply: FastifyReply,
  flow: FlowRecord,
  opts: {
    nonce: string;
    view: string | null;
    error: string | null;
    username: string;
    status: number;
  },
) {
  const user = flow.userId ? ctx.store.getUser(flow.environmentId, flow.userId) : null;
  const policy = user
    ? policyForUser(ctx, user.environmentId, user.populationId)
    : ctx.store.getDefaultPasswordPolicy(flow.environmentId);
  const app = ctx.store.getApplication(flow.environmentId, flow.applicationId);
  const [title, body] = renderFlowPage({
    action: pageUrl(ctx, flow),
    csrf: csrfToken(ctx, flow.id, opts.nonce),
    status: flow.status,
    appName: app?.name ?? 'the application',
    username: opts.username,
    registration: registrationEnabled(ctx),
    policy,
    error: opts.error,
    view: opts.view,
    resumeUrl: resumeUrlOf(ctx, flow),
  });
  return sendPage(reply, opts.status, title, body);
}

function sendGone(reply: FastifyReply) {
  return sendPage(
    reply,
    404,
    'Sign-on expired',
    '<h1>Sign-on expired</h1><p class="error" role="alert">This sign-on request is unknown or has expired. Go back to the application and sign on again.</p>',
  );
}

async function showPage(ctx: LocalContext, request: FastifyRequest, reply: FastifyReply) {
  const { envId } = request.params as PageParams;
  const { flowId, view } = query(request);
  let flow: FlowRecord;
  try {
    flow = loadFlow(ctx, envId, flowId);
  } catch {
    return sendGone(reply);
  }
  const nonce = browserNonce(ctx, request, reply, envId);
  const hint = flow.request.loginHint ?? '';
  return render(ctx, reply, flow, { nonce, view, error: null, username: hint, status: 200 });
}

async function submitPage(ctx: LocalContext, request: FastifyRequest, reply: FastifyReply) {
  const { envId } = request.params as PageParams;
  const { flowId, view } = query(request);
  const form = new URLSearchParams(
    mediaType(request) === 'application/x-www-form-urlencoded' ? bodyText(request) : '',
  );
  try {
    refuseCrossSite(ctx, request, flowId, form.get('csrf') ?? '');
  } catch (error) {
    return sendPage(
      reply,
      403,
      'Refused',
      `<h1>Refused</h1><p class="error" role="alert">${(error as Error).message}</p>`,
    );
  }
  let flow: FlowRecord;
  try {
    flow = loadFlow(ctx, envId, flowId);
  } catch {
    return sendGone(reply);
  }
  const action = form.get('action') ?? '';
  const input: Record<string, string> = {};
  for (const name of FORM_FIELDS[action] ?? []) input[name] = form.get(name) ?? '';
  try {
    const result = await performAction(ctx, flow, action, input, clientInfo(request));
    answerAction(ctx, reply, result);
    if (result.flow.status === 'COMPLETED')
      return reply.redirect(resumeUrlOf(ctx, result.flow), 303);
    return reply.redirect(pageUrl(ctx, result.flow), 303);
  } catch (error) {
    if (!(error instanceof LocalError)) throw error;
    const nonce = cookieValue(request.headers.cookie, CSRF_COOKIE)!;
    const username = input.username ?? '';
    return render(ctx, reply, loadFlow(ctx, envId, flowId), {
      nonce,
      view,
      error: describeError(error),
      username,
      status: 400,
    });
  }
}

/** Registers the hosted sign-on page. */
export function signOnPageRoutes(app: FastifyInstance, ctx: LocalContext): void {
  app.get('/:envId/signon/', (request, reply) => showPage(ctx, request, reply));
  app.post('/:envId/signon/', (request, reply) => submitPage(ctx, request, reply));
}
