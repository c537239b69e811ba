/**
 * Static assets: the stylesheet, the browser script (bundled once with esbuild from
 * `client/portal.ts`, which imports the policy rules from `src/policy`) and the strength hint
 * (`client/strength.ts`, zxcvbn-ts with its dictionaries: a bundle of its own, loaded only when a
 * new password is typed). All are served under content-hashed names with a one-year immutable
 * cache.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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

/** Bundles `client/<name>.ts` for the browser (minified IIFE). */
export async function bundleScript(name: 'portal' | 'strength'): Promise<Asset> {
  const { build } = await import('esbuild');
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL(`./client/${name}.ts`, import.meta.url))],
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
  return hashed(name, 'js', Buffer.from(text), 'text/javascript; charset=utf-8');
}
