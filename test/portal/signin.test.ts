/**
 * Sign-in over real HTTP against PingOne Local (issue 12): the portal's sign-on page on the Flows
 * API, the OIDC callback and its protocol failures, the signed-in session (cookie, idle and
 * refresh), sign-out, `return_to`, and enumeration on the sign-on page.
 */
import { describe, expect, it } from 'vitest';
import { createSealer } from '../../src/portal/session/crypto.js';
import { type Hop, SignInBrowser, startSignInStack } from '../support/signin-stack.js';
import { advanceClock, createUser, strongPassword, useFixture } from '../support/stack.js';

// Token answers pass through here; `tamper` rewrites the next one's ID token.
let tamper = false;
async function tamperingFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const res = await fetch(input, init);
  if (!tamper || !String(input).endsWith('/as/token')) return res;
  tamper = false;
  const body = (await res.json()) as Record<string, string>;
  const [h, p, s] = (body.id_token ?? '').split('.');
  const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
  claims.sub = 'someone-else';
  body.id_token = [h, Buffer.from(JSON.stringify(claims)).toString('base64url'), s].join('.');
  return new Response(JSON.stringify(body), { status: res.status, headers: res.headers });
}

const stack = useFixture(() => startSignInStack({ oidcFetch: tamperingFetch }));

function errorCode(page: Hop): string | null {
  return /<h1>([^<]+)<\/h1>/.exec(page.body)?.[1] ?? null;
}

/** Drives a sign-in up to (not into) the portal's callback; returns its URL. */
async function upToCallback(b: SignInBrowser, username: string, password: string): Promise<string> {
  await b.get('/signin');
  const answer = await b.step(
    'POST',
    '/signin/password',
    new URLSearchParams({ _csrf: b.csrf(), username, password }).toString(),
  );
  expect(answer.status).toBe(303);
  expect(answer.location).toMatch(/\/signin\/callback\?code=/);
  return answer.location!;
}

describe('signing in on the portal sign-on page', () => {
  it('signs in, shows the account with the user token, then signs out', async () => {
    const user = await createUser(stack);
    const b = new SignInBrowser(stack.url);
    const landed = await b.signIn(user.username, user.password, '/signin?return_to=/account');
    expect(landed.status).toBe(200);
    expect(landed.url).toBe(`${stack.url}/account`);
    expect(landed.body).toContain(`<strong>${user.username}</strong>`);
    expect(landed.body).toContain(`value="${user.email}"`);
    // The browser holds one small sealed cookie; tokens stay on the server and out of the logs.
    expect([...b.cookies.keys()].sort()).toEqual(['session']);
    expect(b.cookies.get('session')!.length).toBeLessThan(1200);
    const logs = stack.portals[0]!.logs.join('\n');
    expect(logs).toContain('"event":"signed_in"');
    expect(logs).not.toMatch(/eyJ[A-Za-z0-9_-]{20,}/);
    expect(logs).not.toContain(user.password);
    // Nor the authorization code or state of the callback URL.
    expect(logs).toContain('/signin/callback');
    expect(logs.split('\n').filter((l) => /[?&](code|state)=[\w-]{8}/.test(l))).toEqual([]);

    const out = await b.post('/signout', {});
    const signoff = b.trail.find((u) => u.includes('/as/signoff'));
    expect(signoff).toBeDefined();
    const params = new URL(signoff!).searchParams;
    expect(params.get('post_logout_redirect_uri')).toBe(`${stack.url}/signout/done`);
    expect(params.get('id_token_hint')).toMatch(/^eyJ/);
    expect(params.get('state')).toBeTruthy();
    expect(out.url).toBe(`${stack.url}/signout/done?state=${params.get('state')}`);
    expect(out.body).toContain('id="signed-out"');
    const again = await b.get('/account');
    expect(again.body).toContain('id="signon-form"');
  });

  it('sends a signed-out visit to sign in and back to the page asked for', async () => {
    const user = await createUser(stack);
    const b = new SignInBrowser(stack.url);
    const form = await b.get('/account/sessions');
    expect(form.body).toContain('id="signon-form"');
    expect(b.trail[1]).toBe(`${stack.url}/signin?return_to=%2Faccount%2Fsessions`);
    const landed = await b.post('/signin/password', {
      username: user.username,
      password: user.password,
    });
    expect(landed.url).toBe(`${stack.url}/account/sessions`);
  });

  it('never redirects to a return_to outside RETURN_URLS', async () => {
    const user = await createUser(stack);
    for (const target of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const b = new SignInBrowser(stack.url);
      const landed = await b.signIn(
        user.username,
        user.password,
        `/signin?return_to=${encodeURIComponent(target)}`,
      );
      expect(landed.url).toBe(`${stack.url}/account`);
    }
  });

  it('gives an unknown user and a wrong password the same page, status and cookies', async () => {
    const user = await createUser(stack);
    const answers: string[] = [];
    for (const [username, password] of [
      [user.username, 'Wrong-password-1!'],
      [`nobody${Date.now()}`, 'Wrong-password-1!'],
    ] as const) {
      const b = new SignInBrowser(stack.url);
      await b.get('/signin');
      const refused = await b.step(
        'POST',
        '/signin/password',
        new URLSearchParams({ _csrf: b.csrf(), username, password }).toString(),
      );
      const page = await b.get('/signin/flow');
      answers.push(
        JSON.stringify({
          status: refused.status,
          location: refused.location,
          cookies: refused.setCookies.map((c) => c.replace(/=[^;]*/, '=*')),
          page: page.body
            .replace(/name="_csrf" value="[^"]+"/g, '')
            .replace(new RegExp(username, 'g'), 'NAME'),
        }),
      );
      expect(page.body).toContain('The username or password is incorrect.');
    }
    expect(answers[0]).toBe(answers[1]);
  });

  it('shows the time left when the password is locked', async () => {
    const user = await createUser(stack);
    const b = new SignInBrowser(stack.url);
    await b.get('/signin');
    let page: Hop | null = null;
    for (let i = 0; i < 6; i++) {
      page = await b.post('/signin/password', {
        username: user.username,
        password: `Wrong-${i}-password!`,
      });
      if (page.body.includes('Too many failed attempts')) break;
    }
    expect(page!.body).toMatch(/Too many failed attempts\. You can try again in \d+ minutes?\./);
    // Even the right password is refused while locked.
    const right = await b.post('/signin/password', {
      username: user.username,
      password: user.password,
    });
    expect(right.body).toMatch(/Too many failed attempts/);
  });

  it('asks for a new password when an admin reset it (MUST_CHANGE_PASSWORD), then signs in', async () => {
    const user = await createUser(stack);
    const temporary = strongPassword();
    await stack.client.passwords.adminReset(user.id, temporary);
    const b = new SignInBrowser(stack.url);
    const next = await b.signIn(user.username, temporary);
    expect(next.url).toBe(`${stack.url}/signin/flow`);
    expect(next.body).toContain('id="signon-new-password-form"');
    expect(next.body).toContain('id="password-policy"');
    const fresh = strongPassword();
    const landed = await b.post('/signin/new-password', {
      currentPassword: temporary,
      password: fresh,
      confirmPassword: fresh,
    });
    expect(landed.url).toBe(`${stack.url}/account`);
    const other = new SignInBrowser(stack.url);
    expect((await other.signIn(user.username, fresh)).url).toBe(`${stack.url}/account`);
  });
});

