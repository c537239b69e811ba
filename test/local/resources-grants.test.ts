/**
 * The built-in resources and their scopes (`/resources`, `/resources/{id}/scopes`), the resource
 * grants of applications (`/applications/{id}/grants`), and the optional seeded web app: black box
 * over HTTP, bodies checked whole and against the OpenAPI `Resource`, `ResourceScope` and
 * `ApplicationResourceGrant` schemas.
 */
import { describe, expect, it } from 'vitest';
import { expectSchema } from '../support/openapi.js';
import { startLocal } from '../support/stack.js';
import { type ApiResponse, ISO_RE, invalidDataBody, UUID_RE, useHarness } from './helpers.js';

const READ_ONLY = {
  clientId: 'read-only-worker',
  clientSecret: 'read-only-secret-0123456789',
  roles: ['Identity Data Read-Only Admin'],
};
const WEB_APP = {
  clientId: 'portal-web-app',
  clientSecret: 'portal-web-app-secret-0123',
  redirectUris: ['http://127.0.0.1:3000/callback'],
  postLogoutRedirectUris: ['http://127.0.0.1:3000/'],
  loginPageUrl: 'http://127.0.0.1:3000/login',
};

const h = useHarness({ extraApplications: [READ_ONLY], webApp: WEB_APP });

const P1_SCOPES = [
  'p1:read:user',
  'p1:update:user',
  'p1:update:userMfaEnabled',
  'p1:create:device',
  'p1:read:device',
  'p1:update:device',
  'p1:delete:device',
  'p1:read:userPassword',
  'p1:reset:userPassword',
  'p1:validate:userPassword',
  'p1:read:userLinkedAccounts',
  'p1:delete:userLinkedAccounts',
  'p1:create:pairingKey',
  'p1:read:pairingKey',
  'p1:delete:pairingKey',
  'p1:read:sessions',
  'p1:delete:sessions',
  'p1:read:userConsent',
  'p1:read:oauthConsent',
  'p1:update:oauthConsent',
  'p1:verify:user',
];

interface Scope {
  id: string;
  name: string;
}

async function resources(): Promise<Array<Record<string, unknown> & { id: string; name: string }>> {
  const res = await h.api('/resources');
  expect(res.status).toBe(200);
  return res.body._embedded.resources;
}

async function resourceId(name: string): Promise<string> {
  const found = (await resources()).find((r) => r.name === name);
  if (!found) throw new Error(`no resource ${name}`);
  return found.id;
}

async function scopes(resource: string): Promise<Scope[]> {
  const res = await h.api(`/resources/${resource}/scopes`);
  expect(res.status).toBe(200);
  for (const s of res.body._embedded.scopes) expectSchema('ResourceScope', s);
  return res.body._embedded.scopes;
}

