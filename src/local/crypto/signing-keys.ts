/**
 * RS256 access tokens: one RSA key pair per environment, kept in the store so tokens stay valid
 * across restarts, published on `/as/jwks`. Tokens are signed and verified with `jose`.
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomUUID,
} from 'node:crypto';
import { type JWTPayload, jwtVerify, SignJWT } from 'jose';
import type { SigningKeyRecord } from '../store/types.js';

/** A loaded signing key. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Public JWK as served on `/as/jwks`. */
  jwk: Record<string, string>;
}

/** Generates a new RSA-2048 key record for an environment. */
export function generateSigningKey(environmentId: string, now: number): SigningKeyRecord {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const jwk = publicKey.export({ format: 'jwk' });
  return {
    environmentId,
    kid,
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }) as string,
    publicJwk: { kty: 'RSA', kid, use: 'sig', alg: 'RS256', n: jwk.n!, e: jwk.e! },
    createdAt: now,
  };
}

/** Loads a stored key record. */
export function loadSigningKey(record: SigningKeyRecord): SigningKey {
  const privateKey = createPrivateKey(record.privateKeyPem);
  return {
    kid: record.kid,
    privateKey,
    publicKey: createPublicKey(privateKey),
    jwk: record.publicJwk,
  };
}

/** Signs `claims` as a compact RS256 JWT with the header `{ alg: 'RS256', typ: 'JWT', kid }`. */
export async function signJwt(key: SigningKey, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .sign(key.privateKey);
}

/**
 * Verifies a compact JWT signed by `key` with RS256 and returns its claims, or `null` when it is
 * malformed, names another key, uses another algorithm, or has a bad signature. `exp`/`nbf` are
 * checked against `now` (the local clock, ms); issuer and audience are the caller's to check.
 */
export async function verifyJwt(
  key: SigningKey,
  token: string,
  now: number,
): Promise<Record<string, unknown> | null> {
  try {
    const { payload } = await jwtVerify(
      token,
      (header) => {
        if (header.kid !== key.kid) throw new Error('unknown kid');
        return key.publicKey;
      },
      { algorithms: ['RS256'], currentDate: new Date(now) },
    );
    return payload as Record<string, unknown>;
  } catch {
    return null;
  }
}
