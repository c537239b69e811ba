/**
 * Turns a PingOne password policy into checklist items (stable ids + translated message keys),
 * and maps failed rules (from the policy module or from PingOne's `unsatisfiedRequirements`) back
 * to those items.
 */
import { type PasswordPolicy, toPolicyRules } from '../pingone/index.js';
import { describePolicy } from '../policy/index.js';
import type { MessageKey } from './i18n/index.js';

/** One line of the password checklist. */
export interface ChecklistItem {
  /** Stable id: the element id is `rule-<id>`. */
  id: string;
  /** PingOne rule name (`length`, `minCharacters`, …). */
  rule: string;
  key: MessageKey;
  params: Record<string, string | number>;
  /** The character set of a `minCharacters` item. */
  charset?: string;
  /**
   * Only the server can check it (the common-password list, the password history): the
   * checklist says "checked when you submit" and never ticks it.
   */
  submitOnly?: true;
}

/** The checklist id of each PingOne character set. */
export const CHARSET_IDS: Record<string, { id: string; key: MessageKey }> = {
  ABCDEFGHIJKLMNOPQRSTUVWXYZ: { id: 'minCharacters-upper', key: 'policy.rule.upper' },
  abcdefghijklmnopqrstuvwxyz: { id: 'minCharacters-lower', key: 'policy.rule.lower' },
  '0123456789': { id: 'minCharacters-digit', key: 'policy.rule.digit' },
  '~!@#$%^&*()-_=+[]{}|;:,.<>/?': { id: 'minCharacters-special', key: 'policy.rule.special' },
};

/** Options of {@link checklistItems}. */
export interface ChecklistOptions {
  /** The form asks for the current password (rules about it are shown). */
  hasCurrentPassword: boolean;
}

/**
 * The checklist for a policy, in the policy module's display order (`describePolicy`, the same
 * code the browser runs). Absent rules are not listed.
 */
export function checklistItems(policy: PasswordPolicy, options: ChecklistOptions): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  let extraSets = 0;
  for (const r of describePolicy(toPolicyRules(policy))) {
    switch (r.rule) {
      case 'length': {
        const { min, max } = r;
        if (min !== undefined && max !== undefined) {
          items.push({
            id: 'length',
            rule: 'length',
            key: 'policy.rule.lengthRange',
            params: { min, max },
          });
        } else if (min !== undefined) {
          items.push({
            id: 'length',
            rule: 'length',
            key: 'policy.rule.lengthMin',
            params: { min },
          });
        } else if (max !== undefined) {
          items.push({
            id: 'length',
            rule: 'length',
            key: 'policy.rule.lengthMax',
            params: { max },
          });
        }
        break;
      }
      case 'minCharacters': {
        const known = CHARSET_IDS[r.characterSet];
        if (known && known.id !== 'minCharacters-special') {
          items.push({
            id: known.id,
            rule: 'minCharacters',
            key: known.key,
            params: { count: r.min },
            charset: r.characterSet,
          });
        } else {
          items.push({
            id: known ? known.id : `minCharacters-set${++extraSets}`,
            rule: 'minCharacters',
            key: 'policy.rule.special',
            params: { count: r.min, set: r.characterSet },
            charset: r.characterSet,
          });
        }
        break;
      }
      case 'maxRepeatedCharacters':
      case 'minUniqueCharacters':
        items.push({
          id: r.rule,
          rule: r.rule,
          key: `policy.rule.${r.rule}`,
          params: r.rule === 'maxRepeatedCharacters' ? { max: r.max } : { min: r.min },
        });
        break;
      case 'numberSequenceRule':
      case 'alphabetSequenceRule':
      case 'qwertySequenceRule':
      case 'shiftedNumberRowSequenceRule':
        items.push({
          id: r.rule,
          rule: r.rule,
          key: `policy.rule.${r.rule.replace(/Rule$/, '') as 'numberSequence'}`,
          params: { max: r.maxLength },
        });
        break;
      case 'minComplexity':
        items.push({ id: r.rule, rule: r.rule, key: 'policy.rule.minComplexity', params: {} });
        break;
      case 'excludesCommonlyUsed':
        items.push({
          id: r.rule,
          rule: r.rule,
          key: `policy.rule.${r.rule}`,
          params: {},
          submitOnly: true,
        });
        break;
      case 'excludesProfileData':
        items.push({ id: r.rule, rule: r.rule, key: `policy.rule.${r.rule}`, params: {} });
        break;
      case 'notSimilarToCurrent':
      case 'history':
        // Only meaningful where the current password is typed (change password).
        if (options.hasCurrentPassword) {
          items.push({
            id: r.rule,
            rule: r.rule,
            key: `policy.rule.${r.rule}`,
            params: {},
            // The browser knows the current password, never the ones before it.
            ...(r.rule === 'history' ? { submitOnly: true as const } : {}),
          });
        }
        break;
    }
  }
  return items;
}

/** A failed rule: the PingOne rule name and, for `minCharacters`, its character set. */
export interface FailedRule {
  rule: string;
  charset?: string;
}

/**
 * The message keys (with parameters) describing failed rules, in checklist order, without
 * duplicates. Rules the checklist does not know map to `policy.rule.<rule>` when such a key
 * exists, else to a generic message.
 */
export function describeFailures(
  policy: PasswordPolicy,
  failed: FailedRule[],
): { key: MessageKey; params: Record<string, string | number> }[] {
  const items = checklistItems(policy, { hasCurrentPassword: true });
  const out: { key: MessageKey; params: Record<string, string | number>; at: number }[] = [];
  const seen = new Set<string>();
  for (const f of failed) {
    let matches = items.filter((i) => i.rule === f.rule);
    if (f.rule === 'minCharacters' && f.charset) {
      const id = CHARSET_IDS[f.charset]?.id ?? CHARSET_IDS[[...f.charset].reverse().join('')]?.id;
      if (id) matches = matches.filter((i) => i.id === id);
    }
    const key = matches.length > 0 ? matches.map((m) => m.id).join(',') : f.rule;
    if (seen.has(key)) continue;
    seen.add(key);
    if (matches.length > 0)
      for (const m of matches) out.push({ key: m.key, params: m.params, at: items.indexOf(m) });
    else if (f.rule === 'history')
      out.push({ key: 'policy.rule.history', params: {}, at: items.length });
    else out.push({ key: 'policy.rule.other', params: {}, at: items.length + 1 });
  }
  // PingOne and the policy module report failures in their own order; the message follows the
  // checklist shown next to the field.
  return out.sort((a, b) => a.at - b.at).map(({ key, params }) => ({ key, params }));
}

/**
 * The checklist ids of the failed rules, in checklist order, or null when one of them is not in
 * the checklist (then the message must name it).
 */
export function failedItemIds(
  policy: PasswordPolicy,
  failed: FailedRule[],
  options: ChecklistOptions,
): string[] | null {
  const items = checklistItems(policy, options);
  const ids = new Set<string>();
  for (const f of failed) {
    let matches = items.filter((i) => i.rule === f.rule);
    if (f.rule === 'minCharacters' && f.charset) {
      const id = CHARSET_IDS[f.charset]?.id ?? CHARSET_IDS[[...f.charset].reverse().join('')]?.id;
      matches = matches.filter((i) => (id ? i.id === id : i.charset === f.charset));
    }
    if (matches.length === 0) return null;
    for (const m of matches) ids.add(m.id);
  }
  return items.filter((i) => ids.has(i.id)).map((i) => i.id);
}
