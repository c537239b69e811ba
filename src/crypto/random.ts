/**
 * Random bytes for tokens, ids and IVs, drawn from a pooled buffer.
 *
 * Why: `crypto.randomBytes(n)` makes one OpenSSL call (and a job object) per call. A first visit
 * to a portal page needs three (session id, CSRF token, cookie IV), and they took 15 % of the
 * event loop's busy time under load (docs/benchmarks.md, "P1"). Here one `randomFillSync` of
 * {@link POOL_BYTES} serves many calls: the same CSPRNG output, each byte handed out once and
 * never reused (Node's own `crypto.randomUUID()` caches its entropy the same way). A worker
 * thread has its own module instance and so its own pool.
 */
import { randomFillSync } from 'node:crypto';

/** Size of one refill; requests larger than a quarter of it bypass the pool. */
export const POOL_BYTES = 4096;

const pool = Buffer.allocUnsafeSlow(POOL_BYTES);
let offset = POOL_BYTES;

/** Writes `length` fresh random bytes into `target` at `at`. */
export function fillRandom(target: Uint8Array, at = 0, length = target.length - at): void {
  if (length > POOL_BYTES / 4) {
    randomFillSync(target, at, length);
    return;
  }
  if (offset + length > POOL_BYTES) {
    randomFillSync(pool);
    offset = 0;
  }
  pool.copy(target, at, offset, offset + length);
  // The bytes handed out are wiped from the pool, so nothing that reads it later can learn them.
  pool.fill(0, offset, offset + length);
  offset += length;
}

/** A new buffer of `length` random bytes. */
export function randomBuffer(length: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  fillRandom(out, 0, length);
  return out;
}

/** A random URL-safe token of `bytes` random bytes (base64url, no padding). */
export function randomToken(bytes = 32): string {
  return randomBuffer(bytes).toString('base64url');
}
