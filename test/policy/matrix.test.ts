import { describe, expect, it } from 'vitest';
import { loadCommonPasswords } from '../../src/policy/common-passwords.js';
import { BUILT_IN_POLICIES, evaluatePassword, type RuleName } from '../../src/policy/index.js';

const commonPasswords = loadCommonPasswords();
const profile = {
  id: '7b1f3f8e-5a2d-4c1e-9f0a-2b3c4d5e6f70',
  username: 'jsmith',
  email: 'john.smith@example.com',
  name: { given: 'John', family: 'Smith' },
  createdAt: '2026-01-01T00:00:00.000Z',
};

type Row = [
  password: string,
  standard: RuleName[],
  passphrase: RuleName[],
  basic: RuleName[],
  nist: RuleName[],
];

// Unsatisfied rule sets (duplicates removed) with the full common list and a profile, no current
// password (so notSimilarToCurrent/history are not evaluated).
// biome-ignore format: one row per password reads as a table
const ROWS: Row[] = [
  ['invalid', ['minCharacters', 'excludesCommonlyUsed', 'length'], ['excludesCommonlyUsed', 'minComplexity'], ['minCharacters', 'excludesCommonlyUsed', 'length'], ['excludesCommonlyUsed', 'length']],
  ['Password1', ['minCharacters', 'excludesCommonlyUsed'], ['excludesCommonlyUsed', 'minComplexity'], ['minCharacters', 'excludesCommonlyUsed'], ['excludesCommonlyUsed', 'length']],
  ['P@ssw0rd!', ['excludesCommonlyUsed'], ['excludesCommonlyUsed', 'minComplexity'], ['excludesCommonlyUsed'], ['excludesCommonlyUsed', 'length']],
  ['Summer2024!', ['excludesCommonlyUsed'], ['excludesCommonlyUsed'], ['excludesCommonlyUsed'], ['excludesCommonlyUsed', 'length']],
  ['qwertyuiop', ['minCharacters', 'excludesCommonlyUsed'], ['excludesCommonlyUsed', 'minComplexity'], ['minCharacters', 'excludesCommonlyUsed'], ['excludesCommonlyUsed', 'length']],
  ['good-apple', ['minCharacters'], ['minComplexity'], ['minCharacters'], ['length']],
  ['goood-appple', ['minCharacters', 'maxRepeatedCharacters'], [], ['minCharacters'], ['length']],
  ['Tr0ub4dor&3', [], [], [], ['length']],
  ['Zq8#kLm2!xV', [], [], [], ['length']],
  ['correct horse battery staple', ['minCharacters'], [], ['minCharacters'], []],
  ['velvet cactus harbor lemon', ['minCharacters'], [], ['minCharacters'], []],
  ['Velvet-Cactus-Harbor-Lemon-7', [], [], [], []],
  ['Xk9$mPq2vL7#nR4wZt', [], [], [], []],
  ['abcdefghijklmnopq', ['minCharacters'], [], ['minCharacters'], []],
  ['Qx7!jsmith', ['excludesProfileData'], ['excludesProfileData'], [], ['length', 'excludesProfileData']],
  ['John.Smith#1', ['excludesProfileData'], ['excludesProfileData'], [], ['length', 'excludesProfileData']],
  ['Aa1!Aa1!', ['minUniqueCharacters'], ['minComplexity'], [], ['length']],
  ['😀😀😀😀😀😀😀😀', ['minCharacters', 'maxRepeatedCharacters', 'minUniqueCharacters'], ['minComplexity'], ['minCharacters'], ['length']],
  ['Aa1!😀', ['length'], ['minComplexity'], ['length'], ['length']],
  ['Aa1!😀😁😂🤣🥲😊', [], [], [], ['length']],
  ['', ['minCharacters', 'length', 'minUniqueCharacters'], ['minComplexity'], ['minCharacters', 'length'], ['length']],
  ['Aa1!bC2@'.repeat(8), [], [], [], []],
  ['Aa1!bC2@'.repeat(8).concat('x'), [], [], [], ['length']],
  ['Aa1!bC2@'.repeat(32), ['length'], [], ['length'], ['length']],
];

