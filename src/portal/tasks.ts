/**
 * Background tasks: work that must not run on the request path (so a response's timing never
 * depends on it), e.g. looking a user up and sending a recovery code. Bounded concurrency and
 * queue; a full queue drops the task and logs it. `drain()` waits for everything queued so far
 * (graceful shutdown, tests).
 */
import type { FastifyBaseLogger } from 'fastify';
import { serializeError } from './logging.js';

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

/**
 * A log-safe summary of an error: the portal's one error serializer (see `logging.ts`), kept
 * under this name for the flows that import it from here.
 */
export const safeError = serializeError;
