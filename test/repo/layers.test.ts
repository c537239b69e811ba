/**
 * The layering of src/ is enforced by Biome's `noRestrictedImports` (overrides in biome.json):
 *
 * - src/policy imports nothing of the project;
 * - src/config (ConfigError and the settings-table builder, shared by src/portal and src/local)
 *   imports nothing of the project;
 * - src/pingone never imports src/portal or src/local;
 * - src/local never imports src/portal;
 * - src/portal reaches src/local only through src/portal/server.ts (it embeds PingOne Local).
 *
 * These tests prove the rule fires: they lint the deliberate violations of test/fixtures/lint (left
 * out of the normal lint run) with the project's own biome.json, and check the real tree is clean.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const biome = join(root, 'node_modules/@biomejs/biome/bin/biome');
const RULE = 'lint/style/noRestrictedImports';

interface Diagnostic {
  category: string;
  message: string;
  location: { path: string; start: { line: number } };
}

/** Runs `biome lint` over `src` below `dir` with the project's biome.json; returns its findings. */
function lint(dir: string): Diagnostic[] {
  const result = spawnSync(process.execPath, [biome, 'lint', '--reporter=json', 'src'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const report = JSON.parse(result.stdout) as { diagnostics: Diagnostic[] };
  return report.diagnostics.filter((d) => d.category === RULE);
}

const scratch = mkdtempSync(join(tmpdir(), 'layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('layering of src/ (biome noRestrictedImports)', () => {
  it('fails on each deliberate violation, naming the rule and the layer, and passes allowed imports', () => {
    const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
    // The copy is not a git checkout: no .gitignore to read.
    config.vcs = { enabled: false };
    writeFileSync(join(scratch, 'biome.json'), JSON.stringify(config));
    cpSync(join(root, 'test/fixtures/lint/src'), join(scratch, 'src'), { recursive: true });

    const found = lint(scratch).map(
      (d) => `${d.location.path}:${d.location.start.line} ${d.message}`,
    );
    expect(found.sort()).toEqual([
      'src/config/imports-local.ts:3 Layering: src/config (shared by src/portal and src/local) imports nothing of the project.',
      'src/local/imports-portal.ts:3 Layering: src/local never imports src/portal.',
      'src/pingone/imports-portal.ts:3 Layering: src/pingone never imports src/portal or src/local.',
      expect.stringMatching(
        /^src\/policy\/imports-pingone\.ts:3 Layering: src\/policy imports nothing of the project/,
      ),
      'src/portal/flows/imports-local.ts:3 Layering: src/portal reaches src/local only through src/portal/server.ts, which embeds PingOne Local by default.',
    ]);
    // Not reported: src/local importing src/pingone, src/portal/server.ts importing src/local.
  });

  it('finds no violation in src/', () => {
    expect(lint(root)).toEqual([]);
  });
});
