/**
 * P3 · token-requests-per-lifetime: 200 concurrent mixed requests while PingOne Local's clock is
 * advanced by one token lifetime several times; the portal's own metrics (`GET /metrics`, read
 * once the load has stopped) count its token requests and PingOne calls. Expected: exactly one
 * token request per lifetime.
 *
 * Not its log: at debug level 200 loops write faster than the bench reads, the backlog is flushed
 * when the portal exits, and a flush longer than `stop()`'s grace lost the last seconds of lines
 * (the last lifetime's token request with them) in one run of five on a fast machine.
 */
import { join } from 'node:path';
import type { Scenario } from '../context.js';
import { CookieJar, csrfToken, label, sampleSum } from '../lib.js';
import { page, post, startPortal } from '../portal.js';
import { sleep } from '../processes.js';

const METRICS_TOKEN = 'benchmark-metrics-token-0123456789';

export const tokenRequestsPerLifetime: Scenario = {
  id: 'P3',
  name: 'token-requests-per-lifetime',
  async run(ctx) {
    const { quick } = ctx.settings;
    const portal = await startPortal(ctx, join(ctx.scratch, 'p3'), { METRICS_TOKEN });
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
    const res = await fetch(`${portal.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    if (!res.ok) throw new Error(`GET /metrics: ${res.status}`);
    const metrics = await res.text();
    await ctx.procs.stop(portal.proc);
    // Every attempt is counted, whatever its outcome.
    const tokenCalls = sampleSum(metrics, 'portal_pingone_token_requests_total');
    const calls = sampleSum(metrics, 'portal_pingone_request_duration_seconds_count');
    const rejected = sampleSum(
      metrics,
      'portal_pingone_request_duration_seconds_count',
      'status="401"',
    );
    const expected = lifetimes + 1;
    ctx.log(
      `${label(this)}: ${tokenCalls} token requests over ${expected} lifetimes, ${rejected} calls answered 401, ${calls} PingOne calls, ${served} requests served`,
    );
    ctx.results.row({
      id: label(this),
      scenario: `200 concurrent mixed requests (GET /register, POST /password/forgot) over ${expected} token lifetimes (PingOne Local's clock advanced 3601 s ${lifetimes}×)`,
      result: `${tokenCalls} token requests (${rejected} calls answered 401), ${calls} PingOne calls, ${served} requests served`,
      baseline: '—',
      ratio: `${(tokenCalls / expected).toFixed(2)} per lifetime`,
      target: 'exactly 1 per lifetime per process',
      status: tokenCalls === expected ? 'met' : 'missed',
    });
  },
};