async function newApp(): Promise<string> {
  const res = await h.api('/applications', {
    method: 'POST',
    body: {
      name: 'Grant target',
      enabled: true,
      protocol: 'OPENID_CONNECT',
      type: 'WEB_APP',
      grantTypes: ['AUTHORIZATION_CODE'],
      responseTypes: ['CODE'],
      redirectUris: ['https://rp.example.com/cb'],
      tokenEndpointAuthMethod: 'CLIENT_SECRET_POST',
    },
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

function checkGrant(body: unknown): void {
  expectSchema('ApplicationResourceGrant', body);
}

function notFoundBody(res: ApiResponse, kind: string, id: string) {
  return {
    id: res.headers.get('correlation-id'),
    code: 'NOT_FOUND',
    message: `Unable to find ${kind} with ID: '${id}'`,
  };
}

describe('resources', () => {
  it('lists "openid" and "PingOne API" with their scopes', async () => {
    const res = await h.api('/resources');
    expect(res.body.count).toBe(2);
    const [openid, api] = res.body._embedded.resources;
    for (const r of [openid, api]) expectSchema('Resource', r);
    const self = `${h.envBase}/resources/${openid.id}`;
    expect(openid).toEqual({
      _links: {
        self: { href: self },
        environment: { href: h.envBase },
        scopes: { href: `${self}/scopes` },
      },
      id: expect.stringMatching(UUID_RE),
      environment: { id: h.local.environmentId },
      name: 'openid',
      description: 'OpenID Connect scopes and claims',
      type: 'OPENID_CONNECT',
      audience: 'openid',
      accessTokenValiditySeconds: 3600,
      createdAt: expect.stringMatching(ISO_RE),
      updatedAt: expect.stringMatching(ISO_RE),
    });
    expect(api).toMatchObject({
      name: 'PingOne API',
      type: 'PINGONE_API',
      audience: 'https://api.pingone.com',
    });
    const one = await h.api(`/resources/${api.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(api);

    const openidScopes = await scopes(openid.id);
    expect(openidScopes.map((s) => s.name)).toEqual([
      'openid',
      'profile',
      'email',
      'address',
      'phone',
    ]);
    expect(openidScopes[0]).toEqual({
      _links: {
        self: { href: `${self}/scopes/${openidScopes[0]!.id}` },
        resource: { href: self },
      },
      id: expect.stringMatching(UUID_RE),
      environment: { id: h.local.environmentId },
      resource: { id: openid.id },
      name: 'openid',
      description: 'Signals an OpenID Connect request',
      createdAt: expect.stringMatching(ISO_RE),
      updatedAt: expect.stringMatching(ISO_RE),
    });
    expect((await scopes(api.id)).map((s) => s.name)).toEqual(P1_SCOPES);
  });

  it('answers 404 for an unknown resource and 405 for writes', async () => {
    const id = '00000000-0000-4000-8000-00000000abcd';
    for (const path of [`/resources/${id}`, `/resources/${id}/scopes`]) {
      const res = await h.api(path);
      expect(res.status).toBe(404);
      expect(res.body).toEqual(notFoundBody(res, 'resource', id));
    }
    const post = await h.api('/resources', { method: 'POST', body: { name: 'mine' } });
    expect(post.status).toBe(405);
    expect(post.body.code).toBe('INVALID_REQUEST');
    expect(await resources()).toHaveLength(2);
  });

  it('keeps resource and scope ids across restarts of the same database', async () => {
    const before = await resources();
    const beforeScopes = await scopes(before[0]!.id);
    const again = await startLocal({ dbPath: h.dbPath });
    try {
      const ids = again.handle.store.listResources(h.local.environmentId).map((r) => r.id);
      expect(ids).toEqual(before.map((r) => r.id));
      const scopeIds = again.handle.store
        .listResourceScopes(h.local.environmentId, before[0]!.id)
        .map((s) => s.id);
      expect(scopeIds).toEqual(beforeScopes.map((s) => s.id));
    } finally {
      await again.close();
    }
  });
});

describe('application grants', () => {
  it('creates, lists, reads, replaces and deletes a grant', async () => {
    const app = await newApp();
    const openid = await resourceId('openid');
    const [openidScope, profile, email] = await scopes(openid);
    const created = await h.api(`/applications/${app}/grants`, {
      method: 'POST',
      body: { resource: { id: openid }, scopes: [{ id: openidScope!.id }, { id: profile!.id }] },
    });
    expect(created.status).toBe(201);
    checkGrant(created.body);
    const appHref = `${h.envBase}/applications/${app}`;
    const id = created.body.id as string;
    const expected = {
      _links: {
        self: { href: `${appHref}/grants/${id}` },
        application: { href: appHref },
        resource: { href: `${h.envBase}/resources/${openid}` },
      },
      id: expect.stringMatching(UUID_RE),
      environment: { id: h.local.environmentId },
      application: { id: app },
      resource: { id: openid },
      scopes: [{ id: openidScope!.id }, { id: profile!.id }],
      createdAt: expect.stringMatching(ISO_RE),
      updatedAt: expect.stringMatching(ISO_RE),
    };
    expect(created.body).toEqual(expected);

    const list = await h.api(`/applications/${app}/grants`);
    expect(list.status).toBe(200);
    expect(list.body.count).toBe(1);
    expect(list.body._embedded.grants).toEqual([created.body]);
    const read = await h.api(`/applications/${app}/grants/${id}`);
    expect(read.body).toEqual(created.body);

    const replaced = await h.api(`/applications/${app}/grants/${id}`, {
      method: 'PUT',
      body: { ...read.body, scopes: [{ id: email!.id }] },
    });
    expect(replaced.status).toBe(200);
    checkGrant(replaced.body);
    expect(replaced.body).toEqual({ ...expected, scopes: [{ id: email!.id }] });

    const deleted = await h.api(`/applications/${app}/grants/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    const gone = await h.api(`/applications/${app}/grants/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual(notFoundBody(gone, 'grant', id));
  });

  it('deletes the grants of a deleted application', async () => {
    const app = await newApp();
    const openid = await resourceId('openid');
    const [first] = await scopes(openid);
    const grant = await h.api(`/applications/${app}/grants`, {
      method: 'POST',
      body: { resource: { id: openid }, scopes: [{ id: first!.id }] },
    });
    expect(grant.status).toBe(201);
    expect((await h.api(`/applications/${app}`, { method: 'DELETE' })).status).toBe(204);
    expect(h.handle.store.listGrants(h.local.environmentId, app)).toEqual([]);
    const res = await h.api(`/applications/${app}/grants`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual(notFoundBody(res, 'application', app));
  });

  it('refuses bad grants with 400 INVALID_DATA and stores nothing', async () => {
    const app = await newApp();
    const openid = await resourceId('openid');
    const api = await resourceId('PingOne API');
    const [openidScope] = await scopes(openid);
    const [p1Scope] = await scopes(api);
    const cases: Array<[unknown, unknown[]]> = [
      [
        { resource: { id: 'nope' }, scopes: [{ id: openidScope!.id }] },
        [
          {
            code: 'INVALID_VALUE',
            target: 'resource.id',
            message: 'must reference an existing resource',
          },
        ],
      ],
      [
        { resource: { id: openid }, scopes: [{ id: openidScope!.id }, { id: p1Scope!.id }] },
        [
          {
            code: 'INVALID_VALUE',
            target: 'scopes[1].id',
            message: 'must reference a scope of the granted resource',
          },
        ],
      ],
      [
        { resource: { id: openid }, scopes: [] },
        [
          {
            code: 'OUT_OF_RANGE',
            target: 'scopes',
            message: 'must be at least 1',
            innerError: { rangeMinimumValue: 1 },
          },
        ],
      ],
      [
        { resource: { id: openid }, scopes: [{ id: openidScope!.id }, { id: openidScope!.id }] },
        [
          {
            code: 'INVALID_VALUE',
            target: 'scopes',
            message: 'must not contain the same value twice',
          },
        ],
      ],
      [
        { resource: openid, scopes: 'openid' },
        [
          { code: 'INVALID_VALUE', target: 'resource', message: 'must be a object' },
          { code: 'INVALID_VALUE', target: 'scopes', message: 'must be a array' },
        ],
      ],
      [
        { scopes: [{ id: openidScope!.id }] },
        [{ code: 'REQUIRED_VALUE', target: 'resource', message: 'is required' }],
      ],
    ];
    for (const [body, details] of cases) {
      const res = await h.api(`/applications/${app}/grants`, { method: 'POST', body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toEqual(invalidDataBody(res, details));
    }
    expect(h.handle.store.listGrants(h.local.environmentId, app)).toEqual([]);
  });

  it('answers 404 for unknown apps and grants, 403 for a token without the role', async () => {
    const unknownApp = '00000000-0000-4000-8000-0000000000aa';
    const res = await h.api(`/applications/${unknownApp}/grants`, {
      method: 'POST',
      body: { resource: { id: 'x' }, scopes: [{ id: 'y' }] },
    });
    expect(res.status).toBe(404);
    expect(res.body).toEqual(notFoundBody(res, 'application', unknownApp));
    const app = await newApp();
    const missing = await h.api(`/applications/${app}/grants/${unknownApp}`, { method: 'DELETE' });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(notFoundBody(missing, 'grant', unknownApp));

    const token = await h.token(READ_ONLY.clientId, READ_ONLY.clientSecret);
    const openid = await resourceId('openid');
    const [first] = await scopes(openid);
    for (const [method, path] of [
      ['GET', '/resources'],
      ['GET', `/resources/${openid}/scopes`],
      ['POST', `/applications/${app}/grants`],
      ['GET', `/applications/${app}/grants`],
    ] as const) {
      const denied = await h.api(path, {
        method,
        token,
        body:
          method === 'POST' ? { resource: { id: openid }, scopes: [{ id: first!.id }] } : undefined,
      });
      expect(denied.status, `${method} ${path}`).toBe(403);
      expect(denied.body.details).toEqual([
        {
          code: 'INSUFFICIENT_PERMISSIONS',
          message: 'The actor attempting to perform the request is not authorized.',
        },
      ]);
    }
    expect(h.handle.store.listGrants(h.local.environmentId, app)).toEqual([]);
  });
});

describe('the seeded web app (PINGONE_LOCAL_WEB_APP_*)', () => {
  it('is a WEB_APP with the configured URIs, secret and sign-in grants', async () => {
    const res = await h.api(`/applications/${WEB_APP.clientId}`);
    expect(res.status).toBe(200);
    expectSchema('ApplicationOIDC', res.body);
    expect(res.body).toMatchObject({
      id: WEB_APP.clientId,
      name: 'PingOne Local Web App',
      enabled: true,
      type: 'WEB_APP',
      protocol: 'OPENID_CONNECT',
      grantTypes: ['AUTHORIZATION_CODE', 'REFRESH_TOKEN'],
      responseTypes: ['CODE'],
      redirectUris: WEB_APP.redirectUris,
      postLogoutRedirectUris: WEB_APP.postLogoutRedirectUris,
      loginPageUrl: WEB_APP.loginPageUrl,
      tokenEndpointAuthMethod: 'CLIENT_SECRET_BASIC',
    });
    const secret = await h.api(`/applications/${WEB_APP.clientId}/secret`);
    expect(secret.body.secret).toBe(WEB_APP.clientSecret);

    const grants = await h.api(`/applications/${WEB_APP.clientId}/grants`);
    expect(grants.body.count).toBe(2);
    const names = new Map<string, string>();
    for (const r of await resources()) {
      for (const s of await scopes(r.id)) names.set(s.id, `${r.name}/${s.name}`);
    }
    const granted = (grants.body._embedded.grants as Array<{ scopes: Scope[] }>).flatMap((g) => {
      checkGrant(g);
      return g.scopes.map((s) => names.get(s.id));
    });
    expect(granted).toEqual([
      'openid/openid',
      'openid/profile',
      'openid/email',
      'PingOne API/p1:read:user',
      'PingOne API/p1:update:user',
      'PingOne API/p1:reset:userPassword',
      'PingOne API/p1:read:sessions',
      'PingOne API/p1:delete:sessions',
    ]);
  });
});
