/**
 * CORS as PingOne answers it (docs/pingone-behaviour.md §13.9, choices T11–T15): applications'
 * `corsSettings` through the Management API, then preflights and actual requests with `Origin`
 * headers over HTTP on discovery, JWKS, userinfo, the Management API, token, introspect, revoke,
 * authorize, the Flows API, resume and signoff.
 */
import { describe, expect, it } from 'vitest';
import { expectSchema } from '../support/openapi.js';
import { importTestUser, invalidDataBody, useHarness } from './helpers.js';
import {
  authorizeUrl,
  createSignInApp,
  flowUrl,
  pkcePair,
  type RawResponse,
  type SignInApp,
  send,
} from './signin-helpers.js';
import { basicAuthOf } from './token-helpers.js';

const h = useHarness({}, { resetClock: true });
const PASSWORD = 'Secret-Passw0rd!';
const SPA_ORIGIN = 'https://spa.example';
const EVIL_ORIGIN = 'https://evil.example';

/** A CORS preflight for `method` with `headers` requested. */
function preflight(url: string, origin: string, method: string, headers?: string) {
  return send(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      ...(headers ? { 'access-control-request-headers': headers } : {}),
    },
  });
}

const as = (endpoint: string) => `${h.local.authBaseUrl}/${h.local.environmentId}/as/${endpoint}`;
const acao = (res: RawResponse) => res.headers.get('access-control-allow-origin');

/** A public SPA (NONE, PKCE) with `corsSettings` (omitted when undefined). */
function spa(corsSettings?: unknown): Promise<SignInApp> {
  return createSignInApp(h, {
    body: {
      type: 'SINGLE_PAGE_APP',
      tokenEndpointAuthMethod: 'NONE',
      pkceEnforcement: 'S256_REQUIRED',
      ...(corsSettings === undefined ? {} : { corsSettings }),
    },
  });
}

const SPECIFIC = { behavior: 'ALLOW_SPECIFIC_ORIGINS', origins: [SPA_ORIGIN] };

