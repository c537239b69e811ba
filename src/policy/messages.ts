/**
 * PingOne's `innerError` messages per rule (docs/pingone-behaviour.md §5.4, §7.4). Browser-safe.
 *
 * | rule                           | source                                                    |
 * |--------------------------------|-----------------------------------------------------------|
 * | length (too short)             | OBSERVED verbatim                                         |
 * | length (too long)              | INVENTED, same style as "too short"                       |
 * | minCharacters                  | OBSERVED verbatim (charset printed reversed)              |
 * | maxRepeatedCharacters          | OBSERVED verbatim                                         |
 * | minUniqueCharacters            | OBSERVED verbatim                                         |
 * | excludesCommonlyUsed           | OBSERVED verbatim                                         |
 * | history                        | OBSERVED verbatim                                         |
 * | minComplexity                  | INVENTED                                                  |
 * | excludesProfileData            | INVENTED (wording of PingDirectory's attribute-value validator) |
 * | notSimilarToCurrent            | INVENTED                                                  |
 * | numberSequenceRule             | INVENTED                                                  |
 * | alphabetSequenceRule           | INVENTED                                                  |
 * | qwertySequenceRule             | INVENTED                                                  |
 * | shiftedNumberRowSequenceRule   | INVENTED                                                  |
 *
 * Invented texts may be corrected once a real tenant's response is captured; {@link MESSAGE_SOURCES}
 * carries the same table for tests and docs. Two spaces follow a period inside a message, as
 * PingOne writes them.
 */
import type { RuleName, Unsatisfied } from './index.js';

/** Where each rule's message text comes from. */
export const MESSAGE_SOURCES: Readonly<Record<RuleName | 'length.max', 'observed' | 'invented'>> = {
  length: 'observed',
  'length.max': 'invented',
  minCharacters: 'observed',
  maxRepeatedCharacters: 'observed',
  minUniqueCharacters: 'observed',
  excludesCommonlyUsed: 'observed',
  history: 'observed',
  minComplexity: 'invented',
  excludesProfileData: 'invented',
  notSimilarToCurrent: 'invented',
  numberSequenceRule: 'invented',
  alphabetSequenceRule: 'invented',
  qwertySequenceRule: 'invented',
  shiftedNumberRowSequenceRule: 'invented',
};

const SEQUENCE_NAMES = {
  numberSequenceRule: 'sequential numeric characters',
  alphabetSequenceRule: 'sequential alphabetic characters',
  qwertySequenceRule: 'adjacent characters from a keyboard row',
  shiftedNumberRowSequenceRule: 'adjacent characters from the shifted number row of the keyboard',
} as const;

/** PingOne's message for one unsatisfied rule. */
export function ruleMessage(u: Unsatisfied): string {
  switch (u.rule) {
    case 'length':
      if (u.min !== undefined && u.actual < u.min) {
        return `The provided password is shorter than the minimum required length of ${u.min} characters`;
      }
      return `The provided password is longer than the maximum allowed length of ${u.max} characters`;
    case 'minCharacters':
      return `The provided password did not contain enough characters from the character set '${Array.from(u.characterSet).reverse().join('')}'.  The minimum number of characters from that set that must be present in user passwords is ${u.min}`;
    case 'maxRepeatedCharacters':
      return `The provided password is not acceptable because it contains a character repeated more than ${u.max} times in a row`;
    case 'minUniqueCharacters':
      return `The provided password does not contain enough unique characters.  The minimum number of unique characters that may appear in a user password is ${u.min}`;
    case 'excludesCommonlyUsed':
      return 'The provided password (or a variant of that password) was found in a list of prohibited passwords';
    case 'history':
      return 'The provided new password cannot be the same as the current password or any password in the password history.';
    case 'minComplexity':
      return `The provided password is not complex enough.  The minimum number of days required to exhaust the search space of a brute-force attack on user passwords is ${u.minDays}`;
    case 'excludesProfileData':
      return 'The provided password was found in another attribute in the user entry';
    case 'notSimilarToCurrent':
      return 'The provided new password is too similar to the current password';
    case 'numberSequenceRule':
    case 'alphabetSequenceRule':
    case 'qwertySequenceRule':
    case 'shiftedNumberRowSequenceRule':
      return `The provided password contains more than ${u.maxLength} ${SEQUENCE_NAMES[u.rule]} in a row`;
  }
}
