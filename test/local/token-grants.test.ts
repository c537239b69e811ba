/**
 * `POST /{envId}/as/token` for users: the authorization_code and refresh_token grants
 * (docs/pingone-behaviour.md §13.1), client authentication including NONE, the application's
 * grant types and enabled flag. Every code comes from a sign-in over HTTP (`codeFor`).
 */
import { describe, expect, it } from 'vitest';
import { useHarness } from './helpers.js';
import { createSignInApp, pkcePair } from './signin-helpers.js';
import {
  basicAuth,
  basicAuthOf,
  claimsOf,
  codeFor,
  codeForm,
  postForm,
  signInUser,
  userTokens,
  WEB_APP,
  WEB_APP_SCOPES,
} from './token-helpers.js';

const h = useHarness({ webApp: WEB_APP }, { resetClock: true });
const REDIRECT = WEB_APP.redirectUris[0]!;

function invalidGrant(description: string) {
  return { status: 400, body: { error: 'invalid_grant', error_description: description } };
}

function refresh(refreshToken: string, authorization = basicAuth()) {
  return postForm(
    h,
    'token',
    { grant_type: 'refresh_token', refresh_token: refreshToken },
    authorization,
  );
}

const CODE_INVALID = 'The authorization code is invalid, expired or already used.';
const REFRESH_INVALID = 'The refresh token is invalid, expired or revoked.';

/** A web app created through the Management API, redirecting to REDIRECT; `body` members added. */
function createApp(body: Record<string, unknown>) {
  return createSignInApp(h, { body, redirectUri: REDIRECT });
}

