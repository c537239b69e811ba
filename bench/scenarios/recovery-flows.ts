/**
 * P7 · recovery-flows: forgot → code from the mailbox API → recover, 4 concurrent, one account
 * registered by registrations-vs-argon2-ceiling per flow; reported against its Argon2id ceiling.
 */
import type { Scenario } from '../context.js';
import { label, median, pct } from '../lib.js';
import { newAccount, recoverFlow, register, sustain } from '../portal.js';

export const recoveryFlows: Scenario = {
  id: 'P7',
  name: 'recovery-flows',
  needs: ['registrations-vs-argon2-ceiling'],
  sharedPortal: true,
  async run(ctx) {
    const { runs, seconds } = ctx.settings;
    const portal = await ctx.sharedPortal();
    const ceiling = portal.argon2Ceiling;
    if (ceiling === undefined)
      throw new Error(`${label(this)} needs registrations-vs-argon2-ceiling first`);
    const flowRates: number[] = [];
    let next = 0;
    for (let i = 0; i < runs; i++) {
      const r = await ctx.window(portal.proc.child.pid!, 'recovery', () =>
        sustain(4, seconds, async () => {
          const account = portal.registered[next++];
          // Out of fresh accounts: register one (counted as a failed flow, and noted).
          if (!account) return register(ctx, portal.url, newAccount()).then(() => false);
          return recoverFlow(ctx, portal.url, portal.localUrl, account);
        }),
      );
      if (r.failed > 0)
        ctx.results.note(`${this.id} run ${i + 1}: ${r.failed} flows did not complete.`);
      flowRates.push(r.perSecond);
      ctx.log(`${label(this)} run ${i + 1}: ${r.perSecond.toFixed(2)} flows/s`);
    }
    ctx.results.row({
      id: label(this),
      scenario: 'forgot → code from the mailbox API → recover, 4 concurrent',
      result: `${median(flowRates).toFixed(2)} flows/s`,
      baseline: `Argon2id ceiling: ${ceiling.toFixed(1)} hashes/s`,
      ratio: pct(median(flowRates) / ceiling),
      target: 'report',
      status: 'report',
    });
  },
};
