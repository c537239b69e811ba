/**
 * P1 · page-throughput: `GET /register` req/s against a bare Fastify hello world measured in the
 * same run, interleaved run by run (both warmed up first, not recorded).
 */
import autocannon from 'autocannon';
import type { Scenario } from '../context.js';
import { label, median, pct } from '../lib.js';
import { cannon } from '../portal.js';
import { rssMb } from '../processes.js';

export const pageThroughput: Scenario = {
  id: 'P1',
  name: 'page-throughput',
  sharedPortal: true,
  async run(ctx) {
    const { runs, quick } = ctx.settings;
    const portal = await ctx.sharedPortal();
    const hello = ctx.procs.start(process.execPath, ['bench/hello.mjs'], { PORT: '0' });
    const [, helloPort] = await hello.waitFor(/^listening (\d+)$/);
    const helloRps: number[] = [];
    const portalRps: number[] = [];
    const portalP99: number[] = [];
    // Warm-up (not recorded): the JIT needs a few thousand requests before req/s settles.
    await autocannon({ url: `${portal.url}/register`, connections: 10, duration: quick ? 1 : 3 });
    await autocannon({ url: `http://127.0.0.1:${helloPort}/`, connections: 10, duration: 1 });
    for (let i = 0; i < runs; i++) {
      const h = await cannon(ctx, { url: `http://127.0.0.1:${helloPort}/`, connections: 10 });
      helloRps.push(h.requests.average);
      const p = await cannon(ctx, { url: `${portal.url}/register`, connections: 10 });
      portalRps.push(p.requests.average);
      portalP99.push(p.latency.p99);
      ctx.log(
        `${label(this)} run ${i + 1}: hello ${h.requests.average.toFixed(0)} req/s, portal ${p.requests.average.toFixed(0)} req/s p99 ${p.latency.p99} ms`,
      );
    }
    await ctx.procs.stop(hello);
    portal.rssAfterThroughputMb = rssMb(portal.proc.child.pid!);
    const ratio = median(portalRps) / median(helloRps);
    ctx.results.row({
      id: label(this),
      scenario: '`GET /register`, 10 connections',
      result: `${median(portalRps).toFixed(0)} req/s, p99 ${median(portalP99).toFixed(0)} ms`,
      baseline: `bare Fastify: ${median(helloRps).toFixed(0)} req/s`,
      ratio: pct(ratio),
      target: '≥ 30 %',
      status: ratio >= 0.3 ? 'met' : 'missed',
    });
  },
};
