/**
 * A certified relying-party library, `openid-client` 6, runs the whole authorization-code + PKCE
 * flow against PingOne Local over HTTP: discovery, authorize, the Flows API sign-in (as a custom
 * sign-on page would drive it), resume, token (the library validates the ID token), userinfo,
 * refresh with rotation, the user's own password change with the user token, sign-off.
 */
import * as oidc from 'openid-client';
import { describe, expect, it } from 'vitest';
import { importTestUser, useHarness } from './helpers.js';
import {
  createSignInApp,
  flowAction,
  flowIdOf,
  flowUrl,
  type SignInApp,
  send,
  signIn,
  stCookieOf,
} from './signin-helpers.js';

const h = useHarness({}, { resetClock: true });
const PASSWORD = 'Secret-Passw0rd!';
const NEW_PASSWORD = 'Another-Passw0rd?';
const SIGNED_OUT = 'https://app.example/signed-out';
const SCOPE = 'openid profile email p1:read:user p1:reset:userPassword';

/** Discovery through the library (http is allowed: PingOne Local runs on 127.0.0.1). */
function discover(app: SignInApp, auth: oidc.ClientAuth): Promise<oidc.Configuration> {
  const issuer = new URL(`${h.local.authBaseUrl}/${h.local.environmentId}/as`);
  return oidc.discovery(issuer, app.clientId, undefined, auth, {
    execute: [oidc.allowInsecureRequests],
  });
}

/**
 * What a browser and a custom sign-on page do between the authorization URL and the redirect
 * back: authorize → flow `usernamePassword.check` → resume with the `ST` cookie.
 */
async function browserSignIn(authorizeUrl: URL, username: string, password: string) {
  const start = await send(authorizeUrl.href);
  expect(start.status, JSON.stringify(start.body)).toBe(302);
  const flow = flowUrl(h, flowIdOf(start.headers.get('location')!));
  const checked = await flowAction(flow, 'usernamePassword.check', { username, password });
  expect(checked.status, JSON.stringify(checked.body)).toBe(200);
  expect(checked.body.status).toBe('COMPLETED');
  const stCookie = stCookieOf(checked)!;
  const resumed = await send(checked.body.resumeUrl, { cookie: stCookie });
  expect(resumed.status, JSON.stringify(resumed.body)).toBe(302);
  return { callback: new URL(resumed.headers.get('location')!), stCookie };
}

/** Code + PKCE through the library: the token answer and the browser's `ST` cookie. */
async function codeFlow(config: oidc.Configuration, app: SignInApp, username: string) {
  const pkceCodeVerifier = oidc.randomPKCECodeVerifier();
  const expectedState = oidc.randomState();
  const expectedNonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: app.redirectUri,
    scope: SCOPE,
    code_challenge: await oidc.calculatePKCECodeChallenge(pkceCodeVerifier),
    code_challenge_method: 'S256',
    state: expectedState,
    nonce: expectedNonce,
  });
  const { callback, stCookie } = await browserSignIn(url, username, PASSWORD);
  const tokens = await oidc.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier,
    expectedState,
    expectedNonce,
    idTokenExpected: true,
  });
  return { tokens, stCookie };
}

/** A further authorization URL (S256 challenge of a throw-away verifier). */
async function authorizeUrl(
  config: oidc.Configuration,
  app: SignInApp,
  extra: Record<string, string>,
): Promise<string> {
  const challenge = await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier());
  return oidc.buildAuthorizationUrl(config, {
    redirect_uri: app.redirectUri,
    scope: 'openid',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  }).href;
}

