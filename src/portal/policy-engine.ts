/**
 * The portal's view of the policy module (`src/policy`): the server-side pre-check run before
 * any PingOne call, the "too similar to the current password" rule, and the data the browser
 * checklist evaluates with the same code.
 */
import { type PasswordPolicy, toPolicyRules } from '../pingone/index.js';
import { type CommonPasswordChecker, evaluatePassword, type PolicyRules } from '../policy/index.js';
import type { ChecklistItem, FailedRule } from './policy-view.js';

/** Context of a pre-check. */
export interface PreCheckContext {
  profile?: { username?: string; email?: string };
  currentPassword?: string;
}

/** Password rules as the portal uses them. */
export interface PolicyEngine {
  /** Rules of `policy` that `password` fails (empty when it passes). */
  check(policy: PasswordPolicy, password: string, context: PreCheckContext): FailedRule[];
  /** PingOne's `notSimilarToCurrent`: Levenshtein distance below 3. */
  tooSimilar(password: string, currentPassword: string): boolean;
  /**
   * JSON-safe data for `#password-policy-data`; with `text`, each item also carries its message
   * (used for policies the page may switch to).
   */
  browserData(
    policy: PasswordPolicy,
    items: ChecklistItem[],
    text?: (item: ChecklistItem) => string,
  ): BrowserPolicyData;
  /**
   * Starts loading the common-password list in a worker thread instead of on the first check;
   * rejects if that fails (the first check then loads it in this thread).
   */
  warm(): Promise<void>;
}

/** What `#password-policy-data` holds. */
export interface BrowserPolicyData {
  /** The rule members only (`toPolicyRules`): no ids, links or environment reach the page. */
  policy: PolicyRules;
  items: { id: string; rule: string; charset?: string; text?: string; submitOnly?: true }[];
  /** Choice mode: the checklist of each offered population, by population id. */
  byPopulation?: Record<string, BrowserPolicyData>;
}

const SIMILARITY_ONLY: PolicyRules = { notSimilarToCurrent: true };

/** Loads the common-password list (unless given) and returns the engine. */
export async function createPolicyEngine(
  commonPasswords?: CommonPasswordChecker,
): Promise<PolicyEngine> {
  const { loadCommonPasswords, preloadCommonPasswords } = await import(
    '../policy/common-passwords.js'
  );
  // Loading the list takes a while: done by `warm()` in a worker after listening, so the portal
  // answers its first request quickly (a check before it is done waits for it).
  let loaded: CommonPasswordChecker | undefined = commonPasswords;
  const common: CommonPasswordChecker = {
    isCommon: (password) => {
      loaded ??= loadCommonPasswords();
      return loaded.isCommon(password);
    },
  };
  const evaluate = (policy: PolicyRules, password: string, context: PreCheckContext) =>
    evaluatePassword(policy, password, {
      ...(context.profile ? { profile: context.profile } : {}),
      ...(context.currentPassword !== undefined
        ? { currentPassword: context.currentPassword }
        : {}),
      commonPasswords: common,
    });

  return {
    check(policy, password, context) {
      return evaluate(toPolicyRules(policy), password, context).unsatisfied.map((u) =>
        u.rule === 'minCharacters' ? { rule: u.rule, charset: u.characterSet } : { rule: u.rule },
      );
    },
    tooSimilar(password, currentPassword) {
      return evaluate(SIMILARITY_ONLY, password, { currentPassword }).unsatisfied.some(
        (u) => u.rule === 'notSimilarToCurrent',
      );
    },
    async warm() {
      loaded ??= await preloadCommonPasswords();
    },
    browserData(policy, items, text) {
      return {
        policy: toPolicyRules(policy),
        items: items.map((i) => ({
          id: i.id,
          rule: i.rule,
          ...(i.charset !== undefined ? { charset: i.charset } : {}),
          ...(i.submitOnly ? { submitOnly: i.submitOnly } : {}),
          ...(text ? { text: text(i) } : {}),
        })),
      };
    },
  };
}
