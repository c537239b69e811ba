/** PingOne's built-in password policies (docs/pingone-behaviour.md §5.2) and our recommended NIST policy. */
import type { PolicyRules } from './rules.js';

/** A built-in policy: its rules plus the descriptive members PingOne returns with them. */
export type BuiltInPolicy = PolicyRules & {
  name: string;
  description: string;
  default: boolean;
  excludesCommonlyUsed: boolean;
  excludesProfileData: boolean;
  notSimilarToCurrent: boolean;
  lockout?: { failureCount: number; durationSeconds: number };
  maxAgeDays?: number;
  minAgeDays?: number;
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

// Key order of `minCharacters` is PingOne's: it decides which charset message is kept (§7.4).
const ALL_FOUR_CLASSES = {
  '~!@#$%^&*()-_=+[]{}|;:,.<>/?': 1,
  '0123456789': 1,
  ABCDEFGHIJKLMNOPQRSTUVWXYZ: 1,
  abcdefghijklmnopqrstuvwxyz: 1,
};

/** "Standard": the default policy of every new PingOne environment, as real tenants return it. */
export const STANDARD_POLICY: BuiltInPolicy = deepFreeze({
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
  lockout: { failureCount: 5, durationSeconds: 900 },
  length: { min: 8, max: 255 },
  minCharacters: { ...ALL_FOUR_CLASSES },
  default: true,
});

/** "Passphrase": complexity-based, no length or class rules. */
export const PASSPHRASE_POLICY: BuiltInPolicy = deepFreeze({
  name: 'Passphrase',
  description: 'A policy that encourages the use of passphrases',
  excludesProfileData: true,
  notSimilarToCurrent: true,
  excludesCommonlyUsed: true,
  minComplexity: 7,
  maxAgeDays: 182,
  minAgeDays: 1,
  history: { count: 6, retentionDays: 365 },
  lockout: { failureCount: 5, durationSeconds: 900 },
  default: false,
});

/** "Basic": common-password check, 8–255 characters, one of each class, no expiry. */
export const BASIC_POLICY: BuiltInPolicy = deepFreeze({
  name: 'Basic',
  description: 'A relaxed standard policy to allow for maximum customer flexibility',
  excludesProfileData: false,
  notSimilarToCurrent: false,
  excludesCommonlyUsed: true,
  lockout: { failureCount: 5, durationSeconds: 900 },
  length: { min: 8, max: 255 },
  minCharacters: { ...ALL_FOUR_CLASSES },
  default: false,
});

/**
 * "NIST 800-63B": the policy we recommend. It follows NIST SP 800-63B-4 §3.1.1.2 for passwords
 * used as a single factor: at least 15 characters, a maximum of at least 64, no composition rules
 * (they push users to predictable patterns such as `Password1!`), no periodic expiry (change only
 * on evidence of compromise), and every candidate checked against a blocklist of commonly used,
 * expected or compromised values, including values from the user's own profile. Similarity to the
 * current password is refused too, so a forced change cannot be `…1` → `…2`. Lockout as Standard,
 * to rate-limit online guessing.
 */
export const NIST_800_63B_POLICY: BuiltInPolicy = deepFreeze({
  name: 'NIST 800-63B',
  description:
    'Length over composition, no expiry, blocklist of common and profile-derived passwords (NIST SP 800-63B-4)',
  excludesProfileData: true,
  notSimilarToCurrent: true,
  excludesCommonlyUsed: true,
  lockout: { failureCount: 5, durationSeconds: 900 },
  length: { min: 15, max: 64 },
  default: false,
});
