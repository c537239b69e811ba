/**
 * `/as/revoke` and `/as/introspect` (RFC 7009, RFC 7662; docs/pingone-behaviour.md §13.5).
 */
import { describe, expect, it } from 'vitest';
import { useHarness } from './helpers.js';
import { basicAuth, postForm, signInUser, userTokens, WEB_APP } from './token-helpers.js';

const h = useHarness({ webApp: WEB_APP }, { resetClock: true });

describe('/as/revoke', () => {
  it('revoking a refresh token ends the grant: refresh, access token and introspection', async () => {
    const user = await signInUser(h);
    const tokens = await userTokens(h, user);
    const res = await postForm(h, 'revoke', { token: tokens.refresh_token });
    expect(res.status).toBe(200);
    expect(res.body).toBeUndefined();
    const refresh = await postForm(h, 'token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(refresh.body.error).toBe('invalid_grant');
    expect((await h.api(`/users/${user.id}`, { token: tokens.access_token })).status).toBe(401);
    expect((await postForm(h, 'introspect', { token: tokens.access_token })).body).toEqual({
      active: false,
    });
  });

  it('revoking an access token ends its grant; unknown or foreign tokens are 200 and change nothing', async () => {
    const user = await signInUser(h);
    const tokens = await userTokens(h, user);
    const worker = basicAuth(h.local.clientId, h.local.clientSecret);
    expect((await postForm(h, 'revoke', { token: tokens.access_token }, worker)).status).toBe(200);
    expect((await postForm(h, 'revoke', { token: 'nonsense' })).status).toBe(200);
    expect((await h.api(`/users/${user.id}`, { token: tokens.access_token })).status).toBe(200);
    expect((await postForm(h, 'revoke', { token: tokens.access_token })).status).toBe(200);
    expect((await h.api(`/users/${user.id}`, { token: tokens.access_token })).status).toBe(401);
  });

  it('needs client authentication and a token', async () => {
    const denied = await postForm(
      h,
      'revoke',
      { token: 'x' },
      basicAuth(WEB_APP.clientId, 'wrong'),
    );
    expect(denied.status).toBe(401);
    expect(denied.body.error).toBe('invalid_client');
    expect(await postForm(h, 'revoke', {})).toMatchObject({
      status: 400,
      body: { error: 'invalid_request', error_description: 'Missing parameter: token.' },
    });
  });
});

describe('/as/introspect', () => {
  it('describes an active access or refresh token to its client, inactive to others', async () => {
    const user = await signInUser(h);
    const tokens = await userTokens(h, user);
    const access = await postForm(h, 'introspect', { token: tokens.access_token });
    expect(access.status).toBe(200);
    expect(access.body).toMatchObject({
      active: true,
      token_type: 'Bearer',
      sub: user.id,
      client_id: WEB_APP.clientId,
      scope: tokens.scope,
      aud: ['https://api.pingone.com'],
    });
    const refresh = await postForm(h, 'introspect', { token: tokens.refresh_token });
    expect(refresh.body).toMatchObject({ active: true, token_type: 'refresh_token', sub: user.id });
    const worker = basicAuth(h.local.clientId, h.local.clientSecret);
    expect((await postForm(h, 'introspect', { token: tokens.access_token }, worker)).body).toEqual({
      active: false,
    });
    h.local.clock.advance(3601);
    expect((await postForm(h, 'introspect', { token: tokens.access_token })).body).toEqual({
      active: false,
    });
  });
});
