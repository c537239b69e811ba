/** Unit tests of `src/portal/policy-view.ts`: the policy checklist and PingOne failure messages. */
import { describe, expect, it } from 'vitest';
import {
  checklistItems,
  describeFailures,
  failedItemIds,
} from '../../../src/portal/policy-view.js';

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

  it('names the checklist ids of failed rules, or null when one is not in the checklist', () => {
    const failed = [
      { rule: 'excludesCommonlyUsed' },
      { rule: 'minCharacters', charset: 'ZYXWVUTSRQPONMLKJIHGFEDCBA' },
      { rule: 'length' },
    ];
    expect(failedItemIds(standard, failed, { hasCurrentPassword: false })).toEqual([
      'length',
      'minCharacters-upper',
      'excludesCommonlyUsed',
    ]);
    const withHistory = { ...standard, history: { count: 6, retentionDays: 365 } };
    // History is listed only where the current password is typed.
    expect(
      failedItemIds(withHistory, [{ rule: 'history' }], { hasCurrentPassword: false }),
    ).toBeNull();
    expect(failedItemIds(withHistory, [{ rule: 'history' }], { hasCurrentPassword: true })).toEqual(
      ['history'],
    );
    expect(
      failedItemIds(standard, [{ rule: 'somethingNew' }], { hasCurrentPassword: true }),
    ).toBeNull();
  });

  it('marks the rules only the server can check', () => {
    const withHistory = { ...standard, history: { count: 6, retentionDays: 365 } };
    const submitOnly = checklistItems(withHistory, { hasCurrentPassword: true })
      .filter((i) => i.submitOnly)
      .map((i) => i.id);
    expect(submitOnly).toEqual(['excludesCommonlyUsed', 'history']);
  });
});
