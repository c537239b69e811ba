/**
 * The worker thread that builds the common-password table (started by `common-passwords.ts`):
 * it posts the packed table back, transferring its buffers, then exits, so the garbage of the
 * build is freed with its isolate.
 */
import { workerData } from 'node:worker_threads';
import { packKeys } from './common-match.js';
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
  const table = packKeys(buildCommonPasswordKeys());
  const answer: WorkerAnswer = { table };
  const buffers = [table.offsets.buffer, table.low.buffer, table.mid.buffer] as ArrayBuffer[];
  port.postMessage(answer, buffers);
} catch (error) {
  const answer: WorkerAnswer = { error: error instanceof Error ? error.message : String(error) };
  port.postMessage(answer);
} finally {
  Atomics.store(state, 0, WORKER_DONE);
  Atomics.notify(state, 0);
}
