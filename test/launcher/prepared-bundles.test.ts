/**
 * `npm start` (`scripts/run.cjs`) has the browser bundles written ahead by
 * `scripts/prepare-run.cjs`, so that the serving process never loads esbuild: the portal it starts
 * serves the very bytes the portal bundles for itself (the asset names are content hashes), and
 * runs no esbuild service beside it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAssets } from '../../src/portal/assets.js';
import { SESSION_SECRET } from '../portal/harness.js';
import { launch } from '../support/launcher.js';

const dir = mkdtempSync(join(tmpdir(), 'launcher-bundles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The child processes of `pid` (every thread's), from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
    readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8')
      .split(' ')
      .filter((s) => s.trim() !== '')
      .map(Number),
  );
}

describe.runIf(process.platform === 'linux')('scripts/run.cjs main', () => {
  it('serves the bundles prepared ahead, identical to the portal’s own, with no esbuild in the process', async () => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      SESSION_SECRET,
      DATA_DIR: dir,
      LOG_LEVEL: 'warn',
    };
    const { child, ready, stop } = await launch('main', env, /^Portal:\s+(http:\/\/\S+?)\/?$/m);
    try {
      const url = ready[1]!;
      // The launcher's preparing process has exited; the server started none of its own.
      expect(childrenOf(child.pid!)).toEqual([]);

      const page = await (await fetch(`${url}/register`)).text();
      const own = await buildAssets();
      for (const asset of [own.js, own.css, own.strength]) {
        expect(page).toContain(asset.path);
        const res = await fetch(url + asset.path);
        expect(res.status).toBe(200);
        expect(Buffer.from(await res.arrayBuffer()).equals(asset.body)).toBe(true);
      }
    } finally {
      await stop();
    }
  }, 60_000);
});
