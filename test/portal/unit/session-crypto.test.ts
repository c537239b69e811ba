/** Unit tests of `src/portal/session/crypto.ts`: the sealed session cookie. */
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
});
