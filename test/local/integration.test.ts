import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPingOneLocal, startPingOneLocal } from '../../src/local/index.js';
import { FAST_ARGON2, startHarness, UUID_RE, uniqueName, useHarness } from './helpers.js';

describe('startPingOneLocal', () => {
  it('listens on 127.0.0.1, returns the URLs and credentials, and persists them in the DB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pingone-local-'));
    const dbPath = join(dir, 'db.sqlite');
    try {
      const first = await startPingOneLocal({ dbPath, port: 0, argon2: FAST_ARGON2 });
      expect(first.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(first.apiBaseUrl).toBe(`${first.baseUrl}/v1`);
      expect(first.authBaseUrl).toBe(first.baseUrl);
      expect(first.environmentId).toMatch(UUID_RE);
      expect(first.clientId).toMatch(UUID_RE);
      expect(first.clientSecret.length).toBeGreaterThanOrEqual(32);
      await first.close();
      const second = await startPingOneLocal({ dbPath, port: 0, argon2: FAST_ARGON2 });
      expect(second.environmentId).toBe(first.environmentId);
      expect(second.clientId).toBe(first.clientId);
      expect(second.clientSecret).toBe(first.clientSecret);
      await second.close();
      const given = await startPingOneLocal({
        dbPath: ':memory:',
        port: 0,
        environmentId: 'abc-env',
        clientId: 'my-client',
        clientSecret: 'my-secret-0123456789',
      });
      expect([given.environmentId, given.clientId, given.clientSecret]).toEqual([
        'abc-env',
        'my-client',
        'my-secret-0123456789',
      ]);
      await given.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dev API and fault injection', () => {
  const h = useHarness();

  it('fails a matching PingOne request with an injected 429 that still carries Correlation-Id', async () => {
    const add = await fetch(`${h.local.baseUrl}/_local/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        method: 'GET',
        path: '/v1/environments/*/users',
        count: 1,
        action: { status: 429 },
      }),
    });
    expect(add.status).toBe(201);
    const limited = await h.api('/users');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.body).toMatchObject({
      id: limited.headers.get('correlation-id'),
      code: 'REQUEST_LIMITED',
    });
    expect((await h.api('/users')).status).toBe(200);
  });

  it('shows the recovery mail, advances the clock, and reset wipes users but keeps credentials', async () => {
    const username = uniqueName();
    const created = await h.api('/users', {
      method: 'POST',
      contentType: 'application/vnd.pingidentity.user.import+json',
      body: { username, email: `${username}@example.com`, password: { value: 'Corr3ct-Horse!' } },
    });
    await h.api(`/users/${created.body.id}/password`, {
      method: 'POST',
      contentType: 'application/vnd.pingidentity.password.sendRecoveryCode+json',
    });
    const mail = (await (
      await fetch(`${h.local.baseUrl}/_local/mail?to=${username}@example.com`)
    ).json()) as Array<{
      text: string;
    }>;
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toMatch(/^[A-Z0-9]{8}$/m);

    const clock = await fetch(`${h.local.baseUrl}/_local/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceSeconds: 60 }),
    });
    expect(clock.status).toBe(200);
    expect(h.local.clock.offsetMs()).toBe(60_000);

    const reset = await fetch(`${h.local.baseUrl}/_local/reset`, { method: 'POST' });
    expect(reset.status).toBeLessThan(300);
    expect(h.local.clock.offsetMs()).toBe(0);
    expect((await h.api(`/users/${created.body.id}`)).status).toBe(404);
    const pops = await h.api('/populations');
    expect(pops.body._embedded.populations.map((p: { name: string }) => p.name)).toEqual([
      'Default',
    ]);
    expect((await h.api('/passwordPolicies')).body.count).toBe(3);
  });
});

