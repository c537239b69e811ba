/**
 * The measurements behind each password-policy rule (docs/pingone-behaviour.md §5.1). Pure functions over code points:
 * no Node-only APIs, so the browser bundle can use them too.
 */

/**
 * The members of a PingOne password policy that this module reads (docs/pingone-behaviour.md
 * §5.1), and nothing else: the policy module does not depend on the PingOne client's types. An
 * absent rule is off. The client maps its `PasswordPolicy` to this (`toPolicyRules`).
 */
export type PolicyRules = {
  length?: { min?: number; max?: number };
  /** Character set → minimum count, in PingOne's key order (it decides the §7.4 message). */
  minCharacters?: Partial<Record<string, number>>;
  maxRepeatedCharacters?: number;
  minUniqueCharacters?: number;
  /** Minimum days to exhaust the search space. */
  minComplexity?: number;
  excludesCommonlyUsed?: boolean;
  excludesProfileData?: boolean;
  notSimilarToCurrent?: boolean;
  history?: { count?: number; retentionDays?: number };
  numberSequenceRule?: { maxLength: number };
  alphabetSequenceRule?: { maxLength: number };
  qwertySequenceRule?: { maxLength: number };
  shiftedNumberRowSequenceRule?: { maxLength: number };
};

/** Every member of {@link PolicyRules}: what a mapper copies from a PingOne policy. */
export const POLICY_RULE_KEYS = Object.keys({
  length: true,
  minCharacters: true,
  maxRepeatedCharacters: true,
  minUniqueCharacters: true,
  minComplexity: true,
  excludesCommonlyUsed: true,
  excludesProfileData: true,
  notSimilarToCurrent: true,
  history: true,
  numberSequenceRule: true,
  alphabetSequenceRule: true,
  qwertySequenceRule: true,
  shiftedNumberRowSequenceRule: true,
} satisfies Record<keyof PolicyRules, true>) as (keyof PolicyRules)[];

/** PingOne's four `minCharacters` keys (docs/pingone-behaviour.md §5.1), by class. */
export const CHARACTER_SETS = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digit: '0123456789',
  symbol: '~!@#$%^&*()-_=+[]{}|;:,.<>/?',
} as const;

/** A character class of {@link CHARACTER_SETS}. */
export type CharacterClass = keyof typeof CHARACTER_SETS;

/** The class whose PingOne charset string is `characterSet`, or null for a custom set. */
export function characterClassOf(characterSet: string): CharacterClass | null {
  for (const [name, set] of Object.entries(CHARACTER_SETS)) {
    if (set === characterSet) return name as CharacterClass;
  }
  return null;
}

/** The password as Unicode code points: an astral character (emoji) is one element. */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** How many of `chars` (code points) belong to `characterSet`. */
export function countFromSet(chars: readonly string[], characterSet: string): number {
  const set = new Set(codePoints(characterSet));
  let count = 0;
  for (const c of chars) if (set.has(c)) count++;
  return count;
}

/** The longest run of one identical code point (`aaa` ⇒ 3). */
export function longestRepeat(chars: readonly string[]): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < chars.length; i++) {
    run = i > 0 && chars[i] === chars[i - 1] ? run + 1 : 1;
    if (run > longest) longest = run;
  }
  return longest;
}

/** Levenshtein edit distance between two strings, counted in code points. */
export function levenshtein(a: string, b: string): number {
  const x = codePoints(a);
  const y = codePoints(b);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * True when the Levenshtein distance between `a` and `b` is below `limit`. Only a band of width
 * `2·limit` is computed, so a very long candidate cannot make this quadratic.
 */
export function isWithinDistance(a: string, b: string, limit: number): boolean {
  const x = codePoints(a);
  const y = codePoints(b);
  if (Math.abs(x.length - y.length) >= limit) return false;
  // Row i keeps only columns j = i - limit .. i + limit, at index d = j - i + limit.
  const width = 2 * limit + 1;
  const far = limit;
  let previous = Array.from({ length: width }, (_, d) => {
    const j = d - limit;
    return j < 0 || j > y.length ? far : Math.min(j, far);
  });
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(width).fill(far);
    let best = far;
    for (let d = 0; d < width; d++) {
      const j = i - limit + d;
      if (j < 0 || j > y.length) continue;
      if (j === 0) {
        current[d] = Math.min(i, far);
      } else {
        const cost = x[i - 1] === y[j - 1] ? 0 : 1;
        const up = d + 1 < width ? previous[d + 1]! : far;
        const left = d > 0 ? current[d - 1]! : far;
        current[d] = Math.min(up + 1, left + 1, previous[d]! + cost, far);
      }
      if (current[d]! < best) best = current[d]!;
    }
    if (best >= limit) return false;
    previous = current;
  }
  return previous[y.length - x.length + limit]! < limit;
}

/** Character sequences of the four sequence rules (ascending; descending runs count too). */
export const SEQUENCES = {
  numberSequenceRule: ['0123456789'],
  alphabetSequenceRule: ['abcdefghijklmnopqrstuvwxyz'],
  // US QWERTY letter rows with their trailing punctuation keys.
  qwertySequenceRule: ['qwertyuiop[]\\', "asdfghjkl;'", 'zxcvbnm,./'],
  shiftedNumberRowSequenceRule: ['~!@#$%^&*()_+'],
} as const;

