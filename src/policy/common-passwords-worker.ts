/**
 * The worker thread that builds the common-password table (started by `common-passwords.ts`):
 * it posts the sorted keys back, transferring their buffer, then exits, so the garbage of the
 * build is freed with its isolate.
 */
import { workerData } from 'node:worker_threads';
import {
  buildCommonPasswordKeys,
  WORKER_DONE,
  WORKER_RUNNING,
  type WorkerAnswer,
  type WorkerInput,
} from './common-passwords.js';

const { port, state } = workerData as WorkerInput;
Atomics.store(state, 0, WORKER_RUNNING);
try {
  const keys = buildCommonPasswordKeys();
  const answer: WorkerAnswer = { keys };
  port.postMessage(answer, [keys.buffer as ArrayBuffer]);
} catch (error) {
  const answer: WorkerAnswer = { error: error instanceof Error ? error.message : String(error) };
  port.postMessage(answer);
} finally {
  Atomics.store(state, 0, WORKER_DONE);
  Atomics.notify(state, 0);
}
