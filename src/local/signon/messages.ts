/**
 * What the hosted sign-on page tells a person when a flow action fails: the flow's error body
 * turned into a sentence (the API keeps PingOne's codes; the page is for people).
 */
import type { LocalError } from '../errors.js';

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

function lockedFor(inner: Record<string, unknown> | undefined): string {
  const seconds = inner?.secondsUntilUnlock;
  if (typeof seconds !== 'number')
    return 'The account is locked. Ask an administrator to unlock it.';
  const wait =
    seconds >= 60 ? plural(Math.ceil(seconds / 60), 'minute') : plural(seconds, 'second');
  return `Too many failed attempts: the account is locked. Try again in ${wait}.`;
}

function policyFailure(inner: Record<string, unknown> | undefined): string {
  const unsatisfied = inner?.unsatisfiedRequirements;
  const list = Array.isArray(unsatisfied) ? ` (${unsatisfied.join(', ')})` : '';
  return `The new password does not meet the requirements${list}.`;
}

/** A sentence for a failed flow action. */
export function describeError(error: LocalError): string {
  const first = error.details?.[0];
  switch (first?.code) {
    case 'INVALID_CREDENTIALS':
      return 'Incorrect username or password.';
    case 'PASSWORD_LOCKED_OUT':
      return lockedFor(first.innerError);
    case 'UNIQUENESS_VIOLATION':
      return `That ${first.target ?? 'value'} is already in use.`;
    case 'REQUIRED_VALUE':
      return `Please fill in ${first.target ?? 'every field'}.`;
    default:
      break;
  }
  if (first?.innerError?.unsatisfiedRequirements) return policyFailure(first.innerError);
  if (first?.target === 'recoveryCode') return 'That recovery code is wrong or has expired.';
  if (first?.target === 'currentPassword') return 'The current password is wrong.';
  if (first?.target === 'verificationCode')
    return 'That verification code is wrong or has expired.';
  if (first?.target) return `Please check ${first.target}: ${first.message}`;
  return first?.message ?? error.message;
}
