/**
 * PingOne password-policy evaluator (docs/pingone-behaviour.md §5). Pure TypeScript, no Node-only APIs: bundled for
 * the browser (live checklist) and used by PingOne Local (enforcement, §7.4 `innerError`).
 *
 * The common-password list is NOT part of this module: the server passes the checker from
 * `./common-passwords.js` (Node only); the browser passes none, so `excludesCommonlyUsed` is left
 * out of `evaluated` there and the server decides on submit (see `common-passwords.ts` for why).
 */
import {
  BASIC_POLICY,
  type BuiltInPolicy,
  NIST_800_63B_POLICY,
  PASSPHRASE_POLICY,
  STANDARD_POLICY,
} from './built-in.js';
import { ruleMessage } from './messages.js';
import {
  CHARACTER_SETS,
  codePoints,
  containsProfileValue,
  countFromSet,
  isWithinDistance,
  longestRepeat,
  longestSequenceRun,
  type PolicyRules,
  profileValues,
  SEQUENCES,
  searchSpaceDays,
} from './rules.js';

export type { BuiltInPolicy } from './built-in.js';
export { createCommonPasswordChecker, passwordVariants } from './common-match.js';
export { MESSAGE_SOURCES, ruleMessage } from './messages.js';
export {
  ALPHABET_SIZES,
  CHARACTER_SETS,
  type CharacterClass,
  characterClassOf,
  GUESSES_PER_SECOND,
  isWithinDistance,
  levenshtein,
  MIN_PROFILE_VALUE_LENGTH,
  POLICY_RULE_KEYS,
  type PolicyRules,
  SEQUENCES,
  searchSpaceDays,
} from './rules.js';

/** A rule key, as PingOne names it in a policy and in `innerError.unsatisfiedRequirements`. */
export type RuleName =
  | 'length'
  | 'minCharacters'
  | 'maxRepeatedCharacters'
  | 'minUniqueCharacters'
  | 'minComplexity'
  | 'excludesCommonlyUsed'
  | 'excludesProfileData'
  | 'notSimilarToCurrent'
  | 'history'
  | 'numberSequenceRule'
  | 'alphabetSequenceRule'
  | 'qwertySequenceRule'
  | 'shiftedNumberRowSequenceRule';

/** The sequence rules, which share one shape. */
export type SequenceRuleName =
  | 'numberSequenceRule'
  | 'alphabetSequenceRule'
  | 'qwertySequenceRule'
  | 'shiftedNumberRowSequenceRule';

/** One unsatisfied rule with the data a message needs. */
export type Unsatisfied =
  | { rule: 'length'; min?: number; max?: number; actual: number }
  | { rule: 'minCharacters'; characterSet: string; min: number; actual: number }
  | { rule: 'maxRepeatedCharacters'; max: number }
  | { rule: 'minUniqueCharacters'; min: number; actual: number }
  | { rule: 'minComplexity'; minDays: number; days: number }
  | { rule: 'excludesCommonlyUsed' }
  | { rule: 'excludesProfileData' }
  | { rule: 'notSimilarToCurrent' }
  | { rule: 'history' }
  | { rule: SequenceRuleName; maxLength: number };

/** One rule a policy enables, with its parameters (for a checklist). */
export type PolicyRequirement =
  | { rule: 'length'; min?: number; max?: number }
  | { rule: 'minCharacters'; characterSet: string; min: number }
  | { rule: 'maxRepeatedCharacters'; max: number }
  | { rule: 'minUniqueCharacters'; min: number }
  | { rule: 'minComplexity'; minDays: number }
  | { rule: 'excludesCommonlyUsed' }
  | { rule: 'excludesProfileData' }
  | { rule: 'notSimilarToCurrent' }
  | { rule: 'history'; count?: number; retentionDays?: number }
  | { rule: SequenceRuleName; maxLength: number };

/** Answers whether a password (or a variant) is on a prohibited list. */
export interface CommonPasswordChecker {
  isCommon(password: string): boolean;
}

/** What the evaluator may know besides the policy and the candidate password. */
export interface PolicyContext {
  /** The user's profile (a PingOne User or input object); string values anywhere in it count. */
  profile?: Record<string, unknown>;
  /** Current password in clear, when known (self-change): enables notSimilarToCurrent + equality. */
  currentPassword?: string;
  /** Caller-computed: true when the password equals the current one or one in history (history is stored hashed, so only the caller can know). */
  inHistory?: boolean;
  /** Common-password checker; when absent and the policy has excludesCommonlyUsed, that rule is reported as not evaluated (see `evaluated`). */
  commonPasswords?: CommonPasswordChecker;
}

