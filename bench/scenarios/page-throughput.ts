/**
 * P1 · page-throughput: req/s of three portal pages against a bare Fastify hello world measured
 * in the same run, interleaved run by run (all warmed up first, not recorded): `GET /register`
 * and `GET /password/forgot` without a cookie (each request a new session, CSRF token and sealed
 * cookie), and the portal's sign-on page (`SIGNON_PAGE=portal`): one sign-in is started as a
 * browser does (`/signin` → PingOne Local's `/as/authorize` → `/signin?environmentId=…&flowId=…`,
 * which reads the flow and redirects to `/signin/flow`), then `GET /signin/flow` is loaded with
 * that session's cookie (the flow's state read from the server-side store, the page rendered).
 */
import autocannon from 'autocannon';
import type { Scenario } from '../context.js';
import { label, median, pct } from '../lib.js';
import { browse, cannon } from '../portal.js';
import { rssMb } from '../processes.js';

interface Page {
  /** Profile window and log name. */
  key: string;
  scenario: string;
  url: string;
  headers: Record<string, string>;
  target: number | null;
  rps: number[];
  p99: number[];
}

/** The sign-on page with its password form, as a browser that has just been sent there sees it. */
const isPasswordForm = (body: string) =>
  body.includes('id="signon-form"') &&
  body.includes('action="/signin/password"') &&
  body.includes('name="password"');

export const pageThroughput: Scenario = {
  id: 'P1',
  name: 'page-throughput',
  sharedPortal: true,
  async run(ctx) {
    const { runs, quick } = ctx.settings;
    const portal = await ctx.sharedPortal();
    const pid = portal.proc.child.pid!;
    const hello = ctx.procs.start(process.execPath, ['bench/hello.mjs'], { PORT: '0' });
    const [, helloPort] = await hello.waitFor(/^listening (\d+)$/);
    const helloUrl = `http://127.0.0.1:${helloPort}/`;

    // One sign-in started as a browser starts it; its session cookie then loads the page.
    const signOn = await browse(`${portal.url}/signin`);
    if (
      signOn.status !== 200 ||
      new URL(signOn.url).pathname !== '/signin/flow' ||
      !isPasswordForm(signOn.body)
    ) {
      throw new Error(
        `${label(this)}: the sign-in did not reach the sign-on page (${signOn.status} ${signOn.url})`,
      );
    }
    const signOnHeaders = { cookie: signOn.cookie };
    const check = async () => {
      const res = await fetch(signOn.url, { headers: signOnHeaders, redirect: 'manual' });
      const body = await res.text();
      if (res.status !== 200 || !isPasswordForm(body)) {
        throw new Error(`${label(this)}: the sign-on page answered ${res.status} without its form`);
      }
    };
    await check();

    const pages: Page[] = [
      {
        key: 'register',
        // The row issue 5 defined, worded as before so that runs compare.
        scenario: '`GET /register`, 10 connections',
        url: `${portal.url}/register`,
        headers: {},
        target: 0.3,
        rps: [],
        p99: [],
      },
      {
        key: 'password-forgot',
        scenario: '`GET /password/forgot` without a cookie, 10 connections',
        url: `${portal.url}/password/forgot`,
        headers: {},
        target: null,
        rps: [],
        p99: [],
      },
      {
        key: 'signon',
        scenario:
          'sign-on page `GET /signin/flow` (after `/signin` → `/as/authorize` → `/signin?environmentId=…&flowId=…`), one session cookie, 10 connections',
        url: signOn.url,
        headers: signOnHeaders,
        target: null,
        rps: [],
        p99: [],
      },
    ];
    const helloRps: number[] = [];
    // Warm-up (not recorded): the JIT needs a few thousand requests before req/s settles.
    for (const p of pages) {
      await autocannon({
        url: p.url,
        headers: p.headers,
        connections: 10,
        duration: quick ? 1 : 3,
      });
    }
    await autocannon({ url: helloUrl, connections: 10, duration: 1 });
    for (let i = 0; i < runs; i++) {
      const h = await cannon(ctx, { url: helloUrl, connections: 10 });
      helloRps.push(h.requests.average);
      const line = [`hello ${h.requests.average.toFixed(0)} req/s`];
      for (const p of pages) {
        const r = await ctx.window(pid, p.key, () =>
          cannon(ctx, { url: p.url, headers: p.headers, connections: 10 }),
        );
        p.rps.push(r.requests.average);
        p.p99.push(r.latency.p99);
        line.push(`${p.key} ${r.requests.average.toFixed(0)} req/s p99 ${r.latency.p99} ms`);
      }
      ctx.log(`${label(this)} run ${i + 1}: ${line.join(', ')}`);
    }
    // Every answer was a 200 (cannon checks); the session still shows the form after the load.
    await check();
    await ctx.procs.stop(hello);
    portal.rssAfterThroughputMb = rssMb(pid);
    const baseline = median(helloRps);
    for (const p of pages) {
      const ratio = median(p.rps) / baseline;
      ctx.results.row({
        id: label(this),
        scenario: p.scenario,
        result: `${median(p.rps).toFixed(0)} req/s, p99 ${median(p.p99).toFixed(0)} ms`,
        baseline: `bare Fastify: ${baseline.toFixed(0)} req/s`,
        ratio: pct(ratio),
        target: p.target === null ? 'report' : `≥ ${(p.target * 100).toFixed(0)} %`,
        status: p.target === null ? 'report' : ratio >= p.target ? 'met' : 'missed',
      });
    }
  },
};
