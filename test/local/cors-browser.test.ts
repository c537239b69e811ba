/**
 * CORS in a real browser: a single-page app served from another origin (`http://localhost:…`,
 * PingOne Local being `http://127.0.0.1:…`) signs a user in from Chromium with `fetch` only:
 * discovery, authorize (`pi.flow`), the Flows API with credentials, token (public client),
 * userinfo. Chromium enforces the answers: an app without the SPA's origin is blocked.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTestUser, useHarness } from './helpers.js';
import { authorizeUrl, createSignInApp, pkcePair, type SignInApp } from './signin-helpers.js';

const h = useHarness();
const PASSWORD = 'Secret-Passw0rd!';

let browser: Browser;
let spa: Server;
let spaOrigin: string;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  spa = createServer((_req, res) => res.end('<!doctype html><title>SPA</title>'));
  await new Promise<void>((resolve) => spa.listen(0, '127.0.0.1', resolve));
  spaOrigin = `http://localhost:${(spa.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => spa?.close(resolve));
});

interface Plan {
  discovery: string;
  authorize: string;
  flowBase: string;
  token: string;
  clientId: string;
  redirectUri: string;
  verifier: string;
  username: string;
  password: string;
}

/** What the SPA's script does, run inside the page; each step's outcome, or where it failed. */
function spaSignIn(p: Plan) {
  return (async () => {
    const steps: string[] = [];
    try {
      const config = await (await fetch(p.discovery)).json();
      steps.push(`discovery ${config.token_endpoint === p.token}`);
      const flow = await (await fetch(p.authorize, { credentials: 'include' })).json();
      steps.push(`authorize ${flow.status}`);
      const checked = await fetch(`${p.flowBase}/${flow.id}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/vnd.pingidentity.usernamePassword.check+json' },
        body: JSON.stringify({ username: p.username, password: p.password }),
      });
      const done = await checked.json();
      steps.push(`flow ${done.status}`);
      const tokens = await (
        await fetch(p.token, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            grant_type: 'authorization_code',
            code: done.authorizeResponse.code,
            redirect_uri: p.redirectUri,
            client_id: p.clientId,
            code_verifier: p.verifier,
          }),
        })
      ).json();
      steps.push(`token ${typeof tokens.access_token}`);
      const info = await (
        await fetch(config.userinfo_endpoint, {
          headers: { authorization: `Bearer ${tokens.access_token}` },
        })
      ).json();
      steps.push(`userinfo ${info.preferred_username}`);
    } catch (error) {
      steps.push(`blocked: ${(error as Error).name}`);
    }
    return steps;
  })();
}

async function runSpa(app: SignInApp, username: string): Promise<string[]> {
  const { codeVerifier, codeChallenge } = pkcePair();
  const issuer = `${h.local.authBaseUrl}/${h.local.environmentId}/as`;
  const plan: Plan = {
    discovery: `${issuer}/.well-known/openid-configuration`,
    authorize: authorizeUrl(h, {
      ...app,
      scope: 'openid profile',
      responseMode: 'pi.flow',
      codeChallenge,
    }),
    flowBase: `${h.local.authBaseUrl}/${h.local.environmentId}/flows`,
    token: `${issuer}/token`,
    clientId: app.clientId,
    redirectUri: app.redirectUri,
    verifier: codeVerifier,
    username,
    password: PASSWORD,
  };
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${spaOrigin}/`);
    return await page.evaluate(spaSignIn, plan);
  } finally {
    await context.close();
  }
}

function spaApp(corsSettings?: unknown): Promise<SignInApp> {
  return createSignInApp(h, {
    scopes: ['openid', 'profile'],
    body: {
      type: 'SINGLE_PAGE_APP',
      tokenEndpointAuthMethod: 'NONE',
      pkceEnforcement: 'S256_REQUIRED',
      ...(corsSettings ? { corsSettings } : {}),
    },
  });
}

describe('a single-page app on another origin, in Chromium', () => {
  it("signs in with fetch alone when corsSettings lists the SPA's origin", async () => {
    const user = await importTestUser(h, PASSWORD);
    const app = await spaApp({ behavior: 'ALLOW_SPECIFIC_ORIGINS', origins: [spaOrigin] });
    expect(await runSpa(app, user.username)).toEqual([
      'discovery true',
      'authorize USERNAME_PASSWORD_REQUIRED',
      'flow COMPLETED',
      'token string',
      `userinfo ${user.username}`,
    ]);
  });

  it('is blocked by the browser at authorize for an app without corsSettings (legacy)', async () => {
    const user = await importTestUser(h, PASSWORD);
    const app = await spaApp();
    expect(await runSpa(app, user.username)).toEqual(['discovery true', 'blocked: TypeError']);
  });

  it('is blocked at authorize for an app that lists other origins', async () => {
    const user = await importTestUser(h, PASSWORD);
    const app = await spaApp({
      behavior: 'ALLOW_SPECIFIC_ORIGINS',
      origins: ['https://elsewhere.example'],
    });
    expect(await runSpa(app, user.username)).toEqual(['discovery true', 'blocked: TypeError']);
  });
});
