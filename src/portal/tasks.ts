/**
 * Background tasks: work that must not run on the request path (so a response's timing never
 * depends on it), e.g. looking a user up and sending a recovery code. Bounded concurrency and
 * queue; a full queue drops the task and logs it. `drain()` waits for everything queued so far
 * (graceful shutdown, tests).
 */
import type { FastifyBaseLogger } from 'fastify';

/** A background task queue. */
export interface TaskQueue {
  /** Queues `fn`; never throws and never rejects (failures are logged under `name`). */
  run(name: string, fn: () => Promise<void>): void;
  /** Resolves when every queued and running task has finished. */
  drain(): Promise<void>;
  /** Tasks queued or running. */
  pending(): number;
}

/** Options of {@link createTaskQueue}. */
export interface TaskQueueOptions {
  log: FastifyBaseLogger;
  concurrency?: number;
  maxQueued?: number;
}

/** Creates a {@link TaskQueue}. */
export function createTaskQueue(options: TaskQueueOptions): TaskQueue {
  const concurrency = options.concurrency ?? 4;
  const maxQueued = options.maxQueued ?? 1000;
  const queue: { name: string; fn: () => Promise<void> }[] = [];
  let running = 0;
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (running === 0 && queue.length === 0) {
      const w = waiters;
      waiters = [];
      for (const resolve of w) resolve();
    }
  };
  const next = () => {
    while (running < concurrency && queue.length > 0) {
      const task = queue.shift()!;
      running += 1;
      // Tasks start on a later tick so the request that queued them has already been answered.
      setImmediate(() => {
        task
          .fn()
          .catch((err: unknown) => {
            options.log.error(
              { event: 'task_failed', task: task.name, err: safeError(err) },
              'background task failed',
            );
          })
          .finally(() => {
            running -= 1;
            next();
            settle();
          });
      });
    }
  };

  return {
    run(name, fn) {
      if (queue.length >= maxQueued) {
        options.log.error({ event: 'task_dropped', task: name }, 'background queue full');
        return;
      }
      queue.push({ name, fn });
      next();
    },
    drain() {
      if (running === 0 && queue.length === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    pending: () => running + queue.length,
  };
}

/** A log-safe summary of an error: class, code and status only (never bodies or headers). */
export function safeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const e = err as Error & {
    code?: unknown;
    status?: unknown;
    apiCode?: unknown;
    correlationId?: unknown;
    path?: unknown;
  };
  return {
    type: e.name,
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
    ...(typeof e.apiCode === 'string' ? { apiCode: e.apiCode } : {}),
    ...(typeof e.correlationId === 'string' ? { correlationId: e.correlationId } : {}),
    ...(typeof e.path === 'string' ? { path: e.path } : {}),
  };
}
