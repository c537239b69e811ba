import { describe, expect, it } from 'vitest';
import type { PasswordPolicy } from '../../src/pingone/model.js';
import {
  CHARACTER_SETS,
  type CommonPasswordChecker,
  describePolicy,
  evaluatePassword,
  isWithinDistance,
  levenshtein,
  searchSpaceDays,
  type Unsatisfied,
} from '../../src/policy/index.js';

/** A policy with every flag off, plus `rules`. */
function policy(rules: Partial<PasswordPolicy>): PasswordPolicy {
  return {
    name: 'Test',
    excludesCommonlyUsed: false,
    excludesProfileData: false,
    notSimilarToCurrent: false,
    ...rules,
  };
}

const unsatisfied = (p: PasswordPolicy, password: string, context = {}): Unsatisfied[] =>
  evaluatePassword(p, password, context).unsatisfied;

describe('length (code points)', () => {
  const p = policy({ length: { min: 8, max: 12 } });
  it.each([
    ['1234567', [{ rule: 'length', min: 8, max: 12, actual: 7 }]],
    ['12345678', []],
    ['123456789012', []],
    ['1234567890123', [{ rule: 'length', min: 8, max: 12, actual: 13 }]],
  ])('%s', (password, expected) => {
    expect(unsatisfied(p, password)).toEqual(expected);
  });

  it('counts an astral character (emoji) as one', () => {
    expect(unsatisfied(p, '😀😀😀😀😀😀😀')).toEqual([
      { rule: 'length', min: 8, max: 12, actual: 7 },
    ]);
    expect(unsatisfied(p, '😀😀😀😀😀😀😀😀')).toEqual([]);
    // 12 emoji are 24 UTF-16 units but 12 code points: within max.
    expect(unsatisfied(p, '😀'.repeat(12))).toEqual([]);
    expect(unsatisfied(p, '😀'.repeat(13))).toEqual([
      { rule: 'length', min: 8, max: 12, actual: 13 },
    ]);
  });

  it('enforces only the bound that is set', () => {
    expect(unsatisfied(policy({ length: { min: 3 } }), 'x'.repeat(1000))).toEqual([]);
    expect(unsatisfied(policy({ length: { max: 3 } }), 'abcd')).toEqual([
      { rule: 'length', max: 3, actual: 4 },
    ]);
    expect(evaluatePassword(policy({}), '').evaluated).toEqual([]);
  });
});

describe('minCharacters', () => {
  const p = policy({
    minCharacters: {
      [CHARACTER_SETS.symbol]: 2,
      [CHARACTER_SETS.digit]: 1,
      [CHARACTER_SETS.upper]: 1,
      [CHARACTER_SETS.lower]: 3,
    },
  });
  it('reports each failing charset with its count', () => {
    expect(unsatisfied(p, 'ab!')).toEqual([
      { rule: 'minCharacters', characterSet: CHARACTER_SETS.symbol, min: 2, actual: 1 },
      { rule: 'minCharacters', characterSet: CHARACTER_SETS.digit, min: 1, actual: 0 },
      { rule: 'minCharacters', characterSet: CHARACTER_SETS.upper, min: 1, actual: 0 },
      { rule: 'minCharacters', characterSet: CHARACTER_SETS.lower, min: 3, actual: 2 },
    ]);
  });
  it('passes at exactly the minimum (min-1 fails)', () => {
    expect(unsatisfied(p, 'abcA1!?')).toEqual([]);
    expect(unsatisfied(p, 'abcA1!')).toEqual([
      { rule: 'minCharacters', characterSet: CHARACTER_SETS.symbol, min: 2, actual: 1 },
    ]);
  });
  it('does not count non-ASCII letters or other symbols as members of a set', () => {
    expect(unsatisfied(policy({ minCharacters: { [CHARACTER_SETS.upper]: 1 } }), 'ÉÀ€ 😀')).toEqual(
      [{ rule: 'minCharacters', characterSet: CHARACTER_SETS.upper, min: 1, actual: 0 }],
    );
    expect(
      unsatisfied(policy({ minCharacters: { [CHARACTER_SETS.symbol]: 1 } }), 'abc def'),
    ).toEqual([{ rule: 'minCharacters', characterSet: CHARACTER_SETS.symbol, min: 1, actual: 0 }]);
  });
});

