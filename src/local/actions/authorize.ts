/**
 * `GET|POST /{envId}/as/authorize` (docs/pingone-behaviour.md §12.1), authorization code only.
 * Steps: readParams → loadClient → checkRedirectUri (both failures: an HTML error page, 400,
 * never a redirect) → checkResponseType → checkScope → checkPkce → checkPrompt → startFlow →
 * signOnAtOnce (a valid `ST` session, no `prompt=login`, `max_age` not exceeded) | loginRequired
 * (`prompt=none`) | sendToSignOnPage (the app's `loginPageUrl`, else the hosted page). Later
 * errors go back to the redirect URI (RFC 6749 §4.1.2.1); in `pi.flow` mode everything is JSON.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LocalContext } from '../context.js';
import { bodyText, mediaType } from '../http.js';
import { SIGN_ON_MESSAGES as M } from '../pingone-behaviour.js';
import { sendErrorPage } from '../signon/html.js';
import { readSignOnSession } from '../signon/session-cookie.js';
import type { ApplicationRecord, AuthorizeRequest, SessionRecord } from '../store/types.js';
import { completeFlow, startFlow } from './flows/lifecycle.js';
import { authorizeResponseOf } from './flows/redirectless.js';
import { flowView } from './flows/view.js';

type Params = Map<string, string>;

/** An error shown on PingOne Local's page: the request cannot safely go back to the app. */
class PageError extends Error {
  constructor(
    readonly error: string,
    description: string,
  ) {
    super(description);
  }
}

/** An authorization error returned to the app's redirect URI (RFC 6749 §4.1.2.1). */
class RedirectError extends Error {
  constructor(
    readonly error: string,
    description: string,
  ) {
    super(description);
  }
}

function readParams(request: FastifyRequest): { params: Params; repeated: string[] } {
  let source = new URL(request.url, 'http://local').searchParams;
  if (request.method === 'POST') {
    if (mediaType(request) !== 'application/x-www-form-urlencoded') {
      throw new PageError('invalid_request', M.formRequired);
    }
    source = new URLSearchParams(bodyText(request));
  }
  const params: Params = new Map();
  const repeated: string[] = [];
  for (const [name, value] of source) {
    if (params.has(name)) repeated.push(name);
    else params.set(name, value);
  }
  for (const name of ['client_id', 'redirect_uri']) {
    if (repeated.includes(name)) throw new PageError('invalid_request', M.repeatedParameter(name));
  }
  return { params, repeated };
}

function loadClient(ctx: LocalContext, envId: string, params: Params): ApplicationRecord {
  const clientId = params.get('client_id');
  const app = clientId ? ctx.store.getApplication(envId, clientId) : null;
  if (!app?.enabled || !app.settings.grantTypes.includes('AUTHORIZATION_CODE')) {
    throw new PageError('invalid_client', M.unknownClient);
  }
  return app;
}

function checkRedirectUri(app: ApplicationRecord, params: Params): string {
  const uri = params.get('redirect_uri');
  if (!uri) throw new PageError('invalid_request', M.missingRedirectUri);
  if (!app.settings.redirectUris.includes(uri)) {
    throw new PageError('invalid_request', M.redirectMismatch);
  }
  return uri;
}

function checkResponseType(app: ApplicationRecord, params: Params): void {
  if (params.get('response_type') !== 'code' || !app.settings.responseTypes.includes('CODE')) {
    throw new RedirectError('unsupported_response_type', M.unsupportedResponseType);
  }
}

/** Names of the scopes the application was granted, plus `openid`. */
function grantedScopes(ctx: LocalContext, app: ApplicationRecord): Set<string> {
  return new Set(['openid', ...ctx.store.listGrantedScopeNames(app.environmentId, app.id)]);
}

function checkScope(ctx: LocalContext, app: ApplicationRecord, params: Params): string[] {
  const scope = (params.get('scope') ?? '').split(' ').filter((s) => s !== '');
  if (scope.length === 0) throw new RedirectError('invalid_scope', M.scopeRequired);
  const granted = grantedScopes(ctx, app);
  const refused = scope.find((s) => !granted.has(s));
  if (refused !== undefined) throw new RedirectError('invalid_scope', M.scopeNotGranted(refused));
  return [...new Set(scope)];
}

const VERIFIER_CHARS = /^[A-Za-z0-9\-._~]{43,128}$/;

/** RFC 7636 §4.3, enforced as the app's `pkceEnforcement` says. */
function checkPkce(app: ApplicationRecord, params: Params) {
  const challenge = params.get('code_challenge') ?? null;
  const enforcement = app.settings.pkceEnforcement;
  if (challenge === null) {
    if (params.has('code_challenge_method') || enforcement !== 'OPTIONAL') {
      throw new RedirectError('invalid_request', M.pkceRequired);
    }
    return { codeChallenge: null, codeChallengeMethod: null };
  }
  const method = params.get('code_challenge_method') ?? 'plain';
  if (method !== 'S256' && method !== 'plain') {
    throw new RedirectError('invalid_request', M.pkceMethodUnsupported);
  }
  if (method !== 'S256' && enforcement === 'S256_REQUIRED') {
    throw new RedirectError('invalid_request', M.pkceS256Required);
  }
  if (!VERIFIER_CHARS.test(challenge) || (method === 'S256' && challenge.length !== 43)) {
    throw new RedirectError('invalid_request', M.pkceChallengeInvalid);
  }
  return { codeChallenge: challenge, codeChallengeMethod: method };
}

