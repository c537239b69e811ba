/**
 * P3 · token-requests-per-lifetime: 200 concurrent mixed requests while PingOne Local's clock is
 * advanced by one token lifetime several times; the portal's debug log (paths only) counts its
 * token requests after it has stopped. Expected: exactly one per lifetime.
 */
import { join } from 'node:path';
import type { Scenario } from '../context.js';
import { CookieJar, csrfToken, label } from '../lib.js';
import { page, post, startPortal } from '../portal.js';
import { sleep } from '../processes.js';

export const tokenRequestsPerLifetime: Scenario = {
  id: 'P3',
  name: 'token-requests-per-lifetime',
  async run(ctx) {
    const { quick } = ctx.settings;
    // Debug logs record every PingOne call (path only, never the query): count the token requests.
    const portal = await startPortal(ctx, join(ctx.scratch, 'p3'), { LOG_LEVEL: 'debug' });
    const lifetimes = quick ? 2 : 4;
    const perLifetimeSeconds = quick ? 2 : 5;
    let stopLoad = false;
    let served = 0;
    const load = Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        while (!stopLoad) {
          const jar = new CookieJar();
          if (i % 2 === 0) {
            await page(portal.url, '/register', jar);
          } else {
            await post(portal.url, '/password/forgot', jar, {
              _csrf: csrfToken(await page(portal.url, '/password/forgot', jar)),
              username: `nobody-${i}-${served}`,
            });
          }
          served++;
        }
      }),
    );
    for (let l = 0; l < lifetimes; l++) {
      await sleep(perLifetimeSeconds * 1000);
      // One token lifetime passes on PingOne Local's clock: every token issued so far is expired.
      const res = await fetch(`${portal.localUrl}/_local/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advanceSeconds: 3601 }),
      });
      if (!res.ok) throw new Error(`clock advance: ${res.status}`);
    }
    await sleep(perLifetimeSeconds * 1000);
    stopLoad = true;
    await load;
    await ctx.procs.stop(portal.proc);
    const calls = portal.proc.lines.filter((l) => l.includes('"pingone_call"'));
    const tokenCalls = calls.filter((l) => /\/as\/token/.test(l)).length;
    const rejected = calls.filter((l) => /"status":401/.test(l)).length;
    const expected = lifetimes + 1;
    ctx.log(
      `${label(this)}: ${tokenCalls} token requests over ${expected} lifetimes, ${rejected} calls answered 401, ${calls.length} PingOne calls, ${served} requests served`,
    );
    ctx.results.row({
      id: label(this),
      scenario: `200 concurrent mixed requests (GET /register, POST /password/forgot) over ${expected} token lifetimes (PingOne Local's clock advanced 3601 s ${lifetimes}×)`,
      result: `${tokenCalls} token requests (${rejected} calls answered 401), ${calls.length} PingOne calls, ${served} requests served`,
      baseline: '—',
      ratio: `${(tokenCalls / expected).toFixed(2)} per lifetime`,
      target: 'exactly 1 per lifetime per process',
      status: tokenCalls === expected ? 'met' : 'missed',
    });
  },
};
