/**
 * Shared pieces of the integration suites: a real PingOne Local and thin helpers for its
 * `/_local/` developer API, all from `test/support/stack.ts`, plus test-data helpers.
 */
export {
  addFault,
  advanceClock,
  CHEAP_ARGON2,
  clearFaults,
  type FaultRule,
  type LocalFixture,
  latestRecoveryCode,
  listFaults,
  localClientOptions,
  readMailbox,
  type StoredMail,
  startLocal,
} from '../support/stack.js';

let counter = 0;
/** A username no other test uses (lower-case letters, digits and `-`). */
export function uniqueUsername(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
