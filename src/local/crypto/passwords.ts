/**
 * Password hashing for PingOne Local: Argon2id (the `argon2` binding runs on libuv's thread pool,
 * off the event loop) for cleartext passwords; pre-encoded `{SCHEME}` values (docs/pingone-behaviour.md §4.4) are
 * stored as given and verified here when the scheme is one PingOne Local knows.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import argon2 from 'argon2';
import bcrypt from 'bcryptjs';
import { PRE_ENCODED_SCHEMES } from '../pingone-behaviour.js';

/** Argon2id cost parameters (memory in KiB). */
export interface Argon2Params {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP's Argon2id baseline: 19 MiB, t=2, p=1. */
export const DEFAULT_ARGON2: Argon2Params = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Hashes and verifies passwords. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** True when `password` matches `stored` (Argon2id PHC or a supported pre-encoded value). */
  verify(stored: string, password: string): Promise<boolean>;
}

const SCHEME_RE = /^\{([A-Z0-9_]+)\}(.*)$/s;

/** The `{SCHEME}` prefix of a pre-encoded password, or null for cleartext. */
export function preEncodedScheme(value: string): string | null {
  const m = SCHEME_RE.exec(value);
  return m ? m[1]! : null;
}

const SSHA_DIGESTS: Record<string, { alg: string; length: number }> = {
  SSHA: { alg: 'sha1', length: 20 },
  SSHA256: { alg: 'sha256', length: 32 },
  SSHA384: { alg: 'sha384', length: 48 },
  SSHA512: { alg: 'sha512', length: 64 },
};

/**
 * Checks that a pre-encoded value is one PingOne Local accepts and can parse.
 * @returns null when acceptable, else a reason.
 */
export function checkPreEncoded(value: string): string | null {
  const m = SCHEME_RE.exec(value);
  if (!m) return 'not pre-encoded';
  const scheme = m[1]!;
  const body = m[2]!;
  if (!(PRE_ENCODED_SCHEMES as readonly string[]).includes(scheme)) return 'unsupported scheme';
  const ssha = SSHA_DIGESTS[scheme];
  if (ssha) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return 'not base64';
    if (Buffer.from(body, 'base64').length <= ssha.length) return 'no salt';
    return null;
  }
  // {BCRYPT}$2a$10$ + 53 characters of bcrypt base64.
  if (!/^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}$/.test(body)) return 'not a bcrypt hash';
  return null;
}

function verifySsha(scheme: string, body: string, password: string): boolean {
  const spec = SSHA_DIGESTS[scheme];
  if (!spec) return false;
  const raw = Buffer.from(body, 'base64');
  if (raw.length <= spec.length) return false;
  const digest = raw.subarray(0, spec.length);
  const salt = raw.subarray(spec.length);
  const computed = createHash(spec.alg).update(password, 'utf8').update(salt).digest();
  return timingSafeEqual(digest, computed);
}

/** Creates a hasher with the given Argon2id parameters. */
export function createPasswordHasher(params: Argon2Params = DEFAULT_ARGON2): PasswordHasher {
  return {
    hash: (password) =>
      argon2.hash(password, {
        // The binding's default salt is 16 bytes of `crypto.randomBytes` drawn asynchronously: a
        // libuv pool job queued behind the running hashes. The same 16 bytes, drawn here.
        salt: randomBytes(16),
        type: argon2.argon2id,
        memoryCost: params.memoryCost,
        timeCost: params.timeCost,
        parallelism: params.parallelism,
      }),
    async verify(stored, password) {
      const m = SCHEME_RE.exec(stored);
      if (m) {
        const scheme = m[1]!;
        if (scheme in SSHA_DIGESTS) return verifySsha(scheme, m[2]!, password);
        if (scheme === 'BCRYPT') return verifyBcrypt(m[2]!, password);
        return false;
      }
      try {
        return await argon2.verify(stored, password);
      } catch {
        return false;
      }
    },
  };
}

async function verifyBcrypt(hash: string, password: string): Promise<boolean> {
  try {
    return await bcrypt.compare(password, hash);
  } catch {
    return false;
  }
}
