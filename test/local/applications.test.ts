/**
 * Applications on the management API (`/applications`, `/applications/{id}/secret`), black box
 * over HTTP: whole bodies, PingOne's error codes, the OpenAPI `ApplicationOIDC` and
 * `ApplicationSecret` schemas, and bad input that changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { expectSchema } from '../support/openapi.js';
import { type ApiResponse, ISO_RE, invalidDataBody, UUID_RE, useHarness } from './helpers.js';

const READ_ONLY = {
  clientId: 'read-only-worker',
  clientSecret: 'read-only-secret-0123456789',
  roles: ['Identity Data Read-Only Admin'],
};

const h = useHarness({ extraApplications: [READ_ONLY] });

const WEB_APP = {
  name: 'Portal',
  description: 'The self-service portal',
  enabled: true,
  protocol: 'OPENID_CONNECT',
  type: 'WEB_APP',
  grantTypes: ['AUTHORIZATION_CODE', 'REFRESH_TOKEN'],
  responseTypes: ['CODE'],
  redirectUris: ['https://portal.example.com/callback'],
  postLogoutRedirectUris: ['https://portal.example.com/'],
  loginPageUrl: 'https://portal.example.com/login',
  tokenEndpointAuthMethod: 'CLIENT_SECRET_BASIC',
  pkceEnforcement: 'S256_REQUIRED',
  refreshTokenDuration: 3600,
  refreshTokenRollingDuration: 86400,
};

function checkApp(body: unknown): void {
  expectSchema('ApplicationOIDC', body);
}

function appLinks(id: string) {
  const self = `${h.envBase}/applications/${id}`;
  return {
    self: { href: self },
    environment: { href: h.envBase },
    secret: { href: `${self}/secret` },
    grants: { href: `${self}/grants` },
  };
}

async function create(body: unknown): Promise<ApiResponse> {
  return h.api('/applications', { method: 'POST', body });
}

async function appCount(): Promise<number> {
  const res = await h.api('/applications');
  expect(res.status).toBe(200);
  return res.body.count;
}

function forbiddenBody(res: ApiResponse) {
  return {
    id: res.headers.get('correlation-id'),
    code: 'ACCESS_FAILED',
    message: 'The request could not be completed. You do not have access to this resource.',
    details: [
      {
        code: 'INSUFFICIENT_PERMISSIONS',
        message: 'The actor attempting to perform the request is not authorized.',
      },
    ],
  };
}

function notFoundBody(res: ApiResponse, kind: string, id: string) {
  return {
    id: res.headers.get('correlation-id'),
    code: 'NOT_FOUND',
    message: `Unable to find ${kind} with ID: '${id}'`,
  };
}

describe('applications', () => {
  it('lists the seeded Worker apps as WORKER applications', async () => {
    const res = await h.api('/applications');
    expect(res.status).toBe(200);
    expect(res.body._links).toEqual({ self: { href: `${h.envBase}/applications` } });
    const apps = res.body._embedded.applications as Array<Record<string, unknown>>;
    for (const app of apps) checkApp(app);
    const worker = apps.find((a) => a.id === h.local.clientId);
    expect(worker).toEqual({
      _links: appLinks(h.local.clientId),
      environment: { id: h.local.environmentId },
      id: h.local.clientId,
      name: 'PingOne Local Worker',
      enabled: true,
      type: 'WORKER',
      protocol: 'OPENID_CONNECT',
      createdAt: expect.stringMatching(ISO_RE),
      updatedAt: expect.stringMatching(ISO_RE),
      grantTypes: ['CLIENT_CREDENTIALS'],
      tokenEndpointAuthMethod: 'CLIENT_SECRET_BASIC',
      pkceEnforcement: 'OPTIONAL',
      refreshTokenDuration: 2592000,
    });
    expect(apps.map((a) => a.id)).toContain(READ_ONLY.clientId);
    expect(res.body.count).toBe(apps.length);
    expect(res.body.size).toBe(apps.length);
  });

  it('creates, reads, replaces and deletes a web app', async () => {
    const created = await create(WEB_APP);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(id).toMatch(UUID_RE);
    const expected = {
      _links: appLinks(id),
      environment: { id: h.local.environmentId },
      id,
      ...WEB_APP,
      createdAt: created.body.createdAt,
      updatedAt: created.body.updatedAt,
    };
    expect(created.body).toEqual(expected);
    expect(created.body.createdAt).toMatch(ISO_RE);
    checkApp(created.body);

    const read = await h.api(`/applications/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(expected);

    const listed = await h.api('/applications');
    expect(listed.body._embedded.applications).toContainEqual(expected);

    // GET-then-PUT with changes: every writable member is replaced.
    h.local.clock.advance(1000);
    const { description: _d, loginPageUrl: _l, ...rest } = read.body;
    const replaced = await h.api(`/applications/${id}`, {
      method: 'PUT',
      body: { ...rest, name: 'Portal 2', redirectUris: ['https://portal.example.com/cb2'] },
    });
    expect(replaced.status).toBe(200);
    const { description: _d2, loginPageUrl: _l2, ...expectedRest } = expected;
    expect(replaced.body).toEqual({
      ...expectedRest,
      name: 'Portal 2',
      redirectUris: ['https://portal.example.com/cb2'],
      updatedAt: replaced.body.updatedAt,
    });
    expect(Date.parse(replaced.body.updatedAt)).toBeGreaterThan(Date.parse(expected.updatedAt));
    checkApp(replaced.body);

    const deleted = await h.api(`/applications/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    const gone = await h.api(`/applications/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual(notFoundBody(gone, 'application', id));
  });

  it('applies PingOne defaults: disabled, PKCE optional, 30-day refresh tokens', async () => {
    const res = await create({
      name: 'SPA',
      protocol: 'OPENID_CONNECT',
      type: 'SINGLE_PAGE_APP',
      grantTypes: ['AUTHORIZATION_CODE'],
      responseTypes: ['CODE'],
      redirectUris: ['http://localhost:5173/'],
      tokenEndpointAuthMethod: 'NONE',
    });
    expect(res.status).toBe(201);
    checkApp(res.body);
    expect(res.body).toEqual({
      _links: appLinks(res.body.id),
      environment: { id: h.local.environmentId },
      id: res.body.id,
      name: 'SPA',
      enabled: false,
      type: 'SINGLE_PAGE_APP',
      protocol: 'OPENID_CONNECT',
      createdAt: expect.stringMatching(ISO_RE),
      updatedAt: expect.stringMatching(ISO_RE),
      grantTypes: ['AUTHORIZATION_CODE'],
      responseTypes: ['CODE'],
      redirectUris: ['http://localhost:5173/'],
      tokenEndpointAuthMethod: 'NONE',
      pkceEnforcement: 'OPTIONAL',
      refreshTokenDuration: 2592000,
    });
  });

  it('reads and regenerates the secret; the token endpoint follows it', async () => {
    const created = await create({
      name: 'Batch job',
      enabled: true,
      protocol: 'OPENID_CONNECT',
      type: 'WORKER',
      grantTypes: ['CLIENT_CREDENTIALS'],
      tokenEndpointAuthMethod: 'CLIENT_SECRET_BASIC',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const self = `${h.envBase}/applications/${id}`;
    const first = await h.api(`/applications/${id}/secret`);
    expect(first.status).toBe(200);
    expectSchema('ApplicationSecret', first.body);
    expect(first.body).toEqual({
      _links: { self: { href: `${self}/secret` }, application: { href: self } },
      environment: { id: h.local.environmentId },
      secret: expect.stringMatching(/^[A-Za-z0-9_-]{64}$/),
    });
    const oldSecret = first.body.secret as string;
    // The new app authenticates; it holds no role, so the API refuses it.
    const token = await h.token(id, oldSecret);
    const refused = await h.api('/applications', { token });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual(forbiddenBody(refused));

    const rotated = await h.api(`/applications/${id}/secret`, { method: 'POST' });
    expect(rotated.status).toBe(200);
    expectSchema('ApplicationSecret', rotated.body);
    expect(rotated.body.secret).not.toBe(oldSecret);
    expect((await h.api(`/applications/${id}/secret`)).body.secret).toBe(rotated.body.secret);
    await expect(h.token(id, oldSecret)).rejects.toThrow(/token failed: 401/);
    await expect(h.token(id, rotated.body.secret)).resolves.toMatch(/\./);
  });

  it('answers 404 NOT_FOUND for unknown application ids', async () => {
    const id = '5f0c1a2b-0000-4000-8000-000000000000';
    for (const [method, path, body] of [
      ['GET', `/applications/${id}`, undefined],
      ['PUT', `/applications/${id}`, WEB_APP],
      ['DELETE', `/applications/${id}`, undefined],
      ['GET', `/applications/${id}/secret`, undefined],
      ['POST', `/applications/${id}/secret`, undefined],
    ] as const) {
      const res = await h.api(path, { method, body });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body).toEqual(notFoundBody(res, 'application', id));
    }
  });

  it('refuses a token without the application role: 403 on reads and writes', async () => {
    const token = await h.token(READ_ONLY.clientId, READ_ONLY.clientSecret);
    const before = await appCount();
    const id = h.local.clientId;
    for (const [method, path, body] of [
      ['GET', '/applications', undefined],
      ['POST', '/applications', WEB_APP],
      ['GET', `/applications/${id}`, undefined],
      ['PUT', `/applications/${id}`, WEB_APP],
      ['DELETE', `/applications/${id}`, undefined],
      ['GET', `/applications/${id}/secret`, undefined],
      ['POST', `/applications/${id}/secret`, undefined],
    ] as const) {
      const res = await h.api(path, { method, body, token });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body).toEqual(forbiddenBody(res));
    }
    expect(await appCount()).toBe(before);
    // The seeded worker still authenticates with its secret (nothing was rotated).
    await expect(h.token()).resolves.toMatch(/\./);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await h.api('/applications', {
      method: 'POST',
      rawBody: 'name=x',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('INVALID_REQUEST');
  });
});

describe('application validation', () => {
  const cases: Array<[string, Record<string, unknown>, unknown[]]> = [
    [
      'wrong member types',
      { ...WEB_APP, name: 5, enabled: 'yes' },
      [
        { code: 'INVALID_VALUE', target: 'name', message: 'must be a string' },
        { code: 'INVALID_VALUE', target: 'enabled', message: 'must be a boolean' },
      ],
    ],
    [
      'an unknown type',
      { ...WEB_APP, type: 'SERVICE' },
      [
        {
          code: 'INVALID_VALUE',
          target: 'type',
          message: 'is not one of the allowed values',
          innerError: { allowedValues: ['WEB_APP', 'SINGLE_PAGE_APP', 'NATIVE_APP', 'WORKER'] },
        },
      ],
    ],
    [
      'another protocol',
      { ...WEB_APP, protocol: 'SAML' },
      [
        {
          code: 'INVALID_VALUE',
          target: 'protocol',
          message: 'is not one of the allowed values',
          innerError: { allowedValues: ['OPENID_CONNECT'] },
        },
      ],
    ],
    [
      'a grant type PingOne Local does not implement',
      { ...WEB_APP, grantTypes: ['AUTHORIZATION_CODE', 'DEVICE_CODE'] },
      [
        {
          code: 'INVALID_VALUE',
          target: 'grantTypes.1',
          message: 'is not one of the allowed values',
          innerError: {
            allowedValues: [
              'AUTHORIZATION_CODE',
              'IMPLICIT',
              'REFRESH_TOKEN',
              'CLIENT_CREDENTIALS',
            ],
          },
        },
      ],
    ],
    [
      'missing required members',
      { name: 'x' },
      [
        { code: 'REQUIRED_VALUE', target: 'protocol', message: 'is required' },
        { code: 'REQUIRED_VALUE', target: 'type', message: 'is required' },
        { code: 'REQUIRED_VALUE', target: 'grantTypes', message: 'is required' },
        { code: 'REQUIRED_VALUE', target: 'tokenEndpointAuthMethod', message: 'is required' },
      ],
    ],
    [
      'authorization code without redirect URIs',
      { ...WEB_APP, redirectUris: [] },
      [
        {
          code: 'REQUIRED_VALUE',
          target: 'redirectUris',
          message: 'is required for the AUTHORIZATION_CODE and IMPLICIT grant types',
        },
      ],
    ],
    [
      'a refresh token without the code grant',
      { ...WEB_APP, grantTypes: ['REFRESH_TOKEN'], responseTypes: [] },
      [
        {
          code: 'INVALID_VALUE',
          target: 'grantTypes',
          message: 'REFRESH_TOKEN requires the AUTHORIZATION_CODE grant type',
        },
      ],
    ],
    [
      'the CODE response type without the code grant',
      { ...WEB_APP, grantTypes: ['CLIENT_CREDENTIALS'], responseTypes: ['CODE'] },
      [
        {
          code: 'INVALID_VALUE',
          target: 'responseTypes',
          message: 'CODE is required with, and only with, the AUTHORIZATION_CODE grant type',
        },
      ],
    ],
    [
      'implicit without a token response type',
      { ...WEB_APP, grantTypes: ['AUTHORIZATION_CODE', 'IMPLICIT'] },
      [
        {
          code: 'INVALID_VALUE',
          target: 'responseTypes',
          message: 'TOKEN or ID_TOKEN is required with, and only with, the IMPLICIT grant type',
        },
      ],
    ],
    [
      'client credentials on a single-page app',
      {
        ...WEB_APP,
        type: 'SINGLE_PAGE_APP',
        grantTypes: ['CLIENT_CREDENTIALS'],
        responseTypes: [],
      },
      [
        {
          code: 'INVALID_VALUE',
          target: 'grantTypes',
          message:
            'CLIENT_CREDENTIALS is not allowed for SINGLE_PAGE_APP and NATIVE_APP applications',
        },
      ],
    ],
    [
      'a worker without a secret',
      {
        ...WEB_APP,
        type: 'WORKER',
        grantTypes: ['CLIENT_CREDENTIALS'],
        responseTypes: [],
        tokenEndpointAuthMethod: 'NONE',
      },
      [
        {
          code: 'INVALID_VALUE',
          target: 'tokenEndpointAuthMethod',
          message: 'NONE is not allowed with the CLIENT_CREDENTIALS grant type',
        },
        {
          code: 'INVALID_VALUE',
          target: 'tokenEndpointAuthMethod',
          message: 'NONE is not allowed for WORKER applications',
        },
      ],
    ],
    [
      'an auth method PingOne Local does not implement',
      { ...WEB_APP, tokenEndpointAuthMethod: 'PRIVATE_KEY_JWT' },
      [
        {
          code: 'INVALID_VALUE',
          target: 'tokenEndpointAuthMethod',
          message: 'is not one of the allowed values',
          innerError: { allowedValues: ['CLIENT_SECRET_BASIC', 'CLIENT_SECRET_POST', 'NONE'] },
        },
      ],
    ],
    [
      'an oversize name',
      { ...WEB_APP, name: 'n'.repeat(257) },
      [
        {
          code: 'SIZE_LIMIT_EXCEEDED',
          target: 'name',
          message: 'must be at most 256',
          innerError: { maximumValue: 256 },
        },
      ],
    ],
    [
      'too many redirect URIs',
      {
        ...WEB_APP,
        redirectUris: Array.from({ length: 101 }, (_, i) => `https://a.example/${i}`),
      },
      [
        {
          code: 'SIZE_LIMIT_EXCEEDED',
          target: 'redirectUris',
          message: 'must be at most 100',
          innerError: { maximumValue: 100 },
        },
      ],
    ],
    [
      'redirect URIs with a fragment, a wildcard or no scheme',
      {
        ...WEB_APP,
        redirectUris: ['https://a.example/cb#x', 'https://*.example/cb', '/relative'],
      },
      [0, 1, 2].map((i) => ({
        code: 'INVALID_VALUE',
        target: `redirectUris.${i}`,
        message: 'must be an absolute URI without a fragment or wildcard',
      })),
    ],
    [
      'a login page that is not http(s)',
      { ...WEB_APP, loginPageUrl: 'javascript:alert(1)' },
      [
        {
          code: 'INVALID_VALUE',
          target: 'loginPageUrl',
          message: 'must be an absolute http or https URL',
        },
      ],
    ],
    [
      'refresh durations out of range or order',
      { ...WEB_APP, refreshTokenDuration: 59, refreshTokenRollingDuration: 2147483648 },
      [
        {
          code: 'OUT_OF_RANGE',
          target: 'refreshTokenDuration',
          message: 'must be at least 60',
          innerError: { rangeMinimumValue: 60 },
        },
        {
          code: 'SIZE_LIMIT_EXCEEDED',
          target: 'refreshTokenRollingDuration',
          message: 'must be at most 2147483647',
          innerError: { maximumValue: 2147483647 },
        },
      ],
    ],
    [
      'a refresh duration above the rolling duration',
      { ...WEB_APP, refreshTokenDuration: 7200, refreshTokenRollingDuration: 3600 },
      [
        {
          code: 'INVALID_VALUE',
          target: 'refreshTokenDuration',
          message: 'must be less than or equal to refreshTokenRollingDuration',
        },
      ],
    ],
    [
      'a repeated grant type',
      { ...WEB_APP, grantTypes: ['AUTHORIZATION_CODE', 'AUTHORIZATION_CODE'] },
      [
        {
          code: 'INVALID_VALUE',
          target: 'grantTypes',
          message: 'must not contain the same value twice',
        },
      ],
    ],
    [
      'an unknown member',
      { ...WEB_APP, clientSecretPlain: 'x' },
      [
        {
          code: 'INVALID_VALUE',
          target: 'clientSecretPlain',
          message: 'is not a recognised attribute',
        },
      ],
    ],
  ];

  it.each(cases)(
    'refuses %s with 400 INVALID_DATA and creates nothing',
    async (_, body, details) => {
      const before = await appCount();
      const res = await create(body);
      expect(res.status).toBe(400);
      expect(res.body).toEqual(invalidDataBody(res, details));
      expect(await appCount()).toBe(before);
    },
  );

  it('refuses the same problems on PUT and leaves the app unchanged; the type is fixed', async () => {
    const created = await create(WEB_APP);
    const id = created.body.id as string;
    const bad = await h.api(`/applications/${id}`, {
      method: 'PUT',
      body: { ...WEB_APP, redirectUris: [] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].target).toBe('redirectUris');
    const retype = await h.api(`/applications/${id}`, {
      method: 'PUT',
      body: { ...WEB_APP, type: 'NATIVE_APP' },
    });
    expect(retype.status).toBe(400);
    expect(retype.body).toEqual(
      invalidDataBody(retype, [
        { code: 'INVALID_VALUE', target: 'type', message: 'cannot be changed' },
      ]),
    );
    const after = await h.api(`/applications/${id}`);
    expect(after.body).toEqual(created.body);
  });
});
