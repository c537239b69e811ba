/**
 * PingOne Local's hosted sign-on page `/{envId}/signon/`: forms over the flow actions, refused
 * when posted cross-site or without this browser's token, and one real Chromium sign-in that
 * lands on the application's redirect URI with a code.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTestUser, passwordActions, useHarness } from './helpers.js';
import {
  authorizeUrl,
  createSignInApp,
  type RawResponse,
  send,
  stCookieOf,
} from './signin-helpers.js';

const PASSWORD = 'Correct-Horse-7-Battery';
const h = useHarness();

/** Opens the page a new authorize request leads to: its URL, form token and CSRF cookie. */
async function openPage() {
  const app = await createSignInApp(h);
  const start = await send(authorizeUrl(h, { ...app, state: 'pg', loginHint: 'someone' }));
  const pageUrl = start.headers.get('location')!;
  const page = await send(pageUrl);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)![1]!;
  const cookie = page.headers
    .getSetCookie()
    .find((l) => l.startsWith('P1L-SIGNON='))!
    .split(';')[0]!;
  return { app, pageUrl, csrf, cookie, html: page.body as string };
}

function post(
  url: string,
  fields: Record<string, string>,
  headers: { cookie?: string; origin?: string } = {},
) {
  return fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(headers.cookie ? { cookie: headers.cookie } : {}),
      ...(headers.origin ? { origin: headers.origin } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  }).then(
    async (res): Promise<RawResponse> => ({
      status: res.status,
      headers: res.headers,
      body: await res.text(),
    }),
  );
}

