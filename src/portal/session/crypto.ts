/**
 * Sealing of session cookies: AES-256-GCM with a key derived from `SESSION_SECRET` by HKDF-SHA256.
 * The cookie name is bound as additional authenticated data, so a value cannot be moved to
 * another cookie. Several secrets rotate: the first seals, every one opens, so cookies sealed
 * before a rotation keep working (and are re-sealed with the new key on their next response).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Seals and opens JSON payloads. */
export interface Sealer {
  seal(payload: unknown, name: string): string;
  /** The payload, or `null` when the value was tampered with, truncated or sealed by another key. */
  open(value: string, name: string): unknown | null;
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
      decipher.setAAD(Buffer.from(name));
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
  return {
    seal(payload, name) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(name));
      const body = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
      return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
    },
    open(value, name) {
      if (!/^[A-Za-z0-9_-]{40,6000}$/.test(value)) return null;
      const raw = Buffer.from(value, 'base64url');
      if (raw.length < IV_BYTES + TAG_BYTES + 2) return null;
      for (const k of keys) {
        const payload = openWith(k, raw, name);
        if (payload !== null) return payload;
      }
      return null;
    },
  };
}

/** A random URL-safe token of `bytes` random bytes. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
