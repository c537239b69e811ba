/**
 * P2 · registrations-vs-argon2-ceiling: registrations/s through the form (GET + POST, 8
 * concurrent) against the Argon2id ceiling of bench/hash-ceiling.ts, interleaved run by run. The
 * notes split each registration's CPU time between the load generator, the portal's event loop and
 * its other threads (Argon2id in libuv's pool). Leaves the registered accounts and the ceiling to
 * recovery-flows.
 */
import type { Scenario } from '../context.js';
import { label, median, pct } from '../lib.js';
import { hashCeiling, newAccount, register, sustain } from '../portal.js';
import { cpuSplit } from '../processes.js';

export const registrationsVsArgon2Ceiling: Scenario = {
  id: 'P2',
  name: 'registrations-vs-argon2-ceiling',
  sharedPortal: true,
  async run(ctx) {
    const { runs, seconds } = ctx.settings;
    const portal = await ctx.sharedPortal();
    const pid = portal.proc.child.pid!;
    const regRates: number[] = [];
    const ceilings: number[] = [];
    for (let i = 0; i < runs; i++) {
      ceilings.push(await hashCeiling(ctx));
      const cpu = cpuSplit(pid, 'portal');
      const r = await sustain(8, seconds, async () => {
        const account = newAccount();
        const ok = await register(ctx, portal.url, account);
        if (ok) portal.registered.push(account);
        return ok;
      });
      if (r.failed > 0) {
        ctx.results.note(`${this.id} run ${i + 1}: ${r.failed} registrations did not succeed.`);
      }
      regRates.push(r.perSecond);
      // Where the two cores went, per registration.
      ctx.results.note(`${this.id} run ${i + 1}: CPU per registration: ${cpu(r.ok)}.`);
      ctx.log(
        `${label(this)} run ${i + 1}: ${r.perSecond.toFixed(1)} registrations/s (ceiling ${ceilings[i]!.toFixed(1)} hashes/s)`,
      );
    }
    const ceiling = median(ceilings);
    portal.argon2Ceiling = ceiling;
    const ratio = median(regRates) / ceiling;
    ctx.results.row({
      id: label(this),
      scenario: '`POST /register` of unique users (GET + POST each), 8 concurrent',
      result: `${median(regRates).toFixed(1)} registrations/s`,
      baseline: `Argon2id ceiling: ${ceiling.toFixed(1)} hashes/s`,
      ratio: pct(ratio),
      target: '≥ 80 %',
      status: ratio >= 0.8 ? 'met' : 'missed',
    });
  },
};
