/**
 * RS256 access tokens: one RSA key pair per environment, kept in the store so tokens stay valid
 * across restarts, published on `/as/jwks`. Tokens are verified with `jose`; they are signed with
 * `node:crypto` directly (a compact JWS is two base64url JSON texts and a signature over them),
 * synchronously: about 0.35 ms of the event loop per token on the bench VM, less CPU in all than
 * `jose`'s `SignJWT` (WebCrypto key and job wrapping, then a hop through libuv's thread pool,
 * where the token waits behind Argon2id jobs; measured for P8 in docs/benchmarks.md). The bytes
 * are the same: RSASSA-PKCS1-v1_5 signatures are deterministic, and the header and claims are
 * serialised the same way (test/local/jwt.test.ts compares them).
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomUUID,
  sign,
} from 'node:crypto';
import { type JWTPayload, jwtVerify } from 'jose';
import type { SigningKeyRecord } from '../store/types.js';

/** A loaded signing key. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Public JWK as served on `/as/jwks`. */
  jwk: Record<string, string>;
  /** The encoded protected header of its JWTs: `{ alg: 'RS256', typ: 'JWT', kid }`. */
  jwtHeader: string;
}

const base64url = (json: unknown) => Buffer.from(JSON.stringify(json)).toString('base64url');

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
    jwtHeader: base64url({ alg: 'RS256', typ: 'JWT', kid: record.kid }),
  };
}

/** Signs `claims` as a compact RS256 JWT with the header `{ alg: 'RS256', typ: 'JWT', kid }`. */
export function signJwt(key: SigningKey, claims: JWTPayload): string {
  const input = `${key.jwtHeader}.${base64url(claims)}`;
  const signature = sign('sha256', Buffer.from(input), key.privateKey);
  return `${input}.${signature.toString('base64url')}`;
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