/** Result of {@link evaluatePassword}. */
export interface Evaluation {
  unsatisfied: Unsatisfied[];
  /** rules the policy has that could be checked with the given context */
  evaluated: RuleName[];
}

/** Levenshtein distance below which `notSimilarToCurrent` fails (docs/pingone-behaviour.md §5.1). */
export const MIN_DISTANCE_FROM_CURRENT = 3;

const SEQUENCE_RULES: readonly SequenceRuleName[] = [
  'numberSequenceRule',
  'alphabetSequenceRule',
  'qwertySequenceRule',
  'shiftedNumberRowSequenceRule',
];

const CLASS_ORDER = [
  CHARACTER_SETS.upper,
  CHARACTER_SETS.lower,
  CHARACTER_SETS.digit,
  CHARACTER_SETS.symbol,
] as const;

function minCharacterEntries(policy: PolicyRules): [string, number][] {
  const entries: [string, number][] = [];
  for (const [set, min] of Object.entries(policy.minCharacters ?? {})) {
    if (typeof min === 'number' && min > 0) entries.push([set, min]);
  }
  return entries;
}

/**
 * Evaluates `password` against `policy`; `unsatisfied` is empty when it passes.
 *
 * Order of `unsatisfied` follows PingOne's observed `unsatisfiedRequirements` (§7.4):
 * minCharacters (policy key order), excludesCommonlyUsed, length, maxRepeatedCharacters,
 * minUniqueCharacters, then the rules PingOne was not seen to report together: minComplexity,
 * excludesProfileData, notSimilarToCurrent, history, the sequence rules.
 *
 * Rules that need context are skipped, and left out of `evaluated`, when it is missing:
 * excludesCommonlyUsed (`commonPasswords`), excludesProfileData (`profile`), notSimilarToCurrent
 * (`currentPassword`), history (`inHistory` or `currentPassword`). History's "not the current
 * password" half is always on in PingOne (§5.1), so it is checked even without `policy.history`.
 * A password equal to the current one fails `history` only, not `notSimilarToCurrent`.
 */
export function evaluatePassword(
  policy: PolicyRules,
  password: string,
  context: PolicyContext = {},
): Evaluation {
  const chars = codePoints(password);
  const unsatisfied: Unsatisfied[] = [];
  const evaluated: RuleName[] = [];

  const minCharacters = minCharacterEntries(policy);
  if (minCharacters.length > 0) {
    evaluated.push('minCharacters');
    for (const [characterSet, min] of minCharacters) {
      const actual = countFromSet(chars, characterSet);
      if (actual < min) unsatisfied.push({ rule: 'minCharacters', characterSet, min, actual });
    }
  }

  if (policy.excludesCommonlyUsed && context.commonPasswords) {
    evaluated.push('excludesCommonlyUsed');
    if (password.length > 0 && context.commonPasswords.isCommon(password)) {
      unsatisfied.push({ rule: 'excludesCommonlyUsed' });
    }
  }

  const length = policy.length;
  if (length && (length.min !== undefined || length.max !== undefined)) {
    evaluated.push('length');
    const actual = chars.length;
    if (
      (length.min !== undefined && actual < length.min) ||
      (length.max !== undefined && actual > length.max)
    ) {
      unsatisfied.push({
        rule: 'length',
        ...(length.min !== undefined ? { min: length.min } : {}),
        ...(length.max !== undefined ? { max: length.max } : {}),
        actual,
      });
    }
  }

  const maxRepeated = policy.maxRepeatedCharacters;
  if (maxRepeated !== undefined) {
    evaluated.push('maxRepeatedCharacters');
    if (longestRepeat(chars) > maxRepeated) {
      unsatisfied.push({ rule: 'maxRepeatedCharacters', max: maxRepeated });
    }
  }

  const minUnique = policy.minUniqueCharacters;
  if (minUnique !== undefined) {
    evaluated.push('minUniqueCharacters');
    const actual = new Set(chars).size;
    if (actual < minUnique)
      unsatisfied.push({ rule: 'minUniqueCharacters', min: minUnique, actual });
  }

  const minDays = policy.minComplexity;
  if (minDays !== undefined) {
    evaluated.push('minComplexity');
    const days = searchSpaceDays(password);
    if (days < minDays) unsatisfied.push({ rule: 'minComplexity', minDays, days });
  }

  if (policy.excludesProfileData && context.profile) {
    evaluated.push('excludesProfileData');
    if (containsProfileValue(password, profileValues(context.profile))) {
      unsatisfied.push({ rule: 'excludesProfileData' });
    }
  }

  const current = context.currentPassword;
  const sameAsCurrent = current !== undefined && current === password;
  if (policy.notSimilarToCurrent && current !== undefined) {
    evaluated.push('notSimilarToCurrent');
    if (!sameAsCurrent && isWithinDistance(password, current, MIN_DISTANCE_FROM_CURRENT)) {
      unsatisfied.push({ rule: 'notSimilarToCurrent' });
    }
  }

  if (context.inHistory !== undefined || current !== undefined) {
    evaluated.push('history');
    if (context.inHistory === true || sameAsCurrent) unsatisfied.push({ rule: 'history' });
  }

  for (const rule of SEQUENCE_RULES) {
    const maxLength = policy[rule]?.maxLength;
    if (maxLength === undefined) continue;
    evaluated.push(rule);
    if (longestSequenceRun(chars, SEQUENCES[rule]) > maxLength) {
      unsatisfied.push({ rule, maxLength });
    }
  }

  return { unsatisfied, evaluated };
}

