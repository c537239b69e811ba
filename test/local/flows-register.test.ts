/**
 * `user.register` in a flow, with registration enabled (`registration: true`, the
 * `PINGONE_LOCAL_REGISTRATION` setting): the new user waits for verification.
 */
import { describe, expect, it } from 'vitest';
import { uniqueName, useHarness } from './helpers.js';
import { flowAction, newFlowUrl, type SignInApp, send } from './signin-helpers.js';

const h = useHarness({ registration: true });

const newFlow = (app?: SignInApp) => newFlowUrl(h, app);

describe('user.register', () => {
  it('is offered, creates the user in the default population and asks for verification', async () => {
    const url = await newFlow();
    const self = { href: url };
    const flow = await send(url);
    expect(flow.body._links).toEqual({
      self,
      'usernamePassword.check': self,
      'password.forgot': self,
      'user.register': self,
    });
    const username = uniqueName('reg');
    const res = await flowAction(url, 'user.register', {
      username,
      email: `${username}@example.com`,
      password: 'Registered-Pass-2026',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('VERIFICATION_CODE_REQUIRED');
    expect(res.body._embedded.user).toEqual({ id: expect.any(String), username });
    const user = await h.api(`/users/${res.body._embedded.user.id}`);
    expect(user.body).toMatchObject({
      username,
      email: `${username}@example.com`,
      lifecycle: { status: 'VERIFICATION_REQUIRED' },
      enabled: true,
    });
    const password = await h.api(`/users/${user.body.id}/password`);
    expect(password.body.status).toBe('OK');
  });

  it('refuses a taken username, a bad e-mail and a weak password, creating nothing', async () => {
    const url = await newFlow();
    const username = uniqueName('reg');
    const ok = { username, email: `${username}@example.com`, password: 'Registered-Pass-2026' };
    expect((await flowAction(url, 'user.register', ok)).status).toBe(200);
    const again = await newFlow();
    const taken = await flowAction(again, 'user.register', ok);
    expect(taken.status).toBe(400);
    expect(taken.body.details).toEqual([
      { code: 'UNIQUENESS_VIOLATION', target: 'username', message: expect.any(String) },
    ]);
    const other = uniqueName('reg');
    const email = await flowAction(again, 'user.register', {
      ...ok,
      username: other,
      email: 'nope',
    });
    expect(email.body.details[0]).toMatchObject({ code: 'INVALID_VALUE', target: 'email' });
    const weak = await flowAction(again, 'user.register', {
      ...ok,
      username: other,
      password: 'short',
    });
    expect(weak.body.details[0]).toMatchObject({
      code: 'INVALID_VALUE',
      target: 'password',
      innerError: expect.any(Object),
    });
    const search = await h.api(`/users?filter=${encodeURIComponent(`username eq "${other}"`)}`);
    expect(search.body.count ?? search.body._embedded.users.length).toBe(0);
    expect((await send(again)).body.status).toBe('USERNAME_PASSWORD_REQUIRED');
  });
});
