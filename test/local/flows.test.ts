/**
 * Sign-in through `/as/authorize`, the Flows API and `/as/resume`: black box over HTTP.
 */
import { describe, expect, it } from 'vitest';
import { ISO_RE, importTestUser, UUID_RE, useHarness } from './helpers.js';
import {
  authorizeUrl,
  createSignInApp,
  flowIdOf,
  flowUrl,
  pkcePair,
  send,
  signIn,
} from './signin-helpers.js';

const PASSWORD = 'Correct-Horse-7-Battery';

const h = useHarness({}, { resetClock: true });

describe('the happy path', () => {
  it('authorize → usernamePassword.check → resume → 302 with a code', async () => {
    const app = await createSignInApp(h);
    const user = await importTestUser(h, PASSWORD);
    const { codeVerifier } = pkcePair();
    const result = await signIn(h, {
      ...app,
      username: user.username,
      password: PASSWORD,
      state: 'xyz',
      codeVerifier,
    });
    expect(result.code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.state).toBe('xyz');
    expect(result.stCookie).toMatch(/^ST=/);
    // The flow is consumed.
    const after = await send(flowUrl(h, result.flowId));
    expect(after.status).toBe(404);
  });

  it('answers the flow with PingOne members and links', async () => {
    const app = await createSignInApp(h);
    const start = await send(authorizeUrl(h, app));
    expect(start.status).toBe(302);
    const location = start.headers.get('location')!;
    expect(location).toMatch(
      new RegExp(`^${h.local.authBaseUrl}/${h.local.environmentId}/signon/\\?flowId=`),
    );
    const flowId = flowIdOf(location);
    const flow = await send(flowUrl(h, flowId));
    expect(flow.status).toBe(200);
    const self = { href: flowUrl(h, flowId) };
    expect(flow.body).toEqual({
      _links: { self, 'usernamePassword.check': self, 'password.forgot': self },
      id: flowId,
      environment: { id: h.local.environmentId },
      status: 'USERNAME_PASSWORD_REQUIRED',
      resumeUrl: `${h.local.authBaseUrl}/${h.local.environmentId}/as/resume?flowId=${flowId}`,
      createdAt: expect.stringMatching(ISO_RE),
      expiresAt: expect.stringMatching(ISO_RE),
      _embedded: { application: { name: expect.any(String) } },
    });
    expect(flowId).toMatch(UUID_RE);
  });
});