describe('authorization_code', () => {
  it('answers the access, ID and refresh tokens with PingOne’s user claims', async () => {
    const user = await signInUser(h, { name: { given: 'Ada', family: 'L' } });
    const { code } = await codeFor(h, user, { nonce: 'n-123' });
    // The sign-on session the sign-in opened, as the sessions API shows it.
    const sessions = (await h.api(`/users/${user.id}/sessions`)).body._embedded.sessions;
    expect(sessions).toHaveLength(1);
    const session = {
      id: sessions[0].id as string,
      authTime: Date.parse(sessions[0].lastSignOn.at),
    };
    const res = await postForm(h, 'token', codeForm(code));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(Object.keys(res.body)).toEqual([
      'access_token',
      'token_type',
      'expires_in',
      'scope',
      'refresh_token',
      'id_token',
    ]);
    expect(res.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: WEB_APP_SCOPES.join(' '),
    });
    expect(res.headers.get('cache-control')).toContain('no-store');
    const issuer = `${h.local.authBaseUrl}/${h.local.environmentId}/as`;
    const at = claimsOf(res.body.access_token);
    expect(Object.keys(at).sort()).toEqual(
      [
        'acr',
        'amr',
        'aud',
        'auth_time',
        'client_id',
        'env',
        'exp',
        'iat',
        'iss',
        'jti',
        'org',
        'scope',
        'sid',
        'sub',
      ].sort(),
    );
    expect(at).toMatchObject({
      sub: user.id,
      sid: session.id,
      client_id: WEB_APP.clientId,
      iss: issuer,
      aud: ['https://api.pingone.com'],
      acr: 'Single_Factor',
      amr: ['pwd'],
      env: h.local.environmentId,
      auth_time: Math.floor(session.authTime / 1000),
    });
    const id = claimsOf(res.body.id_token);
    expect(id).toMatchObject({
      iss: issuer,
      sub: user.id,
      aud: WEB_APP.clientId,
      nonce: 'n-123',
      sid: session.id,
      email: user.email,
      email_verified: false,
      preferred_username: user.username,
      given_name: 'Ada',
      family_name: 'L',
      name: 'Ada L',
    });
    expect(id.at_hash).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(id.exp).toBe((id.iat as number) + 3600);
  });

  it('a replayed code is invalid_grant and revokes what the first redemption issued', async () => {
    const user = await signInUser(h);
    const { code } = await codeFor(h, user);
    const first = await postForm(h, 'token', codeForm(code));
    expect(first.status).toBe(200);
    expect(await postForm(h, 'token', codeForm(code))).toMatchObject(invalidGrant(CODE_INVALID));
    const refreshed = await refresh(first.body.refresh_token);
    expect(refreshed).toMatchObject(invalidGrant(REFRESH_INVALID));
    const me = await h.api(`/users/${user.id}`, { token: first.body.access_token });
    expect(me.status).toBe(401);
    expect(me.body.details[0].code).toBe('INVALID_TOKEN');
  });

  it('a wrong redirect_uri, a missing or wrong verifier are invalid_grant and leave the code usable', async () => {
    const user = await signInUser(h);
    const { codeVerifier: verifier, codeChallenge } = pkcePair();
    const { code } = await codeFor(h, user, { codeChallenge });
    expect(
      await postForm(
        h,
        'token',
        codeForm(code, { redirect_uri: 'https://app.example.com/other', code_verifier: verifier }),
      ),
    ).toMatchObject(
      invalidGrant('The redirect_uri does not match the one of the authorization request.'),
    );
    expect(await postForm(h, 'token', codeForm(code))).toMatchObject(
      invalidGrant('The code_verifier is required for this authorization code.'),
    );
    expect(
      await postForm(h, 'token', codeForm(code, { code_verifier: pkcePair().codeVerifier })),
    ).toMatchObject(invalidGrant('The code_verifier does not match the code_challenge.'));
    const ok = await postForm(h, 'token', codeForm(code, { code_verifier: verifier }));
    expect(ok.status).toBe(200);
  });

  it('a verifier for a code without challenge, a missing redirect_uri or code', async () => {
    const user = await signInUser(h);
    const { code } = await codeFor(h, user);
    expect(
      await postForm(h, 'token', codeForm(code, { code_verifier: pkcePair().codeVerifier })),
    ).toMatchObject(
      invalidGrant('A code_verifier was sent, but the authorization request had no challenge.'),
    );
    expect(await postForm(h, 'token', { grant_type: 'authorization_code', code })).toMatchObject({
      status: 400,
      body: { error: 'invalid_request', error_description: 'Missing parameter: redirect_uri.' },
    });
    expect(
      await postForm(h, 'token', { grant_type: 'authorization_code', redirect_uri: REDIRECT }),
    ).toMatchObject({
      status: 400,
      body: { error: 'invalid_request', error_description: 'Missing parameter: code.' },
    });
  });

  it('an expired code (clock moved past 60 s) and another client’s code are invalid_grant', async () => {
    const user = await signInUser(h);
    const other = await createApp({});
    const { code: foreign } = await codeFor(h, user, { app: other, scope: ['openid'] });
    expect(await postForm(h, 'token', codeForm(foreign))).toMatchObject(invalidGrant(CODE_INVALID));
    const ok = await postForm(h, 'token', codeForm(foreign), basicAuthOf(other));
    expect(ok.status).toBe(200);

    const { code } = await codeFor(h, user);
    h.local.clock.advance(61);
    expect(await postForm(h, 'token', codeForm(code))).toMatchObject(invalidGrant(CODE_INVALID));
  });

  it('the code of a user disabled after signing in is invalid_grant', async () => {
    const user = await signInUser(h);
    const { code } = await codeFor(h, user);
    const disabled = await h.api(`/users/${user.id}/enabled`, {
      method: 'PUT',
      body: { enabled: false },
    });
    expect(disabled.status, JSON.stringify(disabled.body)).toBe(200);
    expect(await postForm(h, 'token', codeForm(code))).toMatchObject(
      invalidGrant('The user of this grant no longer exists or is disabled.'),
    );
  });
});

