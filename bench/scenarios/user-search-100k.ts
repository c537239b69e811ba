/**
 * P4 · user-search-100k: PingOne Local alone, `GET /users?filter=` p99 over 100,000 seeded users
 * (5,000 with `--quick`), for `username eq` and `username eq … or email eq …`.
 */
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { Scenario } from '../context.js';
import { label, median } from '../lib.js';
import { cannon } from '../portal.js';
import { freePort } from '../processes.js';

export const userSearch100k: Scenario = {
  id: 'P4',
  name: 'user-search-100k',
  async run(ctx) {
    const { runs, searchUsers } = ctx.settings;
    const dbPath = join(ctx.scratch, 'p4.sqlite');
    const port = await freePort();
    const env = {
      PINGONE_LOCAL_DB: dbPath,
      PINGONE_LOCAL_PORT: String(port),
      PINGONE_LOCAL_ENVIRONMENT_ID: '6c2b2a3e-0b5c-4c8e-9d4e-7f1a2b3c4d5e',
      PINGONE_LOCAL_CLIENT_ID: '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
      PINGONE_LOCAL_CLIENT_SECRET: 'benchmark-client-secret-0123456789',
    };
    const first = ctx.procs.start(process.execPath, ['scripts/run.cjs', 'local/main'], env);
    await first.waitFor(/http:\/\/127\.0\.0\.1:\d+/);
    await ctx.procs.stop(first);
    const seed = ctx.procs.start(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/seed-users.ts',
        dbPath,
        env.PINGONE_LOCAL_ENVIRONMENT_ID,
        String(searchUsers),
      ],
      {},
    );
    await seed.waitFor(/^seeded \d+$/, 120_000);
    await ctx.procs.stop(seed);
    const local = ctx.startServer('local', ['scripts/run.cjs', 'local/main'], env);
    await local.waitFor(/http:\/\/127\.0\.0\.1:\d+/);
    const base = `http://127.0.0.1:${port}`;
    const tokenRes = await fetch(`${base}/${env.PINGONE_LOCAL_ENVIRONMENT_ID}/as/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${env.PINGONE_LOCAL_CLIENT_ID}:${env.PINGONE_LOCAL_CLIENT_SECRET}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    const { access_token: token } = (await tokenRes.json()) as { access_token: string };
    const users = `/v1/environments/${env.PINGONE_LOCAL_ENVIRONMENT_ID}/users`;
    const variants = [
      { key: 'username', name: '`username eq`', filter: (n: string) => `username eq "user${n}"` },
      {
        key: 'username-or-email',
        name: '`username eq … or email eq …`',
        filter: (n: string) => `username eq "user${n}" or email eq "user${n}@bench.example"`,
      },
    ];
    for (const v of variants) {
      // The look-up must find the seeded user, or the figure would time an empty search.
      const probe = await fetch(
        `${base}${users}?filter=${encodeURIComponent(v.filter('000042'))}`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      const found = (await probe.json()) as { _embedded?: { users?: { username: string }[] } };
      if (found._embedded?.users?.map((u) => u.username).join() !== 'user000042') {
        throw new Error(
          `${label(this)} ${v.name}: the seeded user was not found (${probe.status})`,
        );
      }
      const request = (): autocannon.Request[] => [
        {
          method: 'GET',
          setupRequest: (req) => {
            const n = String(Math.floor(Math.random() * searchUsers)).padStart(6, '0');
            return { ...req, path: `${users}?filter=${encodeURIComponent(v.filter(n))}` };
          },
        },
      ];
      const headers = { authorization: `Bearer ${token}` };
      // Warm-up (not recorded): JIT and SQLite page cache.
      await autocannon({ url: base, connections: 4, duration: 1, headers, requests: request() });
      const p99s: number[] = [];
      const rps: number[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await ctx.window(local.child.pid!, v.key, () =>
          cannon(ctx, { url: base, connections: 4, headers, requests: request() }),
        );
        p99s.push(r.latency.p99);
        rps.push(r.requests.average);
        ctx.log(
          `${label(this)} ${v.name} run ${i + 1}: ${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99} ms`,
        );
      }
      ctx.results.row({
        id: label(this),
        scenario: `PingOne Local \`GET /users?filter=\` ${v.name}, ${searchUsers.toLocaleString('en')} users, 4 connections`,
        result: `p99 ${median(p99s)} ms (${median(rps).toFixed(0)} req/s)`,
        baseline: '—',
        ratio: '—',
        target: 'p99 < 5 ms',
        status: median(p99s) < 5 ? 'met' : 'missed',
      });
    }
    await ctx.procs.stop(local);
  },
};
