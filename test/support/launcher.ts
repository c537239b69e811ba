/**
 * Starts an entry point through `scripts/run.cjs` (the `npm start` / `npm run local` launcher) as
 * a child process, for the tests of what the launcher does.
 */
import { type ChildProcess, spawn } from 'node:child_process';

/** A launched process whose standard output has matched the readiness pattern. */
export interface Launched {
  child: ChildProcess;
  /** The match of the readiness pattern. */
  ready: RegExpExecArray;
  /** Stops the process (SIGTERM) and waits for it; nothing when it has already exited. */
  stop(): Promise<void>;
}

/**
 * Runs `node scripts/run.cjs <entry>` with exactly `env` and resolves once its standard output
 * matches `ready`; rejects with its standard error if it exits first.
 */
export async function launch(
  entry: string,
  env: Record<string, string | undefined>,
  ready: RegExp,
): Promise<Launched> {
  const child = spawn(process.execPath, ['scripts/run.cjs', entry], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    // A child that has already exited (a failed start) has no 'exit' left to wait for.
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  try {
    const match = await new Promise<RegExpExecArray>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = ready.exec(out);
        if (m) resolve(m);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${err}`)));
    });
    return { child, ready: match, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
