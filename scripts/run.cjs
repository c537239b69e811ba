#!/usr/bin/env node
/**
 * Runs an entry point of `src/` (default `main`, i.e. `npm start`) as plain JavaScript.
 *
 * Why not `tsx src/main.ts`: tsx's loader adds about 50 MB of resident memory and transforms every
 * module at start. Instead esbuild transpiles `src/` file by file into `dist/run/` (about 0.1 s,
 * no bundling, so module-relative paths keep working) and the entry is imported in this process.
 * Files the server reads at run time (`src/portal/client/*`) are copied beside the output.
 * The source maps (for `--enable-source-maps`, which `npm start` uses) carry no `sourcesContent`:
 * stack traces still point at the `.ts` files, and Node no longer keeps a copy of every source in
 * memory (~12 MB of RSS, docs/benchmarks.md, P5).
 *
 * Why CommonJS: Node runs a CommonJS entry before it loads any ES module, and so before libuv
 * starts its thread pool, whose size this launcher sets first (`thread-pool.cjs`).
 *
 * Usage: node scripts/run.cjs [entry]   e.g. `node scripts/run.cjs local/main`
 */
'use strict';

const { threadPoolSize } = require('./thread-pool.cjs');

process.env.UV_THREADPOOL_SIZE = threadPoolSize();

const { cpSync, readdirSync, rmSync } = require('node:fs');
const { join, relative } = require('node:path');
const { pathToFileURL } = require('node:url');

const root = join(__dirname, '..');
const srcDir = join(root, 'src');
const outDir = join(root, 'dist', 'run');
const entry = process.argv[2] ?? 'main';

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

async function main() {
  const esbuild = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: sources(srcDir),
    outdir: outDir,
    outbase: srcDir,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
  });
  await esbuild.stop();
  cpSync(join(srcDir, 'portal', 'client'), join(outDir, 'portal', 'client'), { recursive: true });

  const target = join(outDir, `${entry}.js`);
  if (relative(outDir, target).startsWith('..')) throw new Error(`entry outside src/: ${entry}`);
  process.argv.splice(2, 1);
  await import(pathToFileURL(target).href);
}

main().catch((error) => {
  process.exitCode = 1;
  console.error(error);
});
