/**
 * Sealing of session cookies: AES-256-GCM with a key derived from `SESSION_SECRET` by HKDF-SHA256.
 * The cookie name is bound as additional authenticated data, so a value cannot be moved to
 * another cookie. Several secrets rotate: the first seals, every one opens, so cookies sealed
 * before a rotation keep working (and are re-sealed with the new key on their next response).
 */
import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';
import { fillRandom } from '../../crypto/random.js';

/** Random URL-safe tokens (session ids, CSRF tokens), from the pooled generator. */
export { randomToken } from '../../crypto/random.js';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Seals and opens JSON payloads. */
export interface Sealer {
  seal(payload: unknown, name: string): string;
  /** The payload, or `null` when the value was tampered with, truncated or sealed by another key. */
  open(value: string, name: string): unknown | null;
  /** As {@link Sealer.open}, also telling whether the sealing (first) key sealed it. */
  unseal(value: string, name: string): { payload: unknown; current: boolean } | null;
}

function deriveKey(secret: string): Buffer {
  // The salt is the project's first name; it stays so that a rename does not end live sessions.
  return Buffer.from(hkdfSync('sha256', secret, 'pingone-self-service', 'session-cookie:v1', 32));
}

/**
 * Derives the cookie keys from `secrets` (each ≥ 32 characters; a single string is one secret)
 * and returns a {@link Sealer} that seals with the first and opens with any of them.
 */
export function createSealer(secrets: string | readonly string[]): Sealer {
  const list = typeof secrets === 'string' ? [secrets] : [...new Set(secrets)];
  if (list.length === 0 || list.some((s) => typeof s !== 'string' || s.length < 32)) {
    throw new TypeError('session secrets must be strings of at least 32 characters');
  }
  const keys = list.map(deriveKey);
  const key = keys[0]!;
  const openWith = (k: Buffer, raw: Buffer, name: string): unknown | null => {
    try {
      const decipher = createDecipheriv('aes-256-gcm', k, raw.subarray(0, IV_BYTES));
      decipher.setAAD(aad(name));
      decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
      const text = Buffer.concat([
        decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
      return JSON.parse(text) as unknown;
    } catch {
      return null;
    }
  };
  const unseal: Sealer['unseal'] = (value, name) => {
    if (!/^[A-Za-z0-9_-]{40,6000}$/.test(value)) return null;
    const raw = Buffer.from(value, 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES + 2) return null;
    for (let i = 0; i < keys.length; i++) {
      const payload = openWith(keys[i]!, raw, name);
      if (payload !== null) return { payload, current: i === 0 };
    }
    return null;
  };
  return {
    seal(payload, name) {
      const plain = Buffer.from(JSON.stringify(payload), 'utf8');
      // One buffer for IV, ciphertext and tag (GCM's output is as long as its input).
      const out = Buffer.allocUnsafe(IV_BYTES + plain.length + TAG_BYTES);
      fillRandom(out, 0, IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, out.subarray(0, IV_BYTES));
      cipher.setAAD(aad(name));
      cipher.update(plain).copy(out, IV_BYTES);
      cipher.final();
      cipher.getAuthTag().copy(out, IV_BYTES + plain.length);
      return out.toString('base64url');
    },
    open(value, name) {
      return unseal(value, name)?.payload ?? null;
    },
    unseal,
  };
}

// The cookie names used as additional authenticated data, as bytes (a handful per process).
const aadCache = new Map<string, Buffer>();
function aad(name: string): Buffer {
  let bytes = aadCache.get(name);
  if (!bytes) {
    bytes = Buffer.from(name);
    if (aadCache.size < 16) aadCache.set(name, bytes);
  }
  return bytes;
}
