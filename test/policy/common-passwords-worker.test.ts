// Loading the common-password list in a worker thread (issue 15). A file of its own: the list is
// memoised per process (per test file here), and these tests need it not loaded yet.
import { describe, expect, it, vi } from 'vitest';
import { checkerFromKeys } from '../../src/policy/common-match.js';
import {
  buildCommonPasswordKeys,
  loadCommonPasswords,
  preloadCommonPasswords,
} from '../../src/policy/common-passwords.js';

const COMMON = ['password', 'Password1', 'P@ssw0rd', 'iloveyou123', 'Summer2024!', '!!monkey'];
const UNCOMMON = ['Zq8#kLm2!xV', 'Velvet-Cactus-Harbor-Lemon-7', 'Dogs-9384-7710-5523', ''];

describe('the common-password list loaded in a worker thread', () => {
  it('is the table built in this thread, and answers the same', async () => {
    const preloading = preloadCommonPasswords();
    // One worker per process: a second call shares it.
    expect(preloadCommonPasswords()).toBe(preloading);
    const fromWorker = await preloading;
    const keys = buildCommonPasswordKeys();
    const inThread = checkerFromKeys(keys);
    expect(keys.length).toBeGreaterThan(400_000);
    for (let i = 1; i < keys.length; i++) {
      if (!(keys[i - 1]! < keys[i]!)) throw new Error(`keys not strictly ascending at ${i}`);
    }
    for (const password of [...COMMON, ...UNCOMMON]) {
      expect(fromWorker.isCommon(password), password).toBe(inThread.isCommon(password));
    }
    for (const password of COMMON) expect(fromWorker.isCommon(password), password).toBe(true);
    for (const password of UNCOMMON) expect(fromWorker.isCommon(password), password).toBe(false);
    // The portal and PingOne Local both ask loadCommonPasswords(): they get the worker's table.
    expect(loadCommonPasswords()).toBe(fromWorker);
    expect(await preloadCommonPasswords()).toBe(fromWorker);
  });
});

describe('a check while the worker is building the list', () => {
  it('waits for the worker instead of building the table again', async () => {
    vi.resetModules();
    const list = await import('../../src/policy/common-passwords.js');
    expect(list.commonPasswordsStatus()).toBe('not-loaded');
    const preloading = list.preloadCommonPasswords();
    expect(list.commonPasswordsStatus()).toBe('worker-starting');
    const deadline = Date.now() + 20_000;
    while (list.commonPasswordsStatus() === 'worker-starting' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    // Building (or, on a fast machine, already answered): either way the worker's table is used.
    expect(['worker-building', 'loaded-by-worker']).toContain(list.commonPasswordsStatus());
    const checker = list.loadCommonPasswords();
    expect(list.commonPasswordsStatus()).toBe('loaded-by-worker');
    expect(checker.isCommon('P@ssw0rd')).toBe(true);
    expect(await preloading).toBe(checker);
  });

  it('builds it in this thread when the worker has not started running yet', async () => {
    vi.resetModules();
    const list = await import('../../src/policy/common-passwords.js');
    const preloading = list.preloadCommonPasswords();
    const checker = list.loadCommonPasswords();
    expect(list.commonPasswordsStatus()).toBe('loaded-in-thread');
    // The worker's answer, when it comes, does not replace the table in use.
    expect(await preloading).toBe(checker);
  });
});
