/**
 * `/as/userinfo` (docs/pingone-behaviour.md §13.3) and the discovery document listing exactly
 * what is implemented (choice T8).
 */
import { describe, expect, it } from 'vitest';
import { useHarness } from './helpers.js';
import {
  claimsOf,
  postForm,
  signInUser,
  userAccessToken,
  userTokens,
  WEB_APP,
} from './token-helpers.js';

const h = useHarness({ webApp: WEB_APP }, { resetClock: true });

function userinfo(token: string | null, method = 'GET') {
  return fetch(`${h.local.authBaseUrl}/${h.local.environmentId}/as/userinfo`, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

/** RFC 6750 `invalid_token`: 401, the challenge and PingOne Local's body (choice T6). */
async function expectInvalidToken(res: Response) {
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toBe('Bearer realm="PingOne", error="invalid_token"');
  expect(await res.json()).toEqual({
    error: 'invalid_token',
    error_description: 'The access token is missing, invalid, expired or revoked.',
  });
}

describe('/as/userinfo', () => {
  it('answers sub and the claims of the granted scopes, by GET and POST', async () => {
    const user = await signInUser(h, { name: { given: 'Ada' } });
    const { access_token } = await userTokens(h, user, { scope: ['openid', 'email'] });
    for (const method of ['GET', 'POST']) {
      const res = await userinfo(access_token, method);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        sub: user.id,
        email: user.email,
        email_verified: false,
      });
    }
    const profile = await userAccessToken(h, user, ['openid', 'profile']);
    const body = await (await userinfo(profile)).json();
    expect(body).toMatchObject({
      sub: user.id,
      given_name: 'Ada',
      preferred_username: user.username,
    });
    expect(body.email).toBeUndefined();
  });

  it('401 with WWW-Authenticate for no, a bad, a revoked or an expired token; 403 without openid', async () => {
    const user = await signInUser(h);
    const none = await userinfo(null);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="PingOne"');
    await expectInvalidToken(await userinfo('not.a.token'));
    // A Worker's token speaks for no user.
    await expectInvalidToken(await userinfo(await h.token()));

    const noOpenid = await userAccessToken(h, user, ['p1:read:user']);
    const scope = await userinfo(noOpenid);
    expect(scope.status).toBe(403);
    expect((await scope.json()).error).toBe('insufficient_scope');

    const tokens = await userTokens(h, user);
    await postForm(h, 'revoke', { token: tokens.refresh_token });
    await expectInvalidToken(await userinfo(tokens.access_token));

    const fresh = await userAccessToken(h, user);
    h.local.clock.advance(3601);
    await expectInvalidToken(await userinfo(fresh));
  });

  it('refuses an ID token used as a bearer token', async () => {
    const user = await signInUser(h);
    const tokens = await userTokens(h, user);
    expect(claimsOf(tokens.id_token)).toMatchObject({ sub: user.id, aud: WEB_APP.clientId });
    await expectInvalidToken(await userinfo(tokens.id_token));
    // The access token of the same answer is accepted.
    expect((await userinfo(tokens.access_token)).status).toBe(200);
  });
});

describe('discovery', () => {
  it('lists exactly the implemented endpoints, grants and methods', async () => {
    const res = await fetch(
      `${h.local.authBaseUrl}/${h.local.environmentId}/as/.well-known/openid-configuration`,
    );
    const body = (await res.json()) as Record<string, unknown>;
    const issuer = `${h.local.authBaseUrl}/${h.local.environmentId}/as`;
    expect(body).toMatchObject({
      authorization_endpoint: `${issuer}/authorize`,
      userinfo_endpoint: `${issuer}/userinfo`,
      end_session_endpoint: `${issuer}/signoff`,
      introspection_endpoint: `${issuer}/introspect`,
      revocation_endpoint: `${issuer}/revoke`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'client_credentials', 'refresh_token'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    });
    expect(body.pushed_authorization_request_endpoint).toBeUndefined();
    expect(body.device_authorization_endpoint).toBeUndefined();
    for (const key of Object.keys(body).filter((k) => k.endsWith('_endpoint'))) {
      const url = body[key] as string;
      const probe = await fetch(url, { redirect: 'manual' });
      expect(probe.status, `${key} ${url}`).not.toBe(404);
    }
  });
});
