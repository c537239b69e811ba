/**
 * `/as/signoff` (docs/pingone-behaviour.md §2.3, §13.4) after a real sign-in, and the sessions API
 * of the signed-in user (§13.8).
 */
import { describe, expect, it } from 'vitest';
import { importTestUser, useHarness } from './helpers.js';
import { createSignInApp, send, signIn } from './signin-helpers.js';
import { basicAuth, postForm } from './token-helpers.js';

const h = useHarness({}, { resetClock: true });
const PASSWORD = 'Secret-Passw0rd!';
const SIGNED_OUT = 'https://app.example/signed-out';

async function signedIn(scopes?: string[]) {
  const app = await createSignInApp(h, {
    body: { postLogoutRedirectUris: [SIGNED_OUT] },
    ...(scopes ? { scopes } : {}),
  });
  const user = await importTestUser(h, PASSWORD);
  const result = await signIn(h, {
    clientId: app.clientId,
    redirectUri: app.redirectUri,
    username: user.username,
    password: PASSWORD,
    scope: (scopes ?? ['openid', 'profile', 'email', 'p1:read:user']).join(' '),
  });
  const tokens = await postForm(
    h,
    'token',
    { grant_type: 'authorization_code', code: result.code, redirect_uri: app.redirectUri },
    basicAuth(app.clientId, app.clientSecret),
  );
  expect(tokens.status, JSON.stringify(tokens.body)).toBe(200);
  return { app, user, ...result, tokens: tokens.body };
}

function signoffUrl(params: Record<string, string>): string {
  const q = new URLSearchParams(params).toString();
  return `${h.local.authBaseUrl}/${h.local.environmentId}/as/signoff${q ? `?${q}` : ''}`;
}

describe('/as/signoff', () => {
  it('ends the ST session and redirects to a registered URI with state', async () => {
    const s = await signedIn();
    expect(h.handle.store.listSessions(h.local.environmentId, s.user.id)).toHaveLength(1);
    const res = await send(
      signoffUrl({
        id_token_hint: s.tokens.id_token,
        post_logout_redirect_uri: SIGNED_OUT,
        state: 'abc',
      }),
      { cookie: s.stCookie },
    );
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${SIGNED_OUT}?state=abc`);
    expect(res.headers.getSetCookie().some((c) => /^ST=;.*Max-Age=0/.test(c))).toBe(true);
    expect(h.handle.store.listSessions(h.local.environmentId, s.user.id)).toHaveLength(0);
  });

  it('takes the same parameters as a POST form; another POST body is 415 and signs nobody off', async () => {
    const s = await signedIn();
    const url = signoffUrl({});
    const json = await send(url, {
      method: 'POST',
      cookie: s.stCookie,
      contentType: 'application/json',
      body: JSON.stringify({ id_token_hint: s.tokens.id_token }),
    });
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('INVALID_REQUEST');
    expect(h.handle.store.listSessions(h.local.environmentId, s.user.id)).toHaveLength(1);
    const res = await send(url, {
      method: 'POST',
      cookie: s.stCookie,
      contentType: 'application/x-www-form-urlencoded',
      body: new URLSearchParams({
        id_token_hint: s.tokens.id_token,
        post_logout_redirect_uri: SIGNED_OUT,
        state: 'posted',
      }).toString(),
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${SIGNED_OUT}?state=posted`);
    expect(h.handle.store.listSessions(h.local.environmentId, s.user.id)).toHaveLength(0);
  });

  it('accepts an expired hint; without a redirect URI shows a page', async () => {
    const s = await signedIn();
    h.local.clock.advance(7200);
    const res = await send(signoffUrl({ id_token_hint: s.tokens.id_token }), {
      cookie: s.stCookie,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(h.handle.store.listSessions(h.local.environmentId, s.user.id)).toHaveLength(0);
  });

  it('refuses an unregistered URI, a redirect without hint and a forged hint; the session stays', async () => {
    const s = await signedIn();
    const [head, body] = s.tokens.id_token.split('.');
    const attempts: Record<string, string>[] = [
      { id_token_hint: s.tokens.id_token, post_logout_redirect_uri: 'https://evil.example/' },
      { post_logout_redirect_uri: SIGNED_OUT },
      { id_token_hint: `${head}.${body}.AAAA` },
    ];
    for (const params of attempts) {
      const res = await send(signoffUrl(params), { cookie: s.stCookie });
      expect(res.status, JSON.stringify(params)).toBe(400);
      expect(res.body.code).toBe('INVALID_REQUEST');
      expect(res.headers.get('location')).toBeNull();
    }
    expect(h.handle.store.listSessions(h.local.environmentId, s.user.id)).toHaveLength(1);
  });
});

describe('user sessions', () => {
  it('lists and reads the user’s sessions; the current one cannot be deleted, another can', async () => {
    const s = await signedIn(['openid', 'p1:read:sessions', 'p1:delete:sessions']);
    const token = s.tokens.access_token as string;
    const list = await h.api(`/users/${s.user.id}/sessions`, { token });
    expect(list.status).toBe(200);
    expect(list.body.count).toBe(1);
    const session = list.body._embedded.sessions[0];
    expect(session).toMatchObject({
      environment: { id: h.local.environmentId },
      user: { id: s.user.id },
      lastSignOn: { authenticators: ['pwd'] },
    });
    expect((await h.api(`/users/${s.user.id}/sessions/${session.id}`, { token })).body.id).toBe(
      session.id,
    );
    const current = await h.api(`/users/${s.user.id}/sessions/${session.id}`, {
      method: 'DELETE',
      token,
    });
    expect(current.status).toBe(400);
    expect(current.body.details[0].message).toBe('The current session cannot be deleted');
    // A Worker may delete it; another user's token may not even read it.
    const other = await signedIn(['openid', 'p1:read:sessions']);
    expect(
      (await h.api(`/users/${s.user.id}/sessions`, { token: other.tokens.access_token })).status,
    ).toBe(403);
    const byWorker = await h.api(`/users/${s.user.id}/sessions/${session.id}`, {
      method: 'DELETE',
    });
    expect(byWorker.status).toBe(204);
    expect((await h.api(`/users/${s.user.id}/sessions`)).body.count).toBe(0);
    expect((await h.api(`/users/${s.user.id}/sessions/${session.id}`)).status).toBe(404);
  });
});
