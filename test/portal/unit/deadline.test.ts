/**
 * The per-request PingOne deadline: one signal per request that aborts with a TimeoutError after
 * the given time, unless disarmed when the response has gone.
 */
import { describe, expect, it } from 'vitest';
import { deadlineSignal, endDeadline } from '../../../src/portal/deadline.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('request deadline', () => {
  it('aborts with a TimeoutError after the time given at the first call; later calls share it', async () => {
    const request = {};
    const signal = deadlineSignal(request, 30);
    expect(deadlineSignal(request, 5000)).toBe(signal);
    expect(signal.aborted).toBe(false);
    await sleep(80);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBeInstanceOf(DOMException);
    expect((signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('is disarmed by endDeadline: the signal never aborts', async () => {
    const request = {};
    const signal = deadlineSignal(request, 30);
    endDeadline(request);
    await sleep(80);
    expect(signal.aborted).toBe(false);
  });

  it('each request has its own; ending one leaves the other armed', async () => {
    const a = {};
    const b = {};
    const sa = deadlineSignal(a, 30);
    const sb = deadlineSignal(b, 30);
    expect(sa).not.toBe(sb);
    endDeadline(a);
    endDeadline({});
    await sleep(80);
    expect([sa.aborted, sb.aborted]).toEqual([false, true]);
  });
});
