/**
 * When PingOne is slow, the answer stays true.
 *
 * A write (user import, password recover, password set) whose answer never came back (the
 * client's `TIMEOUT`, `NETWORK` or `ABORTED`) may still have been carried out by PingOne. Before
 * saying "try again", the flow reads whether the change happened, repeatedly, under a fresh, short
 * deadline of its own (the request's deadline is spent): {@link reconcileBudgetMs}. Only reads are
 * used — a password check would count a failure toward the account's lockout.
 *
 * PingOne may also finish after the portal has given up, so when reconciliation finds nothing the
 * session remembers the attempt ({@link LostAttempt}: flow, username and e-mail or user id, start
 * time; never the password). When the same person tries again and PingOne answers "username
 * taken" or "code invalid", or before a repeated password change, that attempt is reconciled
 * again and the portal answers success if it went through.
 *
 * "Happened after the attempt began" compares PingOne's `createdAt` / `lastChangedAt` with the
 * portal's clock at the start of the write, so both clocks must agree (NTP); with a skew larger
 * than the network latency a completed write is missed and the portal says "try again", as it
 * did before reconciliation existed.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyRequest } from 'fastify';
import {
  filter,
  type PingOneClient,
  PingOneNetworkError,
  type RequestOptions,
} from '../../pingone/index.js';
import type { LostAttempt } from '../plugins/session.js';
import { safeError } from '../tasks.js';
import { upstreamError } from './shared.js';

/** Pause between two reconciliation reads: a sixth of the budget, within these bounds. */
const MIN_PAUSE_MS = 50;
const MAX_PAUSE_MS = 500;

/** Upper bound of the reconciliation budget, whatever `PINGONE_TIMEOUT_MS` is. */
export const RECONCILE_MAX_MS = 3000;

/** A remembered attempt older than this is forgotten (PingOne finishes within seconds). */
export const LOST_ATTEMPT_MAX_AGE_MS = 10 * 60 * 1000;

/** The reconciliation deadline: `PINGONE_TIMEOUT_MS`, at most {@link RECONCILE_MAX_MS}. */
export function reconcileBudgetMs(pingoneTimeoutMs: number): number {
  return Math.min(pingoneTimeoutMs, RECONCILE_MAX_MS);
}

/** True when the call got no answer at all, so PingOne may or may not have acted on it. */
export function isLostAnswer(err: unknown): err is PingOneNetworkError {
  return (
    err instanceof PingOneNetworkError &&
    (err.code === 'TIMEOUT' || err.code === 'NETWORK' || err.code === 'ABORTED')
  );
}

function after(timestamp: string | undefined, startedAt: number): boolean {
  if (timestamp === undefined) return false;
  const t = Date.parse(timestamp);
  return Number.isFinite(t) && t >= startedAt;
}

/**
 * Exactly one user with this username AND e-mail, created at or after `startedAt` (a safe filter,
 * never a string-built one).
 */
export async function registeredSince(
  client: PingOneClient,
  who: { username: string; email: string },
  startedAt: number,
  opts: RequestOptions,
): Promise<boolean> {
  const page = await client.users.listPage(
    {
      filter: filter.and(filter.eq('username', who.username), filter.eq('email', who.email)),
      limit: 2,
    },
    opts,
  );
  if (page.users.length !== 1 || page.nextCursor !== null) return false;
  if (page.count !== undefined && page.count !== 1) return false;
  const user = page.users[0]!;
  return (
    user.username.toLowerCase() === who.username.toLowerCase() &&
    typeof user.email === 'string' &&
    user.email.toLowerCase() === who.email.toLowerCase() &&
    after(user.createdAt, startedAt)
  );
}

/** True when the user's password state says it changed at or after `startedAt`. */
export async function passwordChangedSince(
  client: PingOneClient,
  userId: string,
  startedAt: number,
  opts: RequestOptions,
): Promise<boolean> {
  const state = await client.passwords.getState(userId, opts);
  return after(state.lastChangedAt, startedAt);
}

