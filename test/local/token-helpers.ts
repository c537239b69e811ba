/**
 * Helpers for the user-token tests: the seeded web app, users who can sign in, and their codes and
 * tokens obtained as an application obtains them, over HTTP: `/as/authorize` → Flows API
 * `usernamePassword.check` → `/as/resume` ({@link signIn}), then `/as/token`.
 */
import { expect } from 'vitest';
import { type Harness, importTestUser } from './helpers.js';
import {
  type AuthorizeParams,
  createSignInApp,
  type SignInApp,
  type SignInResult,
  signIn,
} from './signin-helpers.js';

/** The web app seeded with `webApp` (authorization code + refresh token, Basic). */
export const WEB_APP = {
  clientId: 'token-tests-web-app',
  clientSecret: 'token-tests-web-app-secret-0123456789abcdef',
  redirectUris: ['https://app.example.com/callback'],
  postLogoutRedirectUris: ['https://app.example.com/signed-out'],
};

/** The seeded web app as a sign-in application (its first redirect URI). */
export const WEB_CLIENT: SignInApp = {
  clientId: WEB_APP.clientId,
  clientSecret: WEB_APP.clientSecret,
  redirectUri: WEB_APP.redirectUris[0]!,
};

/** Every scope the seeded web app holds (WEB_APP_SEED_GRANTS). */
export const WEB_APP_SCOPES = [
  'openid',
  'profile',
  'email',
  'p1:read:user',
  'p1:update:user',
  'p1:reset:userPassword',
  'p1:read:sessions',
  'p1:delete:sessions',
];

/** The password of the users {@link signInUser} imports. */
export const USER_PASSWORD = 'Secret-Passw0rd!';

/** What signing a user in takes. */
export interface Credentials {
  username: string;
  password: string;
}

/** A user imported with {@link USER_PASSWORD}, as `importTestUser` answers it, plus the password. */
export type SignInUser = Awaited<ReturnType<typeof importTestUser>> & Credentials;

/** Imports a user who can sign in with {@link USER_PASSWORD}; `extra` members as `importTestUser`. */
export async function signInUser(
  h: Harness,
  extra: Record<string, unknown> = {},
): Promise<SignInUser> {
  const user = await importTestUser(h, USER_PASSWORD, extra);
  return { ...user, password: USER_PASSWORD };
}

/** Options of {@link codeFor}: the application (default the seeded web app), scopes, nonce, PKCE. */
export interface CodeOptions extends Pick<AuthorizeParams, 'nonce' | 'codeChallenge'> {
  app?: SignInApp;
  /** Default: {@link WEB_APP_SCOPES}. */
  scope?: string[];
}

/** A fresh authorization code of `user` from a password sign-in over HTTP ({@link signIn}). */
export function codeFor(h: Harness, user: Credentials, o: CodeOptions = {}): Promise<SignInResult> {
  const app = o.app ?? WEB_CLIENT;
  return signIn(h, {
    clientId: app.clientId,
    redirectUri: app.redirectUri,
    username: user.username,
    password: user.password,
    scope: (o.scope ?? WEB_APP_SCOPES).join(' '),
    nonce: o.nonce,
    codeChallenge: o.codeChallenge,
  });
}

/** `Authorization: Basic` for a client. */
export function basicAuth(id = WEB_APP.clientId, secret = WEB_APP.clientSecret): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

/** `Authorization: Basic` of a sign-in application. */
export function basicAuthOf(app: SignInApp): string {
  return basicAuth(app.clientId, app.clientSecret);
}

export interface OAuthResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON members.
  body: any;
}

/** POSTs a form to `/{envId}/as/{endpoint}` (Basic auth of the web app unless `authorization` is null). */
export async function postForm(
  h: Harness,
  endpoint: string,
  form: Record<string, string>,
  authorization: string | null = basicAuth(),
): Promise<OAuthResponse> {
  const res = await fetch(`${h.local.authBaseUrl}/${h.local.environmentId}/as/${endpoint}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(authorization ? { authorization } : {}),
    },
    body: new URLSearchParams(form).toString(),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text === '' ? undefined : JSON.parse(text),
  };
}

/** The `authorization_code` form for `code` sent to `app`'s redirect URI. */
export function codeForm(
  code: string,
  extra: Record<string, string> = {},
  app: SignInApp = WEB_CLIENT,
): Record<string, string> {
  return { grant_type: 'authorization_code', code, redirect_uri: app.redirectUri, ...extra };
}

/** Signs `user` in and redeems the code; expects 200 and returns the token answer. */
export async function userTokens(
  h: Harness,
  user: Credentials,
  o: CodeOptions = {},
): Promise<{ access_token: string; refresh_token: string; id_token: string; scope: string }> {
  const app = o.app ?? WEB_CLIENT;
  const { code } = await codeFor(h, user, o);
  const res = await postForm(h, 'token', codeForm(code, {}, app), basicAuthOf(app));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** The claims of a JWT, unverified. */
export function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'));
}

/** The self-service scopes the helper app of {@link userAccessToken} is granted. */
const SELF_SERVICE_SCOPES = [...WEB_APP_SCOPES, 'p1:read:userPassword'];

const selfServiceApps = new WeakMap<Harness, Promise<SignInApp>>();

/** A web app granted {@link SELF_SERVICE_SCOPES}, created once per harness. */
function selfServiceApp(h: Harness): Promise<SignInApp> {
  let app = selfServiceApps.get(h);
  if (!app) {
    app = createSignInApp(h, { scopes: SELF_SERVICE_SCOPES });
    selfServiceApps.set(h, app);
  }
  return app;
}

/**
 * The access token of `user` signed in (over HTTP) to a helper app, holding `scope` (default:
 * every scope of the seeded web app, so `p1:reset:userPassword` among them).
 */
export async function userAccessToken(
  h: Harness,
  user: Credentials,
  scope: string[] = WEB_APP_SCOPES,
): Promise<string> {
  const app = await selfServiceApp(h);
  return (await userTokens(h, user, { app, scope })).access_token;
}
