#!/usr/bin/env node
/**
 * Prepares `dist/run/` for `scripts/run.cjs`, in a process of its own so that the server never
 * loads esbuild: transpiles `src/` file by file (about 0.1 s, no bundling, so module-relative paths
 * keep working), copies the files the server reads at run time (`src/portal/client/*`), and writes
 * the browser bundles beside them (`portal/client/*.bundle.js`, made by the portal's own
 * `writeBundles`, so with the very options the portal uses when it bundles for itself, as it
 * does under the tests). Loaded in the serving process, esbuild's module and its output buffer
 * stayed resident for the process's lifetime, and its service process stayed alive beside it
 * (docs/benchmarks.md, P5).
 *
 * The source maps (for `--enable-source-maps`, which `npm start` uses) carry no `sourcesContent`:
 * stack traces still point at the `.ts` files, and Node no longer keeps a copy of every source in
 * memory (~12 MB of RSS, docs/benchmarks.md, P5). Non-ASCII text (the message catalogues) is
 * written as UTF-8 rather than `\u` escapes, which V8 would keep as six bytes a character in each
 * module's source.
 *
 * Usage: node scripts/prepare-run.cjs
 */
'use strict';

const { cpSync, readdirSync, renameSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const root = join(__dirname, '..');
const srcDir = join(root, 'src');
const outDir = join(root, 'dist', 'run');

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Puts the finished `dir` in place of `outDir` with two renames, so that a server already running
 * from `outDir` (another `npm start` or `npm run local` of this checkout) finds every file it
 * imports later, and two launchers preparing at once do not write into each other's output.
 */
function swapIn(dir) {
  const old = `${outDir}.${process.pid}.old`;
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(outDir, old);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    try {
      renameSync(dir, outDir);
      break;
    } catch (error) {
      // Another launcher put its output in place between the two renames: replace it as well.
      if ((error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') || attempt >= 10) throw error;
    }
  }
  rmSync(old, { recursive: true, force: true });
}

async function main() {
  const esbuild = await import('esbuild');
  const dir = `${outDir}.${process.pid}.new`;
  rmSync(dir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: sources(srcDir),
    outdir: dir,
    outbase: srcDir,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    charset: 'utf8',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
  });
  const clientDir = join(dir, 'portal', 'client');
  cpSync(join(srcDir, 'portal', 'client'), clientDir, { recursive: true });
  const assets = await import(pathToFileURL(join(dir, 'portal', 'assets.js')).href);
  await assets.writeBundles(join(srcDir, 'portal', 'client'), clientDir);
  await esbuild.stop();
  swapIn(dir);
}

main().catch((error) => {
  process.exitCode = 1;
  console.error(error);
});