/** The user's own password change (`p1:reset:userPassword`) with the library's protected fetch. */
function changeOwnPassword(config: oidc.Configuration, accessToken: string, userId: string) {
  const url = new URL(`${h.envBase}/users/${userId}/password`);
  return oidc.fetchProtectedResource(
    config,
    accessToken,
    url,
    'PUT',
    JSON.stringify({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
    new Headers({ 'content-type': 'application/vnd.pingidentity.password.reset+json' }),
  );
}

describe('openid-client against PingOne Local', () => {
  it('confidential web app: discovery, code + PKCE, userinfo, refresh, own password change, sign-off', async () => {
    const app = await createSignInApp(h, {
      body: { postLogoutRedirectUris: [SIGNED_OUT], pkceEnforcement: 'S256_REQUIRED' },
    });
    const user = await importTestUser(h, PASSWORD);
    const config = await discover(app, oidc.ClientSecretBasic(app.clientSecret));

    const { tokens, stCookie } = await codeFlow(config, app, user.username);
    const claims = tokens.claims()!;
    expect(claims.sub).toBe(user.id);
    expect(claims.aud).toBe(app.clientId);
    expect(tokens.scope?.split(' ').sort()).toEqual(SCOPE.split(' ').sort());
    expect(tokens.token_type.toLowerCase()).toBe('bearer');

    const info = await oidc.fetchUserInfo(config, tokens.access_token, user.id);
    expect(info).toMatchObject({
      sub: user.id,
      email: user.email,
      preferred_username: user.username,
    });

    // The policy's minimum password age (1 day) must pass before a self-change: a day later,
    // refresh (rotation: a new refresh token).
    h.local.clock.advance(86_401);
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.refresh_token).toBeTruthy();
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(refreshed.claims()?.sub).toBe(user.id);

    const changed = await changeOwnPassword(config, refreshed.access_token, user.id);
    expect(changed.status, await changed.clone().text()).toBe(200);
    expect(await changed.json()).toMatchObject({ status: 'OK' });
    // The new password signs in; the old one does not.
    await signIn(h, {
      ...app,
      username: user.username,
      password: NEW_PASSWORD,
      codeVerifier: oidc.randomPKCECodeVerifier(),
    });
    const start = await send(await authorizeUrl(config, app, { prompt: 'login' }));
    const old = await flowAction(
      flowUrl(h, flowIdOf(start.headers.get('location')!)),
      'usernamePassword.check',
      { username: user.username, password: PASSWORD },
    );
    expect(old.status).toBe(400);
    expect(old.body.details[0].code).toBe('INVALID_CREDENTIALS');

    // A rotated refresh token replayed: refused, and the whole grant is revoked with it.
    await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    await expect(oidc.refreshTokenGrant(config, refreshed.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });

    const sessionsBefore = h.handle.store.listSessions(h.local.environmentId, user.id).length;
    const signoff = oidc.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: SIGNED_OUT,
      state: 'bye',
    });
    const res = await send(signoff.href, { cookie: stCookie });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${SIGNED_OUT}?state=bye`);
    const sid = claims.sid as string;
    expect(h.handle.store.getSession(h.local.environmentId, sid)).toBeNull();
    expect(h.handle.store.listSessions(h.local.environmentId, user.id)).toHaveLength(
      sessionsBefore - 1,
    );
    // The ended session no longer resumes a flow.
    const again = await send(await authorizeUrl(config, app, { prompt: 'none' }), {
      cookie: stCookie,
    });
    expect(again.status).toBe(302);
    expect(new URL(again.headers.get('location')!).searchParams.get('error')).toBe(
      'login_required',
    );
  });

  it('public single-page app (NONE): code + PKCE, refresh, revocation; introspection by a confidential client', async () => {
    const spa = await createSignInApp(h, {
      body: {
        type: 'SINGLE_PAGE_APP',
        tokenEndpointAuthMethod: 'NONE',
        pkceEnforcement: 'S256_REQUIRED',
      },
    });
    const user = await importTestUser(h, PASSWORD);
    const config = await discover(spa, oidc.None());
    const { tokens } = await codeFlow(config, spa, user.username);
    expect(tokens.claims()?.sub).toBe(user.id);
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);

    // Introspection needs a client that can authenticate: the app the token was issued to.
    const web = await createSignInApp(h);
    const webConfig = await discover(web, oidc.ClientSecretBasic(web.clientSecret));
    const webTokens = (await codeFlow(webConfig, web, user.username)).tokens;
    const active = await oidc.tokenIntrospection(webConfig, webTokens.access_token);
    expect(active).toMatchObject({ active: true, sub: user.id, client_id: web.clientId });
    await oidc.tokenRevocation(webConfig, webTokens.refresh_token!);
    expect(await oidc.tokenIntrospection(webConfig, webTokens.access_token)).toEqual({
      active: false,
    });

    // The public client revokes its own refresh token: the grant ends, refresh is refused.
    await oidc.tokenRevocation(config, refreshed.refresh_token!);
    await expect(oidc.refreshTokenGrant(config, refreshed.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    // Its access tokens went with the grant: userinfo answers 401 invalid_token.
    await expect(oidc.fetchUserInfo(config, refreshed.access_token, user.id)).rejects.toMatchObject(
      { status: 401, cause: [{ scheme: 'bearer', parameters: { error: 'invalid_token' } }] },
    );
  });
});
