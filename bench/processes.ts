/**
 * Child processes of the benchmark (servers, seeders, the hash ceiling) and what is read about
 * them from /proc. Every child is started in its own process group so that stopping it stops
 * everything it spawned.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A running child process and its output, line by line. */
export interface Proc {
  child: ChildProcess;
  lines: string[];
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
}

/** The children of one bench run: started here, stopped here, all killed on exit. */
export class ProcessGroup {
  private readonly children = new Set<ChildProcess>();

  constructor(private readonly cwd: string) {}

  start(command: string, args: string[], env: Record<string, string>): Proc {
    const child = spawn(command, args, {
      cwd: this.cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.children.add(child);
    child.on('exit', () => this.children.delete(child));
    const lines: string[] = [];
    const waiters: { pattern: RegExp; resolve(m: RegExpExecArray): void }[] = [];
    // A chunk can end mid-line: keep the tail of each stream until its newline arrives.
    const partial = { stdout: '', stderr: '' };
    const onData = (stream: 'stdout' | 'stderr', chunk: Buffer) => {
      const parts = (partial[stream] + chunk.toString('utf8')).split('\n');
      partial[stream] = parts.pop() ?? '';
      for (const line of parts) {
        if (!line) continue;
        lines.push(line);
        for (const w of [...waiters]) {
          const m = w.pattern.exec(line);
          if (m) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(m);
          }
        }
      }
    };
    child.stdout!.on('data', (chunk: Buffer) => onData('stdout', chunk));
    child.stderr!.on('data', (chunk: Buffer) => onData('stderr', chunk));
    return {
      child,
      lines,
      waitFor(pattern, timeoutMs = 30_000) {
        for (const line of lines) {
          const m = pattern.exec(line);
          if (m) return Promise.resolve(m);
        }
        return new Promise((resolve, reject) => {
          const timer = setTimeout(
            () =>
              reject(new Error(`timed out waiting for ${pattern}: ${lines.slice(-5).join(' | ')}`)),
            timeoutMs,
          );
          waiters.push({
            pattern,
            resolve: (m) => {
              clearTimeout(timer);
              resolve(m);
            },
          });
          child.once('exit', (code) => {
            clearTimeout(timer);
            reject(
              new Error(
                `process exited (${code}) before ${pattern}: ${lines.slice(-5).join(' | ')}`,
              ),
            );
          });
        });
      },
    };
  }

  /** Stops a child (SIGTERM, SIGKILL after 5 s) once its output has been fully read. */
  async stop(proc: Proc): Promise<void> {
    const { child } = proc;
    if (child.exitCode !== null || child.signalCode !== null) return;
    // 'close', not 'exit': its output is then fully read.
    const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {}
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
    }, 5_000);
    await exited;
    clearTimeout(timer);
  }

  killAll(): void {
    for (const child of this.children) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
    }
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** CPU seconds (user + system) of a process, or of one of its threads when `tid` is given. */
export function cpuSeconds(pid: number, tid?: number): number {
  const path = tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`;
  const fields = readFileSync(path, 'utf8').split(') ')[1]!.split(' ');
  // Fields 14 and 15 of stat(5) (utime, stime), counted from after the command name.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Starts counting CPU time; the returned function tells, per operation (`ops` of them), where it
 * went: this process (the load generator), the server's event loop (main thread of `pid`) and
 * its other threads (libuv's pool: Argon2id), as "load generator 3.3 ms, … event loop …, …".
 */
export function cpuSplit(pid: number, server: string): (ops: number) => string {
  const before = { bench: process.cpuUsage(), all: cpuSeconds(pid), main: cpuSeconds(pid, pid) };
  return (ops) => {
    const bench = process.cpuUsage(before.bench);
    const main = cpuSeconds(pid, pid) - before.main;
    const pool = cpuSeconds(pid) - before.all - main;
    const per = (cpu: number) => `${((cpu * 1000) / Math.max(ops, 1)).toFixed(1)} ms`;
    return `load generator ${per((bench.user + bench.system) / 1e6)}, ${server} event loop ${per(main)}, ${server} other threads (Argon2id) ${per(pool)}`;
  };
}

/** Resident set size in MB of a process (the portal's serving node process). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
