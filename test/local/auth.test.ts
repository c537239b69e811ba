import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectSchema, validateSchema } from '../support/openapi.js';
import { invalidTokenBody, UUID_RE, useHarness } from './helpers.js';

const READ_ONLY = {
  clientId: 'read-only-worker',
  clientSecret: 'read-only-secret-0123456789',
  roles: ['Identity Data Read-Only Admin'],
};
const POST_APP = {
  clientId: 'post-worker',
  clientSecret: 'post-secret-0123456789abcdef',
  tokenAuthMethod: 'client_secret_post' as const,
  roles: ['Identity Data Admin'],
};

const h = useHarness({ extraApplications: [READ_ONLY, POST_APP] });

function tokenUrl() {
  return `${h.local.authBaseUrl}/${h.local.environmentId}/as/token`;
}

function basic(id: string, secret: string) {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

async function postToken(headers: Record<string, string>, body: string) {
  const res = await fetch(tokenUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as Record<string, unknown>,
  };
}

function decode(part: string) {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('token endpoint', () => {
  it('issues an RS256 JWT for client_secret_basic, verifiable with the JWKS', async () => {
    const res = await postToken(
      { authorization: basic(h.local.clientId, h.local.clientSecret) },
      'grant_type=client_credentials',
    );
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    expect(res.body.token_type).toBe('Bearer');
    expect(res.body.expires_in).toBe(3600);
    const [h64, p64, s64] = String(res.body.access_token).split('.') as [string, string, string];
    const header = decode(h64);
    const claims = decode(p64);
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: expect.stringMatching(UUID_RE) });
    const now = Math.floor(h.local.clock.now() / 1000);
    expect(claims).toEqual({
      client_id: h.local.clientId,
      iss: `${h.local.authBaseUrl}/${h.local.environmentId}/as`,
      aud: ['https://api.pingone.com'],
      scope: '',
      iat: expect.any(Number),
      exp: (claims.iat as number) + 3600,
      jti: expect.stringMatching(UUID_RE),
      env: h.local.environmentId,
      org: expect.stringMatching(UUID_RE),
    });
    expect(Math.abs((claims.iat as number) - now)).toBeLessThanOrEqual(5);

    const jwks = (await (
      await fetch(`${h.local.authBaseUrl}/${h.local.environmentId}/as/jwks`)
    ).json()) as { keys: Array<Record<string, string>> };
    expect(jwks.keys).toHaveLength(1);
    const jwk = jwks.keys[0]!;
    expect(jwk).toEqual({
      kty: 'RSA',
      kid: header.kid,
      use: 'sig',
      alg: 'RS256',
      n: expect.any(String),
      e: 'AQAB',
    });
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    expect(verify('sha256', Buffer.from(`${h64}.${p64}`), key, Buffer.from(s64, 'base64url'))).toBe(
      true,
    );
  });

  it('refuses a wrong secret with invalid_client and the correlation ID in the description', async () => {
    const res = await postToken(
      { authorization: basic(h.local.clientId, 'wrong-secret') },
      'grant_type=client_credentials',
    );
    expect(res.status).toBe(401);
    const correlationId = res.headers.get('correlation-id');
    expect(correlationId).toMatch(UUID_RE);
    expect(res.body).toEqual({
      error: 'invalid_client',
      error_description: `Request denied: Unsupported authentication method (Correlation ID: ${correlationId})`,
    });
  });

  it('refuses the wrong authentication method for the app (post against a basic app and vice versa)', async () => {
    const post = await postToken(
      {},
      `grant_type=client_credentials&client_id=${h.local.clientId}&client_secret=${encodeURIComponent(h.local.clientSecret)}`,
    );
    expect(post.status).toBe(401);
    expect(post.body.error).toBe('invalid_client');
    const basicOnPostApp = await postToken(
      { authorization: basic(POST_APP.clientId, POST_APP.clientSecret) },
      'grant_type=client_credentials',
    );
    expect(basicOnPostApp.status).toBe(401);
    expect(basicOnPostApp.body.error).toBe('invalid_client');
    const ok = await postToken(
      {},
      `grant_type=client_credentials&client_id=${POST_APP.clientId}&client_secret=${POST_APP.clientSecret}`,
    );
    expect(ok.status).toBe(200);
  });

  it('refuses an unknown client and an unsupported grant', async () => {
    const unknown = await postToken(
      { authorization: basic('nobody', 'x') },
      'grant_type=client_credentials',
    );
    expect(unknown.status).toBe(401);
    const grant = await postToken(
      { authorization: basic(h.local.clientId, h.local.clientSecret) },
      'grant_type=password',
    );
    expect(grant).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
    const missing = await postToken(
      { authorization: basic(h.local.clientId, h.local.clientSecret) },
      '',
    );
    expect(missing).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });

  it('answers 405 for GET on the token endpoint', async () => {
    const res = await fetch(tokenUrl());
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
});

describe('bearer checks', () => {
  it('401 INVALID_TOKEN for a missing, malformed or badly signed token (exact body)', async () => {
    const missing = await h.api('/users', { token: null });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual(invalidTokenBody(missing));
    expectSchema('P1Error', missing.body);

    const garbage = await h.api('/users', { token: 'not.a.jwt' });
    expect(garbage.status).toBe(401);
    expect(garbage.body).toEqual(invalidTokenBody(garbage));

    const good = await h.token();
    const [a, b, c] = good.split('.') as [string, string, string];
    const tamperedClaims = Buffer.from(
      JSON.stringify({ ...decode(b), client_id: READ_ONLY.clientId }),
    ).toString('base64url');
    const tampered = await h.api('/users', { token: `${a}.${tamperedClaims}.${c}` });
    expect(tampered.status).toBe(401);
    expect(tampered.body).toEqual(invalidTokenBody(tampered));
  });

  it('401 INVALID_TOKEN once the token has expired on the local clock', async () => {
    const token = await h.token();
    expect((await h.api('/users?limit=1', { token })).status).toBe(200);
    h.local.clock.advance(3600);
    try {
      const res = await h.api('/users?limit=1', { token });
      expect(res.status).toBe(401);
      expect(res.body).toEqual(invalidTokenBody(res));
    } finally {
      h.local.clock.reset();
    }
  });

  it('403 INSUFFICIENT_PERMISSIONS when the app roles lack the permission', async () => {
    const token = await h.token(READ_ONLY.clientId, READ_ONLY.clientSecret);
    expect((await h.api('/users?limit=1', { token })).status).toBe(200);
    const res = await h.api('/users', {
      method: 'POST',
      token,
      body: { username: 'x', email: 'x@example.com' },
    });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      id: res.headers.get('correlation-id'),
      code: 'ACCESS_FAILED',
      message: 'The request could not be completed. You do not have access to this resource.',
      details: [
        {
          code: 'INSUFFICIENT_PERMISSIONS',
          message: 'The actor attempting to perform the request is not authorized.',
        },
      ],
    });
    expectSchema('P1Error', res.body);
    const policies = await h.api('/passwordPolicies', { token });
    expect(policies.status).toBe(403);
  });

  it('403 for a valid token used on another environment', async () => {
    const res = await h.api(
      `${h.local.apiBaseUrl}/environments/00000000-0000-0000-0000-000000000000/users`,
    );
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('ACCESS_FAILED');
    expect(res.body.details[0].code).toBe('INSUFFICIENT_PERMISSIONS');
  });
});

