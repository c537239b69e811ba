/**
 * Fidelity review: the `scope` parameter of a client_credentials request is validated
 * (`BUILT_IN_SCOPE_NAMES` in src/local/pingone-applications.ts, docs/pingone-behaviour.md §2.1).
 */
import { describe, expect, it } from 'vitest';
import { useHarness } from './helpers.js';

const h = useHarness();

async function token(form: string, secret = h.local.clientSecret) {
  const res = await fetch(`${h.local.authBaseUrl}/${h.local.environmentId}/as/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${h.local.clientId}:${secret}`).toString('base64')}`,
    },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function claims(accessToken: unknown): Record<string, unknown> {
  const part = String(accessToken).split('.')[1]!;
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

describe('client_credentials scope', () => {
  it('no scope, an empty one or a blank one grants the role-only token (scope claim "")', async () => {
    for (const form of [
      'grant_type=client_credentials',
      'grant_type=client_credentials&scope=',
      'grant_type=client_credentials&scope=+++',
    ]) {
      const res = await token(form);
      expect(res.status, form).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
      expect(claims(res.body.access_token).scope).toBe('');
    }
  });

  it('refuses a scope the worker may not have: OpenID Connect and self-management scopes', async () => {
    for (const scope of ['openid', 'p1:reset:userPassword', 'profile email']) {
      const res = await token(`grant_type=client_credentials&scope=${encodeURIComponent(scope)}`);
      expect(res).toEqual({
        status: 400,
        body: {
          error: 'invalid_scope',
          error_description: `The application has not been granted the requested scope: ${scope.split(' ')[0]}.`,
        },
      });
    }
  });

  it('refuses an unknown scope, naming the first refused one', async () => {
    const res = await token('grant_type=client_credentials&scope=no:such:scope+openid');
    expect(res).toEqual({
      status: 400,
      body: { error: 'invalid_scope', error_description: 'Unknown scope: no:such:scope.' },
    });
  });

  it('authenticates the client before looking at the scope', async () => {
    const res = await token('grant_type=client_credentials&scope=openid', 'wrong-secret');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      error: 'invalid_client',
      error_description: expect.stringMatching(
        /^Request denied: Unsupported authentication method \(Correlation ID: [0-9a-f-]{36}\)$/,
      ),
    });
  });
});
