/**
 * CPU pinning for the "pinned" rows (P2, P8; issue 15): the server on one set of CPUs, the load
 * generator (this bench process) on the others, with `taskset` from util-linux. A running server
 * is re-pinned with `taskset -a -p` (every thread: the event loop, libuv's pool running Argon2id,
 * V8's helpers) and put back as it was afterwards, so the shared portal serves the unpinned
 * scenarios unchanged. Each change is checked against /proc/PID/task/TID/status.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** CPUs of a list as taskset and /proc print it: `0-3,6` → [0, 1, 2, 3, 6]. */
export function parseCpuList(text: string): number[] {
  const cpus = new Set<number>();
  for (const part of text.trim().split(',')) {
    if (!part) continue;
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`not a CPU list: ${text}`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (let c = from; c <= to; c++) cpus.add(c);
  }
  return [...cpus].sort((a, b) => a - b);
}

/** The list form of CPUs: [0, 1, 2, 5] → `0-2,5`. */
export function formatCpuList(cpus: readonly number[]): string {
  const sorted = [...new Set(cpus)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** Where the pinned rows run: the server's CPUs and the load generator's, or why they cannot. */
export type PinPlan =
  | { ok: true; server: number[]; load: number[] }
  | { ok: false; reason: string };

/**
 * Splits the CPUs this process may use: the first half (at least one) for the load generator, the
 * rest for the server and its Argon2id ceiling. Fewer than two CPUs, or no taskset: no plan.
 */
export function planPinning(allowed: readonly number[], taskset: boolean): PinPlan {
  if (!taskset) return { ok: false, reason: '`taskset` (util-linux) is not installed' };
  if (allowed.length < 2) {
    return { ok: false, reason: `only ${allowed.length} CPU available to the bench` };
  }
  const half = Math.floor(allowed.length / 2);
  return { ok: true, load: allowed.slice(0, half), server: allowed.slice(half) };
}

/** The CPU list a process (its main thread) or one of its threads may run on. */
export function affinityOf(pid: number, tid = pid): string {
  const status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8');
  const m = /^Cpus_allowed_list:\s*(\S+)$/m.exec(status);
  if (!m) throw new Error(`no Cpus_allowed_list for ${pid}/${tid}`);
  return formatCpuList(parseCpuList(m[1]!));
}

/** Every thread's CPU list (threads that end while being read are skipped). */
export function threadAffinities(pid: number): Map<number, string> {
  const out = new Map<number, string>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      out.set(Number(tid), affinityOf(pid, Number(tid)));
    } catch {}
  }
  return out;
}

/** This machine's plan: taskset present, and the CPUs this process may use. */
export function detectPinning(): PinPlan {
  const taskset = spawnSync('taskset', ['--version'], { stdio: 'ignore' });
  const has = !taskset.error && taskset.status === 0;
  return planPinning(parseCpuList(affinityOf(process.pid)), has);
}

/**
 * Pins every thread of `pid` to `cpus` (`taskset -a -p -c`) and checks that each one moved. A
 * thread started while taskset walked the list can keep the old set: up to three tries.
 */
export function setAffinity(pid: number, cpus: readonly number[]): void {
  const list = formatCpuList(cpus);
  let wrong: Array<[number, string]> = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = spawnSync('taskset', ['-a', '-p', '-c', list, String(pid)], { encoding: 'utf8' });
    if (res.status !== 0) {
      throw new Error(`taskset -a -p -c ${list} ${pid}: ${res.stderr || res.error?.message}`);
    }
    wrong = [...threadAffinities(pid)].filter(([, l]) => l !== list);
    if (wrong.length === 0) return;
  }
  throw new Error(
    `taskset left ${wrong.length} thread(s) of ${pid} off ${list}: ${wrong.map(([t, l]) => `${t}:${l}`).join(' ')}`,
  );
}

/**
 * Runs `fn` with the server's process on `plan.server` and this process (the load generator) on
 * `plan.load`, then puts both back on the CPUs they had, whatever `fn` did.
 */
export async function whilePinned<T>(
  plan: Extract<PinPlan, { ok: true }>,
  serverPid: number,
  fn: () => Promise<T>,
): Promise<T> {
  const server = parseCpuList(affinityOf(serverPid));
  const self = parseCpuList(affinityOf(process.pid));
  const restore = () => {
    setAffinity(process.pid, self);
    try {
      setAffinity(serverPid, server);
    } catch (err) {
      // A server that exited in the meantime has nothing to put back.
      if (processExists(serverPid)) throw err;
    }
  };
  let result: T;
  try {
    setAffinity(serverPid, plan.server);
    setAffinity(process.pid, plan.load);
    result = await fn();
  } catch (err) {
    try {
      restore();
    } catch {}
    throw err;
  }
  restore();
  return result;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
