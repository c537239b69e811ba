/**
 * Signing users in against PingOne Local over real HTTP, for the sign-in suites (FLOWS and
 * TOKENS): create a sign-in application through the Management API, then drive
 * `/as/authorize` → Flows API `usernamePassword.check` → `/as/resume` as a browser would
 * (cookies carried by hand, redirects not followed).
 */
import { createHash, randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Harness } from './helpers.js';

/** What a test needs to know about a sign-in application. */
export interface SignInApp {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/** Options of {@link createSignInApp}: any application member, and the scopes to grant. */
export interface SignInAppOptions {
  body?: Record<string, unknown>;
  /** Scope names to grant (openid resource and PingOne API). Default: openid profile email, p1:reset:userPassword, p1:read:user. */
  scopes?: string[];
  /** The one registered redirect URI. Default: a unique `https://app.example/callback/…`. */
  redirectUri?: string;
}

export const DEFAULT_SCOPES = [
  'openid',
  'profile',
  'email',
  'p1:read:user',
  'p1:reset:userPassword',
];

/** Creates a WEB_APP with the code grant and grants it `scopes`, through the Management API. */
export async function createSignInApp(h: Harness, opts: SignInAppOptions = {}): Promise<SignInApp> {
  const redirectUri =
    opts.redirectUri ?? `https://app.example/callback/${randomBytes(4).toString('hex')}`;
  const created = await h.api('/applications', {
    method: 'POST',
    body: {
      name: `Sign-in app ${randomBytes(4).toString('hex')}`,
      enabled: true,
      protocol: 'OPENID_CONNECT',
      type: 'WEB_APP',
      grantTypes: ['AUTHORIZATION_CODE', 'REFRESH_TOKEN'],
      responseTypes: ['CODE'],
      redirectUris: [redirectUri],
      tokenEndpointAuthMethod: 'CLIENT_SECRET_BASIC',
      pkceEnforcement: 'OPTIONAL',
      ...opts.body,
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const clientId = created.body.id as string;
  const wanted = new Set(opts.scopes ?? DEFAULT_SCOPES);
  const resources = (await h.api('/resources')).body._embedded.resources as Array<{ id: string }>;
  for (const resource of resources) {
    const scopes = (await h.api(`/resources/${resource.id}/scopes`)).body._embedded
      .scopes as Array<{
      id: string;
      name: string;
    }>;
    const ids = scopes.filter((s) => wanted.has(s.name)).map((s) => ({ id: s.id }));
    if (ids.length === 0) continue;
    const grant = await h.api(`/applications/${clientId}/grants`, {
      method: 'POST',
      body: { resource: { id: resource.id }, scopes: ids },
    });
    expect(grant.status, JSON.stringify(grant.body)).toBe(201);
  }
  const secret = await h.api(`/applications/${clientId}/secret`);
  return { clientId, clientSecret: secret.body.secret as string, redirectUri };
}

/** A PKCE pair (RFC 7636, S256). */
export function pkcePair(): { codeVerifier: string; codeChallenge: string } {
  const codeVerifier = randomBytes(32).toString('base64url');
  const codeChallenge = createHash('sha256').update(codeVerifier).digest('base64url');
  return { codeVerifier, codeChallenge };
}

/** Authorize parameters; `undefined` members are left out. */
export interface AuthorizeParams {
  clientId: string;
  redirectUri: string;
  scope?: string;
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  responseMode?: string;
  prompt?: string;
  maxAge?: number;
  loginHint?: string;
  extra?: Record<string, string>;
}

/** The `/as/authorize` URL for `p`. */
export function authorizeUrl(h: Harness, p: AuthorizeParams): string {
  const url = new URL(`${h.local.authBaseUrl}/${h.local.environmentId}/as/authorize`);
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined) url.searchParams.set(name, String(value));
  };
  set('response_type', 'code');
  set('client_id', p.clientId);
  set('redirect_uri', p.redirectUri);
  set('scope', p.scope ?? 'openid profile email');
  set('state', p.state);
  set('nonce', p.nonce);
  set('code_challenge', p.codeChallenge);
  set('code_challenge_method', p.codeChallengeMethod ?? (p.codeChallenge ? 'S256' : undefined));
  set('response_mode', p.responseMode);
  set('prompt', p.prompt);
  set('max_age', p.maxAge);
  set('login_hint', p.loginHint);
  for (const [name, value] of Object.entries(p.extra ?? {})) set(name, value);
  return url.toString();
}

/** A raw answer: status, headers and body (JSON when it parses, else text). */
export interface RawResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON members.
  body: any;
}

/** Options of {@link send}: `cookie` and `contentType` are shorthands for those headers. */
export interface SendInit {
  method?: string;
  cookie?: string;
  contentType?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One request, redirects not followed. */
export async function send(url: string, init: SendInit = {}): Promise<RawResponse> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.contentType) headers['content-type'] = init.contentType;
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.body,
    redirect: 'manual',
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: res.status, headers: res.headers, body };
}

