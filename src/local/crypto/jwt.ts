/**
 * RS256 access tokens: one RSA key pair per environment, kept in the store so tokens stay valid
 * across restarts, published on `/as/jwks`.
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomUUID,
  sign,
  verify,
} from 'node:crypto';
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
  const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>;
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

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** Signs `claims` as a compact RS256 JWT with `kid` and `typ: JWT`. */
export function signJwt(key: SigningKey, claims: Record<string, unknown>): string {
  const header = { alg: 'RS256', typ: 'JWT', kid: key.kid };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(input), key.privateKey);
  return `${input}.${b64url(signature)}`;
}

/**
 * Verifies a compact RS256 JWT signed by `key` and returns its claims, or `null` when it is
 * malformed, signed with another key or algorithm, or has a bad signature. Time claims are the
 * caller's to check.
 */
export function verifyJwt(key: SigningKey, token: string): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [h, p, s] = parts as [string, string, string];
  try {
    const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as unknown;
    if (
      !header ||
      typeof header !== 'object' ||
      (header as Record<string, unknown>).alg !== 'RS256' ||
      (header as Record<string, unknown>).kid !== key.kid
    ) {
      return null;
    }
    const ok = verify(
      'sha256',
      Buffer.from(`${h}.${p}`),
      key.publicKey,
      Buffer.from(s, 'base64url'),
    );
    if (!ok) return null;
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as unknown;
    if (!claims || typeof claims !== 'object' || Array.isArray(claims)) return null;
    return claims as Record<string, unknown>;
  } catch {
    return null;
  }
}
