/**
 * P5 · idle-memory: RSS of the serving process (portal + embedded PingOne Local) idle, read when
 * the shared portal starts (5 s after listening, and after 35 s, once V8's memory reducer has
 * given back start-up's heap: the figure the target is checked on), and after page-throughput's
 * load.
 */
import type { Scenario } from '../context.js';
import { label } from '../lib.js';

export const idleMemory: Scenario = {
  id: 'P5',
  name: 'idle-memory',
  sharedPortal: true,
  async run(ctx) {
    const portal = await ctx.sharedPortal();
    const idle = portal.idleRssMb;
    const early = portal.earlyIdleRssMb;
    const after =
      portal.rssAfterThroughputMb === undefined
        ? 'after P1: not run'
        : `after P1 ${portal.rssAfterThroughputMb.toFixed(1)} MB`;
    ctx.results.row({
      id: label(this),
      scenario: 'RSS of the serving process (portal + embedded PingOne Local)',
      result: `idle ${idle.toFixed(1)} MB (35 s after start; ${early.toFixed(1)} MB after 5 s); ${after}`,
      baseline: '—',
      ratio: '—',
      // Issue 15's targets (issue 5 asked for < 120 MB idle).
      target: '< 90 MB idle, < 160 MB after P1',
      status:
        idle < 90 &&
        (portal.rssAfterThroughputMb === undefined || portal.rssAfterThroughputMb < 160)
          ? 'met'
          : 'missed',
    });
  },
};
