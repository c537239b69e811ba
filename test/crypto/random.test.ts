import { describe, expect, it } from 'vitest';
import { fillRandom, POOL_BYTES, randomBuffer, randomToken } from '../../src/crypto/random.js';

describe('pooled random bytes', () => {
  it('never hands out the same bytes twice, across many refills of the pool', () => {
    const seen = new Set<string>();
    // 20 refills' worth of 16-byte draws: a repeat would mean a slice was served twice.
    const draws = (20 * POOL_BYTES) / 16;
    for (let i = 0; i < draws; i++) seen.add(randomBuffer(16).toString('hex'));
    expect(seen.size).toBe(draws);
  });

  it('serves draws that straddle a refill with fresh bytes', () => {
    // Odd sizes make draws end at every offset of the pool, so some cross its end.
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) seen.add(randomBuffer(13 + (i % 7)).toString('hex'));
    expect(seen.size).toBe(5000);
  });

  it('gives bytes that look uniform (each value about 1/256 of a large sample)', () => {
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 4000; i++) for (const b of randomBuffer(64)) counts[b]! += 1;
    // 256,000 bytes: 1,000 expected per value; a fixed or short-cycle output would be far off.
    expect(Math.min(...counts)).toBeGreaterThan(850);
    expect(Math.max(...counts)).toBeLessThan(1150);
  });

  it('fills a range of a caller buffer and leaves the rest untouched', () => {
    const target = Buffer.alloc(48);
    fillRandom(target, 8, 32);
    expect(target.subarray(0, 8).equals(Buffer.alloc(8))).toBe(true);
    expect(target.subarray(40).equals(Buffer.alloc(8))).toBe(true);
    expect(target.subarray(8, 40).equals(Buffer.alloc(32))).toBe(false);
  });

  it('draws large requests straight from the generator', () => {
    const a = randomBuffer(POOL_BYTES * 2);
    const b = randomBuffer(POOL_BYTES * 2);
    expect(a.length).toBe(POOL_BYTES * 2);
    expect(a.equals(b)).toBe(false);
  });

  it('makes base64url tokens of the asked number of bytes', () => {
    const token = randomToken(32);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(randomToken(16)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
