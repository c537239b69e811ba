/**
 * Static assets: the stylesheet and the browser script (bundled once with esbuild from
 * `client/portal.ts`, which imports the policy rules from `src/policy`). Both are served under
 * content-hashed names with a one-year immutable cache.
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
  byPath: Map<string, Asset>;
}

function hashed(name: string, ext: string, body: Buffer, type: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { path: `/assets/${name}.${hash}.${ext}`, body, type };
}

/** Reads the stylesheet and bundles the browser script. */
export async function buildAssets(): Promise<Assets> {
  const cssFile = fileURLToPath(new URL('./client/portal.css', import.meta.url));
  const jsEntry = fileURLToPath(new URL('./client/portal.ts', import.meta.url));
  const { build } = await import('esbuild');
  const [css, bundle] = await Promise.all([
    readFile(cssFile),
    build({
      entryPoints: [jsEntry],
      bundle: true,
      write: false,
      minify: true,
      format: 'iife',
      target: ['es2020'],
      platform: 'browser',
      legalComments: 'none',
      logLevel: 'silent',
    }),
  ]);
  const jsText = bundle.outputFiles[0]?.contents;
  if (!jsText) throw new Error('esbuild produced no output for the browser script');
  const cssAsset = hashed('portal', 'css', css, 'text/css; charset=utf-8');
  const jsAsset = hashed('portal', 'js', Buffer.from(jsText), 'text/javascript; charset=utf-8');
  return {
    css: cssAsset,
    js: jsAsset,
    byPath: new Map([
      [cssAsset.path, cssAsset],
      [jsAsset.path, jsAsset],
    ]),
  };
}
