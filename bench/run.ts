/**
 * `npm run bench`: measures the portal (with its embedded PingOne Local) and PingOne Local against
 * the targets of issue 5 (P1…P7), issue 10 (P8) and issue 12 (P9), each ratio against a baseline measured in
 * the same run, and writes the table to docs/benchmarks.md. One file per scenario in bench/scenarios/; this runner
 * picks them, gives each the run's context and collects their results. Every server is a child
 * process started and stopped here; load comes from this process over loopback.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext, Scenario, Settings, SharedPortal } from './context.js';
import { label, type Machine, Results, selectScenarios, spliceResults } from './lib.js';
import { startPortal } from './portal.js';
import { ProcessGroup, sleep } from './processes.js';
import { monotonicMicros, Profiler } from './profile.js';
import { SCENARIOS } from './scenarios/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (s: string) => process.stdout.write(`${s}\n`);

const USAGE = `Usage: npm run bench [-- --quick] [-- --only <scenario>[,<scenario>…]]
       npm run bench -- --profile <scenario>[,<scenario>…] [--profile-dir DIR] [--quick]

  --quick        one short run of each scenario (a smoke run); prints the table, writes nothing
  --only         runs a subset (ids or names; the scenarios they need come along); writes nothing
  --profile      runs a subset like --only, with the servers it starts under node --cpu-prof;
                 writes, per server and measured load, NAME.cpuprofile, NAME.svg (flame graph)
                 and NAME.txt (self and inclusive shares of busy time) into --profile-dir
                 (default: a new directory under the system's tmp dir, kept)
  --help         this text

Scenarios (in the order they run):
${SCENARIOS.map((s) => `  ${label(s)}${s.needs?.length ? ` (needs ${s.needs.join(', ')})` : ''}`).join('\n')}
`;

interface Args {
  quick: boolean;
  only: string[] | null;
  help: boolean;
  profile: boolean;
  profileDir: string | null;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { quick: false, only: null, help: false, profile: false, profileDir: null };
  const value = (arg: string, i: number, name: string): [string, number] =>
    arg === name ? [argv[i + 1] ?? '', i + 1] : [arg.slice(name.length + 1), i];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name] = arg.split('=');
    if (arg === '--quick') args.quick = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (name === '--only' || name === '--profile') {
      const [v, next] = value(arg, i, name);
      i = next;
      if (args.only !== null) throw new Error('give --only or --profile once');
      args.only = v.split(',');
      args.profile = name === '--profile';
    } else if (name === '--profile-dir') {
      const [v, next] = value(arg, i, name);
      i = next;
      args.profileDir = v;
    } else throw new Error(`unknown argument ${arg}\n\n${USAGE}`);
  }
  if (args.profileDir !== null && !args.profile) throw new Error('--profile-dir needs --profile');
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
  profiler: Profiler | null,
): Promise<void> {
  let shared: Promise<SharedPortal> | null = null;
  let current: Scenario | null = null;
  const tags = new Map<string, number>();
  const ctx: BenchContext = {
    settings,
    results,
    procs,
    scratch,
    log,
    profiler,
    startServer(tag, args, env) {
      const proc = procs.start(process.execPath, [...(profiler?.nodeArgs() ?? []), ...args], env);
      const n = (tags.get(tag) ?? 0) + 1;
      tags.set(tag, n);
      profiler?.name(proc.child.pid!, n === 1 ? tag : `${tag}-${n}`);
      return proc;
    },
    async window(pid, name, fn) {
      const from = monotonicMicros();
      try {
        return await fn();
      } finally {
        profiler?.window(pid, `${current?.id ?? 'P'}-${name}`, from, monotonicMicros());
      }
    },
    sharedPortal() {
      shared ??= (async () => {
        const portal = await startPortal(ctx, join(scratch, 'shared'));
        // Idle, after the common-password list has loaded (1.5 s after listening, in ~0.5 s).
        await sleep(5_000);
        return { ...portal, registered: [] };
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
    current = scenario;
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
    warmupSeconds: args.quick ? 1 : 20,
    searchUsers: args.quick ? 5_000 : 100_000,
  };
  let profiler: Profiler | null = null;
  if (args.profile) {
    const dir = args.profileDir ?? mkdtempSync(join(os.tmpdir(), 'latchkey-profile-'));
    // V8 writes into DIR/raw/; profiles of an earlier run there would be read as this one's.
    rmSync(join(dir, 'raw'), { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    profiler = new Profiler(dir, root);
  }
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
    await runScenarios(scenarios, settings, results, procs, scratch, profiler);
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
  if (profiler) {
    const written = profiler.write(
      `node --cpu-prof, ${m.date}, ${m.cpu} (${m.cores} cores), Node ${m.node}, load average before ${loadBefore}; measured load only (warm-ups left out)`,
    );
    log(
      '\n(The figures above ran under the profiler, which slows the servers: compare none of them.)',
    );
    for (const { name, text } of written) log(`\n${name}:\n${text}`);
    log(
      `\nprofiles: ${written.length ? written.map((w) => `${w.name}.{cpuprofile,svg,txt}`).join(', ') : 'none written'} in ${profiler.dir}`,
    );
  }
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
