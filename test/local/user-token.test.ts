/**
 * User access tokens on the Management API (docs/pingone-behaviour.md §13.7, choice T5): the
 * self-service calls with their `p1:*` scopes, on the user's own id only; everything else 403;
 * a revoked grant's token 401.
 */
import { describe, expect, it } from 'vitest';
import { loadSigningKey, signJwt } from '../../src/local/crypto/signing-keys.js';
import { invalidTokenBody, useHarness } from './helpers.js';
import {
  claimsOf,
  codeFor,
  codeForm,
  postForm,
  signInUser,
  userAccessToken,
  userTokens,
  WEB_APP,
} from './token-helpers.js';

const h = useHarness({ webApp: WEB_APP }, { resetClock: true });

const FORBIDDEN_DETAILS = [
  {
    code: 'INSUFFICIENT_PERMISSIONS',
    message: 'The actor attempting to perform the request is not authorized.',
  },
];

describe('user tokens on the Management API', () => {
  it('read and PATCH themself with p1:read:user / p1:update:user', async () => {
    const user = await signInUser(h);
    const token = await userAccessToken(h, user);
    const me = await h.api(`/users/${user.id}`, { token });
    expect(me.status).toBe(200);
    expect(me.body.username).toBe(user.username);
    const patched = await h.api(`/users/${user.id}`, {
      method: 'PATCH',
      token,
      body: { nickname: 'Ace', name: { given: 'Ada' }, username: user.username },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ nickname: 'Ace', name: { given: 'Ada' } });
    const state = await h.api(`/users/${user.id}/password`, { token });
    expect(state.status).toBe(403);
    const withScope = await userAccessToken(h, user, ['openid', 'p1:read:userPassword']);
    expect((await h.api(`/users/${user.id}/password`, { token: withScope })).body.status).toBe(
      'OK',
    );
  });

  it('403 on another user, without the scope, on administrator attributes and on admin calls', async () => {
    const user = await signInUser(h);
    const other = await signInUser(h);
    const token = await userAccessToken(h, user);
    const readOnly = await userAccessToken(h, user, ['openid', 'p1:read:user']);
    const refusals = [
      await h.api(`/users/${other.id}`, { token }),
      await h.api(`/users/${user.id}`, {
        method: 'PATCH',
        token: readOnly,
        body: { nickname: 'x' },
      }),
      await h.api(`/users/${user.id}`, { method: 'PATCH', token, body: { externalId: 'x' } }),
      await h.api(`/users/${user.id}`, { method: 'PATCH', token, body: { username: 'renamed' } }),
      await h.api(`/users/${user.id}`, {
        method: 'PUT',
        token,
        body: { username: user.username, nickname: 'x' },
      }),
      await h.api('/users', { token }),
      await h.api(`/users/${user.id}`, { method: 'DELETE', token }),
      await h.api('/populations', { token }),
    ];
    for (const res of refusals) {
      expect(res.status).toBe(403);
      expect(res.body.details).toEqual(FORBIDDEN_DETAILS);
    }
    const unchanged = await h.api(`/users/${user.id}`);
    expect(unchanged.body.nickname).toBeUndefined();
    expect(unchanged.body.username).toBe(user.username);
  });

  it('401 INVALID_TOKEN for an ID token used as a bearer token', async () => {
    const user = await signInUser(h);
    const tokens = await userTokens(h, user);
    expect(claimsOf(tokens.id_token)).toMatchObject({ sub: user.id, aud: WEB_APP.clientId });
    for (const path of [`/users/${user.id}`, `/users/${user.id}/sessions`, '/users']) {
      const res = await h.api(path, { token: tokens.id_token });
      expect(res.status, path).toBe(401);
      expect(res.body).toEqual(invalidTokenBody(res));
    }
    // The access token of the same answer opens the user's own record.
    expect((await h.api(`/users/${user.id}`, { token: tokens.access_token })).status).toBe(200);
  });

  it('401 INVALID_TOKEN for an access token issued for another resource (its aud)', async () => {
    // PingOne Local mints no token for a custom resource yet, so the test signs one as PingOne
    // would: the claims of a real access token, with the environment's key, and another `aud`.
    const user = await signInUser(h);
    const { access_token: token } = await userTokens(h, user);
    const key = loadSigningKey(h.handle.store.getSigningKey(h.local.environmentId)!);
    const claims = claimsOf(token);
    const foreign = signJwt(key, { ...claims, aud: ['https://api.example.com'] });
    const same = signJwt(key, claims);
    expect((await h.api(`/users/${user.id}`, { token: same })).status).toBe(200);
    const res = await h.api(`/users/${user.id}`, { token: foreign });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(invalidTokenBody(res));
  });

  it('401 once the grant is revoked (replayed code), the user deleted, or the token expired', async () => {
    const user = await signInUser(h);
    const { code } = await codeFor(h, user);
    const form = codeForm(code);
    const first = await postForm(h, 'token', form);
    const token = first.body.access_token as string;
    expect((await h.api(`/users/${user.id}`, { token })).status).toBe(200);
    await postForm(h, 'token', form);
    const revoked = await h.api(`/users/${user.id}`, { token });
    expect(revoked.status).toBe(401);
    expect(revoked.body).toEqual(invalidTokenBody(revoked));

    const fresh = await userAccessToken(h, user);
    h.local.clock.advance(3601);
    const expired = await h.api(`/users/${user.id}`, { token: fresh });
    expect(expired.body).toEqual(invalidTokenBody(expired));
    h.local.clock.reset();
    expect((await h.api(`/users/${user.id}`, { method: 'DELETE' })).status).toBe(204);
    const gone = await h.api(`/users/${user.id}`, { token: fresh });
    expect(gone.status).toBe(401);
  });
});
