/**
 * Static assets: the stylesheet, the browser script (bundled once with esbuild from
 * `client/portal.ts`, which imports the policy rules from `src/policy`) and the strength hint
 * (`client/strength.ts`, zxcvbn-ts with its dictionaries: a bundle of its own, loaded only when a
 * new password is typed). All are served under content-hashed names with a one-year immutable
 * cache.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One asset in memory. */
export interface Asset {
  path: string;
  body: Buffer;
  type: string;
}

/** The portal's assets. */
export interface Assets {
  css: Asset;
  js: Asset;
  /** The strength hint's script, loaded on demand by `js`. */
  strength: Asset;
  byPath: Map<string, Asset>;
}

function hashed(name: string, ext: string, body: Buffer, type: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { path: `/assets/${name}.${hash}.${ext}`, body, type };
}

/** Reads the stylesheet and bundles the browser script. */
export async function buildAssets(): Promise<Assets> {
  const cssFile = fileURLToPath(new URL('./client/portal.css', import.meta.url));
  const [css, js, strength] = await Promise.all([
    readFile(cssFile),
    bundleScript('portal'),
    bundleScript('strength'),
  ]);
  const cssAsset = hashed('portal', 'css', css, 'text/css; charset=utf-8');
  return {
    css: cssAsset,
    js,
    strength,
    byPath: new Map([cssAsset, js, strength].map((a) => [a.path, a])),
  };
}

type ScriptName = 'portal' | 'strength';
const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));
const SCRIPTS: readonly ScriptName[] = ['portal', 'strength'];

/**
 * The browser script `client/<name>.ts` (minified IIFE): written ahead of time by `npm start`
 * (`scripts/prepare-run.cjs` calls {@link writeBundles}, so that the serving process never loads
 * esbuild), else bundled now (the tests, which run `src/` as it is).
 */
export async function bundleScript(name: ScriptName): Promise<Asset> {
  const body = (await prebuilt(name)) ?? (await bundle(name));
  return hashed(name, 'js', body, 'text/javascript; charset=utf-8');
}

/**
 * Writes every browser bundle of the scripts in `sourceDir` (`src/portal/client`) into `dir` as
 * `<name>.bundle.js`, where {@link bundleScript} finds it.
 */
export async function writeBundles(sourceDir: string, dir: string): Promise<void> {
  await Promise.all(
    SCRIPTS.map(async (name) => writeFile(bundleFile(dir, name), await bundle(name, sourceDir))),
  );
}

function bundleFile(dir: string, name: ScriptName): string {
  return join(dir, `${name}.bundle.js`);
}

async function prebuilt(name: ScriptName): Promise<Buffer | undefined> {
  try {
    return await readFile(bundleFile(CLIENT_DIR, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function bundle(name: ScriptName, sourceDir = CLIENT_DIR): Promise<Buffer> {
  const { build } = await import('esbuild');
  const bundle = await build({
    entryPoints: [join(sourceDir, `${name}.ts`)],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const text = bundle.outputFiles[0]?.contents;
  if (!text) throw new Error(`esbuild produced no output for client/${name}.ts`);
  return Buffer.from(text);
}
