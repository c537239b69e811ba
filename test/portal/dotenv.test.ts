/**
 * `.env` loading (src/portal/dotenv.ts, on the `dotenv` package): the file fills in what the
 * environment lacks, never overrides it, and a missing file is fine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDotEnv, parseDotEnv } from '../../src/portal/dotenv.js';

const dir = mkdtempSync(join(tmpdir(), 'dotenv-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function envFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('.env loading', () => {
  it('parses comments, export, quotes, escapes and trailing comments', () => {
    expect(
      parseDotEnv(
        '# c\nexport A=1\nB = "two\\nlines"\nC=\'x # y\'\nD=plain # comment\nbad line\r\nE="q"\r\n',
      ),
    ).toEqual({ A: '1', B: 'two\nlines', C: 'x # y', D: 'plain', E: 'q' });
  });

  it('fills in unset variables and leaves set ones alone, even when empty', () => {
    const file = envFile('.env', 'PORT=9999\nSESSION_SECRET=from-file\nLOG_LEVEL=debug\n');
    const env: Record<string, string | undefined> = { PORT: '3000', LOG_LEVEL: '' };
    const loaded = loadDotEnv(file, env);
    expect(env).toEqual({ PORT: '3000', LOG_LEVEL: '', SESSION_SECRET: 'from-file' });
    expect(loaded).toEqual(['SESSION_SECRET']);
  });

  it('does not touch process.env when given another object', () => {
    const file = envFile('other.env', 'DOTENV_TEST_ONLY_HERE=1\n');
    const env: Record<string, string | undefined> = {};
    loadDotEnv(file, env);
    expect(env).toEqual({ DOTENV_TEST_ONLY_HERE: '1' });
    expect(process.env.DOTENV_TEST_ONLY_HERE).toBeUndefined();
  });

  it('treats a missing file as empty and says nothing', () => {
    const env: Record<string, string | undefined> = { A: 'x' };
    const writes: unknown[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: unknown) => {
      writes.push(chunk);
      return true;
    }) as typeof process.stdout.write;
    try {
      expect(loadDotEnv(join(dir, 'absent.env'), env)).toEqual([]);
      loadDotEnv(envFile('quiet.env', 'Q=1\n'), env);
    } finally {
      process.stdout.write = original;
    }
    expect(env).toEqual({ A: 'x', Q: '1' });
    expect(writes).toEqual([]);
  });

  it('reports a file it cannot read', () => {
    expect(() => loadDotEnv(dir, {})).toThrow(/EISDIR/);
  });
});
