/**
 * P2/P7 baseline: Argon2id hashes per second with the binding (`argon2`) and the parameters PingOne
 * Local uses (its `DEFAULT_ARGON2`, or the `PINGONE_LOCAL_ARGON2_*` values when set), on every CPU
 * this process may use (all cores, or the set `taskset -c` gave it for the pinned rows): enough
 * concurrent hashes to keep libuv's pool and every such core busy. Prints one JSON line.
 * Usage: SECONDS=5 tsx bench/hash-ceiling.ts   (pinned: taskset -c 1 node --import tsx bench/…)
 */
import os from 'node:os';
import argon2 from 'argon2';
import { DEFAULT_ARGON2 } from '../src/local/crypto/passwords.js';

const env = process.env;
const seconds = Number(env.SECONDS ?? 5);
const params = {
  type: argon2.argon2id as typeof argon2.argon2id,
  memoryCost: Number(env.PINGONE_LOCAL_ARGON2_MEMORY_KIB ?? DEFAULT_ARGON2.memoryCost),
  timeCost: Number(env.PINGONE_LOCAL_ARGON2_TIME_COST ?? DEFAULT_ARGON2.timeCost),
  parallelism: Number(env.PINGONE_LOCAL_ARGON2_PARALLELISM ?? DEFAULT_ARGON2.parallelism),
};
const concurrency = Math.max(4, os.availableParallelism() * 2);
await argon2.hash('warm-up password', params);
let done = 0;
const end = Date.now() + seconds * 1000;
const started = Date.now();
await Promise.all(
  Array.from({ length: concurrency }, async (_, n) => {
    while (Date.now() < end) {
      await argon2.hash(`benchmark password ${n}-${done}`, params);
      done++;
    }
  }),
);
const elapsed = (Date.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({
    hashesPerSecond: done / elapsed,
    cpus: os.availableParallelism(),
    concurrency,
    threadPool: env.UV_THREADPOOL_SIZE ?? 'libuv default (4)',
    params,
  })}\n`,
);