describe('protocol failures end on a clear page with no session', () => {
  it('refuses a callback whose state does not match', async () => {
    const b = new SignInBrowser(stack.url);
    await b.step('GET', '/signin');
    const page = await b.get('/signin/callback?code=abc&state=not-the-state');
    expect(page.status).toBe(400);
    expect(errorCode(page)).toBe('Sign-in could not be completed');
    expect((await b.get('/account')).body).toContain('id="signon-form"');
  });

  it('refuses a replayed callback, even with a copy of the cookie that started it', async () => {
    const user = await createUser(stack);
    const b = new SignInBrowser(stack.url);
    const callback = await upToCallback(b, user.username, user.password);
    const copy = new SignInBrowser(stack.url);
    for (const [k, v] of b.cookies) copy.cookies.set(k, v);
    expect((await b.get(callback)).url).toBe(`${stack.url}/account`);
    const replayed = await copy.get(callback);
    expect(replayed.status).toBe(400);
    expect(errorCode(replayed)).toBe('Sign-in could not be completed');
    expect((await copy.get('/account')).body).toContain('id="signon-form"');
  });

  it('refuses an ID token whose nonce is not the one sent', async () => {
    const user = await createUser(stack);
    const b = new SignInBrowser(stack.url);
    const start = await b.step('GET', '/signin');
    // Rewrite the nonce kept in the sealed cookie, as if another sign-in's token came back.
    const sealer = createSealer(stack.sessionSecret);
    const session = sealer.open(b.cookies.get('session')!, 'session') as {
      pending: { nonce: string };
    };
    session.pending.nonce = 'another-nonce-value';
    b.cookies.set('session', sealer.seal(session, 'session'));
    await b.get(start.location!);
    const page = await b.post('/signin/password', {
      username: user.username,
      password: user.password,
    });
    expect(page.status).toBe(400);
    expect(errorCode(page)).toBe('Sign-in could not be completed');
    expect(stack.portals[0]!.logs.join('\n')).toMatch(/callback refused/);
    expect((await b.get('/account')).body).toContain('id="signon-form"');
  });

  it('refuses an ID token whose content was changed after signing', async () => {
    const user = await createUser(stack);
    const b = new SignInBrowser(stack.url);
    const callback = await upToCallback(b, user.username, user.password);
    tamper = true;
    const page = await b.get(callback);
    expect(tamper).toBe(false);
    expect(page.status).toBe(400);
    expect(errorCode(page)).toBe('Sign-in could not be completed');
    expect((await b.get('/account')).body).toContain('id="signon-form"');
  });

  it('ends the session when the refresh token has expired', async () => {
    const user = await createUser(stack);
    const b = new SignInBrowser(stack.url);
    expect((await b.signIn(user.username, user.password)).url).toBe(`${stack.url}/account`);
    // PingOne's clock passes the access and refresh tokens' lifetimes (30 days by default); it
    // only moves forward, and later tests sign in afresh.
    await advanceClock(stack.local, 31 * 24 * 3600);
    const page = await b.get('/account');
    expect(page.status).toBe(401);
    expect(errorCode(page)).toBe('Your session has ended');
    expect((await b.get('/account')).body).toContain('id="signon-form"');
  });
});
