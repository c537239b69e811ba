import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_POLICIES,
  CHARACTER_SETS,
  evaluatePassword,
  MESSAGE_SOURCES,
  ruleMessage,
  toInnerError,
  type Unsatisfied,
} from '../../src/policy/index.js';

// Verbatim from a real tenant (docs/pingone-behaviour.md §5.4 / §7.4); double spaces after periods are PingOne's.
const OBSERVED = {
  minCharacters:
    "The provided password did not contain enough characters from the character set 'ZYXWVUTSRQPONMLKJIHGFEDCBA'.  The minimum number of characters from that set that must be present in user passwords is 1",
  excludesCommonlyUsed:
    'The provided password (or a variant of that password) was found in a list of prohibited passwords',
  length: 'The provided password is shorter than the minimum required length of 8 characters',
  maxRepeatedCharacters:
    'The provided password is not acceptable because it contains a character repeated more than 2 times in a row',
  minUniqueCharacters:
    'The provided password does not contain enough unique characters.  The minimum number of unique characters that may appear in a user password is 5',
  history:
    'The provided new password cannot be the same as the current password or any password in the password history.',
};

describe('toInnerError', () => {
  it('reproduces the §7.4 innerError for "invalid" against Standard (rules we fail)', () => {
    const { unsatisfied } = evaluatePassword(BUILT_IN_POLICIES.standard, 'invalid', {
      commonPasswords: { isCommon: (p) => p === 'invalid' },
    });
    expect(toInnerError(unsatisfied)).toEqual({
      unsatisfiedRequirements: [
        'minCharacters',
        'minCharacters',
        'minCharacters',
        'excludesCommonlyUsed',
        'length',
      ],
      minCharacters: OBSERVED.minCharacters,
      excludesCommonlyUsed: OBSERVED.excludesCommonlyUsed,
      length: OBSERVED.length,
    });
  });

  it('uses the observed texts for every observed rule', () => {
    const all: Unsatisfied[] = [
      { rule: 'minCharacters', characterSet: CHARACTER_SETS.upper, min: 1, actual: 0 },
      { rule: 'excludesCommonlyUsed' },
      { rule: 'length', min: 8, max: 255, actual: 7 },
      { rule: 'maxRepeatedCharacters', max: 2 },
      { rule: 'minUniqueCharacters', min: 5, actual: 3 },
    ];
    expect(toInnerError(all)).toEqual({
      unsatisfiedRequirements: [
        'minCharacters',
        'excludesCommonlyUsed',
        'length',
        'maxRepeatedCharacters',
        'minUniqueCharacters',
      ],
      minCharacters: OBSERVED.minCharacters,
      excludesCommonlyUsed: OBSERVED.excludesCommonlyUsed,
      length: OBSERVED.length,
      maxRepeatedCharacters: OBSERVED.maxRepeatedCharacters,
      minUniqueCharacters: OBSERVED.minUniqueCharacters,
    });
  });

  it('gives the history variant of the self-change fixture', () => {
    expect(
      toInnerError(
        evaluatePassword(BUILT_IN_POLICIES.standard, 'Same-Pass-42', {
          currentPassword: 'Same-Pass-42',
        }).unsatisfied,
      ),
    ).toEqual({ unsatisfiedRequirements: ['history'], history: OBSERVED.history });
  });

  it('keeps the last failing charset message and prints the charset reversed', () => {
    const inner = toInnerError([
      { rule: 'minCharacters', characterSet: CHARACTER_SETS.upper, min: 1, actual: 0 },
      { rule: 'minCharacters', characterSet: CHARACTER_SETS.symbol, min: 2, actual: 0 },
    ]);
    expect(inner).toEqual({
      unsatisfiedRequirements: ['minCharacters', 'minCharacters'],
      minCharacters:
        "The provided password did not contain enough characters from the character set '?/><.,:;|}{][+=_-)(*&^%$#@!~'.  The minimum number of characters from that set that must be present in user passwords is 2",
    });
  });

  it('is {unsatisfiedRequirements: []} for nothing', () => {
    expect(toInnerError([])).toEqual({ unsatisfiedRequirements: [] });
  });
});

describe('messages for rules with unknown PingOne texts (invented, marked in MESSAGE_SOURCES)', () => {
  it.each<[Unsatisfied, string]>([
    [
      { rule: 'length', min: 15, max: 64, actual: 65 },
      'The provided password is longer than the maximum allowed length of 64 characters',
    ],
    [
      { rule: 'minComplexity', minDays: 7, days: 0.5 },
      'The provided password is not complex enough.  The minimum number of days required to exhaust the search space of a brute-force attack on user passwords is 7',
    ],
    [
      { rule: 'excludesProfileData' },
      'The provided password was found in another attribute in the user entry',
    ],
    [
      { rule: 'notSimilarToCurrent' },
      'The provided new password is too similar to the current password',
    ],
    [
      { rule: 'numberSequenceRule', maxLength: 3 },
      'The provided password contains more than 3 sequential numeric characters in a row',
    ],
    [
      { rule: 'alphabetSequenceRule', maxLength: 2 },
      'The provided password contains more than 2 sequential alphabetic characters in a row',
    ],
    [
      { rule: 'qwertySequenceRule', maxLength: 3 },
      'The provided password contains more than 3 adjacent characters from a keyboard row in a row',
    ],
    [
      { rule: 'shiftedNumberRowSequenceRule', maxLength: 3 },
      'The provided password contains more than 3 adjacent characters from the shifted number row of the keyboard in a row',
    ],
  ])('%j', (u, message) => {
    expect(ruleMessage(u)).toBe(message);
  });

  it('marks exactly the rules whose texts were not observed', () => {
    const invented = Object.entries(MESSAGE_SOURCES)
      .filter(([, source]) => source === 'invented')
      .map(([rule]) => rule)
      .sort();
    expect(invented).toEqual([
      'alphabetSequenceRule',
      'excludesProfileData',
      'length.max',
      'minComplexity',
      'notSimilarToCurrent',
      'numberSequenceRule',
      'qwertySequenceRule',
      'shiftedNumberRowSequenceRule',
    ]);
  });
});