const POLICIES = ['standard', 'passphrase', 'basic', 'nist80063b'] as const;

describe.each(ROWS)('%j', (password, ...expected) => {
  it.each(POLICIES.map((name, i) => [name, expected[i]!] as const))('%s', (name, rules) => {
    const { unsatisfied } = evaluatePassword(BUILT_IN_POLICIES[name], password, {
      commonPasswords,
      profile,
    });
    expect([...new Set(unsatisfied.map((u) => u.rule))]).toEqual(rules);
  });
});

describe('self-change context on the built-in policies', () => {
  const currentPassword = 'Velvet-Cactus-Harbor-Lemon-7';
  it.each([
    ['standard', 'Velvet-Cactus-Harbor-Lemon-8', ['notSimilarToCurrent']],
    ['passphrase', 'Velvet-Cactus-Harbor-Lemon-8', ['notSimilarToCurrent']],
    ['basic', 'Velvet-Cactus-Harbor-Lemon-8', []],
    ['nist80063b', 'Velvet-Cactus-Harbor-Lemon-8', ['notSimilarToCurrent']],
    ['basic', currentPassword, ['history']],
    ['standard', currentPassword, ['history']],
  ] as const)('%s: %s', (name, password, rules) => {
    const { unsatisfied, evaluated } = evaluatePassword(BUILT_IN_POLICIES[name], password, {
      currentPassword,
      inHistory: false,
      commonPasswords,
      profile,
    });
    expect(unsatisfied.map((u) => u.rule)).toEqual(rules);
    expect(evaluated).toContain('history');
  });
});

describe('BUILT_IN_POLICIES', () => {
  it('match docs/pingone-behaviour.md §5.2 exactly, plus the NIST policy', () => {
    const all4 = {
      '~!@#$%^&*()-_=+[]{}|;:,.<>/?': 1,
      '0123456789': 1,
      ABCDEFGHIJKLMNOPQRSTUVWXYZ: 1,
      abcdefghijklmnopqrstuvwxyz: 1,
    };
    const lockout = { failureCount: 5, durationSeconds: 900 };
    expect(BUILT_IN_POLICIES).toEqual({
      standard: {
        name: 'Standard',
        description: 'A standard policy that incorporates industry best practices',
        excludesProfileData: true,
        notSimilarToCurrent: true,
        excludesCommonlyUsed: true,
        maxAgeDays: 182,
        minAgeDays: 1,
        maxRepeatedCharacters: 2,
        minUniqueCharacters: 5,
        history: { count: 6, retentionDays: 365 },
        lockout,
        length: { min: 8, max: 255 },
        minCharacters: all4,
        default: true,
      },
      passphrase: {
        name: 'Passphrase',
        description: 'A policy that encourages the use of passphrases',
        excludesProfileData: true,
        notSimilarToCurrent: true,
        excludesCommonlyUsed: true,
        minComplexity: 7,
        maxAgeDays: 182,
        minAgeDays: 1,
        history: { count: 6, retentionDays: 365 },
        lockout,
        default: false,
      },
      basic: {
        name: 'Basic',
        description: 'A relaxed standard policy to allow for maximum customer flexibility',
        excludesProfileData: false,
        notSimilarToCurrent: false,
        excludesCommonlyUsed: true,
        lockout,
        length: { min: 8, max: 255 },
        minCharacters: all4,
        default: false,
      },
      nist80063b: {
        name: 'NIST 800-63B',
        description:
          'Length over composition, no expiry, blocklist of common and profile-derived passwords (NIST SP 800-63B-4)',
        excludesProfileData: true,
        notSimilarToCurrent: true,
        excludesCommonlyUsed: true,
        lockout,
        length: { min: 15, max: 64 },
        default: false,
      },
    });
    expect(Object.keys(BUILT_IN_POLICIES.standard.minCharacters!)).toEqual(Object.keys(all4));
  });

  it('are frozen so a caller cannot change them for everyone', () => {
    expect(Object.isFrozen(BUILT_IN_POLICIES.standard.length)).toBe(true);
    expect(() => {
      (BUILT_IN_POLICIES.standard as { name: string }).name = 'x';
    }).toThrow(TypeError);
  });
});
