/**
 * The repository stands alone: nothing reads or cites files beside it, and every
 * `docs/pingone-behaviour.md §x.y` citation in code, tests and docs names a heading that exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

/** Where the project's own text lives. */
const SCANNED = [
  'src',
  'test',
  'docs',
  'bench',
  'scripts',
  'spec/README.md',
  '.ci',
  'README.md',
  '.env.example',
  'package.json',
  'vitest.config.ts',
];
const SKIPPED_DIRS = new Set(['node_modules', 'data', 'dist', 'coverage', '.git']);
const TEXT = /\.(ts|mts|mjs|js|json|md|css|html|sh|yml|yaml|txt)$|^[^.]+$|^\.env\.example$/;

function walk(path: string, out: string[]): void {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return; // An optional entry (e.g. bench/) that this checkout does not have.
  }
  if (stat.isDirectory()) {
    for (const name of readdirSync(path)) {
      if (!SKIPPED_DIRS.has(name)) walk(join(path, name), out);
    }
  } else if (TEXT.test(path.slice(path.lastIndexOf('/') + 1))) {
    out.push(path);
  }
}

function projectFiles(): string[] {
  const files: string[] = [];
  for (const entry of SCANNED) walk(join(ROOT, entry), files);
  return files.filter((file) => file !== SELF);
}

/** Section numbers of the `#`/`##`/`###` headings of a Markdown text (`## 3. Users` → `3`). */
function headingSections(markdown: string): Set<string> {
  const sections = new Set<string>();
  for (const match of markdown.matchAll(/^#{1,6} +(\d+(?:\.\d+)*)\.?(?= )/gm)) {
    sections.add(match[1]!);
  }
  return sections;
}

/**
 * Every section a text cites in `pingone-behaviour.md`: the `§x.y` right after the file name and
 * the ones listed after it (`docs/pingone-behaviour.md §4.1 #9–10, §4.3` → 4.1, 4.3).
 */
function citedSections(text: string): string[] {
  const cited: string[] = [];
  const one = '§\\d+(?:\\.\\d+)*(?: #[\\d–-]+)?';
  const list = new RegExp(`pingone-behaviour\\.md ${one}(?:(?:,| and| or) ${one})*`, 'g');
  for (const match of text.matchAll(list)) {
    for (const section of match[0].matchAll(/§(\d+(?:\.\d+)*)/g)) cited.push(section[1]!);
  }
  return cited;
}

describe('the repository stands alone', () => {
  const files = projectFiles();

  it('scans the project’s files', () => {
    const names = files.map((file) => relative(ROOT, file));
    expect(names).toContain('src/main.ts');
    expect(names).toContain('docs/pingone-behaviour.md');
    expect(names).toContain('test/support/openapi.ts');
    expect(names.length).toBeGreaterThan(100);
  });

  it('reads and cites nothing outside the repository', () => {
    // Built from parts so that this file does not match itself.
    const forbidden = ['../' + 'shared', 'shared/' + 'reference', '/work/' + 'shared'];
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const needle of forbidden) {
        if (text.includes(needle)) offenders.push(`${relative(ROOT, file)}: ${needle}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('cites only sections of docs/pingone-behaviour.md that exist', () => {
    const headings = headingSections(readFileSync(join(ROOT, 'docs/pingone-behaviour.md'), 'utf8'));
    const missing: string[] = [];
    let count = 0;
    for (const file of files) {
      for (const section of citedSections(readFileSync(file, 'utf8'))) {
        count += 1;
        if (!headings.has(section)) missing.push(`${relative(ROOT, file)}: §${section}`);
      }
    }
    expect(missing).toEqual([]);
    // The code does cite the document: a broken pattern must not pass by finding nothing.
    expect(count).toBeGreaterThan(50);
  });

  it('finds cited and missing sections', () => {
    expect(
      headingSections('# Title\n## 3. Users\n### 3.7 Uniqueness rules [D]\n#### 10.5 X\n'),
    ).toEqual(new Set(['3', '3.7', '10.5']));
    expect(
      citedSections(
        '(docs/pingone-behaviour.md §4.5, §10.5) and docs/pingone-behaviour.md §3.2–3.3. Later §9.9.',
      ),
    ).toEqual(['4.5', '10.5', '3.2']);
    expect(citedSections('see pingone-behaviour.md §7.4.')).toEqual(['7.4']);
  });

  it('vendors the OpenAPI description with its licence', () => {
    const licence = readFileSync(join(ROOT, 'spec/pingone-management.openapi.LICENSE'), 'utf8');
    expect(licence).toContain('BSD 3-Clause License');
    const readme = readFileSync(join(ROOT, 'spec/README.md'), 'utf8');
    expect(readme).toContain('4a884deb5b2812afdea4475d71e55913b36cf2a5');
    expect(readme).toContain('BSD-3-Clause');
    expect(readFileSync(join(ROOT, 'spec/pingone-management.openapi.yml'), 'utf8')).toMatch(
      /^openapi: 3\.0/,
    );
  });
});
