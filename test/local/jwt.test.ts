/**
 * PingOne Local's access tokens, checked with an independent JOSE implementation path: the token
 * verifies against the published JWKS, and forged tokens (no signature, HMAC with the public key,
 * another RSA key under the right kid, an unknown kid, expired before first use) are refused with
 * PingOne's exact 401 INVALID_TOKEN body.
 */
import { generateKeyPairSync } from 'node:crypto';
import {
  createLocalJWKSet,
  decodeProtectedHeader,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose';
import { describe, expect, it } from 'vitest';
import { loadSigningKey, signJwt } from '../../src/local/crypto/signing-keys.js';
import { invalidTokenBody, UUID_RE, useHarness } from './helpers.js';

const h = useHarness({}, { resetClock: true });

function b64url(value: unknown): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString(
    'base64url',
  );
}

async function jwks(): Promise<{ keys: Record<string, string>[] }> {
  const res = await fetch(`${h.local.authBaseUrl}/${h.local.environmentId}/as/jwks`);
  expect(res.status).toBe(200);
  return (await res.json()) as { keys: Record<string, string>[] };
}

async function claimsOf(token: string): Promise<JWTPayload> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as JWTPayload;
}

async function expectRefused(token: string): Promise<void> {
  const res = await h.api('/users?limit=1', { token });
  expect(res.status).toBe(401);
  expect(res.body).toEqual(invalidTokenBody(res));
}

describe('access tokens', () => {
  it('verify against the JWKS with RS256, the JWKS kid and the issuer', async () => {
    const set = await jwks();
    expect(set.keys).toEqual([
      {
        kty: 'RSA',
        kid: expect.stringMatching(UUID_RE),
        use: 'sig',
        alg: 'RS256',
        n: expect.stringMatching(/^[A-Za-z0-9_-]{340,}$/),
        e: 'AQAB',
      },
    ]);
    const token = await h.token();
    expect(decodeProtectedHeader(token)).toEqual({
      alg: 'RS256',
      typ: 'JWT',
      kid: set.keys[0]!.kid,
    });
    const issuer = `${h.local.authBaseUrl}/${h.local.environmentId}/as`;
    const { payload } = await jwtVerify(token, createLocalJWKSet(set as never), {
      algorithms: ['RS256'],
      issuer,
      audience: 'https://api.pingone.com',
      currentDate: new Date(h.local.clock.now()),
    });
    expect(payload.env).toBe(h.local.environmentId);
    expect(payload.client_id).toBe(h.local.clientId);
    expect((await h.api('/users?limit=1', { token })).status).toBe(200);
  });

  it('are signed byte for byte as jose signs them (signJwt uses node:crypto directly)', async () => {
    const key = loadSigningKey(h.handle.store.getSigningKey(h.local.environmentId)!);
    const claims = {
      iss: 'https://issuer.example/as',
      sub: 'ü-user',
      aud: ['https://api.pingone.com'],
      amr: ['pwd'],
      iat: 1_700_000_000,
      exp: 1_700_003_600,
      nested: { a: 1, b: [true, null] },
    };
    const ours = signJwt(key, claims);
    const theirs = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
      .sign(key.privateKey);
    expect(ours).toBe(theirs);
    const { payload, protectedHeader } = await jwtVerify(ours, key.publicKey, {
      algorithms: ['RS256'],
      currentDate: new Date(1_700_000_001_000),
    });
    expect(payload).toEqual(claims);
    expect(protectedHeader).toEqual({ alg: 'RS256', typ: 'JWT', kid: key.kid });
  });

  it('refuses an unsigned token (alg none) carrying valid claims', async () => {
    const good = await h.token();
    const [header] = good.split('.') as [string];
    const kid = (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { kid: string })
      .kid;
    const claims = await claimsOf(good);
    await expectRefused(`${b64url({ alg: 'none', typ: 'JWT', kid })}.${b64url(claims)}.`);
  });

  it('refuses an HS256 token keyed with the public key (algorithm confusion)', async () => {
    const good = await h.token();
    const { kid } = decodeProtectedHeader(good);
    const set = await jwks();
    const secret = new TextEncoder().encode(JSON.stringify(set.keys[0]));
    const forged = await new SignJWT(await claimsOf(good))
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: kid! })
      .sign(secret);
    await expectRefused(forged);
  });

  it('refuses a token signed by another RSA key under the environment’s kid', async () => {
    const good = await h.token();
    const { kid } = decodeProtectedHeader(good);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = await new SignJWT(await claimsOf(good))
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: kid! })
      .sign(privateKey);
    await expectRefused(forged);
  });

  it('refuses a token whose header was changed after signing (another kid)', async () => {
    // The signature covers the header: swapping the kid breaks it.
    const good = await h.token();
    const [, payload, signature] = good.split('.') as [string, string, string];
    const header = b64url({
      alg: 'RS256',
      typ: 'JWT',
      kid: '00000000-0000-4000-8000-000000000000',
    });
    await expectRefused(`${header}.${payload}.${signature}`);
  });

  it('refuses a token that expired on the local clock before its first use', async () => {
    const token = await h.token();
    h.local.clock.advance(3601);
    await expectRefused(token);
  });
});
