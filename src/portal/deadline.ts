/**
 * The deadline of a request's PingOne calls (`PINGONE_TIMEOUT_MS` from its first call): one
 * `AbortSignal` per request that aborts with a `TimeoutError`, as `AbortSignal.timeout` does, and
 * is disarmed once the response has gone ({@link endDeadline}, from the app's `onResponse` hook).
 *
 * `AbortSignal.timeout` cannot be disarmed: its timer fired seconds after every request that had
 * called PingOne, building a `DOMException` and dispatching an abort nobody listened to any more
 * (about 1 % of the event loop during registrations, docs/benchmarks.md, P2).
 */
interface Deadline {
  signal: AbortSignal;
  timer: NodeJS.Timeout;
}

const deadlines = new WeakMap<object, Deadline>();

/** The request's deadline signal, started at the first call: later calls share it. */
export function deadlineSignal(request: object, ms: number): AbortSignal {
  let deadline = deadlines.get(request);
  if (!deadline) {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort(
        new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
      );
    }, ms);
    // A pending deadline never keeps the process alive (graceful shutdown).
    timer.unref();
    deadline = { signal: controller.signal, timer };
    deadlines.set(request, deadline);
  }
  return deadline.signal;
}

/** Disarms the request's deadline, if it has one (its response has been sent). */
export function endDeadline(request: object): void {
  const deadline = deadlines.get(request);
  if (deadline) {
    clearTimeout(deadline.timer);
    deadlines.delete(request);
  }
}
