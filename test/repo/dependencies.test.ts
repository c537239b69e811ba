/**
 * What runs in production (`src/`, `scripts/`) imports only packages listed under
 * `dependencies`; test and benchmark tools (tsx, vitest, playwright-core…) stay in
 * `devDependencies`, so `npm ci --omit=dev` gives a working server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function runtimeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'data' ? [] : runtimeFiles(path);
    return /\.(ts|mjs|js)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Package names a module loads at run time (type-only imports are erased, so skipped). */
function runtimePackages(text: string): string[] {
  const names: string[] = [];
  const patterns = [
    /^\s*import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms,
    /^\s*export\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms,
    /^\s*import\s+'([^']+)'/gm,
    /\bimport\(\s*'([^']+)'\s*\)/g,
    /\brequire(?:\.resolve)?\(\s*'([^']+)'\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const spec = match[1]!;
      if (spec.startsWith('.') || spec.startsWith('node:') || builtinModules.includes(spec)) {
        continue;
      }
      const parts = spec.split('/');
      names.push(spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
    }
  }
  return names;
}

describe('dependencies', () => {
  it('run-time code imports only dependencies', () => {
    const used = new Map<string, string>();
    for (const file of [
      ...runtimeFiles(join(ROOT, 'src')),
      ...runtimeFiles(join(ROOT, 'scripts')),
    ]) {
      for (const name of runtimePackages(readFileSync(file, 'utf8'))) {
        if (!used.has(name)) used.set(name, relative(ROOT, file));
      }
    }
    const missing = [...used].filter(([name]) => !(name in pkg.dependencies));
    expect(missing).toEqual([]);
    // The scan does see the server's imports.
    expect([...used.keys()]).toEqual(
      expect.arrayContaining(['fastify', 'jose', 'dotenv', 'esbuild']),
    );
  });

  it('keeps test and benchmark tools out of dependencies', () => {
    for (const tool of ['tsx', 'vitest', 'typescript', 'playwright-core', 'autocannon', 'ajv']) {
      expect(pkg.dependencies).not.toHaveProperty(tool);
      expect(pkg.devDependencies).toHaveProperty(tool);
    }
  });

  it('reads import forms', () => {
    expect(
      runtimePackages(
        "import type { X } from 'typeonly';\nimport a, { type B } from '@scope/pkg/sub';\n" +
          "const m = await import('dyn');\nrequire.resolve('data-pkg/file.gz');\nimport { x } from './local.js';\n" +
          "import { readFileSync } from 'node:fs';\nimport { join } from 'path';\n",
      ),
    ).toEqual(['@scope/pkg', 'dyn', 'data-pkg']);
  });
});
