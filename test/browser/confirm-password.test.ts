/**
 * `CONFIRM_PASSWORD=false` (the default): new passwords are typed once, with the show/hide
 * control instead of a confirmation field, on every page that sets one. (Every other test stack
 * runs `CONFIRM_PASSWORD=true`: test/support/stack.ts.)
 */
import { describe, expect, it } from 'vitest';
import {
  createUser,
  expectAccessible,
  recoveryCode,
  strongPassword,
  submit,
  unique,
  useBrowserHarness,
} from './harness.js';

const h = useBrowserHarness({ CONFIRM_PASSWORD: 'false' });

describe('CONFIRM_PASSWORD=false', () => {
  it('registers, recovers and changes with the new password typed once', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    await page.goto('/register');
    expect(await page.locator('#confirmPassword').count()).toBe(0);
    expect(await page.locator('button.toggle-password[data-target="password"]').isVisible()).toBe(
      true,
    );
    await expectAccessible(page, 'register without a confirmation field');
    const username = `once${unique()}`;
    const first = strongPassword();
    await page.fill('#username', username);
    await page.fill('#email', `${username}@example.com`);
    await page.fill('#password', first);
    const registered = await submit(page, '#register-submit');
    expect([registered.postStatus, page.url()]).toEqual([303, `${h.url}/`]);
    const user = await h.client.users.findByUsernameOrEmail(username);
    expect((await h.client.passwords.check(user!.id, first)).status).toBe('OK');

    const second = strongPassword();
    await page.goto('/password/change');
    expect(await page.locator('#confirmPassword').count()).toBe(0);
    await page.fill('#username', username);
    await page.fill('#currentPassword', first);
    await page.fill('#password', second);
    const changed = await submit(page, '#change-submit');
    expect([changed.postStatus, page.url()]).toEqual([303, `${h.url}/`]);
    expect((await h.client.passwords.check(user!.id, second)).status).toBe('OK');
    await context.close();
  });

  it('recovers with the code and one new password', async () => {
    const user = await createUser(h);
    const context = await h.newContext();
    const page = await context.newPage();
    await page.goto('/password/forgot');
    await page.fill('#username', user.username);
    await submit(page, '#forgot-submit');
    expect(await page.locator('#confirmPassword').count()).toBe(0);
    await expectAccessible(page, 'recover without a confirmation field');
    const password = strongPassword();
    await page.fill('#recoveryCode', await recoveryCode(h, user.email));
    await page.fill('#password', password);
    const done = await submit(page, '#recover-submit');
    expect([done.postStatus, page.url()]).toEqual([303, `${h.url}/`]);
    expect((await h.client.passwords.check(user.id, password)).status).toBe('OK');
    await context.close();
  });
});
