#!/usr/bin/env node
/**
 * Runs an entry point of `src/` (default `main`, i.e. `npm start`) as plain JavaScript.
 *
 * Why not `tsx src/main.ts`: tsx's loader adds about 50 MB of resident memory and transforms every
 * module at start. Instead `prepare-run.cjs`, in a child process, transpiles `src/` into
 * `dist/run/` with esbuild and bundles the browser scripts (about 0.2 s), and the entry is then
 * imported in this process, which never loads esbuild.
 *
 * Why CommonJS: Node runs a CommonJS entry before it loads any ES module, and so before libuv
 * starts its thread pool, whose size this launcher sets first (`thread-pool.cjs`).
 *
 * Usage: node scripts/run.cjs [entry]   e.g. `node scripts/run.cjs local/main`
 */
'use strict';

const { threadPoolSize } = require('./thread-pool.cjs');

process.env.UV_THREADPOOL_SIZE = threadPoolSize();

const { spawnSync } = require('node:child_process');
const { join, relative } = require('node:path');
const { pathToFileURL } = require('node:url');

const outDir = join(__dirname, '..', 'dist', 'run');
const entry = process.argv[2] ?? 'main';

async function main() {
  const prepared = spawnSync(process.execPath, [join(__dirname, 'prepare-run.cjs')], {
    stdio: 'inherit',
  });
  if (prepared.status !== 0) {
    // prepare-run.cjs has printed why.
    process.exitCode = prepared.status ?? 1;
    return;
  }
  const target = join(outDir, `${entry}.js`);
  if (relative(outDir, target).startsWith('..')) throw new Error(`entry outside src/: ${entry}`);
  process.argv.splice(2, 1);
  await import(pathToFileURL(target).href);
}

main().catch((error) => {
  process.exitCode = 1;
  console.error(error);
});
