/**
 * Real `redis-server` processes for tests: each on a free loopback port, in its own temp
 * directory, without persistence (`--save '' --appendonly no`). A server can be stopped mid-test
 * (SIGTERM or SIGKILL) and started again on the same port, so tests can watch the portal lose
 * Redis and recover. Also starts a TLS-only server (`--tls-port`) and a Sentinel.
 *
 * `.ci/run` installs Debian's `redis-server` when it is missing; REDIS_SERVER_PATH overrides
 * `/usr/bin/redis-server`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCertificate } from './tls.js';

/** The redis-server binary. */
export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

/** A free TCP port on 127.0.0.1 (free when asked; the caller binds it soon after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Options of {@link startRedisServer}. */
export interface RedisServerOptions {
  /** Port to listen on (default: a free one). */
  port?: number;
  /** Extra `redis-server` arguments, e.g. `['--user', 'app', 'on', '>pw', '~*', '+@all']`. */
  args?: string[];
  /** Serve TLS only, with a self-signed certificate for 127.0.0.1 made by openssl. */
  tls?: boolean;
  /** Run as a Sentinel monitoring `monitor` (`redis-server sentinel.conf --sentinel`). */
  sentinel?: { masterName: string; masterPort: number; downAfterMs?: number };
}

/** A running (or stopped) redis-server. */
export interface RedisServer {
  port: number;
  /** `redis://127.0.0.1:port` (or `rediss://` with TLS). */
  url: string;
  /** The temp directory (holds the TLS files when `tls`). */
  dir: string;
  /** PEM CA certificate file that signs the server's certificate (TLS only). */
  caFile: string | null;
  /** Everything the process printed (for failure messages). */
  output(): string;
  /** Stops the process with `signal` and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Sends `signal` without waiting (SIGSTOP freezes the server, SIGCONT resumes it). */
  signal(signal: NodeJS.Signals): void;
  /** Starts it again on the same port (after {@link stop}). */
  start(): Promise<void>;
  /** Stops it (SIGKILL if it lingers) and removes the temp directory. */
  close(): Promise<void>;
}

/** Starts a redis-server and waits until it accepts connections. */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'redis-test-'));
  const port = options.port ?? (await freePort());
  let caFile: string | null = null;
  const args: string[] = [];
  if (options.sentinel) {
    const conf = join(dir, 'sentinel.conf');
    const s = options.sentinel;
    writeFileSync(
      conf,
      [
        `port ${port}`,
        'bind 127.0.0.1',
        `dir ${dir}`,
        `sentinel monitor ${s.masterName} 127.0.0.1 ${s.masterPort} 1`,
        `sentinel down-after-milliseconds ${s.masterName} ${s.downAfterMs ?? 1000}`,
        '',
      ].join('\n'),
    );
    args.push(conf, '--sentinel');
  } else {
    args.push('--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir);
    if (options.tls) {
      const { cert, key } = makeCertificate(dir);
      caFile = cert;
      args.push(
        '--port',
        '0',
        '--tls-port',
        String(port),
        '--tls-cert-file',
        cert,
        '--tls-key-file',
        key,
        '--tls-auth-clients',
        'no',
      );
    } else {
      args.push('--port', String(port));
    }
  }
  args.push(...(options.args ?? []));

  let child: ChildProcess | null = null;
  let out = '';
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(REDIS_SERVER, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      child = proc;
      const timer = setTimeout(() => {
        proc.kill('SIGKILL');
        reject(new Error(`redis-server did not start within 10 s:\n${out}`));
      }, 10_000);
      const onData = (d: Buffer) => {
        out += d.toString();
        if (/Ready to accept connections|Sentinel ID is/.test(out.slice(-4000))) {
          clearTimeout(timer);
          resolve();
        }
      };
      proc.stdout?.on('data', onData);
      proc.stderr?.on('data', onData);
      proc.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        if (child === proc) child = null;
        reject(new Error(`redis-server exited (${code}) before it was ready:\n${out}`));
      });
    });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const proc = child as ChildProcess | null;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill(signal);
    const lingering = setTimeout(() => proc.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(lingering);
    child = null;
  };

  try {
    // The port was free a moment ago; another process may have taken it since: retry once.
    await start().catch(async (err: Error) => {
      if (options.port !== undefined || !/Address already in use/.test(err.message)) throw err;
      out = '';
      await start();
    });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    port,
    url: `${options.tls ? 'rediss' : 'redis'}://127.0.0.1:${port}`,
    dir,
    caFile,
    output: () => out,
    stop,
    signal(signal) {
      (child as ChildProcess | null)?.kill(signal);
    },
    async start() {
      out = '';
      await start();
    },
    async close() {
      (child as ChildProcess | null)?.kill('SIGCONT');
      await stop('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls `check` every 100 ms until it returns true; throws after `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
