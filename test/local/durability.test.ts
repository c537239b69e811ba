import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { startHarness } from './helpers.js';
import { flowAction, pkcePair, send, stCookieOf } from './signin-helpers.js';

const CHILD = fileURLToPath(new URL('./fixtures/durability-child.ts', import.meta.url));

/** What the child server prints: its coordinates and its web app's. */
interface ChildInfo {
  baseUrl: string;
  environmentId: string;
  clientId: string;
  clientSecret: string;
  webApp: { clientId: string; clientSecret: string; redirectUris: string[] };
}

/**
 * Runs `test` against durability-child.ts serving a fresh SQLite file, then kills the child with
 * SIGKILL and hands the file to `after`.
 */
async function killedAfter(
  test: (info: ChildInfo) => Promise<void>,
  after: (dbPath: string) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pingone-durable-'));
  const dbPath = join(dir, 'local.sqlite');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const info = await new Promise<ChildInfo>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n')[0];
        if (out.includes('\n') && line) resolve(JSON.parse(line));
      });
      child.stderr!.on('data', (chunk: Buffer) => {
        err += chunk.toString();
      });
      child.on('exit', (code) => reject(new Error(`child exited early (${code}): ${err}`)));
    });
    await test(info);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    await after(dbPath);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

async function workerToken(info: ChildInfo): Promise<string> {
  const res = await fetch(`${info.baseUrl}/${info.environmentId}/as/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: basic(info.clientId, info.clientSecret),
    },
    body: 'grant_type=client_credentials',
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

it('an acknowledged write survives kill -9 of the server process', async () => {
  let id = '';
  await killedAfter(
    async (info) => {
      const created = await fetch(`${info.baseUrl}/v1/environments/${info.environmentId}/users`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await workerToken(info)}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ username: 'durable', email: 'durable@example.com' }),
      });
      expect(created.status).toBe(201);
      id = ((await created.json()) as { id: string }).id;
    },
    async (dbPath) => {
      const h = await startHarness({ dbPath });
      try {
        const read = await h.api(`/users/${id}`);
        expect(read.status).toBe(200);
        expect(read.body).toMatchObject({ id, username: 'durable' });
      } finally {
        await h.local.close();
      }
    },
  );
});

// Sign-on state and token requests are committed without fsync (synchronous=NORMAL): still
// written to the WAL before the answer, so a killed process loses none of it.
it('a sign-in (its ST session and the tokens of its code) survives kill -9', async () => {
  let environmentId = '';
  let web: ChildInfo['webApp'] | null = null;
  let stCookie = '';
  let refreshToken = '';
  await killedAfter(
    async (info) => {
      environmentId = info.environmentId;
      web = info.webApp;
      const password = 'Durable-Sign-1n!';
      const imported = await fetch(`${info.baseUrl}/v1/environments/${environmentId}/users`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await workerToken(info)}`,
          'content-type': 'application/vnd.pingidentity.user.import+json',
        },
        body: JSON.stringify({
          username: 'durable-signin',
          email: 'durable-signin@example.com',
          password: { value: password, forceChange: false },
        }),
      });
      expect(imported.status).toBe(201);
      const { codeVerifier, codeChallenge } = pkcePair();
      const authorize = new URL(`${info.baseUrl}/${environmentId}/as/authorize`);
      for (const [name, value] of Object.entries({
        response_type: 'code',
        client_id: web.clientId,
        redirect_uri: web.redirectUris[0]!,
        scope: 'openid profile email',
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      })) {
        authorize.searchParams.set(name, value);
      }
      const start = await send(authorize.href);
      expect(start.status).toBe(302);
      const flowId = new URL(start.headers.get('location')!).searchParams.get('flowId');
      const checked = await flowAction(
        `${info.baseUrl}/${environmentId}/flows/${flowId}`,
        'usernamePassword.check',
        { username: 'durable-signin', password },
      );
      expect(checked.body.status).toBe('COMPLETED');
      stCookie = stCookieOf(checked)!;
      const resumed = await send(checked.body.resumeUrl, { cookie: stCookie });
      const code = new URL(resumed.headers.get('location')!).searchParams.get('code')!;
      const token = await send(`${info.baseUrl}/${environmentId}/as/token`, {
        method: 'POST',
        contentType: 'application/x-www-form-urlencoded',
        headers: { authorization: basic(web.clientId, web.clientSecret) },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: web.redirectUris[0]!,
          code_verifier: codeVerifier,
        }).toString(),
      });
      expect(token.status, JSON.stringify(token.body)).toBe(200);
      refreshToken = token.body.refresh_token;
      expect(refreshToken).toBeTruthy();
    },
    async (dbPath) => {
      const h = await startHarness({ dbPath });
      try {
        const app = web!;
        // The refresh token was stored in the same commit as the code's single use.
        const refreshed = await send(`${h.local.authBaseUrl}/${environmentId}/as/token`, {
          method: 'POST',
          contentType: 'application/x-www-form-urlencoded',
          headers: { authorization: basic(app.clientId, app.clientSecret) },
          body: new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: refreshToken,
          }).toString(),
        });
        expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
        expect(refreshed.body.access_token).toBeTruthy();
        // The ST session signs the browser in again without a password.
        const again = new URL(`${h.local.authBaseUrl}/${environmentId}/as/authorize`);
        for (const [name, value] of Object.entries({
          response_type: 'code',
          client_id: app.clientId,
          redirect_uri: app.redirectUris[0]!,
          scope: 'openid',
          code_challenge: pkcePair().codeChallenge,
          code_challenge_method: 'S256',
        })) {
          again.searchParams.set(name, value);
        }
        const sso = await send(again.href, { cookie: stCookie });
        expect(sso.status).toBe(302);
        const back = new URL(sso.headers.get('location')!);
        expect(`${back.origin}${back.pathname}`).toBe(app.redirectUris[0]);
        expect(back.searchParams.get('code')).toBeTruthy();
      } finally {
        await h.local.close();
      }
    },
  );
});