/**
 * Reads whether the change happened, under a fresh deadline ({@link reconcileBudgetMs}). After a
 * lost answer it reads again and again (PingOne may still be finishing the write) until a read
 * says it did or the budget is spent; on a retry one read is made. A read
 * that fails counts as "not yet"; the caller says "try again" when this returns false. Logs the
 * outcome without any identifier.
 */
export async function reconcile(
  request: FastifyRequest,
  flow: LostAttempt['flow'],
  when: 'lost_answer' | 'retry',
  read: (opts: RequestOptions) => Promise<boolean>,
): Promise<boolean> {
  const budget = reconcileBudgetMs(request.server.portal.config.pingoneTimeoutMs);
  const signal = AbortSignal.timeout(budget);
  const opts: RequestOptions = { transactionId: request.id, signal };
  const pause = Math.min(MAX_PAUSE_MS, Math.max(MIN_PAUSE_MS, Math.round(budget / 6)));
  let reads = 0;
  let failures = 0;
  let lastError: unknown = null;
  for (;;) {
    reads += 1;
    try {
      if (await read(opts)) {
        request.log.info(
          { event: 'reconciliation', flow, when, outcome: 'changed', reads },
          'reconciliation',
        );
        return true;
      }
    } catch (err) {
      failures += 1;
      lastError = err;
    }
    // On a retry PingOne has just refused because of the earlier write (taken, code used), so
    // that write is done: one read tells.
    if (when === 'retry' || signal.aborted) break;
    try {
      await sleep(pause, undefined, { signal });
    } catch {
      break;
    }
  }
  if (failures === reads) {
    request.log.warn(
      { event: 'reconciliation', flow, when, outcome: 'failed', reads, err: safeError(lastError) },
      'reconciliation failed',
    );
  } else {
    request.log.info(
      { event: 'reconciliation', flow, when, outcome: 'unchanged', reads },
      'reconciliation',
    );
  }
  return false;
}

/**
 * After a write failed: when its answer was lost (timeout, dropped connection), reads whether it
 * happened all the same and returns true if so. When it did not, remembers `attempt` (a retry
 * may find it done later) and throws the "try again" error. Any other failure returns false: the
 * flow handles PingOne's answer.
 */
export async function settleLostAnswer(
  request: FastifyRequest,
  err: unknown,
  attempt: LostAttempt,
  read: (opts: RequestOptions) => Promise<boolean>,
  what: string,
): Promise<boolean> {
  if (!isLostAnswer(err)) return false;
  if (await reconcile(request, attempt.flow, 'lost_answer', read)) return true;
  rememberLostAttempt(request, attempt);
  throw upstreamError(err, what);
}

/**
 * On a retry: whether this person's remembered attempt of `flow` that `matches` has gone
 * through since (`read` is given the attempt's start).
 */
export async function earlierAttemptDone<F extends LostAttempt['flow']>(
  request: FastifyRequest,
  flow: F,
  matches: (attempt: Extract<LostAttempt, { flow: F }>) => boolean,
  read: (startedAt: number, opts: RequestOptions) => Promise<boolean>,
): Promise<boolean> {
  const earlier = lostAttempt(request, flow, matches);
  if (!earlier) return false;
  return reconcile(request, flow, 'retry', (opts) => read(earlier.startedAt, opts));
}

/** Remembers an attempt whose answer was lost, replacing any earlier one. */
export function rememberLostAttempt(request: FastifyRequest, attempt: LostAttempt): void {
  request.session.lost = attempt;
}

/** The remembered attempt of `flow`, if recent and `matches` it. */
export function lostAttempt<F extends LostAttempt['flow']>(
  request: FastifyRequest,
  flow: F,
  matches: (attempt: Extract<LostAttempt, { flow: F }>) => boolean,
): Extract<LostAttempt, { flow: F }> | null {
  const attempt = request.session.lost;
  if (!attempt || attempt.flow !== flow) return null;
  if (request.server.portal.now() - attempt.startedAt > LOST_ATTEMPT_MAX_AGE_MS) {
    request.session.lost = null;
    return null;
  }
  const typed = attempt as Extract<LostAttempt, { flow: F }>;
  return matches(typed) ? typed : null;
}

/** Case-insensitive equality of identifiers (PingOne's usernames and e-mails are). */
export function sameIdentifier(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