describe('maxRepeatedCharacters (consecutive)', () => {
  const p = policy({ maxRepeatedCharacters: 2 });
  it.each([
    ['good-apple', []],
    ['goood-appple', [{ rule: 'maxRepeatedCharacters', max: 2 }]],
    // total occurrences do not matter, only runs
    ['abababab', []],
    ['aa', []],
    ['aaa', [{ rule: 'maxRepeatedCharacters', max: 2 }]],
    ['😀😀', []],
    ['😀😀😀', [{ rule: 'maxRepeatedCharacters', max: 2 }]],
  ])('%s', (password, expected) => {
    expect(unsatisfied(p, password)).toEqual(expected);
  });
  it('is case-sensitive (aAa is no run)', () => {
    expect(unsatisfied(p, 'aAa')).toEqual([]);
  });
});

describe('minUniqueCharacters (distinct code points)', () => {
  const p = policy({ minUniqueCharacters: 5 });
  it.each([
    ['aabbccdd', [{ rule: 'minUniqueCharacters', min: 5, actual: 4 }]],
    ['abcde', []],
    ['abcdeabcde', []],
    ['😀😁😂🤣', [{ rule: 'minUniqueCharacters', min: 5, actual: 4 }]],
    ['😀😁😂🤣😃', []],
  ])('%s', (password, expected) => {
    expect(unsatisfied(p, password)).toEqual(expected);
  });
});

describe('minComplexity (GRC haystack days at 1e14 guesses/s)', () => {
  const p = policy({ minComplexity: 7 });
  it('fails Password1 and passes four-word passphrases', () => {
    const [u] = unsatisfied(p, 'Password1');
    expect(u?.rule).toBe('minComplexity');
    expect(u).toMatchObject({ minDays: 7 });
    expect((u as { days: number }).days).toBeLessThan(0.01);
    expect(unsatisfied(p, 'velvet cactus harbor lemon')).toEqual([]);
    expect(unsatisfied(p, 'velvetcactusharborlemon')).toEqual([]);
  });
  it('computes the GRC search space exactly for small inputs', () => {
    // "42": digits only, 10 + 100 = 110 guesses.
    expect(searchSpaceDays('42')).toBeCloseTo(110 / 1e14 / 86400, 25);
    // 95 symbols: all four classes.
    const all = 95 ** 10 * (95 / 94);
    expect(searchSpaceDays('Password1!') / (all / 1e14 / 86400)).toBeCloseTo(1, 6);
    expect(searchSpaceDays('')).toBe(0);
  });
  it('boundary: 14 lowercase letters pass 7 days, 13 fail', () => {
    expect(unsatisfied(p, 'qzmxkvbwnrtplh')).toEqual([]);
    expect(unsatisfied(p, 'qzmxkvbwnrtpl').map((u) => u.rule)).toEqual(['minComplexity']);
  });
  it('treats non-ASCII characters as the symbols class and does not overflow', () => {
    expect(searchSpaceDays('ééé')).toBe(searchSpaceDays('!!!'));
    expect(Number.isFinite(searchSpaceDays('Aa1!'.repeat(64)))).toBe(false);
    expect(unsatisfied(p, 'Aa1!'.repeat(64))).toEqual([]);
  });
});

describe('excludesProfileData', () => {
  const p = policy({ excludesProfileData: true });
  const profile = {
    id: 'c2a3e1f8-0f6a-4a5c-9a7e-1f3f2a4b5c6d',
    username: 'jsmith',
    email: 'John.Smith@Example.com',
    name: { given: 'John', family: 'Li', formatted: 'John Li' },
    address: { locality: 'Springfield' },
    createdAt: '2026-01-01T00:00:00Z',
    password: { value: 'Spring!Field99' },
  };
  it.each([
    ['Qx7!jsmith', true],
    ['JSMITH-2026!', true],
    ['my john.smith pass', true],
    ['john.smith@example.com', true],
    ['xxJohnxx', true],
    ['springfield!!', true],
    // "Li" is shorter than 3 code points: ignored
    ['Lime-Tree-99', false],
    ['Zq8#kLm2!xV', false],
  ])('%s contains profile data: %s', (password, fails) => {
    expect(unsatisfied(p, password, { profile })).toEqual(
      fails ? [{ rule: 'excludesProfileData' }] : [],
    );
  });
  it('ignores system attributes and the import password value', () => {
    expect(unsatisfied(p, 'c2a3e1f8-0f6a-4a5c-9a7e-1f3f2a4b5c6d', { profile })).toEqual([]);
    expect(unsatisfied(p, 'Spring!Field99x', { profile: { password: profile.password } })).toEqual(
      [],
    );
  });
  it('is not evaluated without a profile', () => {
    expect(evaluatePassword(p, 'jsmith').evaluated).toEqual([]);
  });
});