/**
 * The rules a policy enables, in display order, with their parameters (for a checklist):
 * length, minCharacters (uppercase, lowercase, digits, symbols, then any other set),
 * minUniqueCharacters, maxRepeatedCharacters, the sequence rules, minComplexity,
 * excludesCommonlyUsed, excludesProfileData, notSimilarToCurrent, history.
 */
export function describePolicy(policy: PolicyRules): PolicyRequirement[] {
  const out: PolicyRequirement[] = [];
  const length = policy.length;
  if (length && (length.min !== undefined || length.max !== undefined)) {
    out.push({
      rule: 'length',
      ...(length.min !== undefined ? { min: length.min } : {}),
      ...(length.max !== undefined ? { max: length.max } : {}),
    });
  }
  const sets = minCharacterEntries(policy);
  const rank = (set: string) => {
    const i = (CLASS_ORDER as readonly string[]).indexOf(set);
    return i === -1 ? CLASS_ORDER.length : i;
  };
  sets.sort((a, b) => rank(a[0]) - rank(b[0]));
  for (const [characterSet, min] of sets) out.push({ rule: 'minCharacters', characterSet, min });
  if (policy.minUniqueCharacters !== undefined) {
    out.push({ rule: 'minUniqueCharacters', min: policy.minUniqueCharacters });
  }
  if (policy.maxRepeatedCharacters !== undefined) {
    out.push({ rule: 'maxRepeatedCharacters', max: policy.maxRepeatedCharacters });
  }
  for (const rule of SEQUENCE_RULES) {
    const maxLength = policy[rule]?.maxLength;
    if (maxLength !== undefined) out.push({ rule, maxLength });
  }
  if (policy.minComplexity !== undefined) {
    out.push({ rule: 'minComplexity', minDays: policy.minComplexity });
  }
  if (policy.excludesCommonlyUsed) out.push({ rule: 'excludesCommonlyUsed' });
  if (policy.excludesProfileData) out.push({ rule: 'excludesProfileData' });
  if (policy.notSimilarToCurrent) out.push({ rule: 'notSimilarToCurrent' });
  if (policy.history) {
    out.push({
      rule: 'history',
      ...(policy.history.count !== undefined ? { count: policy.history.count } : {}),
      ...(policy.history.retentionDays !== undefined
        ? { retentionDays: policy.history.retentionDays }
        : {}),
    });
  }
  return out;
}

/**
 * PingOne's `innerError` for a violation (docs/pingone-behaviour.md §7.4): `unsatisfiedRequirements` lists each rule
 * name in order (`minCharacters` once per failing charset), then one message per rule key. For
 * `minCharacters` the LAST failing charset's message is kept: with PingOne's key order
 * (symbols, digits, uppercase, lowercase) that reproduces the observed uppercase message for
 * "invalid".
 */
export function toInnerError(unsatisfied: Unsatisfied[]): Record<string, unknown> {
  const inner: Record<string, unknown> = {
    unsatisfiedRequirements: unsatisfied.map((u) => u.rule),
  };
  for (const u of unsatisfied) inner[u.rule] = ruleMessage(u);
  return inner;
}

/** PingOne's three built-in policies (docs/pingone-behaviour.md §5.2, no ids) and our recommended NIST policy. */
export const BUILT_IN_POLICIES: {
  standard: BuiltInPolicy;
  passphrase: BuiltInPolicy;
  basic: BuiltInPolicy;
  nist80063b: BuiltInPolicy;
} = Object.freeze({
  standard: STANDARD_POLICY,
  passphrase: PASSPHRASE_POLICY,
  basic: BASIC_POLICY,
  nist80063b: NIST_800_63B_POLICY,
});