describe('client authentication and grant types', () => {
  it('a public client (NONE) sends client_id alone, with PKCE; a secret it does not have is refused', async () => {
    const spa = await createApp({
      type: 'SINGLE_PAGE_APP',
      tokenEndpointAuthMethod: 'NONE',
      pkceEnforcement: 'S256_REQUIRED',
    });
    const user = await signInUser(h);
    const { codeVerifier: verifier, codeChallenge } = pkcePair();
    const { code } = await codeFor(h, user, { app: spa, scope: ['openid'], codeChallenge });
    const withSecret = await postForm(
      h,
      'token',
      codeForm(code, { client_id: spa.clientId, client_secret: 'guess', code_verifier: verifier }),
      null,
    );
    expect(withSecret.status).toBe(401);
    expect(withSecret.body.error).toBe('invalid_client');
    const ok = await postForm(
      h,
      'token',
      codeForm(code, { client_id: spa.clientId, code_verifier: verifier }),
      null,
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    // A confidential client cannot skip its secret.
    const { code: webCode } = await codeFor(h, user);
    const noSecret = await postForm(
      h,
      'token',
      codeForm(webCode, { client_id: WEB_APP.clientId }),
      null,
    );
    expect(noSecret.status).toBe(401);
  });

  it('a grant type the application lacks is unauthorized_client; an unknown one unsupported_grant_type', async () => {
    const worker = await postForm(
      h,
      'token',
      { grant_type: 'authorization_code', code: 'x', redirect_uri: REDIRECT },
      basicAuth(h.local.clientId, h.local.clientSecret),
    );
    expect(worker).toMatchObject({
      status: 400,
      body: {
        error: 'unauthorized_client',
        error_description:
          'The application is not allowed to use the grant type: authorization_code.',
      },
    });
    const web = await postForm(h, 'token', { grant_type: 'client_credentials' });
    expect(web.body.error).toBe('unauthorized_client');
    const unknown = await postForm(h, 'token', { grant_type: 'password' });
    expect(unknown).toMatchObject({
      status: 400,
      body: {
        error: 'unsupported_grant_type',
        error_description: 'Unsupported grant type: password.',
      },
    });
  });

  it('a disabled application is refused like a wrong secret', async () => {
    const app = await createApp({ enabled: false });
    const res = await postForm(
      h,
      'token',
      { grant_type: 'refresh_token', refresh_token: 'x' },
      basicAuthOf(app),
    );
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
  });
});

describe('refresh_token', () => {
  it('rotates: the new token works, the old one is dead, and reusing it revokes the grant', async () => {
    const user = await signInUser(h);
    const first = await userTokens(h, user);
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    expect(claimsOf(second.body.id_token).sub).toBe(user.id);
    expect(claimsOf(second.body.id_token).nonce).toBeUndefined();
    const reuse = await refresh(first.refresh_token);
    expect(reuse).toMatchObject(invalidGrant(REFRESH_INVALID));
    const next = await refresh(second.body.refresh_token);
    expect(next).toMatchObject(invalidGrant(REFRESH_INVALID));
  });

  it('narrows the scope on request, never widens it', async () => {
    const user = await signInUser(h);
    const first = await userTokens(h, user, { scope: ['openid', 'email', 'p1:read:user'] });
    const wide = await postForm(h, 'token', {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
      scope: 'openid p1:reset:userPassword',
    });
    expect(wide).toMatchObject({
      status: 400,
      body: {
        error: 'invalid_scope',
        error_description: 'The requested scope exceeds the original grant: p1:reset:userPassword.',
      },
    });
    const narrow = await postForm(h, 'token', {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
      scope: 'p1:read:user',
    });
    expect(narrow.status).toBe(200);
    expect(narrow.body.scope).toBe('p1:read:user');
    expect(narrow.body.id_token).toBeUndefined();
  });

  it('expires after refreshTokenDuration; the rolling duration caps every rotated token', async () => {
    const app = await createApp({ refreshTokenDuration: 600, refreshTokenRollingDuration: 1000 });
    const auth = basicAuthOf(app);
    const user = await signInUser(h);
    const { code } = await codeFor(h, user, { app, scope: ['openid'] });
    const first = await postForm(h, 'token', codeForm(code), auth);
    expect(first.status).toBe(200);

    h.local.clock.advance(601);
    const late = await refresh(first.body.refresh_token, auth);
    expect(late).toMatchObject(invalidGrant(REFRESH_INVALID));

    h.local.clock.reset();
    const { code: code2 } = await codeFor(h, user, { app, scope: ['openid'] });
    let token = (await postForm(h, 'token', codeForm(code2), auth)).body.refresh_token as string;
    // Refreshing every 500 s keeps each token alive, until 1000 s after the sign-in.
    h.local.clock.advance(500);
    const r1 = await refresh(token, auth);
    expect(r1.status).toBe(200);
    token = r1.body.refresh_token;
    h.local.clock.advance(499);
    const r2 = await refresh(token, auth);
    expect(r2.status).toBe(200);
    h.local.clock.advance(2);
    const r3 = await refresh(r2.body.refresh_token, auth);
    expect(r3).toMatchObject(invalidGrant(REFRESH_INVALID));
  });
});
