/** Unit tests of `src/portal/policy-view.ts`: the policy checklist and PingOne failure messages. */
import { describe, expect, it } from 'vitest';
import { checklistItems, describeFailures } from '../../../src/portal/policy-view.js';

describe('policy view', () => {
  const standard = {
    name: 'Standard',
    excludesProfileData: true,
    notSimilarToCurrent: true,
    excludesCommonlyUsed: true,
    maxRepeatedCharacters: 2,
    minUniqueCharacters: 5,
    length: { min: 8, max: 255 },
    minCharacters: {
      '~!@#$%^&*()-_=+[]{}|;:,.<>/?': 1,
      '0123456789': 1,
      ABCDEFGHIJKLMNOPQRSTUVWXYZ: 1,
      abcdefghijklmnopqrstuvwxyz: 1,
    },
  };

  it('lists the policy rules with stable ids, in describePolicy order', () => {
    expect(checklistItems(standard, { hasCurrentPassword: false }).map((i) => i.id)).toEqual([
      'length',
      'minCharacters-upper',
      'minCharacters-lower',
      'minCharacters-digit',
      'minCharacters-special',
      'minUniqueCharacters',
      'maxRepeatedCharacters',
      'excludesCommonlyUsed',
      'excludesProfileData',
    ]);
    const withHistory = { ...standard, history: { count: 6 } };
    expect(
      checklistItems(withHistory, { hasCurrentPassword: true })
        .slice(-2)
        .map((i) => [i.id, i.key]),
    ).toEqual([
      ['notSimilarToCurrent', 'policy.rule.notSimilarToCurrent'],
      ['history', 'policy.rule.history'],
    ]);
  });

  it('carries each character set so failures map to one item', () => {
    expect(
      checklistItems(standard, { hasCurrentPassword: false })
        .filter((i) => i.rule === 'minCharacters')
        .map((i) => [i.id, i.charset]),
    ).toEqual([
      ['minCharacters-upper', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
      ['minCharacters-lower', 'abcdefghijklmnopqrstuvwxyz'],
      ['minCharacters-digit', '0123456789'],
      ['minCharacters-special', '~!@#$%^&*()-_=+[]{}|;:,.<>/?'],
    ]);
  });

  it("maps PingOne's unsatisfiedRequirements (reversed charset) to messages", () => {
    expect(
      describeFailures(standard, [
        { rule: 'minCharacters', charset: 'ZYXWVUTSRQPONMLKJIHGFEDCBA' },
        { rule: 'length' },
        { rule: 'length' },
        { rule: 'history' },
        { rule: 'somethingNew' },
      ]),
    ).toEqual([
      { key: 'policy.rule.lengthRange', params: { min: 8, max: 255 } },
      { key: 'policy.rule.upper', params: { count: 1 } },
      { key: 'policy.rule.history', params: {} },
      { key: 'policy.rule.other', params: {} },
    ]);
  });
});
