/**
 * docs/security.md cites tests as `<file> "<test name>"` in the "Where" column of its table. Each
 * citation must name a test (`it`/`describe` title) that exists in that file, so the review keeps
 * pointing at real tests when files are split or tests renamed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The file a citation's abbreviation stands for (the "Test files" list of docs/security.md). */
function citedFile(abbreviation: string): string | null {
  const fixed: Record<string, string> = {
    flows: 'test/portal/flows.test.ts',
    res: 'test/portal/resilience.test.ts',
    pop: 'test/portal/populations.test.ts',
  };
  if (fixed[abbreviation]) return fixed[abbreviation];
  const m = /^(portal|unit|p1|pol|br)\/([a-z0-9-]+)$/.exec(abbreviation);
  if (!m) return null;
  const dir = {
    portal: 'test/portal',
    unit: 'test/portal/unit',
    p1: 'test/pingone',
    pol: 'test/policy',
    br: 'test/browser',
  }[m[1] as 'portal' | 'unit' | 'p1' | 'pol' | 'br'];
  return `${dir}/${m[2]}.test.ts`;
}

/**
 * Citations in one table cell: an abbreviation followed by one or more quoted names separated by
 * commas (`res "a", "b"`). Quoted text after anything else (a section name) is not a citation.
 */
function citations(cell: string): { abbreviation: string; name: string }[] {
  const found: { abbreviation: string; name: string }[] = [];
  const re = /(?:([a-z0-9/-]+) |, )"([^"]+)"/g;
  let current: string | null = null;
  let lastEnd = -1;
  for (let m = re.exec(cell); m; m = re.exec(cell)) {
    if (m[1] !== undefined) current = citedFile(m[1]) ? m[1] : null;
    else if (m.index !== lastEnd) current = null;
    lastEnd = re.lastIndex;
    if (current) found.push({ abbreviation: current, name: m[2]! });
  }
  return found;
}

/** `it`, `test` and `describe` titles of a test file. */
function testTitles(source: string): string[] {
  const titles: string[] = [];
  const re = /\b(?:it|test|describe)(?:\.\w+)*\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    titles.push(m[2]!.replace(/\\(.)/g, '$1'));
  }
  return titles;
}

/** A cited name matches a title exactly, or by its pieces when it elides text with `…`. */
function matches(name: string, title: string): boolean {
  if (!name.includes('…')) return name === title;
  const pieces = name.split('…');
  let from = 0;
  for (const [i, piece] of pieces.entries()) {
    const at = title.indexOf(piece, from);
    if (at === -1) return false;
    if (i === 0 && piece !== '' && at !== 0) return false;
    from = at + piece.length;
  }
  const last = pieces.at(-1)!;
  return last === '' || title.endsWith(last);
}

function whereCells(doc: string): string[] {
  return doc
    .split('\n')
    .filter((line) => /^\| \d+ /.test(line))
    .map((line) => line.split('|')[4] ?? '');
}

describe('docs/security.md test citations', () => {
  it('parses citations and matches elided names', () => {
    expect(
      citations('`x.ts` · res "a b", "c…", flows (d), docs/portal.md "Limits", pol/rules'),
    ).toEqual([
      { abbreviation: 'res', name: 'a b' },
      { abbreviation: 'res', name: 'c…' },
    ]);
    expect(citations('portal/csrf "x" (y), "z"')).toEqual([
      { abbreviation: 'portal/csrf', name: 'x' },
    ]);
    expect(
      testTitles(`describe('a b', () => { it("it's", async () => {}); it.skip('c\\'d', x) })`),
    ).toEqual(['a b', "it's", "c'd"]);
    expect(matches('…keeps it out of the cookie', 'sends x, and keeps it out of the cookie')).toBe(
      true,
    );
    expect(matches('sends x…', 'sends x, and keeps it')).toBe(true);
    expect(matches('sends x…', 'it sends x')).toBe(false);
    expect(matches('…refuses y…', 'sends x, refuses y, and z')).toBe(true);
    expect(matches('sends x', 'sends x, and keeps it')).toBe(false);
  });

  it('cites only tests that exist in the cited file', () => {
    const doc = readFileSync(join(root, 'docs/security.md'), 'utf8');
    const all = whereCells(doc).flatMap(citations);
    expect(all.length).toBeGreaterThan(40);
    const missing: string[] = [];
    for (const { abbreviation, name } of all) {
      const file = citedFile(abbreviation)!;
      const path = join(root, file);
      if (!existsSync(path)) {
        missing.push(`${abbreviation}: no file ${file}`);
        continue;
      }
      const titles = testTitles(readFileSync(path, 'utf8'));
      if (!titles.some((title) => matches(name, title))) missing.push(`${abbreviation} "${name}"`);
    }
    expect(missing).toEqual([]);
  });

  it('cites only files that exist, also where no test name is given', () => {
    const doc = readFileSync(join(root, 'docs/security.md'), 'utf8');
    const files = new Set<string>();
    for (const cell of whereCells(doc)) {
      for (const m of cell.matchAll(/(?:^|[\s(,·])((?:portal|unit|p1|pol|br)\/[a-z0-9-]+)/g)) {
        files.add(citedFile(m[1]!)!);
      }
    }
    expect(files.size).toBeGreaterThan(10);
    expect([...files].filter((f) => !existsSync(join(root, f)))).toEqual([]);
  });
});