describe('hosted sign-on page over HTTP', () => {
  it('shows an accessible sign-on form prefilled with login_hint', async () => {
    const { html } = await openPage();
    expect(html).toContain('<label for="username">Username</label>');
    expect(html).toContain('<label for="password">Password</label>');
    expect(html).toMatch(/id="username"[^>]*value="someone"/);
    expect(html).not.toContain('<script');
  });

  it('signs in: 303 to the resume URL with ST set', async () => {
    const user = await importTestUser(h, PASSWORD);
    const { pageUrl, csrf, cookie, app } = await openPage();
    const res = await post(
      pageUrl,
      { csrf, action: 'usernamePassword.check', username: user.username, password: PASSWORD },
      { cookie, origin: h.local.baseUrl },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/\/as\/resume\?flowId=/);
    const st = stCookieOf(res)!;
    const resumed = await send(res.headers.get('location')!, { cookie: st });
    expect(resumed.status).toBe(302);
    expect(resumed.headers.get('location')).toMatch(
      new RegExp(`^${app.redirectUri}\\?code=[^&]+&state=pg$`),
    );
  });

  it('shows the error on the page for a wrong password', async () => {
    const user = await importTestUser(h, PASSWORD);
    const { pageUrl, csrf, cookie } = await openPage();
    const res = await post(
      pageUrl,
      { csrf, action: 'usernamePassword.check', username: user.username, password: 'Wrong-One-1' },
      { cookie },
    );
    expect(res.status).toBe(400);
    expect(res.body).toContain('<p class="error" role="alert">Incorrect username or password.</p>');
    expect(stCookieOf(res)).toBeNull();
  });

  it('refuses cross-site POSTs, missing or foreign tokens, and changes nothing', async () => {
    const user = await importTestUser(h, PASSWORD);
    const { pageUrl, csrf, cookie } = await openPage();
    const other = await openPage();
    const fields = {
      csrf,
      action: 'usernamePassword.check',
      username: user.username,
      password: PASSWORD,
    };
    const attempts: Array<[Record<string, string>, { cookie?: string; origin?: string }]> = [
      [fields, { cookie, origin: 'https://evil.example' }],
      [fields, { cookie, origin: 'null' }],
      [fields, {}],
      [{ ...fields, csrf: '' }, { cookie }],
      [{ ...fields, csrf: other.csrf }, { cookie }],
      [fields, { cookie: other.cookie }],
    ];
    for (const [body, headers] of attempts) {
      const res = await post(pageUrl, body, headers);
      expect(res.status).toBe(403);
      expect(res.body).toContain('The form was not sent from the sign-on page.');
      expect(stCookieOf(res)).toBeNull();
    }
    const flow = await send(pageUrl.replace('/signon/?flowId=', '/flows/'));
    expect(flow.body.status).toBe('USERNAME_PASSWORD_REQUIRED');
  });

  it('recovers a forgotten password with the mailed code, through the forms', async () => {
    const user = await importTestUser(h, PASSWORD);
    const { pageUrl, csrf, cookie } = await openPage();
    const forgot = await post(
      pageUrl,
      { csrf, action: 'password.forgot', username: user.username },
      { cookie },
    );
    expect(forgot.status).toBe(303);
    expect(forgot.headers.get('location')).toBe(pageUrl);
    const codePage = await send(pageUrl, { cookie });
    expect(codePage.body).toContain('<h1>Reset your password</h1>');
    expect(codePage.body).toContain('<label for="recoveryCode">Recovery code</label>');
    const wrong = await post(
      pageUrl,
      {
        csrf,
        action: 'password.recover',
        recoveryCode: 'AAAAAAAA',
        newPassword: 'Recovered-Pass-55',
      },
      { cookie },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('That recovery code is wrong or has expired.');
    const code = passwordActions(h).codeFor(user.email);
    const done = await post(
      pageUrl,
      { csrf, action: 'password.recover', recoveryCode: code, newPassword: 'Recovered-Pass-55' },
      { cookie },
    );
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toMatch(/\/as\/resume\?flowId=/);
    expect(stCookieOf(done)).not.toBeNull();
  });

  it('changes a must-change password through the forms', async () => {
    const user = await importTestUser(h, null, {
      password: { value: PASSWORD, forceChange: true },
    });
    const { pageUrl, csrf, cookie } = await openPage();
    const signOn = await post(
      pageUrl,
      { csrf, action: 'usernamePassword.check', username: user.username, password: PASSWORD },
      { cookie },
    );
    expect(signOn.status).toBe(303);
    expect(signOn.headers.get('location')).toBe(pageUrl);
    const change = await send(pageUrl, { cookie });
    expect(change.body).toContain('<h1>Change your password</h1>');
    expect(change.body).toContain('You must change your password before you continue.');
    expect(change.body).toContain('<li>At least 8 characters</li>');
    const weak = await post(
      pageUrl,
      { csrf, action: 'password.reset', currentPassword: PASSWORD, newPassword: 'short' },
      { cookie },
    );
    expect(weak.status).toBe(400);
    expect(weak.body).toContain('The new password does not meet the requirements');
    const done = await post(
      pageUrl,
      {
        csrf,
        action: 'password.reset',
        currentPassword: PASSWORD,
        newPassword: 'Changed-Pass-2026x',
      },
      { cookie },
    );
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toMatch(/\/as\/resume\?flowId=/);
  });

  it('answers 404 for an unknown flow', async () => {
    const res = await send(`${h.local.baseUrl}/${h.local.environmentId}/signon/?flowId=nope`);
    expect(res.status).toBe(404);
    expect(res.body).toContain('This sign-on request is unknown or has expired.');
  });
});

describe('hosted sign-on page in Chromium', () => {
  let browser: Browser;
  // The application's redirect URI: a real listener (Playwright does not intercept the target
  // of a redirect).
  let callback: Server;
  let callbackUrl: string;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox'],
    });
    callback = createServer((_req, res) => res.end('landed'));
    await new Promise<void>((resolve) => callback.listen(0, '127.0.0.1', resolve));
    callbackUrl = `http://127.0.0.1:${(callback.address() as AddressInfo).port}/callback`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => callback?.close(resolve));
  });

  it('signs in and lands on the redirect URI with a code', async () => {
    const user = await importTestUser(h, PASSWORD);
    const app = await createSignInApp(h, { redirectUri: callbackUrl });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(authorizeUrl(h, { ...app, state: 'browser' }));
    await page.getByLabel('Username').fill(user.username);
    await page.getByLabel('Password').fill(PASSWORD);
    await Promise.all([
      page.waitForURL(`${app.redirectUri}**`),
      page.getByRole('button', { name: 'Sign on' }).click(),
    ]);
    const landed = new URL(page.url());
    expect(landed.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(landed.searchParams.get('state')).toBe('browser');
    expect(await page.textContent('body')).toBe('landed');
    await context.close();
  });
});
