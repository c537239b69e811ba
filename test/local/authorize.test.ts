/**
 * `/as/authorize`: client and redirect URI checks (an error page, never a redirect), errors sent
 * back to the redirect URI, PKCE enforcement, prompt / max_age / SSO with the `ST` cookie, the
 * application's login page and `response_mode=pi.flow`. Black box over HTTP.
 */
import { describe, expect, it } from 'vitest';
import { importTestUser, useHarness } from './helpers.js';
import {
  authorizeUrl,
  createSignInApp,
  flowAction,
  flowIdOf,
  flowUrl,
  pkcePair,
  type RawResponse,
  send,
  signIn,
  stCookieOf,
} from './signin-helpers.js';

const PASSWORD = 'Correct-Horse-7-Battery';
const h = useHarness({}, { resetClock: true });

/** The error query of a redirect to `redirectUri`. */
function redirectError(res: RawResponse, redirectUri: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(302);
  const url = new URL(res.headers.get('location')!);
  expect(`${url.origin}${url.pathname}`).toBe(redirectUri);
  return Object.fromEntries(url.searchParams);
}

function expectErrorPage(res: RawResponse, error: string) {
  expect(res.status).toBe(400);
  expect(res.headers.get('location')).toBeNull();
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  expect(res.body).toContain(`<strong>${error}</strong>`);
}

describe('client and redirect URI', () => {
  it('shows an error page, never a redirect, for a wrong redirect_uri', async () => {
    const app = await createSignInApp(h);
    for (const redirectUri of [`${app.redirectUri}/x`, 'https://evil.example/cb', '']) {
      const res = await send(authorizeUrl(h, { ...app, redirectUri, state: 's' }));
      expectErrorPage(res, 'invalid_request');
    }
  });

  it('shows an error page for an unknown, disabled or worker client', async () => {
    const app = await createSignInApp(h, { body: { enabled: false } });
    for (const clientId of ['nope', app.clientId, h.local.clientId]) {
      const res = await send(authorizeUrl(h, { clientId, redirectUri: app.redirectUri }));
      expectErrorPage(res, 'invalid_client');
    }
  });
});

describe('errors back to the redirect URI', () => {
  it('answers unsupported_response_type, invalid_scope and invalid_request with the state', async () => {
    const app = await createSignInApp(h);
    const base = { ...app, state: 'st-1' };
    expect(
      redirectError(
        await send(authorizeUrl(h, { ...base, extra: { response_type: 'token' } })),
        app.redirectUri,
      ),
    ).toEqual({
      error: 'unsupported_response_type',
      error_description: 'Unsupported response_type. Only code is supported.',
      state: 'st-1',
    });
    expect(
      redirectError(
        await send(authorizeUrl(h, { ...base, scope: 'openid p1:delete:sessions' })),
        app.redirectUri,
      ),
    ).toEqual({
      error: 'invalid_scope',
      error_description:
        'The application has not been granted the requested scope: p1:delete:sessions.',
      state: 'st-1',
    });
    expect(
      redirectError(
        await send(authorizeUrl(h, { ...base, scope: 'openid bogus' })),
        app.redirectUri,
      ).error,
    ).toBe('invalid_scope');
    expect(
      redirectError(await send(authorizeUrl(h, { ...base, prompt: 'consent' })), app.redirectUri)
        .error,
    ).toBe('invalid_request');
    expect(
      redirectError(await send(`${authorizeUrl(h, base)}&scope=openid`), app.redirectUri),
    ).toEqual({
      error: 'invalid_request',
      error_description: 'Repeated parameter: scope.',
      state: 'st-1',
    });
  });

  it('grants p1 scopes the application holds', async () => {
    const app = await createSignInApp(h);
    const res = await send(authorizeUrl(h, { ...app, scope: 'openid p1:reset:userPassword' }));
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toContain('/signon/?flowId=');
  });

  it('answers login_required for prompt=none without a session', async () => {
    const app = await createSignInApp(h);
    const res = await send(authorizeUrl(h, { ...app, prompt: 'none', state: 'n1' }));
    expect(redirectError(res, app.redirectUri)).toEqual({
      error: 'login_required',
      error_description: 'User authentication is required',
      state: 'n1',
    });
  });
});

describe('PKCE enforcement', () => {
  it('REQUIRED refuses a missing challenge and accepts plain or S256', async () => {
    const app = await createSignInApp(h, { body: { pkceEnforcement: 'REQUIRED' } });
    const missing = redirectError(await send(authorizeUrl(h, app)), app.redirectUri);
    expect(missing).toEqual({
      error: 'invalid_request',
      error_description: 'code_challenge is required',
    });
    const { codeChallenge, codeVerifier } = pkcePair();
    expect((await send(authorizeUrl(h, { ...app, codeChallenge }))).status).toBe(302);
    const plain = await send(
      authorizeUrl(h, { ...app, codeChallenge: codeVerifier, codeChallengeMethod: 'plain' }),
    );
    expect(plain.headers.get('location')).toContain('/signon/?flowId=');
  });

  it('S256_REQUIRED refuses plain, unknown methods and malformed challenges', async () => {
    const app = await createSignInApp(h, { body: { pkceEnforcement: 'S256_REQUIRED' } });
    const { codeChallenge, codeVerifier } = pkcePair();
    const cases: Array<[Record<string, string>, string]> = [
      [
        { codeChallenge: codeVerifier, codeChallengeMethod: 'plain' },
        'code_challenge_method must be S256',
      ],
      [{ codeChallenge, codeChallengeMethod: 'S512' }, 'Unsupported code_challenge_method'],
      [
        { codeChallenge: 'short', codeChallengeMethod: 'S256' },
        'code_challenge must be 43 to 128 characters of [A-Za-z0-9-._~]',
      ],
    ];
    for (const [pkce, description] of cases) {
      const res = await send(authorizeUrl(h, { ...app, ...pkce }));
      expect(redirectError(res, app.redirectUri)).toEqual({
        error: 'invalid_request',
        error_description: description,
      });
    }
    expect((await send(authorizeUrl(h, { ...app, codeChallenge }))).status).toBe(302);
  });
});

