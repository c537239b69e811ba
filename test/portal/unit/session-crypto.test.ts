/** Unit tests of `src/portal/session/crypto.ts`: the sealed session cookie. */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSealer } from '../../../src/portal/session/crypto.js';

const SECRET = 'test-secret-that-is-at-least-32-characters-long';

describe('session sealing', () => {
  it('round-trips and rejects tampering, other names and other keys', () => {
    const sealer = createSealer(SECRET);
    const sealed = sealer.seal({ a: 1, who: 'alice@example.com' }, 'session');
    expect(sealed).not.toContain('alice');
    expect(sealer.open(sealed, 'session')).toEqual({ a: 1, who: 'alice@example.com' });
    expect(sealer.open(sealed, '__Host-session')).toBeNull();
    expect(createSealer(`${SECRET}x`).open(sealed, 'session')).toBeNull();
    const flipped = `${sealed.slice(0, 20)}${sealed[20] === 'A' ? 'B' : 'A'}${sealed.slice(21)}`;
    expect(sealer.open(flipped, 'session')).toBeNull();
    expect(sealer.open('not-base64!', 'session')).toBeNull();
    expect(sealer.seal({ a: 1 }, 'session')).not.toBe(sealer.seal({ a: 1 }, 'session'));
  });

  // The layout is a contract with cookies already in browsers (and other instances during a
  // rolling deploy): IV (12) ‖ AES-256-GCM ciphertext ‖ tag (16), base64url, the name as AAD.
  const key = Buffer.from(
    hkdfSync('sha256', SECRET, 'pingone-self-service', 'session-cookie:v1', 32),
  );

  it('seals in the documented layout', () => {
    const payload = { id: 'x'.repeat(22), flash: ['é', '日本'] };
    const raw = Buffer.from(createSealer(SECRET).seal(payload, 'session'), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from('session'));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    const text = Buffer.concat([
      decipher.update(raw.subarray(12, raw.length - 16)),
      decipher.final(),
    ]);
    expect(JSON.parse(text.toString('utf8'))).toEqual(payload);
  });

  it('opens a cookie sealed in that layout by another implementation', () => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from('__Host-session'));
    const body = Buffer.concat([cipher.update('{"a":"ü"}', 'utf8'), cipher.final()]);
    const sealed = Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
    expect(createSealer(SECRET).open(sealed, '__Host-session')).toEqual({ a: 'ü' });
    expect(createSealer(SECRET).open(sealed, 'session')).toBeNull();
  });

  it('never repeats an IV', () => {
    const sealer = createSealer(SECRET);
    const ivs = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      ivs.add(
        Buffer.from(sealer.seal({ i }, 'session'), 'base64url').subarray(0, 12).toString('hex'),
      );
    }
    expect(ivs.size).toBe(3000);
  });
});
