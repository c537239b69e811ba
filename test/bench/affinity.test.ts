import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import {
  affinityOf,
  detectPinning,
  formatCpuList,
  parseCpuList,
  planPinning,
  threadAffinities,
  whilePinned,
} from '../../bench/affinity.js';

describe('CPU lists', () => {
  it('reads and writes the list form of taskset and /proc', () => {
    expect(parseCpuList('0-3,6\n')).toEqual([0, 1, 2, 3, 6]);
    expect(parseCpuList('1')).toEqual([1]);
    expect(() => parseCpuList('0-a')).toThrow('not a CPU list');
    expect(formatCpuList([5, 0, 1, 2])).toBe('0-2,5');
    expect(formatCpuList([1])).toBe('1');
    expect(formatCpuList([0, 2, 4])).toBe('0,2,4');
  });

  it('gives the load generator the first half of the CPUs and the server the rest', () => {
    expect(planPinning([0, 1], true)).toEqual({ ok: true, load: [0], server: [1] });
    expect(planPinning([0, 1, 2, 3, 4], true)).toEqual({
      ok: true,
      load: [0, 1],
      server: [2, 3, 4],
    });
    expect(planPinning([3], true)).toEqual({
      ok: false,
      reason: 'only 1 CPU available to the bench',
    });
    expect(planPinning([0, 1], false)).toMatchObject({ ok: false, reason: /taskset/ });
  });
});

describe('pinning a running server', () => {
  const plan = detectPinning();
  const children: number[] = [];
  afterEach(() => {
    for (const pid of children.splice(0)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
    }
  });

  it.skipIf(!plan.ok)(
    'moves every thread of the server and of this process, then puts them back',
    async () => {
      if (!plan.ok) return;
      // A node process with its helper threads (V8 platform, libuv's pool once used).
      const child = spawn(
        process.execPath,
        [
          '-e',
          "require('crypto').pbkdf2('a','b',1,8,'sha256',()=>console.log('ready')); setInterval(()=>{},1e3)",
        ],
        { stdio: ['ignore', 'pipe', 'ignore'] },
      );
      children.push(child.pid!);
      // Once the callback ran, libuv's pool threads exist.
      await once(child.stdout!, 'data');
      const before = affinityOf(child.pid!);
      const self = affinityOf(process.pid);
      expect(threadAffinities(child.pid!).size).toBeGreaterThan(1);
      const seen = await whilePinned(plan, child.pid!, async () => ({
        server: new Set(threadAffinities(child.pid!).values()),
        load: new Set(threadAffinities(process.pid).values()),
      }));
      expect([...seen.server]).toEqual([formatCpuList(plan.server)]);
      expect([...seen.load]).toEqual([formatCpuList(plan.load)]);
      expect(new Set(threadAffinities(child.pid!).values())).toEqual(new Set([before]));
      expect(new Set(threadAffinities(process.pid).values())).toEqual(new Set([self]));
    },
  );

  it.skipIf(!plan.ok)(
    'puts this process back when the load fails and the server died',
    async () => {
      if (!plan.ok) return;
      const child = spawn(process.execPath, ['-e', 'setInterval(()=>{},1e3)'], { stdio: 'ignore' });
      children.push(child.pid!);
      await new Promise((r) => setTimeout(r, 200));
      const self = affinityOf(process.pid);
      await expect(
        whilePinned(plan, child.pid!, async () => {
          expect(affinityOf(process.pid)).toBe(formatCpuList(plan.load));
          child.kill('SIGKILL');
          await once(child, 'exit');
          throw new Error('load failed');
        }),
      ).rejects.toThrow('load failed');
      expect(affinityOf(process.pid)).toBe(self);
    },
  );
});