describe('single sign-on with ST', () => {
  it('completes at once with a valid ST, not with a tampered one, prompt=login or max_age exceeded', async () => {
    const app = await createSignInApp(h);
    const user = await importTestUser(h, PASSWORD);
    const first = await signIn(h, { ...app, username: user.username, password: PASSWORD });

    const sso = await send(authorizeUrl(h, { ...app, state: 'again' }), { cookie: first.stCookie });
    const back = redirectError(sso, app.redirectUri);
    expect(back.code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(back.state).toBe('again');

    const silent = await send(authorizeUrl(h, { ...app, prompt: 'none' }), {
      cookie: first.stCookie,
    });
    expect(redirectError(silent, app.redirectUri).code).toBeTruthy();

    const value = first.stCookie.slice(3);
    const tampered = [
      `ST=${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`,
      `ST=${value.split('.')[0]}`,
      `ST=${crypto.randomUUID()}.${value.split('.')[1]}`,
    ];
    for (const cookie of tampered) {
      const res = await send(authorizeUrl(h, app), { cookie });
      expect(res.headers.get('location')).toContain('/signon/?flowId=');
      const none = await send(authorizeUrl(h, { ...app, prompt: 'none' }), { cookie });
      expect(redirectError(none, app.redirectUri).error).toBe('login_required');
    }

    const login = await send(authorizeUrl(h, { ...app, prompt: 'login' }), {
      cookie: first.stCookie,
    });
    expect(login.headers.get('location')).toContain('/signon/?flowId=');

    h.local.clock.advance(120);
    const aged = await send(authorizeUrl(h, { ...app, maxAge: 60 }), { cookie: first.stCookie });
    expect(aged.headers.get('location')).toContain('/signon/?flowId=');
    const fresh = await send(authorizeUrl(h, { ...app, maxAge: 600 }), { cookie: first.stCookie });
    expect(redirectError(fresh, app.redirectUri).code).toBeTruthy();
  });

  it('sets ST with the documented attributes (SameSite=Lax over http)', async () => {
    const app = await createSignInApp(h);
    const user = await importTestUser(h, PASSWORD);
    const start = await send(authorizeUrl(h, app));
    const flow = flowUrl(h, flowIdOf(start.headers.get('location')!));
    const res = await flowAction(flow, 'usernamePassword.check', {
      username: user.username,
      password: PASSWORD,
    });
    expect(stCookieOf(res)).not.toBeNull();
    const line = res.headers.getSetCookie().find((l) => l.startsWith('ST='))!;
    expect(line).toMatch(
      new RegExp(
        `^ST=[0-9a-f-]{36}\\.[A-Za-z0-9_-]{43}; Path=/${h.local.environmentId}; Max-Age=2592000; HttpOnly; SameSite=Lax$`,
      ),
    );
  });
});

describe('where the flow goes', () => {
  it("redirects to the application's loginPageUrl with environmentId and flowId", async () => {
    const app = await createSignInApp(h, {
      body: { loginPageUrl: 'https://app.example/login?x=1' },
    });
    const res = await send(authorizeUrl(h, app));
    expect(res.status).toBe(302);
    const url = new URL(res.headers.get('location')!);
    expect(`${url.origin}${url.pathname}`).toBe('https://app.example/login');
    expect(url.searchParams.get('x')).toBe('1');
    expect(url.searchParams.get('environmentId')).toBe(h.local.environmentId);
    const flow = await send(flowUrl(h, url.searchParams.get('flowId')!));
    expect(flow.body.status).toBe('USERNAME_PASSWORD_REQUIRED');
  });

  it('answers the flow as JSON with response_mode=pi.flow, and the code in authorizeResponse', async () => {
    const app = await createSignInApp(h);
    const user = await importTestUser(h, PASSWORD);
    const start = await send(authorizeUrl(h, { ...app, responseMode: 'pi.flow', state: 'pf' }));
    expect(start.status).toBe(200);
    expect(start.body.status).toBe('USERNAME_PASSWORD_REQUIRED');
    const done = await flowAction(flowUrl(h, start.body.id), 'usernamePassword.check', {
      username: user.username,
      password: PASSWORD,
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('COMPLETED');
    expect(done.body.authorizeResponse).toEqual({
      code: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      state: 'pf',
    });
    expect((await send(flowUrl(h, start.body.id))).status).toBe(404);

    const bad = await send(
      authorizeUrl(h, { ...app, responseMode: 'pi.flow', scope: 'openid nope' }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      error: 'invalid_scope',
      error_description: 'The application has not been granted the requested scope: nope.',
    });
  });

  it('accepts POST with a form body', async () => {
    const app = await createSignInApp(h);
    const url = new URL(authorizeUrl(h, app));
    const res = await send(`${url.origin}${url.pathname}`, {
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      body: url.searchParams.toString(),
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toContain('/signon/?flowId=');
  });
});