/** POSTs a flow action (`application/vnd.pingidentity.<action>+json`). */
export function flowAction(
  flowUrl: string,
  action: string,
  body?: unknown,
  cookie?: string,
): Promise<RawResponse> {
  return send(flowUrl, {
    method: 'POST',
    contentType: `application/vnd.pingidentity.${action}+json`,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(cookie ? { cookie } : {}),
  });
}

/** `ST=…` from a response's `Set-Cookie`, or null. */
export function stCookieOf(res: RawResponse): string | null {
  for (const line of res.headers.getSetCookie()) {
    const m = /^ST=([^;]*)/.exec(line);
    if (m && m[1] !== '') return `ST=${m[1]}`;
  }
  return null;
}

/** The flow id in a sign-on page location (`?flowId=`). */
export function flowIdOf(location: string): string {
  const id = new URL(location).searchParams.get('flowId');
  expect(id).toBeTruthy();
  return id!;
}

/** `{envBase}/flows/{flowId}` on the authorization host. */
export function flowUrl(h: Harness, flowId: string): string {
  return `${h.local.authBaseUrl}/${h.local.environmentId}/flows/${flowId}`;
}

/** Starts a flow for `app` (a new sign-in app when absent) and returns the flow's URL. */
export async function newFlowUrl(h: Harness, app?: SignInApp): Promise<string> {
  const start = await send(authorizeUrl(h, app ?? (await createSignInApp(h))));
  expect(start.status, JSON.stringify(start.body)).toBe(302);
  return flowUrl(h, flowIdOf(start.headers.get('location')!));
}

/** Options of {@link signIn}. */
export interface SignInOptions extends Omit<AuthorizeParams, 'clientId' | 'redirectUri'> {
  clientId: string;
  redirectUri: string;
  username: string;
  password: string;
  codeVerifier?: string;
}

/** What {@link signIn} got: the code and state from the redirect, the `ST` cookie, the flow id. */
export interface SignInResult {
  code: string;
  state: string | null;
  stCookie: string;
  flowId: string;
}

/**
 * authorize → `usernamePassword.check` → resume over HTTP, asserting each step; the code comes
 * from the final redirect to `redirectUri`. `codeVerifier` given without `codeChallenge`: its S256
 * challenge is sent.
 */
export async function signIn(h: Harness, opts: SignInOptions): Promise<SignInResult> {
  const challenge =
    opts.codeChallenge ??
    (opts.codeVerifier
      ? createHash('sha256').update(opts.codeVerifier).digest('base64url')
      : undefined);
  const start = await send(authorizeUrl(h, { ...opts, codeChallenge: challenge }));
  expect(start.status, JSON.stringify(start.body)).toBe(302);
  const flowId = flowIdOf(start.headers.get('location')!);
  const checked = await flowAction(flowUrl(h, flowId), 'usernamePassword.check', {
    username: opts.username,
    password: opts.password,
  });
  expect(checked.status, JSON.stringify(checked.body)).toBe(200);
  expect(checked.body.status).toBe('COMPLETED');
  const stCookie = stCookieOf(checked);
  expect(stCookie).not.toBeNull();
  const resumed = await send(checked.body.resumeUrl, { cookie: stCookie! });
  expect(resumed.status, JSON.stringify(resumed.body)).toBe(302);
  const back = new URL(resumed.headers.get('location')!);
  expect(`${back.origin}${back.pathname}`).toBe(opts.redirectUri);
  const code = back.searchParams.get('code');
  expect(code).toBeTruthy();
  return { code: code!, state: back.searchParams.get('state'), stCookie: stCookie!, flowId };
}