describe('corsSettings in the applications API', () => {
  const base = {
    name: 'CORS app',
    protocol: 'OPENID_CONNECT',
    type: 'SINGLE_PAGE_APP',
    grantTypes: ['AUTHORIZATION_CODE'],
    responseTypes: ['CODE'],
    redirectUris: ['https://spa.example/callback'],
    tokenEndpointAuthMethod: 'NONE',
  };

  it('stores and shows corsSettings; PUT without them goes back to the legacy behaviour', async () => {
    const origins = ['https://spa.example', 'http://localhost:5173', 'https://*.example.com'];
    const created = await h.api('/applications', {
      method: 'POST',
      body: { ...base, corsSettings: { behavior: 'ALLOW_SPECIFIC_ORIGINS', origins } },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.corsSettings).toEqual({ behavior: 'ALLOW_SPECIFIC_ORIGINS', origins });
    expectSchema('ApplicationOIDC', created.body);
    const id = created.body.id as string;
    const none = await h.api(`/applications/${id}`, {
      method: 'PUT',
      body: { ...base, corsSettings: { behavior: 'ALLOW_NO_ORIGINS', origins: [] } },
    });
    expect(none.status).toBe(200);
    expect(none.body.corsSettings).toEqual({ behavior: 'ALLOW_NO_ORIGINS' });
    expectSchema('ApplicationOIDC', none.body);
    const legacy = await h.api(`/applications/${id}`, { method: 'PUT', body: base });
    expect(legacy.status).toBe(200);
    expect(legacy.body).not.toHaveProperty('corsSettings');
    expect((await h.api(`/applications/${id}`)).body).not.toHaveProperty('corsSettings');
  });

  it.each([
    [
      'an origin with a path',
      { behavior: 'ALLOW_SPECIFIC_ORIGINS', origins: ['https://spa.example/app'] },
      'corsSettings.origins.0',
    ],
    [
      'a non-http origin',
      { behavior: 'ALLOW_SPECIFIC_ORIGINS', origins: ['ftp://spa.example'] },
      'corsSettings.origins.0',
    ],
    [
      'a wildcard that is not a leftmost label',
      { behavior: 'ALLOW_SPECIFIC_ORIGINS', origins: ['https://spa*.example'] },
      'corsSettings.origins.0',
    ],
    [
      'more than 20 origins',
      {
        behavior: 'ALLOW_SPECIFIC_ORIGINS',
        origins: Array.from({ length: 21 }, (_, i) => `https://a${i}.example`),
      },
      'corsSettings.origins',
    ],
    [
      'no origins for ALLOW_SPECIFIC_ORIGINS',
      { behavior: 'ALLOW_SPECIFIC_ORIGINS' },
      'corsSettings.origins',
    ],
    [
      'origins for ALLOW_NO_ORIGINS',
      { behavior: 'ALLOW_NO_ORIGINS', origins: [SPA_ORIGIN] },
      'corsSettings.origins',
    ],
    ['an unknown behaviour', { behavior: 'ALLOW_ALL_ORIGINS' }, 'corsSettings.behavior'],
    ['no behaviour', { origins: [SPA_ORIGIN] }, 'corsSettings.behavior'],
  ])('refuses %s with INVALID_DATA and creates nothing', async (_name, corsSettings, target) => {
    const before = (await h.api('/applications')).body._embedded.applications.length;
    const res = await h.api('/applications', {
      method: 'POST',
      body: { ...base, corsSettings },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_DATA');
    expect(res.body.details.map((d: { target: string }) => d.target)).toContain(target);
    expect(res.body).toEqual(invalidDataBody(res, res.body.details));
    expect((await h.api('/applications')).body._embedded.applications).toHaveLength(before);
  });
});

describe('CORS on endpoints authenticated by nothing or by an access token', () => {
  it('discovery and JWKS: any origin, preflight included', async () => {
    for (const endpoint of ['.well-known/openid-configuration', 'jwks']) {
      const res = await send(as(endpoint), { headers: { origin: EVIL_ORIGIN } });
      expect(res.status).toBe(200);
      expect(acao(res)).toBe('*');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      const pre = await preflight(as(endpoint), EVIL_ORIGIN, 'GET');
      expect(pre.status).toBe(204);
      expect(acao(pre)).toBe('*');
      expect(pre.headers.get('access-control-allow-methods')).toBe('GET');
    }
  });

  it('answers without CORS headers when no Origin is sent, and a plain OPTIONS stays 405', async () => {
    const res = await send(as('jwks'));
    expect(acao(res)).toBeNull();
    const options = await send(as('jwks'), { method: 'OPTIONS' });
    expect(options.status).toBe(405);
    expect(options.headers.get('allow')).toBe('GET');
  });

  it('userinfo and the Management API with a user token: any origin, Authorization allowed', async () => {
    const pre = await preflight(as('userinfo'), EVIL_ORIGIN, 'GET', 'authorization');
    expect(pre.status).toBe(204);
    expect(acao(pre)).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')).toBe('authorization');
    const unauthenticated = await send(as('userinfo'), { headers: { origin: SPA_ORIGIN } });
    expect(unauthenticated.status).toBe(401);
    // The page can read the error and its challenge.
    expect(acao(unauthenticated)).toBe('*');
    expect(unauthenticated.headers.get('access-control-expose-headers')).toContain(
      'WWW-Authenticate',
    );
    const usersUrl = `${h.envBase}/users`;
    const api = await preflight(usersUrl, SPA_ORIGIN, 'PUT', 'authorization, content-type');
    expect(api.status).toBe(204);
    expect(api.headers.get('access-control-allow-methods')).toBe('PUT');
    expect(api.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
  });
});

describe('CORS on the client endpoints (token, introspect, revoke)', () => {
  async function codeFor(app: SignInApp) {
    const { codeVerifier, codeChallenge } = pkcePair();
    const user = await importTestUser(h, PASSWORD);
    const start = await send(
      authorizeUrl(h, { ...app, responseMode: 'pi.flow', codeChallenge, state: 's' }),
      { headers: { origin: SPA_ORIGIN } },
    );
    expect(start.status, JSON.stringify(start.body)).toBe(200);
    const done = await send(flowUrl(h, start.body.id), {
      method: 'POST',
      headers: { origin: SPA_ORIGIN },
      contentType: 'application/vnd.pingidentity.usernamePassword.check+json',
      body: JSON.stringify({ username: user.username, password: PASSWORD }),
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    return { code: done.body.authorizeResponse.code as string, codeVerifier, user, start, done };
  }

  function tokenRequest(app: SignInApp, origin: string, form: Record<string, string>) {
    return send(as('token'), {
      method: 'POST',
      headers: { origin },
      contentType: 'application/x-www-form-urlencoded',
      body: new URLSearchParams({ client_id: app.clientId, ...form }).toString(),
    });
  }

  it("a SPA's origin reads token answers; another origin gets none to read", async () => {
    const app = await spa(SPECIFIC);
    const { code, codeVerifier, start, done } = await codeFor(app);
    // authorize and the flow are cookie-session endpoints: credentials allowed for the app's origin.
    for (const res of [start, done]) {
      expect(acao(res)).toBe(SPA_ORIGIN);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
      expect(res.headers.get('vary')).toContain('Origin');
    }
    const form = { grant_type: 'authorization_code', code, redirect_uri: app.redirectUri };
    const refused = await tokenRequest(app, EVIL_ORIGIN, {
      ...form,
      code_verifier: 'x'.repeat(43),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_grant');
    expect(acao(refused)).toBeNull();
    const tokens = await tokenRequest(app, SPA_ORIGIN, { ...form, code_verifier: codeVerifier });
    expect(tokens.status, JSON.stringify(tokens.body)).toBe(200);
    expect(acao(tokens)).toBe(SPA_ORIGIN);
    expect(tokens.headers.get('access-control-allow-credentials')).toBeNull();
    expect(tokens.headers.get('vary')).toContain('Origin');
    // The preflight of a client endpoint cannot name its client: the actual answer decides.
    const pre = await preflight(as('token'), EVIL_ORIGIN, 'POST', 'authorization');
    expect(pre.status).toBe(204);
    expect(acao(pre)).toBe(EVIL_ORIGIN);
  });

  it('without corsSettings (legacy): token and introspect closed, revoke open', async () => {
    const app = await spa();
    const { code, codeVerifier } = await codeFor(app);
    const tokens = await tokenRequest(app, SPA_ORIGIN, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: app.redirectUri,
      code_verifier: codeVerifier,
    });
    expect(tokens.status).toBe(200);
    expect(acao(tokens)).toBeNull();
    const revoke = await send(as('revoke'), {
      method: 'POST',
      headers: { origin: SPA_ORIGIN },
      contentType: 'application/x-www-form-urlencoded',
      body: new URLSearchParams({
        client_id: app.clientId,
        token: tokens.body.refresh_token,
      }).toString(),
    });
    expect(revoke.status).toBe(200);
    expect(acao(revoke)).toBe(SPA_ORIGIN);
  });

  it('a confidential client is named by its Basic credentials', async () => {
    const web = await createSignInApp(h, { body: { corsSettings: SPECIFIC } });
    const res = await send(as('introspect'), {
      method: 'POST',
      headers: { origin: SPA_ORIGIN, authorization: basicAuthOf(web) },
      contentType: 'application/x-www-form-urlencoded',
      body: 'token=unknown',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ active: false });
    expect(acao(res)).toBe(SPA_ORIGIN);
  });
});

describe('CORS on the cookie-session endpoints (authorize, flows, resume, signoff)', () => {
  it("preflights: only the application's origins, with credentials", async () => {
    const app = await spa(SPECIFIC);
    const start = await send(
      authorizeUrl(h, { ...app, responseMode: 'pi.flow', codeChallenge: pkcePair().codeChallenge }),
      { headers: { origin: SPA_ORIGIN } },
    );
    const flow = flowUrl(h, start.body.id);
    const type = 'content-type';
    const ok = await preflight(flow, SPA_ORIGIN, 'POST', type);
    expect(ok.status).toBe(204);
    expect(acao(ok)).toBe(SPA_ORIGIN);
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    expect(ok.headers.get('access-control-allow-headers')).toBe(type);
    const evil = await preflight(flow, EVIL_ORIGIN, 'POST', type);
    expect(evil.status).toBe(403);
    expect(evil.body.code).toBe('ACCESS_FAILED');
    expect(evil.body.id).toBe(evil.headers.get('correlation-id'));
    expect(acao(evil)).toBeNull();
    const resume = await preflight(
      `${as('resume')}?flowId=${start.body.id}`,
      SPA_ORIGIN,
      'GET',
      'x-requested-with',
    );
    expect(resume.status).toBe(204);
    const unknownFlow = await preflight(flowUrl(h, 'no-such-flow'), SPA_ORIGIN, 'POST', type);
    expect(unknownFlow.status).toBe(403);
  });

  it.each([
    ['legacy (no corsSettings)', undefined],
    ['ALLOW_NO_ORIGINS', { behavior: 'ALLOW_NO_ORIGINS' }],
  ])('%s: no origin is trusted', async (_name, corsSettings) => {
    const app = await spa(corsSettings);
    const url = authorizeUrl(h, {
      ...app,
      responseMode: 'pi.flow',
      codeChallenge: pkcePair().codeChallenge,
    });
    const pre = await preflight(url, SPA_ORIGIN, 'GET', 'x-requested-with');
    expect(pre.status).toBe(403);
    const res = await send(url, { headers: { origin: SPA_ORIGIN } });
    expect(res.status).toBe(200);
    expect(acao(res)).toBeNull();
  });

  it('wildcard origins match subdomains only; signoff follows the hint’s application', async () => {
    const app = await spa({
      behavior: 'ALLOW_SPECIFIC_ORIGINS',
      origins: ['https://*.example.com'],
    });
    const url = authorizeUrl(h, {
      ...app,
      responseMode: 'pi.flow',
      codeChallenge: pkcePair().codeChallenge,
    });
    expect(acao(await send(url, { headers: { origin: 'https://a.b.example.com' } }))).toBe(
      'https://a.b.example.com',
    );
    expect(acao(await send(url, { headers: { origin: 'https://example.com' } }))).toBeNull();
    expect(acao(await send(url, { headers: { origin: 'http://a.example.com' } }))).toBeNull();
    const signoff = `${as('signoff')}?client_id=${app.clientId}`;
    expect(
      (await preflight(signoff, 'https://x.example.com', 'GET', 'x-requested-with')).status,
    ).toBe(204);
    expect((await preflight(signoff, EVIL_ORIGIN, 'GET', 'x-requested-with')).status).toBe(403);
    // A POSTed sign-off names its application in the form.
    const posted = await send(as('signoff'), {
      method: 'POST',
      headers: { origin: 'https://x.example.com' },
      contentType: 'application/x-www-form-urlencoded',
      body: `client_id=${app.clientId}`,
    });
    expect(posted.status).toBe(200);
    expect(acao(posted)).toBe('https://x.example.com');
    expect(posted.headers.get('access-control-allow-credentials')).toBe('true');
  });
});
