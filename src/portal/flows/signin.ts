/**
 * Sign-in and sign-out through PingOne (OpenID Connect, authorization code + PKCE):
 * `GET /signin` (starts an authorization, or shows the sign-on page when PingOne sends a flow),
 * `GET /signin/callback`, `POST /signout` and `GET /signout/done`.
 *
 * The state, nonce and PKCE verifier ride in the sealed session cookie; the tokens stay on the
 * server (oidc/account-session.ts). Every protocol failure ends on the `SIGNIN_FAILED` page with
 * no session; its log line names the failure, never a token or code.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { PortalError } from '../errors.js';
import type { Account } from '../oidc/account-session.js';
import { newSignInSecrets } from '../oidc/client.js';
import { returnToOf, type SignInServices } from '../oidc/services.js';
import { SIGNIN_PATHS } from '../oidc/settings.js';
import { regenerateSession } from '../plugins/session.js';
import { pageContext, sendPage } from '../render.js';
import { signedOutPage } from '../views/account.js';
import { seeOther } from './shared.js';
import { startSignOn } from './signon.js';

/** A sign-in older than this is re-checked (`max_age`, `prompt=login`) before sensitive changes. */
export const RECENT_SIGNIN_SECONDS = 300;
/** How long an authorization may take before its callback is refused. */
const PENDING_MS = 15 * 60_000;

/** The sign-in services, or `NOT_FOUND` when sign-in is not configured. */
export function signInServices(request: FastifyRequest): SignInServices {
  const services = request.server.signIn;
  if (!services) throw new PortalError('NOT_FOUND', 'sign-in is not configured');
  return services;
}

/**
 * The signed-in account, or null after sending the visitor to sign in (and back to this page
 * afterwards). `recent` asks for a sign-in within {@link RECENT_SIGNIN_SECONDS}.
 */
export async function requireAccount(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { recent?: boolean; returnTo?: string } = {},
): Promise<Account | null> {
  const services = signInServices(request);
  const account = await services.accounts.current(request);
  const back = encodeURIComponent(options.returnTo ?? request.url.split('?')[0] ?? '/account');
  if (!account) {
    await seeOther(reply, `${SIGNIN_PATHS.signIn}?return_to=${back}`);
    return null;
  }
  if (
    options.recent &&
    request.server.portal.now() - account.authTime > RECENT_SIGNIN_SECONDS * 1000
  ) {
    await seeOther(reply, `${SIGNIN_PATHS.signIn}?fresh=1&return_to=${back}`);
    return null;
  }
  return account;
}

/** A log-safe name of a relying-party failure: class and OAuth/library code, never a value. */
function failureOf(err: unknown): string {
  const e = err as { name?: unknown; code?: unknown; error?: unknown };
  return [e.name, e.code, e.error].filter((x) => typeof x === 'string').join(' ') || 'unknown';
}

/** The sign-in plugin. */
export const signInFlow: FastifyPluginAsync = async (app) => {
  const now = () => app.portal.now();

  app.get(SIGNIN_PATHS.signIn, async (request, reply) => {
    const services = signInServices(request);
    const query = request.query as Record<string, unknown>;
    if (query.environmentId !== undefined || query.flowId !== undefined) {
      return startSignOn(request, reply);
    }
    const fresh = query.fresh === '1';
    const returnTo = returnToOf(request);
    if (!fresh && (await services.accounts.current(request))) return seeOther(reply, returnTo);
    const secrets = newSignInSecrets();
    const maxAge = fresh ? RECENT_SIGNIN_SECONDS : null;
    let url: URL;
    try {
      url = await services.oidc.authorizationUrl({
        ...secrets,
        maxAge,
        ...(fresh ? { prompt: 'login' as const } : {}),
      });
    } catch (err) {
      throw new PortalError('UPSTREAM_UNAVAILABLE', `discovery: ${failureOf(err)}`);
    }
    request.session.pending = { ...secrets, returnTo, maxAge, startedAt: now() };
    return seeOther(reply, url.href);
  });

  app.get(SIGNIN_PATHS.callback, async (request, reply) => {
    const services = signInServices(request);
    const pending = request.session.pending ?? null;
    request.session.pending = null;
    if (!pending) throw new PortalError('SIGNIN_FAILED', 'callback without a sign-in in progress');
    if (now() - pending.startedAt > PENDING_MS) {
      throw new PortalError('SIGNIN_FAILED', 'sign-in took too long');
    }
    // Each authorization is redeemed once, even by a copy of the cookie that started it.
    const stateKey = createHash('sha256').update(pending.state).digest('base64url');
    if (!(await services.store.claim(`state:${stateKey}`, PENDING_MS))) {
      throw new PortalError('SIGNIN_FAILED', 'callback replayed');
    }
    let tokens: Awaited<ReturnType<typeof services.oidc.callback>>;
    try {
      tokens = await services.oidc.callback(
        new URL(request.url, services.settings.redirectUri),
        pending,
      );
    } catch (err) {
      throw new PortalError('SIGNIN_FAILED', `callback refused: ${failureOf(err)}`);
    }
    regenerateSession(request, now());
    const account = await services.accounts.start(request, tokens);
    request.log.info({ event: 'signed_in', userId: account.userId }, 'signed in');
    return seeOther(reply, pending.returnTo);
  });

  app.post(SIGNIN_PATHS.signOut, async (request, reply) => {
    const services = signInServices(request);
    const account = await services.accounts.end(request);
    regenerateSession(request, now());
    if (!account) return seeOther(reply, SIGNIN_PATHS.signedOut);
    request.log.info({ event: 'signed_out', userId: account.userId }, 'signed out');
    try {
      const url = await services.oidc.endSessionUrl(account.idToken, newSignInSecrets().state);
      return seeOther(reply, url.href);
    } catch (err) {
      // The portal session is over either way; PingOne's session ends with its own lifetime.
      request.log.warn(
        { event: 'signoff_unavailable', reason: failureOf(err) },
        'sign-off skipped',
      );
      return seeOther(reply, SIGNIN_PATHS.signedOut);
    }
  });

  app.get(SIGNIN_PATHS.signedOut, async (request, reply) =>
    sendPage(reply, signedOutPage(pageContext(request))),
  );
};
