/**
 * `/as/resume`: only with the `ST` cookie of the session the flow completed with; the flow is
 * consumed; an unfinished flow goes back to the sign-on page.
 */
import { describe, expect, it } from 'vitest';
import { importTestUser, useHarness } from './helpers.js';
import {
  authorizeUrl,
  createSignInApp,
  flowAction,
  flowIdOf,
  flowUrl,
  send,
  signIn,
  stCookieOf,
} from './signin-helpers.js';

const PASSWORD = 'Correct-Horse-7-Battery';
const h = useHarness();

async function completedFlow() {
  const app = await createSignInApp(h);
  const user = await importTestUser(h, PASSWORD);
  const start = await send(authorizeUrl(h, { ...app, state: 'r1' }));
  const flowId = flowIdOf(start.headers.get('location')!);
  const done = await flowAction(flowUrl(h, flowId), 'usernamePassword.check', {
    username: user.username,
    password: PASSWORD,
  });
  expect(done.body.status).toBe('COMPLETED');
  return { app, user, flowId, resumeUrl: done.body.resumeUrl as string, cookie: stCookieOf(done)! };
}

describe('/as/resume', () => {
  it('refuses a request without the flow session, and a session of another sign-in', async () => {
    const { app, user, resumeUrl, cookie } = await completedFlow();
    const other = await signIn(h, { ...app, username: user.username, password: PASSWORD });
    for (const given of [undefined, other.stCookie, `${cookie}x`]) {
      const res = await send(resumeUrl, given ? { cookie: given } : {});
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        id: res.headers.get('correlation-id'),
        code: 'REQUEST_FAILED',
        message: 'The flow has no authenticated session for this browser',
      });
    }
    const ok = await send(resumeUrl, { cookie });
    expect(ok.status).toBe(302);
    const location = new URL(ok.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(app.redirectUri);
    expect(location.searchParams.get('state')).toBe('r1');
    const again = await send(resumeUrl, { cookie });
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('NOT_FOUND');
  });

  it('sends an unfinished flow back to the sign-on page', async () => {
    const app = await createSignInApp(h);
    const start = await send(authorizeUrl(h, app));
    const flowId = flowIdOf(start.headers.get('location')!);
    const res = await send(
      `${h.local.authBaseUrl}/${h.local.environmentId}/as/resume?flowId=${flowId}`,
    );
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(start.headers.get('location'));
  });

  it('answers 404 for an unknown flow', async () => {
    const res = await send(
      `${h.local.authBaseUrl}/${h.local.environmentId}/as/resume?flowId=${crypto.randomUUID()}`,
    );
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});
