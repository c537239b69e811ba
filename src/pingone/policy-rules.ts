/**
 * PingOne password policy → the rules the policy module evaluates (`src/policy`'s
 * {@link PolicyRules}). The policy module is the bottom layer and knows nothing of the client's
 * types; this is where the two meet.
 */
import { POLICY_RULE_KEYS, type PolicyRules } from '../policy/rules.js';
import type { PasswordPolicy } from './model.js';

function copyRule<K extends keyof PolicyRules>(to: PolicyRules, from: PolicyRules, key: K): void {
  if (from[key] !== undefined) to[key] = from[key];
}

/**
 * The rule members of a PingOne policy only: no id, links, environment, lockout or expiry. The
 * result is JSON-safe and small enough to send to the browser's live checklist.
 */
export function toPolicyRules(policy: PasswordPolicy): PolicyRules {
  // Also a compile-time check that PingOne's policy shape and the evaluator's rules agree.
  const source: PolicyRules = policy;
  const rules: PolicyRules = {};
  for (const key of POLICY_RULE_KEYS) copyRule(rules, source, key);
  return rules;
}
