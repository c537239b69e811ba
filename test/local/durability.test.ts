import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { startHarness } from './helpers.js';

const CHILD = fileURLToPath(new URL('./fixtures/durability-child.ts', import.meta.url));

it('an acknowledged write survives kill -9 of the server process', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pingone-durable-'));
  const dbPath = join(dir, 'local.sqlite');
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const info = await new Promise<{
      baseUrl: string;
      environmentId: string;
      clientId: string;
      clientSecret: string;
    }>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n')[0];
        if (out.includes('\n') && line) resolve(JSON.parse(line));
      });
      child.stderr.on('data', (chunk: Buffer) => {
        err += chunk.toString();
      });
      child.on('exit', (code) => reject(new Error(`child exited early (${code}): ${err}`)));
    });
    const tokenRes = await fetch(`${info.baseUrl}/${info.environmentId}/as/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${info.clientId}:${info.clientSecret}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    const { access_token } = (await tokenRes.json()) as { access_token: string };
    const created = await fetch(`${info.baseUrl}/v1/environments/${info.environmentId}/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'durable', email: 'durable@example.com' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const h = await startHarness({ dbPath });
    try {
      expect(h.local.environmentId).toBe(info.environmentId);
      const read = await h.api(`/users/${id}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id, username: 'durable' });
    } finally {
      await h.local.close();
    }
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
