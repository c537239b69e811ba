/**
 * The scenarios measured against the Argon2id ceiling (P2, P8): run by run, the ceiling then the
 * scenario's load with everything on every CPU ("unpinned"), then, where the machine allows, the
 * same with the server and its ceiling on one CPU set and the load generator on the other
 * ("pinned", bench/affinity.ts): the figure production sees, where clients are elsewhere.
 */
import { formatCpuList, type PinPlan, whilePinned } from './affinity.js';
import type { BenchContext } from './context.js';
import { label, median, pct, type Row } from './lib.js';
import { hashCeiling } from './portal.js';
import { cpuSplit } from './processes.js';

export type Mode = 'unpinned' | 'pinned';

export interface CeilingRuns {
  plan: PinPlan;
  /** Per mode: successes per second and the ceiling (hashes/s) of each run. */
  rates: Record<Mode, number[]>;
  ceilings: Record<Mode, number[]>;
}

export interface Load {
  perSecond: number;
  ok: number;
  failed: number;
}

/**
 * Interleaves the runs of both modes. `load` runs one measured span; its failures and the CPU
 * split of each run (load generator, the server's event loop, its other threads) become notes.
 */
export async function runAgainstCeiling(
  ctx: BenchContext,
  scenario: { id: string; name: string },
  opts: {
    serverPid: number;
    /** The server as named in the CPU notes: `portal`, `PingOne Local`. */
    server: string;
    /** What one success is: `registration`, `sign-in`. */
    unit: string;
    plan: PinPlan;
    load: () => Promise<Load>;
  },
): Promise<CeilingRuns> {
  const { plan } = opts;
  const out: CeilingRuns = {
    plan,
    rates: { unpinned: [], pinned: [] },
    ceilings: { unpinned: [], pinned: [] },
  };
  const modes: Mode[] = plan.ok ? ['unpinned', 'pinned'] : ['unpinned'];
  for (let i = 0; i < ctx.settings.runs; i++) {
    for (const mode of modes) {
      const once = async () => {
        const ceiling = await hashCeiling(
          ctx,
          mode === 'pinned' && plan.ok ? plan.server : undefined,
        );
        const cpu = cpuSplit(opts.serverPid, opts.server);
        const r = await ctx.window(opts.serverPid, `${opts.unit}s-${mode}`, opts.load);
        const tag = `${scenario.id} run ${i + 1} (${mode})`;
        if (r.failed > 0) ctx.results.note(`${tag}: ${r.failed} ${opts.unit}s did not succeed.`);
        ctx.results.note(`${tag}: CPU per ${opts.unit}: ${cpu(r.ok)}.`);
        ctx.log(
          `${label(scenario)} run ${i + 1} ${mode}: ${r.perSecond.toFixed(1)} ${opts.unit}s/s (ceiling ${ceiling.toFixed(1)} hashes/s)`,
        );
        out.ceilings[mode].push(ceiling);
        out.rates[mode].push(r.perSecond);
      };
      if (mode === 'pinned' && plan.ok) await whilePinned(plan, opts.serverPid, once);
      else await once();
    }
  }
  return out;
}

/** Where each side ran, as the scenario column says it. */
export function placement(plan: PinPlan, server: string): string {
  if (!plan.ok) return 'pinned';
  const cpus = (list: number[]) => `CPU${list.length > 1 ? 's' : ''} ${formatCpuList(list)}`;
  return `pinned: ${server} and its ceiling on ${cpus(plan.server)}, load generator on ${cpus(plan.load)} (\`taskset\`)`;
}

/** The two rows (unpinned, pinned) of a scenario measured with `runAgainstCeiling`. */
export function ceilingRows(
  scenario: { id: string; name: string },
  runs: CeilingRuns,
  opts: {
    what: string;
    server: string;
    unit: string;
    /** Minimum ratio of each row, or null for a reported row. */
    unpinned: number | null;
    pinned: number | null;
  },
): Row[] {
  const row = (mode: Mode, scenarioText: string, min: number | null): Row => {
    const rates = runs.rates[mode];
    const ceilings = runs.ceilings[mode];
    const target = min === null ? 'report' : `≥ ${(min * 100).toFixed(0)} %`;
    if (rates.length === 0) {
      return {
        id: label(scenario),
        scenario: scenarioText,
        result: `not measured: ${runs.plan.ok ? 'no run' : runs.plan.reason}`,
        baseline: '—',
        ratio: '—',
        target,
        status: 'skipped',
      };
    }
    const ratio = median(rates) / median(ceilings);
    return {
      id: label(scenario),
      scenario: scenarioText,
      result: `${median(rates).toFixed(1)} ${opts.unit}s/s`,
      baseline: `Argon2id ceiling: ${median(ceilings).toFixed(1)} hashes/s`,
      ratio: pct(ratio),
      target,
      status: min === null ? 'report' : ratio >= min ? 'met' : 'missed',
    };
  };
  return [
    row('unpinned', `${opts.what}; unpinned (all CPUs shared)`, opts.unpinned),
    row('pinned', `${opts.what}; ${placement(runs.plan, opts.server)}`, opts.pinned),
  ];
}
