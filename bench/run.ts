/**
 * `npm run bench`: measures the portal (with its embedded PingOne Local) and PingOne Local against
 * the targets of issue 5 (P1…P7), issue 10 (P8) and issue 12 (P9), each ratio against a baseline measured in
 * the same run, and writes the table to docs/benchmarks.md. One file per scenario in bench/scenarios/; this runner
 * picks them, gives each the run's context and collects their results. Every server is a child
 * process started and stopped here; load comes from this process over loopback.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext, Scenario, Settings, SharedPortal } from './context.js';
import { label, type Machine, Results, selectScenarios, spliceResults } from './lib.js';
import { startPortal } from './portal.js';
import { ProcessGroup, rssMb, sleep } from './processes.js';
import { SCENARIOS } from './scenarios/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (s: string) => process.stdout.write(`${s}\n`);

const USAGE = `Usage: npm run bench [-- --quick] [-- --only <scenario>[,<scenario>…]]

  --quick   one short run of each scenario (a smoke run); prints the table, writes nothing
  --only    runs a subset (ids or names; the scenarios they need come along); writes nothing
  --help    this text

Scenarios (in the order they run):
${SCENARIOS.map((s) => `  ${label(s)}${s.needs?.length ? ` (needs ${s.needs.join(', ')})` : ''}`).join('\n')}
`;

interface Args {
  quick: boolean;
  only: string[] | null;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { quick: false, only: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') args.quick = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--only') args.only = (argv[++i] ?? '').split(',');
    else if (arg.startsWith('--only=')) args.only = arg.slice('--only='.length).split(',');
    else throw new Error(`unknown argument ${arg}\n\n${USAGE}`);
  }
  return args;
}

function machine(): Machine {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    node: process.version,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
  };
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

async function runScenarios(
  scenarios: readonly Scenario[],
  settings: Settings,
  results: Results,
  procs: ProcessGroup,
  scratch: string,
): Promise<void> {
  let shared: Promise<SharedPortal> | null = null;
  const ctx: BenchContext = {
    settings,
    results,
    procs,
    scratch,
    log,
    sharedPortal() {
      shared ??= (async () => {
        const portal = await startPortal(ctx, join(scratch, 'shared'));
        // Idle, after the common-password list has loaded (1.5 s after listening, in ~0.5 s).
        await sleep(5_000);
        const idleRssMb = rssMb(portal.proc.child.pid!);
        log(`P5 · idle-memory: idle RSS ${idleRssMb.toFixed(1)} MB`);
        return { ...portal, idleRssMb, registered: [] };
      })();
      return shared;
    },
  };
  const closeShared = async () => {
    if (shared) await procs.stop((await shared).proc);
    shared = null;
  };
  for (const scenario of scenarios) {
    // The shared portal is stopped before a scenario that does not use it.
    if (!scenario.sharedPortal) await closeShared();
    await scenario.run(ctx);
  }
  await closeShared();
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    log(USAGE);
    return;
  }
  const scenarios = selectScenarios(SCENARIOS, args.only);
  const settings: Settings = {
    quick: args.quick,
    runs: args.quick ? 1 : 3,
    seconds: args.quick ? 2 : 5,
    searchUsers: args.quick ? 5_000 : 100_000,
  };
  const procs = new ProcessGroup(root);
  const scratch = mkdtempSync(join(os.tmpdir(), 'p1ss-bench-'));
  process.on('exit', () => {
    procs.killAll();
    rmSync(scratch, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      procs.killAll();
      process.exit(130);
    });
  }

  const began = Date.now();
  const loadBefore = loadAverage();
  log(`load average (1/5/15 min) before: ${loadBefore}`);
  log(`scenarios: ${scenarios.map(label).join(', ')}`);
  const results = new Results();
  try {
    await runScenarios(scenarios, settings, results, procs, scratch);
  } finally {
    procs.killAll();
  }
  const m = machine();
  const block = [
    `Run: ${m.date}${settings.quick ? ' (`--quick`: one short run each, not a measurement)' : ''}. Machine: ${m.cpu}, ${m.cores} cores, ${m.memory}, Node ${m.node}. Each figure is the median of ${settings.runs} run(s) of ${settings.seconds} s; each ratio is against the baseline measured in the same run. Total bench time ${((Date.now() - began) / 1000).toFixed(0)} s. Load average (1/5/15 min) before: ${loadBefore}; after: ${loadAverage()}.`,
    '',
    results.render(),
  ].join('\n');
  log(`\n${block}`);
  if (!settings.quick && args.only === null) {
    const path = join(root, 'docs', 'benchmarks.md');
    let doc = '';
    try {
      doc = readFileSync(path, 'utf8');
    } catch {}
    writeFileSync(path, spliceResults(doc || '# Benchmarks\n', block));
    // The project formats Markdown with Biome (tables padded): keep `npm run lint` clean.
    spawnSync(
      process.execPath,
      [join(root, 'node_modules/@biomejs/biome/bin/biome'), 'format', '--write', path],
      { cwd: root, stdio: 'ignore' },
    );
    log(`\nwritten to docs/benchmarks.md`);
  }
}

main()
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    process.stderr.write(`bench failed: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  });
