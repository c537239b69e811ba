/**
 * P8 · signins-vs-argon2-ceiling: PingOne Local alone, complete sign-ins per second (authorize →
 * Flows API `usernamePassword.check` → resume with the `ST` cookie → token), 8 concurrent, against
 * the Argon2id ceiling of bench/hash-ceiling.ts, interleaved run by run, unpinned (issue 10's
 * target, ≥ 80 %) and pinned (PingOne Local and its ceiling on one CPU set, the load generator on
 * the other; reported), as P2 (bench/ceiling.ts). One password
 * verification (one Argon2id run) per sign-in. The load goes through `node:http` with keep-alive
 * (fetch costs the load generator, which shares the two cores, about twice as much per request).
 */
import { createHash, randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { detectPinning } from '../affinity.js';
import { ceilingRows, runAgainstCeiling } from '../ceiling.js';
import type { BenchContext, Scenario } from '../context.js';
import { newPassword } from '../lib.js';
import { sustain } from '../portal.js';
import { freePort } from '../processes.js';

const ENV_ID = '3f0c8d2e-5b6a-4c1d-9e8f-7a6b5c4d3e2f';
const WORKER = {
  id: '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d',
  secret: 'benchmark-worker-secret-0123456789',
};
const WEB = { id: 'bench-web-app', secret: 'benchmark-web-app-secret-0123456789' };
const REDIRECT = 'https://bench.example/callback';
/** Users signing in, round robin (each sign-in is a new session of one of them). */
const USERS = 32;

interface Target {
  base: string;
  users: Array<{ username: string; password: string }>;
}

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

/** Imports the users that sign in (one Argon2id hash each, before any timing). */
async function importUsers(base: string): Promise<Target['users']> {
  const tokenRes = await fetch(`${base}/${ENV_ID}/as/token`, {
    method: 'POST',
    headers: {
      authorization: basic(WORKER.id, WORKER.secret),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const { access_token: token } = (await tokenRes.json()) as { access_token: string };
  const users: Target['users'] = [];
  for (let i = 0; i < USERS; i++) {
    const user = {
      username: `signin${i}-${randomBytes(3).toString('hex')}`,
      password: newPassword(),
    };
    const res = await fetch(`${base}/v1/environments/${ENV_ID}/users`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/vnd.pingidentity.user.import+json',
      },
      body: JSON.stringify({
        username: user.username,
        email: `${user.username}@bench.example`,
        password: { value: user.password, forceChange: false },
      }),
    });
    if (res.status !== 201) throw new Error(`P8: user import answered ${res.status}`);
    users.push(user);
  }
  return users;
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request over the keep-alive agent. */
function call(
  method: string,
  url: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const location = (a: Answer, base: string) => new URL(String(a.headers.location ?? ''), base);

/** One complete sign-in; true when the token endpoint issued tokens. */
async function signIn(ctx: BenchContext, t: Target, n: number): Promise<boolean> {
  const user = t.users[n % t.users.length]!;
  const verifier = randomBytes(32).toString('base64url');
  const authorize = new URL(`${t.base}/${ENV_ID}/as/authorize`);
  for (const [k, v] of Object.entries({
    response_type: 'code',
    client_id: WEB.id,
    redirect_uri: REDIRECT,
    scope: 'openid profile email',
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  })) {
    authorize.searchParams.set(k, v);
  }
  const start = await call('GET', authorize.href);
  const flowId = location(start, t.base).searchParams.get('flowId');
  if (start.status !== 302 || !flowId) return fail(ctx, 'authorize', start.status);
  const check = await call(
    'POST',
    `${t.base}/${ENV_ID}/flows/${flowId}`,
    { 'content-type': 'application/vnd.pingidentity.usernamePassword.check+json' },
    JSON.stringify({ username: user.username, password: user.password }),
  );
  const flow = JSON.parse(check.body) as { status?: string; resumeUrl?: string };
  const cookies = (check.headers['set-cookie'] ?? []) as string[];
  const st = cookies.find((c) => c.startsWith('ST='))?.split(';')[0];
  if (flow.status !== 'COMPLETED' || !st || !flow.resumeUrl) {
    return fail(ctx, 'usernamePassword.check', check.status);
  }
  const resume = await call('GET', flow.resumeUrl, { cookie: st });
  const code = location(resume, t.base).searchParams.get('code');
  if (resume.status !== 302 || !code) return fail(ctx, 'resume', resume.status);
  const token = await call(
    'POST',
    `${t.base}/${ENV_ID}/as/token`,
    {
      authorization: basic(WEB.id, WEB.secret),
      'content-type': 'application/x-www-form-urlencoded',
    },
    new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    }).toString(),
  );
  const tokens = JSON.parse(token.body) as { access_token?: string; id_token?: string };
  if (token.status !== 200 || !tokens.access_token || !tokens.id_token) {
    return fail(ctx, 'token', token.status);
  }
  return true;
}

function fail(ctx: BenchContext, step: string, status: number): false {
  ctx.results.failed(step, { status, location: null, body: '' });
  return false;
}

export const signinsVsArgon2Ceiling: Scenario = {
  id: 'P8',
  name: 'signins-vs-argon2-ceiling',
  async run(ctx) {
    const { seconds } = ctx.settings;
    const port = await freePort();
    const local = ctx.startServer('local', ['scripts/run.mjs', 'local/main'], {
      PINGONE_LOCAL_DB: join(ctx.scratch, 'p8.sqlite'),
      PINGONE_LOCAL_PORT: String(port),
      PINGONE_LOCAL_ENVIRONMENT_ID: ENV_ID,
      PINGONE_LOCAL_CLIENT_ID: WORKER.id,
      PINGONE_LOCAL_CLIENT_SECRET: WORKER.secret,
      PINGONE_LOCAL_WEB_APP_CLIENT_ID: WEB.id,
      PINGONE_LOCAL_WEB_APP_CLIENT_SECRET: WEB.secret,
      PINGONE_LOCAL_WEB_APP_REDIRECT_URIS: REDIRECT,
    });
    await local.waitFor(/http:\/\/127\.0\.0\.1:\d+/);
    const pid = local.child.pid!;
    const target: Target = { base: `http://127.0.0.1:${port}`, users: [] };
    target.users = await importUsers(target.base);
    // Warm-up (not recorded): JIT, prepared statements, the signing key.
    await sustain(2, 1, (i) => signIn(ctx, target, i));
    let n = 0;
    const runs = await runAgainstCeiling(ctx, this, {
      serverPid: pid,
      server: 'PingOne Local',
      unit: 'sign-in',
      plan: detectPinning(),
      load: () => sustain(8, seconds, () => signIn(ctx, target, n++)),
    });
    await ctx.procs.stop(local);
    for (const row of ceilingRows(this, runs, {
      what: 'PingOne Local sign-ins: authorize → flow `usernamePassword.check` → resume → token, 8 concurrent',
      server: 'PingOne Local',
      unit: 'sign-in',
      unpinned: 0.8,
      pinned: null,
    })) {
      ctx.results.row(row);
    }
  },
};
