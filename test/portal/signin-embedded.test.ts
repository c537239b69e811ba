/**
 * Sign-in on a fresh clone (issue 12): `startPortal` with no PingOne or OIDC settings starts the
 * embedded PingOne Local with the portal's own web application seeded (redirect, post-logout and
 * sign-on page URLs from the portal's address), so a new user can sign in at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPortal, startPortal } from '../../src/portal/server.js';
import { SignInBrowser } from '../support/signin-stack.js';
import { createUser } from '../support/stack.js';

let dir: string;
let running: RunningPortal;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-embedded-'));
  running = await startPortal(
    {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      PINGONE_LOCAL_ARGON2_MEMORY_KIB: '1024',
      PINGONE_LOCAL_ARGON2_TIME_COST: '1',
    },
    { logDestination: { write: () => undefined } },
  );
});
afterAll(async () => {
  await running?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start with no settings', () => {
  it('signs a new user in through the seeded application and the portal sign-on page', async () => {
    const user = await createUser({ client: running.client });
    const b = new SignInBrowser(running.url);
    const form = await b.get('/signin?return_to=/account');
    expect(form.body).toContain('id="signon-form"');
    expect(b.trail[1]).toMatch(
      new RegExp(`^${running.localUrl}/[0-9a-f-]+/as/authorize\\?.*client_id=latchkey-portal`),
    );
    const landed = await b.post('/signin/password', {
      username: user.username,
      password: user.password,
    });
    expect(landed.url).toBe(`${running.url}/account`);
    expect(landed.body).toContain(`<strong>${user.username}</strong>`);
  });
});
