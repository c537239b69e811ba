/**
 * Paging and `findByUsernameOrEmail` on their own: the modules are driven through a bare `Api`
 * (plain `fetch`, no worker token, no retries) against the fake PingOne, so a failure here is
 * in paging or in the user lookup, not in the transport.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Api } from '../../src/pingone/call.js';
import { checkUser } from '../../src/pingone/check.js';
import { PingOneFilterError, PingOneResponseError } from '../../src/pingone/errors.js';
import type { User } from '../../src/pingone/model.js';
import { type CollectionSpec, fetchPage, listAll, pages } from '../../src/pingone/paging.js';
import { createUsersApi } from '../../src/pingone/users.js';
import {
  apiPath,
  ENV_ID,
  type FakePingOne,
  type Reply,
  startFake,
  userBody,
} from './fake-pingone.js';

let fake: FakePingOne | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const id = (n: number) => `77777777-0000-4000-8000-${String(n).padStart(12, '0')}`;
const user = (n: number, username = `user${n}`) => userBody(id(n), username);

/** An `Api` that sends each call with plain `fetch`: no token, no retry. */
function bareApi(f: FakePingOne): Api {
  return {
    envUrl: `${f.url}/v1/environments/${ENV_ID}`,
    now: () => Date.now(),
    call: (c) => fetch(c.url, { method: c.method, headers: { accept: 'application/json' } }),
  };
}

function usersSpec(f: FakePingOne): CollectionSpec<User> {
  return { url: `${bareApi(f).envUrl}/users`, name: 'users', item: checkUser };
}

/** A users page; `next` is a `_links.next.href` (absolute or relative). */
function page(users: unknown[], extra: { next?: string; count?: number } = {}): Reply {
  return {
    status: 200,
    json: {
      _links: extra.next === undefined ? {} : { next: { href: extra.next } },
      _embedded: { users },
      ...(extra.count === undefined ? {} : { count: extra.count }),
      size: users.length,
    },
  };
}

describe('paging', () => {
  it('follows _links.next page after page, in order, and stops on the page without one', async () => {
    fake = await startFake((req) => {
      const cursor = req.query.get('cursor');
      if (cursor === null)
        return page([user(1), user(2)], { next: `${fake!.url}${req.path}?cursor=b` });
      if (cursor === 'b') return page([user(3)], { next: `${req.path}?cursor=c` });
      return page([user(4)]);
    });
    const spec = usersSpec(fake);
    const all = await listAll(bareApi(fake), spec, `${spec.url}?limit=2`, undefined);
    expect(all.map((u) => u.username)).toEqual(['user1', 'user2', 'user3', 'user4']);
    expect(fake.requests.map((r) => [r.path, r.query.toString()])).toEqual([
      [apiPath('/users'), 'limit=2'],
      [apiPath('/users'), 'cursor=b'],
      // A relative href is resolved against the page just read.
      [apiPath('/users'), 'cursor=c'],
    ]);
    expect(fake.tokenRequests()).toHaveLength(0);
  });

  it('one page: items, count, size and the resolved next URL', async () => {
    fake = await startFake((req) => page([user(1)], { next: `${req.path}?cursor=x`, count: 9 }));
    const spec = usersSpec(fake);
    const one = await fetchPage(bareApi(fake), spec, spec.url, undefined);
    expect(one).toMatchObject({ count: 9, size: 1, next: `${apiPath('/users')}?cursor=x` });
    expect(one.items).toEqual([user(1)]);
    expect(one.nextUrl?.href).toBe(`${spec.url}?cursor=x`);
  });

  it.each([
    ['another host', 'http://evil.example/v1/users?cursor=b', 'point to the same collection'],
    [
      'another collection',
      '/v1/environments/x/populations?cursor=b',
      'point to the same collection',
    ],
    ['the page just read', '', 'differ from the page just read'],
  ])('a next link to %s is refused before it is followed', async (_what, next, must) => {
    fake = await startFake((req) =>
      page([user(1)], { next: next === '' ? `${fake!.url}${req.path}` : next }),
    );
    const spec = usersSpec(fake);
    const seen: string[] = [];
    const err = await (async () => {
      for await (const p of pages(bareApi(fake!), spec, spec.url, undefined)) {
        seen.push(...p.items.map((u) => u.username));
      }
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PingOneResponseError);
    expect(err).toMatchObject({
      code: 'INVALID_RESPONSE',
      path: '_links.next.href',
      message: `response body "_links.next.href" must ${must}`,
    });
    expect(seen).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('a bad item on a later page names its path on that page', async () => {
    fake = await startFake((req) =>
      req.query.get('cursor') === null
        ? page([user(1)], { next: `${req.path}?cursor=b` })
        : page([user(2), { ...user(3), address: { locality: 5 } }]),
    );
    const spec = usersSpec(fake);
    await expect(listAll(bareApi(fake), spec, spec.url, undefined)).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      path: '_embedded.users[1].address.locality',
      message: 'response body "_embedded.users[1].address.locality" must be a string',
    });
    expect(fake.requests).toHaveLength(2);
  });
});

describe('findByUsernameOrEmail', () => {
  async function find(reply: Reply, value: string) {
    fake = await startFake(() => reply);
    return createUsersApi(bareApi(fake)).findByUsernameOrEmail(value);
  }

  it('asks for at most two users with one escaped username-or-email filter', async () => {
    const found = await find(page([user(1, 'say "hi"')], { count: 1 }), 'Say "HI"');
    expect(found?.id).toBe(id(1));
    expect(fake!.requests).toHaveLength(1);
    const req = fake!.requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.path).toBe(apiPath('/users'));
    expect(req.query.get('filter')).toBe(
      '(username eq "Say \\"HI\\"") or (email eq "Say \\"HI\\"")',
    );
    expect(req.query.get('limit')).toBe('2');
  });

  it('matches the e-mail address, ignoring case', async () => {
    expect((await find(page([user(1, 'ann')], { count: 1 }), 'ANN@EXAMPLE.COM'))?.id).toBe(id(1));
  });

  it('count is optional: one user on the last page is the match', async () => {
    expect((await find(page([user(1, 'ann')]), 'ann'))?.id).toBe(id(1));
  });

  it.each([
    ['no user', page([], { count: 0 })],
    ['two users', page([user(1, 'ann'), user(2, 'ann2')], { count: 2 })],
    ['one of two counted', page([user(1, 'ann')], { count: 2 })],
    ['one user but a next page', page([user(1, 'ann')], { next: apiPath('/users?cursor=b') })],
    ['a user that is not the one asked for', page([user(1, 'bob')], { count: 1 })],
  ])('null for %s', async (_what, reply) => {
    expect(await find(reply, 'ann')).toBeNull();
  });

  it('a control character is refused before any request', async () => {
    await expect(find(page([]), 'ann\u0000')).rejects.toBeInstanceOf(PingOneFilterError);
    expect(fake!.requests).toHaveLength(0);
  });

  it('a malformed answer is INVALID_RESPONSE, not "no user"', async () => {
    await expect(find({ status: 200, json: { _embedded: {} } }, 'ann')).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      path: '_embedded.users',
    });
  });
});
