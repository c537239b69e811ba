/**
 * P2 · registrations-vs-argon2-ceiling: registrations/s through the form (GET + POST, 8
 * concurrent) against the Argon2id ceiling of bench/hash-ceiling.ts, interleaved run by run, in
 * two modes (bench/ceiling.ts): unpinned (portal, load generator and ceiling share every CPU;
 * issue 5's target, ≥ 80 %) and pinned (the portal and its ceiling on one CPU set, this process
 * generating the load on the other, with `taskset`; issue 15's target, ≥ 85 %). The notes split
 * each registration's CPU time between the load generator, the portal's event loop and its other
 * threads (Argon2id in libuv's pool). Leaves the registered accounts and the unpinned ceiling to
 * recovery-flows and portal-sign-ins.
 */
import { detectPinning } from '../affinity.js';
import { ceilingRows, runAgainstCeiling } from '../ceiling.js';
import type { Scenario } from '../context.js';
import { median } from '../lib.js';
import { newAccount, register, sustain } from '../portal.js';

export const registrationsVsArgon2Ceiling: Scenario = {
  id: 'P2',
  name: 'registrations-vs-argon2-ceiling',
  sharedPortal: true,
  async run(ctx) {
    const { seconds } = ctx.settings;
    const portal = await ctx.sharedPortal();
    // Warm-up (not recorded): the JIT, the common-password list, PingOne Local's statements.
    await sustain(8, ctx.settings.warmupSeconds, async () => {
      const account = newAccount();
      const ok = await register(ctx, portal.url, account);
      if (ok) portal.registered.push(account);
      return ok;
    });
    const runs = await runAgainstCeiling(ctx, this, {
      serverPid: portal.proc.child.pid!,
      server: 'portal',
      unit: 'registration',
      plan: detectPinning(),
      load: () =>
        sustain(8, seconds, async () => {
          const account = newAccount();
          const ok = await register(ctx, portal.url, account);
          if (ok) portal.registered.push(account);
          return ok;
        }),
    });
    portal.argon2Ceiling = median(runs.ceilings.unpinned);
    for (const row of ceilingRows(this, runs, {
      what: '`POST /register` of unique users (GET + POST each), 8 concurrent',
      server: 'portal',
      unit: 'registration',
      unpinned: 0.8,
      pinned: 0.85,
    })) {
      ctx.results.row(row);
    }
  },
};
