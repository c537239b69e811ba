// P2/P7 baseline: Argon2id hashes per second with the binding and parameters PingOne Local uses,
// on all cores (enough concurrent hashes to keep libuv's pool and every core busy).
import os from 'node:os';
import argon2 from 'argon2';

const seconds = Number(process.env.SECONDS ?? 5);
const params = {
  type: argon2.argon2id,
  memoryCost: Number(process.env.MEMORY_KIB ?? 19456),
  timeCost: Number(process.env.TIME_COST ?? 2),
  parallelism: Number(process.env.PARALLELISM ?? 1),
};
const concurrency = Math.max(4, os.availableParallelism() * 2);
await argon2.hash('warm-up password', params);
let done = 0;
const end = Date.now() + seconds * 1000;
async function worker(n) {
  while (Date.now() < end) {
    await argon2.hash(`benchmark password ${n}-${done}`, params);
    done++;
  }
}
const start = Date.now();
await Promise.all(Array.from({ length: concurrency }, (_, n) => worker(n)));
const elapsed = (Date.now() - start) / 1000;
process.stdout.write(
  `${JSON.stringify({ hashesPerSecond: done / elapsed, concurrency, params })}\n`,
);
