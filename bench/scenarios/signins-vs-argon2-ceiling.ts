/**
 * P8 · signins-vs-argon2-ceiling: PingOne Local alone, complete sign-ins per second (authorize →
 * Flows API `usernamePassword.check` → resume with the `ST` cookie → token), 8 concurrent, against
 * the Argon2id ceiling of bench/hash-ceiling.ts, interleaved run by run, unpinned (issue 10's
 * target, ≥ 80 %) and pinned (PingOne Local and its ceiling on one CPU set, the load generator on
 * the other; reported), as P2 (bench/ceiling.ts). One password verification (one Argon2id run)
 * per sign-in. The load goes through bench/http-client.ts, a minimal keep-alive HTTP/1.1 client
 * (the load generator shares the two cores: fetch cost it about twice what `node:http` does per
 * request, and `node:http` about 1.7 times what this client does), with the query strings built
 * as text.
 */
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { detectPinning } from '../affinity.js';
import { ceilingRows, runAgainstCeiling } from '../ceiling.js';
import type { BenchContext, Scenario } from '../context.js';
import { type HttpAnswer, HttpClient } from '../http-client.js';
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

type Answer = HttpAnswer;

/** The keep-alive client of each target. */
const clients = new WeakMap<Target, HttpClient>();

/** One HTTP request to the target; `path` is on its host. */
function call(
  t: Target,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  let client = clients.get(t);
  if (!client) {
    const url = new URL(t.base);
    client = new HttpClient(url.hostname, Number(url.port));
    clients.set(t, client);
  }
  return client.request(method, path, headers, body);
}

/** A query parameter of a redirect's `Location` (its query string alone is parsed). */
function locationParam(a: Answer, name: string): string | null {
  const location = String(a.headers.location ?? '');
  const query = location.indexOf('?');
  return query < 0 ? null : new URLSearchParams(location.slice(query + 1)).get(name);
}

/** What every authorize request of the run has in common (PKCE S256, state and challenge vary). */
const AUTHORIZE = `/${ENV_ID}/as/authorize?${new URLSearchParams({
  response_type: 'code',
  client_id: WEB.id,
  redirect_uri: REDIRECT,
  scope: 'openid profile email',
  code_challenge_method: 'S256',
})}`;
const TOKEN_FORM = `grant_type=authorization_code&redirect_uri=${encodeURIComponent(REDIRECT)}`;
const WEB_BASIC = basic(WEB.id, WEB.secret);

/** One complete sign-in; true when the token endpoint issued tokens. */
async function signIn(ctx: BenchContext, t: Target, n: number): Promise<boolean> {
  const user = t.users[n % t.users.length]!;
  // 32 random bytes for the PKCE verifier and 8 for the state (hex and base64url need no escaping).
  const random = randomBytes(40);
  const verifier = random.subarray(0, 32).toString('base64url');
  const state = random.subarray(32).toString('hex');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const start = await call(t, 'GET', `${AUTHORIZE}&state=${state}&code_challenge=${challenge}`);
  const flowId = locationParam(start, 'flowId');
  if (start.status !== 302 || !flowId) return fail(ctx, 'authorize', start.status);
  const check = await call(
    t,
    'POST',
    `/${ENV_ID}/flows/${encodeURIComponent(flowId)}`,
    { 'content-type': 'application/vnd.pingidentity.usernamePassword.check+json' },
    JSON.stringify({ username: user.username, password: user.password }),
  );
  const flow = JSON.parse(check.body) as { status?: string; resumeUrl?: string };
  const cookies = (check.headers['set-cookie'] ?? []) as string[];
  const st = cookies.find((c) => c.startsWith('ST='))?.split(';')[0];
  if (flow.status !== 'COMPLETED' || !st || !flow.resumeUrl?.startsWith(`${t.base}/`)) {
    return fail(ctx, 'usernamePassword.check', check.status);
  }
  const resume = await call(t, 'GET', flow.resumeUrl.slice(t.base.length), { cookie: st });
  const code = locationParam(resume, 'code');
  if (resume.status !== 302 || !code) return fail(ctx, 'resume', resume.status);
  const token = await call(
    t,
    'POST',
    `/${ENV_ID}/as/token`,
    { authorization: WEB_BASIC, 'content-type': 'application/x-www-form-urlencoded' },
    `${TOKEN_FORM}&code=${encodeURIComponent(code)}&code_verifier=${verifier}`,
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
    const local = ctx.startServer('local', ['scripts/run.cjs', 'local/main'], {
      PINGONE_LOCAL_DB: join(ctx.scratch, 'p8.sqlite'),
      PINGONE_LOCAL_PORT: String(port),
      PINGONE_LOCAL_ENVIRONMENT_ID: ENV_ID,
      PINGONE_LOCAL_CLIENT_ID: WORKER.id,
      PINGONE_LOCAL_CLIENT_SECRET: WORKER.secret,
      PINGONE_LOCAL_WEB_APP_CLIENT_ID: WEB.id,
      PINGONE_LOCAL_WEB_APP_CLIENT_SECRET: WEB.secret,
      PINGONE_LOCAL_WEB_APP_REDIRECT_URIS: REDIRECT,
      // As the portal in P1, P2, P7 and P9: no line per request (at `info`, four per sign-in,
      // which the bench would also read and keep).
      LOG_LEVEL: 'warn',
    });
    await local.waitFor(/http:\/\/127\.0\.0\.1:\d+/);
    const pid = local.child.pid!;
    const target: Target = { base: `http://127.0.0.1:${port}`, users: [] };
    target.users = await importUsers(target.base);
    // Warm-up (not recorded): JIT, prepared statements, the signing key.
    await sustain(8, ctx.settings.warmupSeconds, (i) => signIn(ctx, target, i));
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
