/** Unit tests of `src/portal/directory.ts`: population matching and the TTL cache. */
import { describe, expect, it } from 'vitest';
import { createTtlCache, descriptionListsDomain } from '../../../src/portal/directory.js';

describe('directory', () => {
  it('matches populations by a domain listed in the description', () => {
    expect(
      descriptionListsDomain('Staff: example.com, @corp.example.org', 'corp.example.org'),
    ).toBe(true);
    expect(descriptionListsDomain('Staff: example.com', 'EXAMPLE.COM')).toBe(true);
    expect(descriptionListsDomain('Staff: example.com.evil', 'example.com')).toBe(false);
    expect(descriptionListsDomain(undefined, 'example.com')).toBe(false);
  });
});

describe('ttl cache', () => {
  it('shares one load between concurrent misses and serves stale on error', async () => {
    let t = 0;
    let loads = 0;
    const cache = createTtlCache<number>(1000, () => t);
    const load = async () => ++loads;
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    t = 2000;
    expect(await cache.get('k', async () => Promise.reject(new Error('down')))).toBe(1);
    expect(await cache.get('k', load)).toBe(2);
  });

  it('peeks at fresh values only, without loading', async () => {
    let t = 0;
    const cache = createTtlCache<string>(1000, () => t);
    expect(cache.peek('k')).toBeUndefined();
    await cache.get('k', async () => 'v');
    expect(cache.peek('k')).toBe('v');
    expect(cache.peek('other')).toBeUndefined();
    t = 1000;
    expect(cache.peek('k')).toBeUndefined();
  });
});
