/**
 * Fidelity review: access-token lifetimes keep to PingOne's bounds, 300 … 2 592 000 s
 * (`TOKEN_LIFETIME_BOUNDS` in src/local/pingone-behaviour.ts). A test that needs an expired
 * token advances PingOne Local's clock instead of shortening the lifetime.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadLocalConfig } from '../../src/local/config.js';
import { startHarness } from './helpers.js';

const refusal =
  /^tokenLifetimeSeconds must be an integer between 300 and 2592000 \(PingOne's bounds\); advance the clock to expire tokens sooner$/;

describe('token lifetime bounds', () => {
  it('PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS outside 300 … 2 592 000 is a configuration error', () => {
    for (const value of ['60', '299', '2592001']) {
      expect(() => loadLocalConfig({ PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS: value })).toThrow(
        ConfigError,
      );
      expect(() => loadLocalConfig({ PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS: value })).toThrow(
        'PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS must be between 300 and 2592000',
      );
    }
    expect(
      loadLocalConfig({ PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS: '300' }).tokenLifetimeSeconds,
    ).toBe(300);
    expect(
      loadLocalConfig({ PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS: '2592000' }).tokenLifetimeSeconds,
    ).toBe(2_592_000);
  });

  it('the tokenLifetimeSeconds option outside the bounds refuses to start', async () => {
    for (const seconds of [1, 299, 300.5, 2_592_001]) {
      await expect(startHarness({ tokenLifetimeSeconds: seconds })).rejects.toThrow(refusal);
    }
  });

  it('the 300 s floor: expires_in 300, the token works until PingOne Local’s clock passes it', async () => {
    const h = await startHarness({ tokenLifetimeSeconds: 300 });
    try {
      const res = await fetch(`${h.local.authBaseUrl}/${h.local.environmentId}/as/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${h.local.clientId}:${h.local.clientSecret}`).toString('base64')}`,
        },
        body: 'grant_type=client_credentials',
      });
      const body = (await res.json()) as { access_token: string; expires_in: number };
      expect(body.expires_in).toBe(300);
      const token = body.access_token;
      const { iat, exp } = JSON.parse(
        Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'),
      ) as { iat: number; exp: number };
      expect(exp - iat).toBe(300);
      // The clock keeps running under the offset: stop 2 s short of `exp`, then pass it.
      h.local.clock.advance(exp - h.local.clock.now() / 1000 - 2);
      expect((await h.api('/users?limit=1', { token })).status).toBe(200);
      h.local.clock.advance(3);
      const expired = await h.api('/users?limit=1', { token });
      expect(expired.status).toBe(401);
      expect(expired.body.details[0].code).toBe('INVALID_TOKEN');
    } finally {
      await h.close();
    }
  });
});
