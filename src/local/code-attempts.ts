/**
 * One attempt at a stored one-time code (recovery, account or e-mail verification): the check
 * and the failure count every kind of code shares. Call it inside a store transaction, so that
 * concurrent attempts all count.
 */
import { codeMatches } from './crypto/one-time-code.js';

/** What every stored code has. */
export interface StoredCode {
  codeHash: string;
  /** Null: the code does not expire. */
  expiresAt: number | null;
  failures: number;
}

/** Outcome of an attempt: a match, a miss (or no live code), or the miss that used the last try. */
export type AttemptOutcome = 'ok' | 'invalid' | 'exhausted';

/** Where the code lives: how to store the new failure count, and how to delete it. */
export interface CodeSlot<R extends StoredCode> {
  save(record: R): void;
  remove(): void;
}

/**
 * Judges `candidate` against `record` as of `now`. A miss counts: the `maxFailures`-th deletes
 * the code (`exhausted`), earlier ones store the new count (`invalid`). No code, or an expired
 * one, is `invalid` without counting. A match changes nothing (the caller consumes the code).
 */
export function attemptCode<R extends StoredCode>(
  key: string,
  record: R | null,
  candidate: string,
  now: number,
  slot: CodeSlot<R>,
  maxFailures: number,
): AttemptOutcome {
  if (!record || (record.expiresAt !== null && now >= record.expiresAt)) return 'invalid';
  if (codeMatches(key, record.codeHash, candidate)) return 'ok';
  const failures = record.failures + 1;
  if (failures >= maxFailures) {
    slot.remove();
    return 'exhausted';
  }
  slot.save({ ...record, failures });
  return 'invalid';
}