describe('notSimilarToCurrent and history', () => {
  const p = policy({ notSimilarToCurrent: true });
  const currentPassword = 'Velvet-Cactus-42';
  it.each([
    ['Velvet-Cactus-43', ['notSimilarToCurrent']], // distance 1
    ['Velvet-Cactus-4', ['notSimilarToCurrent']], // distance 1
    ['velvet-cactus-42', ['notSimilarToCurrent']], // distance 2
    ['velvet-Cactus-41x', []], // distance 3
    ['Velvet-Cactus-42', ['history']], // equal: history only
  ])('%s', (password, rules) => {
    expect(unsatisfied(p, password, { currentPassword }).map((u) => u.rule)).toEqual(rules);
  });
  it('reports history from inHistory, even without policy.history', () => {
    expect(unsatisfied(policy({}), 'Anything-1', { inHistory: true })).toEqual([
      { rule: 'history' },
    ]);
    expect(evaluatePassword(policy({}), 'Anything-1', { inHistory: false })).toEqual({
      unsatisfied: [],
      evaluated: ['history'],
    });
  });
  it('needs the current password to evaluate similarity', () => {
    expect(evaluatePassword(p, 'x').evaluated).toEqual([]);
  });
  it('levenshtein counts code points', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('a😀b', 'a😁b')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
  });
});

describe('sequence rules (run longer than maxLength fails)', () => {
  const p = policy({
    numberSequenceRule: { maxLength: 3 },
    alphabetSequenceRule: { maxLength: 3 },
    qwertySequenceRule: { maxLength: 3 },
    shiftedNumberRowSequenceRule: { maxLength: 3 },
  });
  const rules = (password: string) => unsatisfied(p, password).map((u) => u.rule);
  it.each([
    ['x123y', []],
    ['x1234y', ['numberSequenceRule']],
    ['x4321y', ['numberSequenceRule']],
    ['x1357y', []],
    ['x9012y', []], // no wrap-around
    ['Zabc!', []],
    ['ZabCd!', ['alphabetSequenceRule']],
    ['zyxw', ['alphabetSequenceRule']],
    ['qwe9', []],
    ['Qwer9', ['qwertySequenceRule']],
    ['1asdf', ['qwertySequenceRule']],
    ['zxcv', ['qwertySequenceRule']],
    ['lkjh', ['qwertySequenceRule']],
    ['!@#', []],
    ['!@#$', ['shiftedNumberRowSequenceRule']],
    [')(*&', ['shiftedNumberRowSequenceRule']],
  ])('%s', (password, expected) => {
    expect(rules(password)).toEqual(expected);
  });
  it('carries maxLength for the message', () => {
    expect(unsatisfied(policy({ numberSequenceRule: { maxLength: 2 } }), 'a123')).toEqual([
      { rule: 'numberSequenceRule', maxLength: 2 },
    ]);
    expect(unsatisfied(policy({ numberSequenceRule: { maxLength: 2 } }), 'a12')).toEqual([]);
  });
});

describe('excludesCommonlyUsed with an injected checker', () => {
  const checker: CommonPasswordChecker = { isCommon: (p) => p === 'letmein' };
  const p = policy({ excludesCommonlyUsed: true });
  it('uses the checker and reports the rule', () => {
    expect(evaluatePassword(p, 'letmein', { commonPasswords: checker })).toEqual({
      unsatisfied: [{ rule: 'excludesCommonlyUsed' }],
      evaluated: ['excludesCommonlyUsed'],
    });
    expect(unsatisfied(p, 'letmeout', { commonPasswords: checker })).toEqual([]);
  });
  it('is not evaluated without a checker (browser)', () => {
    expect(evaluatePassword(p, 'letmein')).toEqual({ unsatisfied: [], evaluated: [] });
  });
});

