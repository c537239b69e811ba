/** Unit tests of `src/portal/rate-limit/store.ts`: the in-memory counter store. */
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/portal/rate-limit/store.js';

describe('memory counter store', () => {
  it('counts in fixed windows', async () => {
    let t = 1000;
    const store = createMemoryStore({ now: () => t });
    expect(await store.hit('k', 60_000)).toEqual({ count: 1, resetMs: 60_000 });
    t += 10_000;
    expect(await store.hit('k', 60_000)).toEqual({ count: 2, resetMs: 50_000 });
    expect(await store.peek('k')).toEqual({ count: 2, resetMs: 50_000 });
    t += 50_000;
    expect(await store.hit('k', 60_000)).toEqual({ count: 1, resetMs: 60_000 });
    await store.close();
  });
});
