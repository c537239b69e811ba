/**
 * The size of libuv's thread pool, which runs PingOne Local's Argon2id hashes (and file system
 * calls and `dns.lookup`). libuv reads `UV_THREADPOOL_SIZE` once, when the pool first starts, and
 * Node starts it while loading the first ES module, so `scripts/run.cjs` (CommonJS, which runs
 * before that) sets it from here.
 *
 * libuv's default is 4 threads. On a machine with fewer cores, 4 CPU-bound hashes take turns on
 * them and evict each other's 19 MiB from the caches: on the 2-core bench machine, Argon2id ran
 * about 6 % faster with one thread per core (docs/benchmarks.md, "P8: one pool thread per core").
 * So the pool gets one thread per available CPU, at least 2 (so that a file or DNS call never
 * waits behind a single hash). A value set in the environment is kept as it is.
 */
'use strict';

const { availableParallelism } = require('node:os');

/**
 * `UV_THREADPOOL_SIZE` for a process started with `env` on a machine with `cpus` available CPUs.
 * @param {Record<string, string | undefined>} env
 * @param {number} cpus
 * @returns {string}
 */
function threadPoolSize(env = process.env, cpus = availableParallelism()) {
  const set = env.UV_THREADPOOL_SIZE;
  if (set !== undefined && set !== '') return set;
  return String(Math.max(2, cpus));
}

module.exports = { threadPoolSize };