describe('describePolicy', () => {
  it('lists every enabled rule in display order', () => {
    expect(
      describePolicy(
        policy({
          excludesCommonlyUsed: true,
          excludesProfileData: true,
          notSimilarToCurrent: true,
          history: { count: 6, retentionDays: 365 },
          length: { min: 8, max: 255 },
          minCharacters: { [CHARACTER_SETS.symbol]: 1, [CHARACTER_SETS.lower]: 2, custom: 0 },
          maxRepeatedCharacters: 2,
          minUniqueCharacters: 5,
          minComplexity: 7,
          qwertySequenceRule: { maxLength: 3 },
          numberSequenceRule: { maxLength: 2 },
        }),
      ),
    ).toEqual([
      { rule: 'length', min: 8, max: 255 },
      { rule: 'minCharacters', characterSet: CHARACTER_SETS.lower, min: 2 },
      { rule: 'minCharacters', characterSet: CHARACTER_SETS.symbol, min: 1 },
      { rule: 'minUniqueCharacters', min: 5 },
      { rule: 'maxRepeatedCharacters', max: 2 },
      { rule: 'numberSequenceRule', maxLength: 2 },
      { rule: 'qwertySequenceRule', maxLength: 3 },
      { rule: 'minComplexity', minDays: 7 },
      { rule: 'excludesCommonlyUsed' },
      { rule: 'excludesProfileData' },
      { rule: 'notSimilarToCurrent' },
      { rule: 'history', count: 6, retentionDays: 365 },
    ]);
  });
  it('is empty for a policy with nothing enabled', () => {
    expect(describePolicy(policy({}))).toEqual([]);
  });
});

describe('isWithinDistance (banded Levenshtein)', () => {
  it('agrees with levenshtein on random strings', () => {
    // Deterministic pseudo-random strings over a small alphabet, so distances are often small.
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const word = () => {
      const n = next() % 7;
      let s = '';
      for (let i = 0; i < n; i++) s += 'ab😀'[next() % 3];
      return s;
    };
    for (let i = 0; i < 2000; i++) {
      const a = word();
      const b = word();
      for (const limit of [1, 2, 3]) {
        expect([a, b, limit, isWithinDistance(a, b, limit)]).toEqual([
          a,
          b,
          limit,
          levenshtein(a, b) < limit,
        ]);
      }
    }
  });
  it('stays fast for very long equal-length inputs', () => {
    const a = 'x'.repeat(200_000);
    const b = 'y'.repeat(200_000);
    expect(isWithinDistance(a, b, 3)).toBe(false);
    expect(isWithinDistance(a, `${a.slice(1)}z`, 3)).toBe(true);
  });
});

describe('every rule on a very long password', () => {
  it('evaluates a 200,000-character password against a long current one', () => {
    const everything = policy({
      excludesCommonlyUsed: true,
      excludesProfileData: true,
      notSimilarToCurrent: true,
      length: { min: 8, max: 255 },
      minCharacters: { [CHARACTER_SETS.digit]: 1 },
      maxRepeatedCharacters: 2,
      minUniqueCharacters: 5,
      minComplexity: 7,
      numberSequenceRule: { maxLength: 3 },
      alphabetSequenceRule: { maxLength: 3 },
      qwertySequenceRule: { maxLength: 3 },
      shiftedNumberRowSequenceRule: { maxLength: 3 },
    });
    const password = 'Ab1!xQ'.repeat(40_000);
    const result = evaluatePassword(everything, password, {
      currentPassword: `${password.slice(0, -1)}z`,
      profile: { username: 'someone-else' },
      commonPasswords: { isCommon: () => false },
    });
    expect(result.unsatisfied).toEqual([
      { rule: 'length', min: 8, max: 255, actual: 240_000 },
      { rule: 'notSimilarToCurrent' },
    ]);
  });
});