describe('headers, discovery, environment', () => {
  it('sends Correlation-Id and echoes sanitised external IDs', async () => {
    const res = await h.api('/users?limit=1', {
      headers: {
        'X-Ping-External-Transaction-ID': `tx 1<script>${'a'.repeat(200)}`,
        'X-Ping-External-Session-ID': 'sess-1/ok@x=y#z+w',
      },
    });
    expect(res.headers.get('correlation-id')).toMatch(UUID_RE);
    const tx = res.headers.get('x-ping-external-transaction-id')!;
    expect(tx).toBe(`tx_1_script_${'a'.repeat(88)}`);
    expect(tx).toHaveLength(100);
    expect(res.headers.get('x-ping-external-session-id')).toBe('sess-1/ok@x=y#z+w');
    const generated = await h.api('/users?limit=1');
    expect(generated.headers.get('x-ping-external-transaction-id')).toMatch(UUID_RE);
  });

  it('serves the OpenID configuration', async () => {
    const res = await fetch(
      `${h.local.authBaseUrl}/${h.local.environmentId}/as/.well-known/openid-configuration`,
    );
    const body = (await res.json()) as Record<string, unknown>;
    const issuer = `${h.local.authBaseUrl}/${h.local.environmentId}/as`;
    expect(body).toMatchObject({
      issuer,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      id_token_signing_alg_values_supported: ['RS256'],
    });
  });

  it('reads the environment', async () => {
    const res = await h.api('');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: h.local.environmentId,
      name: 'PingOne Local',
      region: 'NA',
    });
    // The description's `region` is oneOf [enum, string]: an enum value matches both branches, so
    // no real region can pass; everything else is checked.
    expect(
      validateSchema('Environment', res.body).filter((e) => !e.startsWith('$.region')),
    ).toEqual([]);
  });

  it('answers unknown routes with a 404 envelope', async () => {
    const res = await h.api('/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      id: res.headers.get('correlation-id'),
      code: 'NOT_FOUND',
      message: 'The requested resource was not found.',
    });
  });
});
