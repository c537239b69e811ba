/**
 * P6 · startup: `npm start` with a fresh data directory to the first HTTP 200 of `GET /register`,
 * polled every 10 ms.
 */
import { join } from 'node:path';
import type { Scenario } from '../context.js';
import { label, median } from '../lib.js';
import { portalEnv } from '../portal.js';
import { freePort, sleep } from '../processes.js';

export const startup: Scenario = {
  id: 'P6',
  name: 'startup',
  async run(ctx) {
    const times: number[] = [];
    for (let i = 0; i < ctx.settings.runs; i++) {
      const port = await freePort();
      const started = performance.now();
      const proc = ctx.procs.start(
        'npm',
        ['start', '--silent'],
        portalEnv(join(ctx.scratch, `p6-${i}`), { PORT: String(port) }),
      );
      let ms = Number.NaN;
      for (let t = 0; t < 1500; t++) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/register`);
          await res.arrayBuffer();
          if (res.status === 200) {
            ms = performance.now() - started;
            break;
          }
        } catch {}
        await sleep(10);
      }
      await ctx.procs.stop(proc);
      times.push(ms);
      ctx.log(`${label(this)} run ${i + 1}: ${ms.toFixed(0)} ms`);
    }
    const t = median(times);
    ctx.results.row({
      id: label(this),
      scenario: '`npm start` (fresh data directory) to the first HTTP 200 of `GET /register`',
      result: `${(t / 1000).toFixed(2)} s`,
      baseline: '—',
      ratio: '—',
      target: '< 2 s',
      status: t < 2000 ? 'met' : 'missed',
    });
  },
};
