/**
 * PingOne Local's password hasher: Argon2id PHC strings with the given cost, a fresh 16-byte
 * salt per hash, and verification of its own hashes.
 */
import { describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../../src/local/crypto/passwords.js';

const hasher = createPasswordHasher({ memoryCost: 1024, timeCost: 1, parallelism: 1 });

describe('password hasher', () => {
  it('hashes with Argon2id, the given cost and a fresh 16-byte salt each time', async () => {
    const [a, b] = await Promise.all([
      hasher.hash('Correct-Horse-1'),
      hasher.hash('Correct-Horse-1'),
    ]);
    for (const hash of [a, b]) {
      expect(hash).toMatch(
        /^\$argon2id\$v=19\$m=1024,p=1,t=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
      );
    }
    const salt = (hash: string) => hash.split('$')[4];
    expect(salt(a)).not.toBe(salt(b));
    expect(Buffer.from(salt(a)!, 'base64')).toHaveLength(16);
  });

  it('verifies its own hashes and refuses another password', async () => {
    const hash = await hasher.hash('Correct-Horse-1');
    expect(await hasher.verify(hash, 'Correct-Horse-1')).toBe(true);
    expect(await hasher.verify(hash, 'Correct-Horse-2')).toBe(false);
  });
});
