/**
 * Runs `npm start`'s entry (src/main.ts under tsx) from the repository root with exactly `env`
 * (plus PATH) until it exits: for tests of how it refuses a bad configuration.
 */
import { spawn } from 'node:child_process';

export interface MainExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

export async function runMainToExit(env: Record<string, string>): Promise<MainExit> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stdout, stderr };
}
