/**
 * PingOne Local's clock. Every time-dependent rule (token expiry, recovery-code expiry, lockout,
 * password age) reads `now()` from here, so the dev API can advance time instead of tests sleeping.
 */
export interface Clock {
  /** Current time in milliseconds since the epoch, including any offset applied with `advance`. */
  now(): number;
  /** Moves the clock forward by `seconds` (never backwards). */
  advance(seconds: number): void;
  /** Drops the offset: back to real time. */
  reset(): void;
  /** The offset from real time, in milliseconds. */
  offsetMs(): number;
}

export function createClock(realNow: () => number = Date.now): Clock {
  let offset = 0;
  return {
    now: () => realNow() + offset,
    advance(seconds) {
      if (!Number.isFinite(seconds) || seconds < 0) {
        throw new RangeError('seconds must be a finite number >= 0');
      }
      offset += Math.round(seconds * 1000);
    },
    reset() {
      offset = 0;
    },
    offsetMs: () => offset,
  };
}
