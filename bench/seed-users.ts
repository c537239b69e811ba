/**
 * P4 fixture: inserts `count` users (user000000…, user000000@bench.example) straight through
 * PingOne Local's store in one transaction: the benchmark measures look-ups, not sign-ups.
 * Usage: tsx bench/seed-users.ts DB_PATH ENVIRONMENT_ID COUNT
 */
import { randomUUID } from 'node:crypto';
import { openSqliteStore } from '../src/local/store/sqlite.js';

const [dbPath, environmentId, countText] = process.argv.slice(2);
if (!dbPath || !environmentId || !countText) throw new Error('usage: seed-users DB ENV COUNT');
const count = Number(countText);
const store = openSqliteStore(dbPath);
const population = store.getDefaultPopulation(environmentId);
if (!population) throw new Error('the environment has no default population');
const now = Date.now();
store.transaction(() => {
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(6, '0');
    store.insertUser({
      id: randomUUID(),
      environmentId,
      populationId: population.id,
      username: `user${n}`,
      email: `user${n}@bench.example`,
      enabled: true,
      attributes: {},
      createdAt: now,
      updatedAt: now,
      password: {
        hash: null,
        status: 'NO_PASSWORD',
        lastChangedAt: null,
        failures: 0,
        lockedAt: null,
        unlockAt: null,
      },
    });
  }
});
store.close();
process.stdout.write(`seeded ${count}\n`);
