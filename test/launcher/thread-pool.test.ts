/**
 * `scripts/run.cjs` (the `npm start` / `npm run local` launcher) sizes libuv's thread pool before
 * Node starts it: checked on a real PingOne Local process, by the number of threads it runs.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { threadPoolSize } from '../../scripts/thread-pool.cjs';
import { launch } from '../support/launcher.js';

const dir = mkdtempSync(join(tmpdir(), 'launcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the thread pool size', () => {
  it('is one thread per CPU, at least 2, unless the environment sets it', () => {
    expect(threadPoolSize({}, 1)).toBe('2');
    expect(threadPoolSize({}, 2)).toBe('2');
    expect(threadPoolSize({}, 16)).toBe('16');
    expect(threadPoolSize({ UV_THREADPOOL_SIZE: '' }, 3)).toBe('3');
    expect(threadPoolSize({ UV_THREADPOOL_SIZE: '9' }, 2)).toBe('9');
  });
});

/** Starts PingOne Local through the launcher and returns its thread count once it is steady. */
async function threadsOfLocal(name: string, extra: Record<string, string>): Promise<number> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    PINGONE_LOCAL_DB: join(dir, `${name}.sqlite`),
    PINGONE_LOCAL_PORT: '0',
    LOG_LEVEL: 'warn',
    ...extra,
  };
  if (!('UV_THREADPOOL_SIZE' in extra)) delete env.UV_THREADPOOL_SIZE;
  const { child, stop } = await launch('local/main', env, /PingOne Local is running/);
  try {
    // The common-password list loads in a worker thread that ends once it is built: wait until
    // the count holds still for a second.
    const count = () => readdirSync(`/proc/${child.pid}/task`).length;
    let last = count();
    for (let stable = 0; stable < 10; ) {
      await new Promise((r) => setTimeout(r, 100));
      const now = count();
      stable = now === last ? stable + 1 : 0;
      last = now;
    }
    return last;
  } finally {
    await stop();
  }
}

describe.runIf(process.platform === 'linux')('scripts/run.cjs', () => {
  it('starts libuv with the pool size of thread-pool.cjs, and keeps a size set by the user', async () => {
    const own = Number(threadPoolSize({}));
    const set = own + 6;
    const withDefault = await threadsOfLocal('default', {});
    const withSet = await threadsOfLocal('set', { UV_THREADPOOL_SIZE: String(set) });
    // The same process but for the pool: the difference is the pools' difference.
    expect(withSet - withDefault).toBe(set - own);
  }, 60_000);
});