function checkPrompt(params: Params): { prompt: string | null; maxAge: number | null } {
  const prompt = params.get('prompt') ?? null;
  if (prompt !== null && prompt !== 'login' && prompt !== 'none') {
    throw new RedirectError('invalid_request', M.unsupportedPrompt);
  }
  const raw = params.get('max_age');
  if (raw !== undefined && !/^\d{1,10}$/.test(raw)) {
    throw new RedirectError('invalid_request', M.invalidMaxAge);
  }
  return { prompt, maxAge: raw === undefined ? null : Number(raw) };
}

function readRequest(
  ctx: LocalContext,
  app: ApplicationRecord,
  params: Params,
  repeated: string[],
  redirectUri: string,
): AuthorizeRequest {
  if (repeated.length > 0) {
    throw new RedirectError('invalid_request', M.repeatedParameter(repeated[0]!));
  }
  checkResponseType(app, params);
  return {
    clientId: app.id,
    redirectUri,
    responseType: 'code',
    responseMode: params.get('response_mode') ?? 'query',
    scope: checkScope(ctx, app, params),
    state: params.get('state') ?? null,
    nonce: params.get('nonce') ?? null,
    ...checkPkce(app, params),
    ...checkPrompt(params),
    loginHint: params.get('login_hint') ?? null,
  };
}

/** The session that lets this request skip sign-on, or null. */
function usableSession(
  ctx: LocalContext,
  request: FastifyRequest,
  envId: string,
  auth: AuthorizeRequest,
): SessionRecord | null {
  if (auth.prompt === 'login') return null;
  const session = readSignOnSession(ctx, request, envId);
  if (!session) return null;
  if (auth.maxAge !== null && ctx.clock.now() - session.authTime > auth.maxAge * 1000) return null;
  return session;
}

/** `uri` with `params` added to its query. */
export function withQuery(uri: string, params: Record<string, string | null>): string {
  const url = new URL(uri);
  for (const [name, value] of Object.entries(params)) {
    if (value !== null) url.searchParams.append(name, value);
  }
  return url.toString();
}

function signOnPageUrl(ctx: LocalContext, app: ApplicationRecord, flowId: string): string {
  const custom = app.settings.loginPageUrl;
  if (custom) return withQuery(custom, { environmentId: app.environmentId, flowId });
  return `${ctx.urls.baseUrl}/${app.environmentId}/signon/?flowId=${encodeURIComponent(flowId)}`;
}

async function authorizeHandler(ctx: LocalContext, request: FastifyRequest, reply: FastifyReply) {
  const { envId } = request.params as { envId: string };
  let redirect: { uri: string; state: string | null; json: boolean } | null = null;
  try {
    const { params, repeated } = readParams(request);
    const app = loadClient(ctx, envId, params);
    const redirectUri = checkRedirectUri(app, params);
    const json = params.get('response_mode') === 'pi.flow';
    redirect = { uri: redirectUri, state: params.get('state') ?? null, json };
    const mode = params.get('response_mode');
    if (mode !== undefined && mode !== 'query' && mode !== 'pi.flow') {
      throw new RedirectError('invalid_request', M.unsupportedResponseMode);
    }
    const auth = readRequest(ctx, app, params, repeated, redirectUri);
    const session = usableSession(ctx, request, envId, auth);
    if (!session && auth.prompt === 'none') {
      throw new RedirectError('login_required', M.loginRequired);
    }
    let flow = startFlow(ctx, app, auth);
    if (session) {
      ctx.store.putSession({ ...session, lastUsedAt: ctx.clock.now() });
      flow = completeFlow(ctx, flow, session);
      const response = authorizeResponseOf(ctx, flow, session);
      if (json) return reply.send(flowView(ctx, flow, response));
      return reply.redirect(withQuery(redirectUri, { ...response, state: response.state ?? null }));
    }
    if (json) return reply.send(flowView(ctx, flow));
    return reply.redirect(signOnPageUrl(ctx, app, flow.id));
  } catch (error) {
    if (error instanceof PageError) return sendErrorPage(reply, error.error, error.message);
    if (!(error instanceof RedirectError) || !redirect) throw error;
    request.log.info({ error: error.error }, 'authorization refused');
    const answer = { error: error.error, error_description: error.message };
    if (redirect.json) return reply.status(400).send(answer);
    return reply.redirect(withQuery(redirect.uri, { ...answer, state: redirect.state }));
  }
}

/** Registers `/{envId}/as/authorize`. */
export function authorizeRoutes(app: FastifyInstance, ctx: LocalContext): void {
  const handler = (request: FastifyRequest, reply: FastifyReply) =>
    authorizeHandler(ctx, request, reply);
  app.get('/:envId/as/authorize', handler);
  app.post('/:envId/as/authorize', handler);
}
