/**
 * Sign-in through `/as/authorize`, the Flows API and `/as/resume`: black box over HTTP.
 */
import { describe, expect, it } from 'vitest';
import { ISO_RE, importTestUser, passwordActions, UUID_RE, useHarness } from './helpers.js';
import {
  authorizeUrl,
  createSignInApp,
  flowAction,
  flowIdOf,
  flowUrl,
  newFlowUrl,
  pkcePair,
  type SignInApp,
  send,
  signIn,
  stCookieOf,
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

/** A new flow of a new app: its URL. */
const newFlow = (app?: SignInApp) => newFlowUrl(h, app);

/** The body modulo the correlation id. */
function withoutId(body: Record<string, unknown>) {
  const { id: _id, ...rest } = body;
  return rest;
}

const INVALID_CREDENTIALS = {
  code: 'INVALID_DATA',
  message: 'The request could not be completed. One or more validation errors were in the request.',
  details: [
    {
      code: 'INVALID_CREDENTIALS',
      target: 'password',
      message: 'Invalid username and/or password',
    },
  ],
};

describe('flow errors', () => {
  it('answers 404 NOT_FOUND for an expired flow, a foreign one and an unknown one', async () => {
    const url = await newFlow();
    const flowId = url.split('/').pop()!;
    h.local.clock.advance(14 * 60);
    expect((await send(url)).status).toBe(200);
    const wrong = await flowAction(url, 'usernamePassword.check', { username: 'x', password: 'y' });
    expect(wrong.status).toBe(400);
    h.local.clock.advance(60 + 1);
    const expired = await send(url);
    expect(expired.status).toBe(404);
    expect(expired.body).toEqual({
      id: expired.headers.get('correlation-id'),
      code: 'NOT_FOUND',
      message: `Unable to find flow with ID: '${flowId}'`,
    });
    const posted = await flowAction(url, 'usernamePassword.check', {
      username: 'x',
      password: 'y',
    });
    expect(posted.status).toBe(404);

    const live = await newFlow();
    const foreign = live.replace(h.local.environmentId, crypto.randomUUID());
    expect((await send(foreign)).status).toBe(404);
    expect((await send(flowUrl(h, crypto.randomUUID()))).body.code).toBe('NOT_FOUND');
  });

  it('refuses an unknown content type (415) and an action the status does not offer (400)', async () => {
    const url = await newFlow();
    for (const type of [
      'application/json',
      'application/vnd.pingidentity.password.check+json',
      '',
    ]) {
      const res = await send(url, { method: 'POST', contentType: type || undefined, body: '{}' });
      expect(res.status).toBe(415);
      expect(withoutId(res.body)).toEqual({
        code: 'INVALID_REQUEST',
        message: 'The request could not be completed. The content type is not supported.',
      });
    }
    const early = await flowAction(url, 'password.reset', {
      currentPassword: 'a',
      newPassword: 'b',
    });
    expect(early.status).toBe(400);
    expect(withoutId(early.body)).toEqual({
      code: 'REQUEST_FAILED',
      message:
        'The flow action password.reset is not allowed while the flow is in status USERNAME_PASSWORD_REQUIRED',
    });
    const register = await flowAction(url, 'user.register', {
      username: 'a',
      email: 'a@example.com',
      password: 'b',
    });
    expect(register.body.code).toBe('REQUEST_FAILED');
    const bad = await flowAction(url, 'usernamePassword.check', { username: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('INVALID_DATA');
    expect((await send(url)).body.status).toBe('USERNAME_PASSWORD_REQUIRED');
  });
});

describe('usernamePassword.check', () => {
  it('answers an unknown user exactly as a wrong password', async () => {
    const user = await importTestUser(h, PASSWORD);
    const wrong = await flowAction(await newFlow(), 'usernamePassword.check', {
      username: user.username,
      password: 'Wrong-Password-1',
    });
    const unknown = await flowAction(await newFlow(), 'usernamePassword.check', {
      username: `${user.username}-nobody`,
      password: 'Wrong-Password-1',
    });
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    expect(withoutId(wrong.body)).toEqual(INVALID_CREDENTIALS);
    expect(withoutId(unknown.body)).toEqual(INVALID_CREDENTIALS);
    expect(wrong.headers.getSetCookie()).toEqual(unknown.headers.getSetCookie());
  });

  it("locks the password after the policy's failure count, with secondsUntilUnlock", async () => {
    const user = await importTestUser(h, PASSWORD);
    const url = await newFlow();
    for (let i = 0; i < 4; i++) {
      const res = await flowAction(url, 'usernamePassword.check', {
        username: user.username,
        password: `Nope-${i}`,
      });
      expect(withoutId(res.body)).toEqual(INVALID_CREDENTIALS);
    }
    const fifth = await flowAction(url, 'usernamePassword.check', {
      username: user.username,
      password: 'Nope-5',
    });
    const locked = {
      code: 'INVALID_DATA',
      message: INVALID_CREDENTIALS.message,
      details: [
        {
          code: 'PASSWORD_LOCKED_OUT',
          target: 'password',
          message: expect.any(String),
          innerError: { secondsUntilUnlock: 900 },
        },
      ],
    };
    expect(withoutId(fifth.body)).toEqual(locked);
    h.local.clock.advance(300);
    const right = await flowAction(url, 'usernamePassword.check', {
      username: user.username,
      password: PASSWORD,
    });
    expect(withoutId(right.body)).toEqual({
      ...locked,
      details: [{ ...locked.details[0], innerError: { secondsUntilUnlock: 600 } }],
    });
    h.local.clock.advance(600);
    const after = await flowAction(await newFlow(), 'usernamePassword.check', {
      username: user.username,
      password: PASSWORD,
    });
    expect(after.body.status).toBe('COMPLETED');
  });

  it('MUST_CHANGE_PASSWORD → password.reset in the flow → COMPLETED', async () => {
    const user = await importTestUser(h, null, {
      password: { value: PASSWORD, forceChange: true },
    });
    const url = await newFlow();
    const checked = await flowAction(url, 'usernamePassword.check', {
      username: user.username,
      password: PASSWORD,
    });
    expect(checked.status).toBe(200);
    expect(checked.body.status).toBe('MUST_CHANGE_PASSWORD');
    expect(stCookieOf(checked)).toBeNull();
    const self = { href: url };
    expect(checked.body._links).toEqual({ self, 'password.reset': self, 'session.reset': self });
    expect(checked.body._embedded.user).toEqual({ id: user.id, username: user.username });
    expect(checked.body._embedded.passwordPolicy).toMatchObject({
      name: 'Standard',
      length: expect.any(Object),
    });

    const weak = await flowAction(url, 'password.reset', {
      currentPassword: PASSWORD,
      newPassword: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.details[0]).toMatchObject({ code: 'INVALID_VALUE', target: 'newPassword' });
    const wrongCurrent = await flowAction(url, 'password.reset', {
      currentPassword: 'Not-The-Password-9',
      newPassword: 'Another-Good-Pass-42',
    });
    expect(wrongCurrent.body.details[0]).toMatchObject({
      code: 'INVALID_VALUE',
      target: 'currentPassword',
    });

    const done = await flowAction(url, 'password.reset', {
      currentPassword: PASSWORD,
      newPassword: 'Another-Good-Pass-42',
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('COMPLETED');
    const cookie = stCookieOf(done)!;
    const resumed = await send(done.body.resumeUrl, { cookie });
    expect(resumed.status).toBe(302);
    expect(new URL(resumed.headers.get('location')!).searchParams.get('code')).toBeTruthy();
    const state = await h.api(`/users/${user.id}/password`);
    expect(state.body.status).toBe('OK');
  });

  it('PASSWORD_EXPIRED after maxAgeDays → password.reset → COMPLETED', async () => {
    const user = await importTestUser(h, PASSWORD);
    h.local.clock.advance(183 * 86_400);
    const url = await newFlow();
    const checked = await flowAction(url, 'usernamePassword.check', {
      username: user.username,
      password: PASSWORD,
    });
    expect(checked.body.status).toBe('PASSWORD_EXPIRED');
    const reset = await flowAction(url, 'session.reset');
    expect(reset.body.status).toBe('USERNAME_PASSWORD_REQUIRED');
    expect(reset.body._embedded.user).toBeUndefined();
    await flowAction(url, 'usernamePassword.check', {
      username: user.username,
      password: PASSWORD,
    });
    const done = await flowAction(url, 'password.reset', {
      currentPassword: PASSWORD,
      newPassword: 'Expired-Now-Fresh-77',
    });
    expect(done.body.status).toBe('COMPLETED');
  });
});

describe('forgotten password', () => {
  it('password.forgot → password.recover → COMPLETED; an unknown username gets the same answer', async () => {
    const user = await importTestUser(h, PASSWORD);
    const app = await createSignInApp(h);
    const url = await newFlow(app);
    const forgot = await flowAction(url, 'password.forgot', { username: user.username });
    const other = await flowAction(await newFlow(app), 'password.forgot', {
      username: 'nobody-at-all',
    });
    expect(forgot.status).toBe(200);
    expect(forgot.body.status).toBe('RECOVERY_CODE_REQUIRED');
    const self = { href: url };
    expect(forgot.body._links).toEqual({
      self,
      'password.recover': self,
      'password.sendRecoveryCode': self,
      'session.reset': self,
    });
    const shape = (b: Record<string, unknown>) => ({
      ...b,
      _links: undefined,
      id: undefined,
      resumeUrl: undefined,
      createdAt: undefined,
      expiresAt: undefined,
    });
    expect(shape(other.body)).toEqual(shape(forgot.body));

    const actions = passwordActions(h);
    const wrong = await flowAction(url, 'password.recover', {
      recoveryCode: 'AAAAAAAA',
      newPassword: 'Recovered-Pass-55',
    });
    expect(wrong.body.details[0]).toMatchObject({ code: 'INVALID_VALUE', target: 'recoveryCode' });
    const resent = await flowAction(url, 'password.sendRecoveryCode');
    expect(resent.body.status).toBe('RECOVERY_CODE_REQUIRED');
    const code = actions.codeFor(user.email);
    const done = await flowAction(url, 'password.recover', {
      recoveryCode: code,
      newPassword: 'Recovered-Pass-55',
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('COMPLETED');
    expect(stCookieOf(done)).not.toBeNull();
    const unknown = await flowAction(flowUrl(h, other.body.id), 'password.recover', {
      recoveryCode: code,
      newPassword: 'Recovered-Pass-55',
    });
    expect(withoutId(unknown.body)).toEqual(withoutId(wrong.body));
  });
});

describe('verification', () => {
  it('sends a user whose account needs verification to VERIFICATION_CODE_REQUIRED', async () => {
    const user = await importTestUser(h, PASSWORD, {
      lifecycle: { status: 'VERIFICATION_REQUIRED' },
    });
    const url = await newFlow();
    const checked = await flowAction(url, 'usernamePassword.check', {
      username: user.username,
      password: PASSWORD,
    });
    expect(checked.body.status).toBe('VERIFICATION_CODE_REQUIRED');
    const self = { href: url };
    expect(checked.body._links).toEqual({
      self,
      'user.verify': self,
      'user.sendVerificationCode': self,
      'session.reset': self,
    });
    expect(stCookieOf(checked)).toBeNull();
  });
});