/**
 * The longest run of neighbours, ascending or descending, along one of `sequences`, compared
 * case-insensitively (`1234` or `4321` ⇒ 4 on the digits; `a1b` ⇒ 1).
 */
export function longestSequenceRun(chars: readonly string[], sequences: readonly string[]): number {
  if (chars.length === 0) return 0;
  const lower = chars.map((c) => c.toLowerCase());
  let longest = 1;
  for (const sequence of sequences) {
    const position = new Map(codePoints(sequence).map((c, i) => [c, i]));
    for (const step of [1, -1]) {
      let run = 1;
      for (let i = 1; i < lower.length; i++) {
        const before = position.get(lower[i - 1]!);
        const here = position.get(lower[i]!);
        run = before !== undefined && here !== undefined && here - before === step ? run + 1 : 1;
        if (run > longest) longest = run;
      }
    }
  }
  return longest;
}

/**
 * Guesses per second assumed by `minComplexity`: GRC's "massive cracking array" scenario,
 * 100 trillion (1e14) guesses per second. With it PingOne's Passphrase policy (7 days) needs about
 * 10 characters drawn from all four classes, 12 from three, or 14 lowercase letters: any
 * four-word passphrase passes, `Password1` (0.002 days) fails. PingOne does not publish its rate.
 */
export const GUESSES_PER_SECOND = 1e14;

/**
 * Alphabet sizes per class, as on GRC's haystack page: 26 lowercase, 26 uppercase, 10 digits,
 * 33 symbols (the printable ASCII symbols and the space). Any other code point (accented letters,
 * emoji) adds the symbols class, as the most conservative of the four.
 */
export const ALPHABET_SIZES: Readonly<Record<CharacterClass, number>> = {
  lower: 26,
  upper: 26,
  digit: 10,
  symbol: 33,
};

/** Log10 of the GRC search space: sum over k = 1..n of alphabet^k. -Infinity when empty. */
export function searchSpaceLog10(chars: readonly string[]): number {
  const classes = new Set<CharacterClass>();
  for (const c of chars) {
    if (c >= 'a' && c <= 'z') classes.add('lower');
    else if (c >= 'A' && c <= 'Z') classes.add('upper');
    else if (c >= '0' && c <= '9') classes.add('digit');
    else classes.add('symbol');
  }
  let alphabet = 0;
  for (const name of classes) alphabet += ALPHABET_SIZES[name];
  const n = chars.length;
  if (n === 0) return Number.NEGATIVE_INFINITY;
  if (alphabet === 1) return Math.log10(n);
  // sum = a(a^n - 1)/(a - 1); in logs so that 255-character passwords do not overflow.
  const top = n * Math.log10(alphabet);
  const minusOne = top > 15 ? top : Math.log10(alphabet ** n - 1);
  return Math.log10(alphabet) + minusOne - Math.log10(alphabet - 1);
}

/** Days needed to exhaust the password's haystack at {@link GUESSES_PER_SECOND} (may be Infinity). */
export function searchSpaceDays(password: string): number {
  const log = searchSpaceLog10(codePoints(password)) - Math.log10(GUESSES_PER_SECOND * 86400);
  return 10 ** log;
}

// System attributes a user cannot choose; `password` because an import body carries the candidate.
const NON_PROFILE_KEYS = new Set([
  '_links',
  '_embedded',
  'id',
  'environment',
  'population',
  'password',
  'account',
  'lifecycle',
  'identityProvider',
  'verifyStatus',
  'createdAt',
  'updatedAt',
  'lastSignOn',
  'photo',
]);

/** Shortest profile value that counts for `excludesProfileData`. */
export const MIN_PROFILE_VALUE_LENGTH = 3;

/**
 * The lowercased profile values a password must not contain: every string value anywhere in the
 * profile (system attributes such as ids, timestamps and links excluded), plus the local part of
 * each e-mail address; values shorter than {@link MIN_PROFILE_VALUE_LENGTH} code points are ignored.
 */
export function profileValues(profile: Record<string, unknown>): string[] {
  const values = new Set<string>();
  const add = (value: string) => {
    const v = value.normalize('NFKC').toLowerCase().trim();
    if (codePoints(v).length >= MIN_PROFILE_VALUE_LENGTH) values.add(v);
  };
  const visit = (value: unknown, depth: number) => {
    if (depth > 8) return;
    if (typeof value === 'string') {
      add(value);
      const at = value.lastIndexOf('@');
      if (at > 0) add(value.slice(0, at));
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (depth === 0 && NON_PROFILE_KEYS.has(key)) continue;
        visit(item, depth + 1);
      }
    }
  };
  visit(profile, 0);
  return [...values];
}

/** True when the password contains (case-insensitively) one of `values` from {@link profileValues}. */
export function containsProfileValue(password: string, values: readonly string[]): boolean {
  const p = password.normalize('NFKC').toLowerCase();
  return values.some((v) => p.includes(v));
}
