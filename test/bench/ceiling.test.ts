import { describe, expect, it } from 'vitest';
import { type CeilingRuns, ceilingRows } from '../../bench/ceiling.js';

const scenario = { id: 'P2', name: 'registrations-vs-argon2-ceiling' };
const opts = {
  what: 'registrations',
  server: 'portal',
  unit: 'registration',
  unpinned: 0.8,
  pinned: 0.85,
};

describe('rows against the Argon2id ceiling', () => {
  it('gives each mode its own ratio of medians and target', () => {
    const runs: CeilingRuns = {
      plan: { ok: true, load: [0], server: [1] },
      rates: { unpinned: [50, 40, 60], pinned: [30, 29, 31] },
      ceilings: { unpinned: [70, 60, 80], pinned: [35, 34, 33] },
    };
    const [unpinned, pinned] = ceilingRows(scenario, runs, opts);
    expect(unpinned).toEqual({
      id: 'P2 · registrations-vs-argon2-ceiling',
      scenario: 'registrations; unpinned (all CPUs shared)',
      result: '50.0 registrations/s',
      baseline: 'Argon2id ceiling: 70.0 hashes/s',
      ratio: '71.4 %',
      target: '≥ 80 %',
      status: 'missed',
    });
    expect(pinned).toMatchObject({
      scenario:
        'registrations; pinned: portal and its ceiling on CPU 1, load generator on CPU 0 (`taskset`)',
      baseline: 'Argon2id ceiling: 34.0 hashes/s',
      ratio: '88.2 %',
      target: '≥ 85 %',
      status: 'met',
    });
    const reported = ceilingRows(scenario, runs, { ...opts, pinned: null })[1]!;
    expect([reported.target, reported.status]).toEqual(['report', 'report']);
  });

  it('says why a pinned row was not measured instead of estimating it', () => {
    const runs: CeilingRuns = {
      plan: { ok: false, reason: 'only 1 CPU available to the bench' },
      rates: { unpinned: [50], pinned: [] },
      ceilings: { unpinned: [55], pinned: [] },
    };
    const [unpinned, pinned] = ceilingRows(scenario, runs, opts);
    expect(unpinned!.status).toBe('met');
    expect(pinned).toEqual({
      id: 'P2 · registrations-vs-argon2-ceiling',
      scenario: 'registrations; pinned',
      result: 'not measured: only 1 CPU available to the bench',
      baseline: '—',
      ratio: '—',
      target: '≥ 85 %',
      status: 'skipped',
    });
  });
});