describe('seed file', () => {
  it('creates populations and users with passwords at start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pingone-seed-'));
    const seedFile = join(dir, 'seed.json');
    writeFileSync(
      seedFile,
      JSON.stringify({
        populations: [{ name: 'Staff' }],
        users: [
          {
            username: 'seeded',
            email: 'seeded@example.com',
            password: 'Seed-Pass1!',
            population: 'Staff',
          },
        ],
      }),
    );
    const h = await startHarness({ seedFile });
    try {
      const found = await h.api(`/users?filter=${encodeURIComponent('username eq "seeded"')}`);
      expect(found.body.size).toBe(1);
      const user = found.body._embedded.users[0];
      const check = await h.api(`/users/${user.id}/password`, {
        method: 'POST',
        contentType: 'application/vnd.pingidentity.password.check+json',
        body: { password: 'Seed-Pass1!' },
      });
      expect(check.status).toBe(200);
    } finally {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('defaults', () => {
  it('hashes with OWASP Argon2id parameters (19 MiB, t=2, p=1) unless told otherwise', async () => {
    const app = await buildPingOneLocal({ dbPath: ':memory:' });
    try {
      const { environmentId, clientId, clientSecret } = app.pingoneLocal;
      const token = await app.inject({
        method: 'POST',
        url: `/${environmentId}/as/token`,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
        },
        payload: 'grant_type=client_credentials',
      });
      const created = await app.inject({
        method: 'POST',
        url: `/v1/environments/${environmentId}/users`,
        headers: {
          authorization: `Bearer ${token.json().access_token}`,
          'content-type': 'application/vnd.pingidentity.user.import+json',
        },
        payload: {
          username: 'owasp',
          email: 'owasp@example.com',
          password: { value: 'Corr3ct-Horse!' },
        },
      });
      expect(created.statusCode).toBe(201);
      const stored = app.pingoneLocal.store.getUser(environmentId, created.json().id)!;
      expect(stored.password.hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    } finally {
      await app.close();
    }
  });
});

describe('logging', () => {
  it('never writes usernames, e-mails, passwords, codes, tokens or the secret to the log', async () => {
    const lines: string[] = [];
    const { default: pino } = await import('pino');
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
    const h = await startHarness({ logger });
    try {
      const username = 'canary-user-7f3a';
      const email = 'canary-mail-7f3a@example.com';
      const password = 'Canary-Pass-7f3a!';
      const created = await h.api('/users', {
        method: 'POST',
        contentType: 'application/vnd.pingidentity.user.import+json',
        body: { username, email, password: { value: password } },
      });
      expect(created.status).toBe(201);
      await h.api(
        `/users?filter=${encodeURIComponent(`username eq "${username}" or email eq "${email}"`)}`,
      );
      await h.api(`/users/${created.body.id}/password`, {
        method: 'POST',
        contentType: 'application/vnd.pingidentity.password.check+json',
        body: { password: 'Wrong-Canary-7f3a' },
      });
      await h.api(`/users/${created.body.id}/password`, {
        method: 'POST',
        contentType: 'application/vnd.pingidentity.password.sendRecoveryCode+json',
      });
      const code = /^([A-Z0-9]{8})$/m.exec(h.handle.mailbox.list({ to: email })[0]!.text)![1]!;
      await h.api(`/users/${created.body.id}/password`, {
        method: 'POST',
        contentType: 'application/vnd.pingidentity.password.recover+json',
        body: { recoveryCode: code, newPassword: 'Canary-New-7f3a!' },
      });
      const token = await h.token();
      const log = lines.join('\n');
      expect(lines.length).toBeGreaterThan(3);
      for (const secret of [
        username,
        email,
        password,
        'Wrong-Canary',
        code,
        token,
        h.local.clientSecret,
        'Canary-New',
      ]) {
        expect(log).not.toContain(secret);
      }
    } finally {
      await h.close();
    }
  });
});

describe('unexpected failures', () => {
  it('answers 500 UNEXPECTED_ERROR in the envelope, with nothing internal in the body', async () => {
    const app = await buildPingOneLocal({ dbPath: ':memory:', argon2: FAST_ARGON2 });
    try {
      const { environmentId, clientId, clientSecret } = app.pingoneLocal;
      const token = await app.inject({
        method: 'POST',
        url: `/${environmentId}/as/token`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `grant_type=client_credentials&client_id=${clientId}&client_secret=${clientSecret}`,
      });
      // The Worker authenticates with client_secret_basic: POST credentials are refused.
      expect(token.statusCode).toBe(401);
      const basic = await app.inject({
        method: 'POST',
        url: `/${environmentId}/as/token`,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
        },
        payload: 'grant_type=client_credentials',
      });
      const bearer = `Bearer ${basic.json().access_token}`;
      const users = app.pingoneLocal.store;
      // Break storage under the running server: every user lookup now throws.
      users.getUser = () => {
        throw new Error('disk on fire at /var/lib/secret/path');
      };
      const res = await app.inject({
        method: 'GET',
        url: `/v1/environments/${environmentId}/users/00000000-0000-0000-0000-000000000001`,
        headers: { authorization: bearer },
      });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({
        id: res.headers['correlation-id'],
        code: 'UNEXPECTED_ERROR',
        message: 'An unexpected error occurred.',
      });
      // The server keeps answering.
      const list = await app.inject({
        method: 'GET',
        url: `/v1/environments/${environmentId}/users?limit=1`,
        headers: { authorization: bearer },
      });
      expect(list.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('options', () => {
  it('devApi: false leaves /_local/ unmounted; tokenLifetimeSeconds sets expires_in', async () => {
    const h = await startHarness({ devApi: false, tokenLifetimeSeconds: 600 });
    try {
      const dev = await fetch(`${h.local.baseUrl}/_local/mail`);
      expect(dev.status).toBe(404);
      const res = await fetch(`${h.local.authBaseUrl}/${h.local.environmentId}/as/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${h.local.clientId}:${h.local.clientSecret}`).toString('base64')}`,
        },
        body: 'grant_type=client_credentials',
      });
      expect(((await res.json()) as { expires_in: number }).expires_in).toBe(600);
      const token = await h.token();
      h.local.clock.advance(600);
      expect((await h.api('/users?limit=1', { token })).status).toBe(401);
    } finally {
      await h.close();
    }
  });
});
