/**
 * Fidelity review: a user's `_links` advertise only what PingOne Local implements
 * (`USER_LINKS_NOT_ADVERTISED` in src/local/pingone-behaviour.ts).
 */
import { describe, expect, it } from 'vitest';
import { USER_LINKS_NOT_ADVERTISED } from '../../src/local/pingone-behaviour.js';
import { importTestUser, useHarness } from './helpers.js';

const h = useHarness();

describe('user _links', () => {
  it('advertise account.sendVerificationCode, leave out linkedAccounts; every link answers', async () => {
    const user = await importTestUser(h, 'Corr3ct-Horse!');
    const res = await h.api(`/users/${user.id}`);
    expect(res.status).toBe(200);
    const links = res.body._links as Record<string, { href: string }>;
    expect(Object.keys(links).sort()).toEqual([
      'account.sendVerificationCode',
      'password',
      'password.check',
      'password.recover',
      'password.reset',
      'password.set',
      'self',
    ]);
    for (const name of USER_LINKS_NOT_ADVERTISED) expect(links).not.toHaveProperty(name);
    // The listed user carries the same links.
    const list = await h.api(`/users?filter=${encodeURIComponent(`id eq "${user.id}"`)}`);
    expect(list.body._embedded.users[0]._links).toEqual(links);
    // Each href is a resource PingOne Local serves (GET answers it, not 404).
    const envBase = h.envBase;
    for (const { href } of Object.values(links)) {
      expect(href.startsWith(`${envBase}/users/${user.id}`)).toBe(true);
      const got = await h.api(href.slice(envBase.length));
      expect(got.status).toBe(200);
      expect(got.body.id ?? got.body.user?.id).toBe(user.id);
    }
  });
});
