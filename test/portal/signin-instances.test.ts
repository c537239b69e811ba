/**
 * The signed-in session across portal instances (issue 12): two portals behind one real
 * redis-server share it (sign in on A, use the account and sign out on B); without Redis, each
 * instance only knows its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SignInBrowser,
  type SignInStack,
  startRedisSignInStack,
  startSignInStack,
} from '../support/signin-stack.js';
import { createUser, useFixture } from '../support/stack.js';

describe('two portal instances with Redis', () => {
  const stack = useFixture(() => startRedisSignInStack('p1ss:'));

  it('signs in on A and serves the account on B; signing out on B ends it on A', async () => {
    const [a, b] = stack.portals;
    const user = await createUser(stack);
    const browser = new SignInBrowser(a!.url);
    const landed = await browser.signIn(user.username, user.password, '/signin?return_to=/account');
    expect(landed.url).toBe(`${a!.url}/account`);
    // Cookies belong to the host, not the port: the same cookie reaches B.
    const onB = new SignInBrowser(b!.url);
    for (const [k, v] of browser.cookies) onB.cookies.set(k, v);
    const account = await onB.get('/account');
    expect(account.url).toBe(`${b!.url}/account`);
    expect(account.body).toContain(`<strong>${user.username}</strong>`);
    await onB.post('/signout', {});
    const back = await browser.get('/account');
    expect(back.body).toContain('id="signon-form"');
  });
});

describe('two portal instances without Redis', () => {
  let stack: SignInStack;
  beforeAll(async () => {
    stack = await startSignInStack({ instances: 2 });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('keeps the session on the instance that signed in', async () => {
    const [a, b] = stack.portals;
    const user = await createUser(stack);
    const browser = new SignInBrowser(a!.url);
    await browser.signIn(user.username, user.password, '/signin?return_to=/account');
    const onB = new SignInBrowser(b!.url);
    for (const [k, v] of browser.cookies) onB.cookies.set(k, v);
    expect((await onB.get('/account')).body).toContain('id="signon-form"');
  });
});
