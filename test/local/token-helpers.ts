/**
 * Helpers for the user-token tests: a seeded web app, a signed-in user's session and
 * authorization code written straight into PingOne Local's store (what `/as/resume` would issue;
 * the whole browser path is covered by the flow tests and the openid-client test), and the token
 * endpoint over HTTP.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { hashSecret } from '../../src/local/oauth/codes.js';
import type { SessionRecord } from '../../src/local/store/types.js';
import type { Harness } from './helpers.js';

/** The web app seeded with `webApp` (authorization code + refresh token, Basic). */
export const WEB_APP = {
  clientId: 'token-tests-web-app',
  clientSecret: 'token-tests-web-app-secret-0123456789abcdef',
  redirectUris: ['https://app.example.com/callback'],
  postLogoutRedirectUris: ['https://app.example.com/signed-out'],
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

/** A PKCE pair (S256). */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** Writes a sign-on session for `userId` (as a password sign-in would). */
export function putSession(h: Harness, userId: string): SessionRecord {
  const now = h.handle.clock.now();
  const session: SessionRecord = {
    id: randomBytes(32).toString('base64url'),
    environmentId: h.local.environmentId,
    userId,
    authTime: now,
    amr: ['pwd'],
    acr: 'Single_Factor',
    userAgent: 'vitest',
    ip: '127.0.0.1',
    createdAt: now,
    lastUsedAt: now,
    expiresAt: now + 30 * 86_400_000,
  };
  h.handle.store.putSession(session);
  return session;
}

export interface CodeOptions {
  userId: string;
  session?: SessionRecord;
  clientId?: string;
  scope?: string[];
  redirectUri?: string;
  nonce?: string | null;
  challenge?: string | null;
  challengeMethod?: string;
}

/** Issues an authorization code as `/as/resume` would; returns it in clear. */
export function issueCode(h: Harness, o: CodeOptions): { code: string; session: SessionRecord } {
  const session = o.session ?? putSession(h, o.userId);
  const code = randomBytes(32).toString('base64url');
  const now = h.handle.clock.now();
  h.handle.store.insertAuthorizationCode({
    codeHash: hashSecret(code),
    environmentId: h.local.environmentId,
    applicationId: o.clientId ?? WEB_APP.clientId,
    userId: o.userId,
    sessionId: session.id,
    grantId: randomUUID(),
    scope: o.scope ?? WEB_APP_SCOPES,
    authTime: session.authTime,
    amr: session.amr,
    acr: session.acr,
    redirectUri: o.redirectUri ?? WEB_APP.redirectUris[0]!,
    nonce: o.nonce ?? null,
    codeChallenge: o.challenge ?? null,
    codeChallengeMethod: o.challenge ? (o.challengeMethod ?? 'S256') : null,
    createdAt: now,
    expiresAt: now + 60_000,
    usedAt: null,
  });
  return { code, session };
}

/** `Authorization: Basic` for a client. */
export function basicAuth(id = WEB_APP.clientId, secret = WEB_APP.clientSecret): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
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

/** Redeems a fresh code for `userId`; expects 200 and returns the token answer. */
export async function userTokens(
  h: Harness,
  userId: string,
  o: Omit<CodeOptions, 'userId'> = {},
): Promise<{ access_token: string; refresh_token: string; id_token: string; scope: string }> {
  const { code } = issueCode(h, { ...o, userId });
  const res = await postForm(h, 'token', {
    grant_type: 'authorization_code',
    code,
    redirect_uri: o.redirectUri ?? WEB_APP.redirectUris[0]!,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** The claims of a JWT, unverified. */
export function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'));
}

const signInApps = new WeakMap<Harness, Promise<{ id: string; secret: string }>>();

/** A web app created through the Management API, once per harness (for harnesses without `webApp`). */
function signInApp(h: Harness): Promise<{ id: string; secret: string }> {
  let app = signInApps.get(h);
  if (!app) {
    app = (async () => {
      const res = await h.api('/applications', {
        method: 'POST',
        body: {
          name: 'Token helper app',
          enabled: true,
          protocol: 'OPENID_CONNECT',
          type: 'WEB_APP',
          grantTypes: ['AUTHORIZATION_CODE', 'REFRESH_TOKEN'],
          responseTypes: ['CODE'],
          redirectUris: [WEB_APP.redirectUris[0]],
          tokenEndpointAuthMethod: 'CLIENT_SECRET_BASIC',
        },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const secret = await h.api(`/applications/${res.body.id}/secret`);
      return { id: res.body.id as string, secret: secret.body.secret as string };
    })();
    signInApps.set(h, app);
  }
  return app;
}

/**
 * The access token of `userId` signed in to a helper app, holding `scope` (default: every scope
 * of the seeded web app, so `p1:reset:userPassword` among them).
 */
export async function userAccessToken(
  h: Harness,
  userId: string,
  scope: string[] = WEB_APP_SCOPES,
): Promise<string> {
  const app = await signInApp(h);
  const { code } = issueCode(h, { userId, clientId: app.id, scope });
  const res = await postForm(
    h,
    'token',
    { grant_type: 'authorization_code', code, redirect_uri: WEB_APP.redirectUris[0]! },
    basicAuth(app.id, app.secret),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.access_token;
}
