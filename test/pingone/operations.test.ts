import { afterEach, describe, expect, it } from 'vitest';
import {
  PingOneApiError,
  type PingOneClient,
  PingOneFilterError,
} from '../../src/pingone/index.js';
import {
  apiPath,
  clientFor,
  ENV_ID,
  errorBody,
  type FakePingOne,
  NOT_FOUND_BODY,
  POLICY_ID,
  POP_ID,
  passwordStateBody,
  policyBody,
  populationBody,
  type Recorded,
  startFake,
  userBody,
} from './fake-pingone.js';

const USER_ID = '33333333-0000-4000-8000-000000000003';
let fake: FakePingOne | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function only(f: FakePingOne): Recorded {
  const api = f.apiRequests();
  expect(api).toHaveLength(1);
  return api[0]!;
}

function shape(r: Recorded) {
  return {
    method: r.method,
    path: r.path,
    contentType: r.headers['content-type'],
    body: r.body === '' ? undefined : JSON.parse(r.body),
  };
}

type Case = {
  name: string;
  run: (c: PingOneClient) => Promise<unknown>;
  reply: { status: number; json?: unknown; text?: string };
  expected: { method: string; path: string; contentType?: string; body?: unknown };
  result: unknown;
};

const pwPath = apiPath(`/users/${USER_ID}/password`);
const state = passwordStateBody(USER_ID);

const CASES: Case[] = [
  {
    name: 'users.create',
    run: (c) =>
      c.users.create({ username: 'ann', email: 'ann@example.com', population: { id: POP_ID } }),
    reply: { status: 201, json: userBody(USER_ID, 'ann') },
    expected: {
      method: 'POST',
      path: apiPath('/users'),
      contentType: 'application/json',
      body: { username: 'ann', email: 'ann@example.com', population: { id: POP_ID } },
    },
    result: userBody(USER_ID, 'ann'),
  },
  {
    name: 'users.import',
    run: (c) =>
      c.users.import({
        username: 'ann',
        password: { value: 'Tr1cky!Pass', forceChange: false },
        lifecycle: { status: 'ACCOUNT_OK' },
      }),
    reply: { status: 201, json: userBody(USER_ID, 'ann') },
    expected: {
      method: 'POST',
      path: apiPath('/users'),
      contentType: 'application/vnd.pingidentity.user.import+json',
      body: {
        username: 'ann',
        password: { value: 'Tr1cky!Pass', forceChange: false },
        lifecycle: { status: 'ACCOUNT_OK' },
      },
    },
    result: userBody(USER_ID, 'ann'),
  },
  {
    name: 'users.get',
    run: (c) => c.users.get(USER_ID),
    reply: { status: 200, json: userBody(USER_ID, 'ann') },
    expected: { method: 'GET', path: apiPath(`/users/${USER_ID}`) },
    result: userBody(USER_ID, 'ann'),
  },
  {
    name: 'users.update (PUT)',
    run: (c) => c.users.update(USER_ID, { username: 'ann', nickname: 'A' }),
    reply: { status: 200, json: userBody(USER_ID, 'ann', { nickname: 'A' }) },
    expected: {
      method: 'PUT',
      path: apiPath(`/users/${USER_ID}`),
      contentType: 'application/json',
      body: { username: 'ann', nickname: 'A' },
    },
    result: userBody(USER_ID, 'ann', { nickname: 'A' }),
  },
  {
    name: 'users.patch',
    run: (c) => c.users.patch(USER_ID, { nickname: null as unknown as string }),
    reply: { status: 200, json: userBody(USER_ID, 'ann') },
    expected: {
      method: 'PATCH',
      path: apiPath(`/users/${USER_ID}`),
      contentType: 'application/json',
      body: { nickname: null },
    },
    result: userBody(USER_ID, 'ann'),
  },
  {
    name: 'users.delete',
    run: (c) => c.users.delete(USER_ID),
    reply: { status: 204 },
    expected: { method: 'DELETE', path: apiPath(`/users/${USER_ID}`) },
    result: undefined,
  },
  {
    name: 'passwords.getState',
    run: (c) => c.passwords.getState(USER_ID),
    reply: { status: 200, json: state },
    expected: { method: 'GET', path: pwPath },
    result: state,
  },
  {
    name: 'passwords.check',
    run: (c) => c.passwords.check(USER_ID, 'Secr3t!"\\'),
    reply: { status: 200, json: state },
    expected: {
      method: 'POST',
      path: pwPath,
      contentType: 'application/vnd.pingidentity.password.check+json',
      body: { password: 'Secr3t!"\\' },
    },
    result: state,
  },
  {
    name: 'passwords.set (forceChange defaults to false)',
    run: (c) => c.passwords.set(USER_ID, { value: 'N3w!pass' }),
    reply: { status: 200, json: state },
    expected: {
      method: 'PUT',
      path: pwPath,
      contentType: 'application/vnd.pingidentity.password.set+json',
      body: { value: 'N3w!pass', forceChange: false },
    },
    result: state,
  },
  {
    name: 'passwords.set with bypassPolicy',
    run: (c) => c.passwords.set(USER_ID, { value: 'x', forceChange: true, bypassPolicy: true }),
    reply: { status: 200, json: passwordStateBody(USER_ID, 'MUST_CHANGE_PASSWORD') },
    expected: {
      method: 'PUT',
      path: pwPath,
      contentType: 'application/vnd.pingidentity.password.set+json',
      body: { value: 'x', forceChange: true, bypassPolicy: true },
    },
    result: passwordStateBody(USER_ID, 'MUST_CHANGE_PASSWORD'),
  },
  {
    name: 'passwords.adminReset',
    run: (c) => c.passwords.adminReset(USER_ID, 'Temp!1234'),
    reply: { status: 200, json: passwordStateBody(USER_ID, 'MUST_CHANGE_PASSWORD') },
    expected: {
      method: 'PUT',
      path: pwPath,
      contentType: 'application/vnd.pingidentity.password.reset+json',
      body: { newPassword: 'Temp!1234' },
    },
    result: passwordStateBody(USER_ID, 'MUST_CHANGE_PASSWORD'),
  },
  {
    name: 'passwords.sendRecoveryCode',
    run: (c) => c.passwords.sendRecoveryCode(USER_ID),
    reply: { status: 200, json: state },
    expected: {
      method: 'POST',
      path: pwPath,
      contentType: 'application/vnd.pingidentity.password.sendRecoveryCode+json',
    },
    result: state,
  },
  {
    name: 'passwords.recover',
    run: (c) => c.passwords.recover(USER_ID, { recoveryCode: 'AB12CD34', newPassword: 'N3w!' }),
    reply: { status: 200, json: state },
    expected: {
      method: 'POST',
      path: pwPath,
      contentType: 'application/vnd.pingidentity.password.recover+json',
      body: { recoveryCode: 'AB12CD34', newPassword: 'N3w!' },
    },
    result: state,
  },
  {
    name: 'passwords.unlock',
    run: (c) => c.passwords.unlock(USER_ID),
    reply: { status: 200, json: state },
    expected: {
      method: 'POST',
      path: pwPath,
      contentType: 'application/vnd.pingidentity.password.unlock+json',
    },
    result: state,
  },
  {
    name: 'passwords.forceChange',
    run: (c) => c.passwords.forceChange(USER_ID),
    reply: { status: 200, json: passwordStateBody(USER_ID, 'MUST_CHANGE_PASSWORD') },
    expected: {
      method: 'POST',
      path: pwPath,
      contentType: 'application/vnd.pingidentity.password.forceChange',
    },
    result: passwordStateBody(USER_ID, 'MUST_CHANGE_PASSWORD'),
  },
];

describe('operations send exactly the documented request', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    fake = await startFake(() => c.reply);
    const { client } = clientFor(fake);
    expect(await c.run(client)).toEqual(c.result);
    const req = only(fake);
    expect(shape(req)).toEqual({
      method: c.expected.method,
      path: c.expected.path,
      contentType: c.expected.contentType,
      body: c.expected.body,
    });
    expect(req.headers.authorization).toMatch(/^Bearer tok-/);
    expect(req.headers.accept).toBe('application/json');
  });

  it('selfChange uses the user token, not the worker token, and never fetches one', async () => {
    fake = await startFake(() => ({ status: 200, json: state }));
    const { client } = clientFor(fake);
    const result = await client.passwords.selfChange(USER_ID, {
      currentPassword: 'Old!1',
      newPassword: 'New!2',
      userAccessToken: 'user-access-token',
    });
    expect(result).toEqual(state);
    const req = only(fake);
    expect(shape(req)).toEqual({
      method: 'PUT',
      path: pwPath,
      contentType: 'application/vnd.pingidentity.password.reset+json',
      body: { currentPassword: 'Old!1', newPassword: 'New!2' },
    });
    expect(req.headers.authorization).toBe('Bearer user-access-token');
    expect(fake.tokenRequests()).toHaveLength(0);
  });

  it('a wrong password on check is API_ERROR with failuresRemaining', async () => {
    const body = errorBody(
      'INVALID_DATA',
      'The request could not be completed. One or more validation errors were in the request.',
      [
        {
          code: 'INVALID_VALUE',
          target: 'password',
          message: 'The provided password did not match provisioned password',
          innerError: { failuresRemaining: 4 },
        },
      ],
    );
    fake = await startFake(() => ({ status: 400, json: body }));
    const { client } = clientFor(fake);
    const err = await client.passwords.check(USER_ID, 'wrong').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PingOneApiError);
    const e = err as PingOneApiError;
    expect(e).toMatchObject({ code: 'API_ERROR', status: 400, apiCode: 'INVALID_DATA', body });
    expect(e.hasDetail('INVALID_VALUE', 'password')).toBe(true);
    expect(e.detail('INVALID_VALUE')?.innerError).toEqual({ failuresRemaining: 4 });
    expect(e.message).not.toContain('wrong');
  });

  it('the transaction id header is sanitised and capped at 100 characters', async () => {
    fake = await startFake(() => ({ status: 200, json: userBody(USER_ID, 'ann') }));
    const { client } = clientFor(fake);
    await client.users.get(USER_ID, { transactionId: 'req 1;\r\nX: é-ü_ñ.@=#+/日本' });
    expect(only(fake).headers['x-ping-external-transaction-id']).toBe('req_1___X___-___.@=#+/__');
    await client.users.get(USER_ID, { transactionId: 'a'.repeat(150) });
    expect(fake.apiRequests()[1]!.headers['x-ping-external-transaction-id']).toBe('a'.repeat(100));
    await client.users.get(USER_ID);
    expect(fake.apiRequests()[2]!.headers['x-ping-external-transaction-id']).toBeUndefined();
  });

  it('a user id with path syntax is refused before any request', async () => {
    fake = await startFake(() => ({ status: 200, json: userBody(USER_ID, 'ann') }));
    const { client } = clientFor(fake);
    await expect(client.users.get('../../x')).rejects.toThrow(
      new TypeError('userId must be a PingOne resource id'),
    );
    await expect(client.passwords.getState('a/b')).rejects.toThrow(TypeError);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('absent resources', () => {
  it('users.get: 404 NOT_FOUND → null', async () => {
    fake = await startFake(() => ({ status: 404, json: NOT_FOUND_BODY }));
    const { client } = clientFor(fake);
    expect(await client.users.get(USER_ID)).toBeNull();
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it('users.get: a 404 that is not PingOne NOT_FOUND is an error, not null', async () => {
    fake = await startFake(() => ({ status: 404, text: 'Not Found' }));
    const { client } = clientFor(fake);
    await expect(client.users.get(USER_ID)).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      status: 404,
    });
  });

  it('populations.get and passwordPolicies.get: 404 → null', async () => {
    fake = await startFake(() => ({ status: 404, json: NOT_FOUND_BODY }));
    const { client } = clientFor(fake);
    expect(await client.populations.get(POP_ID)).toBeNull();
    expect(await client.passwordPolicies.get(POLICY_ID)).toBeNull();
    expect(fake.apiRequests().map((r) => r.path)).toEqual([
      apiPath(`/populations/${POP_ID}`),
      apiPath(`/passwordPolicies/${POLICY_ID}`),
    ]);
  });
});

describe('users paging and search', () => {
  const u = (i: number) => userBody(`44444444-0000-4000-8000-00000000000${i}`, `user${i}`);

  it('list() follows _links.next until the last page', async () => {
    fake = await startFake((req) => {
      const base = `${fake!.url}${apiPath('/users')}`;
      const cursor = req.query.get('cursor');
      if (cursor === null) {
        return {
          status: 200,
          json: {
            _links: { next: { href: `${base}?limit=2&cursor=c2` } },
            _embedded: { users: [u(1), u(2)] },
            count: 3,
            size: 2,
          },
        };
      }
      return { status: 200, json: { _embedded: { users: [u(3)] }, count: 3, size: 1 } };
    });
    const { client } = clientFor(fake);
    const names: string[] = [];
    for await (const user of client.users.list({ limit: 2 })) names.push(user.username);
    expect(names).toEqual(['user1', 'user2', 'user3']);
    expect(fake.apiRequests().map((r) => [r.path, r.query.toString()])).toEqual([
      [apiPath('/users'), 'limit=2'],
      [apiPath('/users'), 'limit=2&cursor=c2'],
    ]);
  });

  it('listPage() returns users, count, size and the next cursor', async () => {
    fake = await startFake(() => ({
      status: 200,
      json: {
        _links: { next: { href: `${fake!.url}${apiPath('/users')}?limit=1&cursor=opaque%3D%3D` } },
        _embedded: { users: [u(1)] },
        count: 9,
        size: 1,
      },
    }));
    const { client } = clientFor(fake);
    const page = await client.users.listPage({ limit: 1, cursor: 'prev' });
    expect(page).toEqual({ users: [u(1)], count: 9, size: 1, nextCursor: 'opaque==' });
    expect(only(fake).query.toString()).toBe('limit=1&cursor=prev');
  });

  it('a _links.next to another host is refused and never called (token exfiltration)', async () => {
    fake = await startFake(() => ({
      status: 200,
      json: {
        _links: { next: { href: 'http://127.0.0.1:1/v1/steal?cursor=x' } },
        _embedded: { users: [u(1)] },
        size: 1,
      },
    }));
    const { client } = clientFor(fake);
    const seen: string[] = [];
    const err = await (async () => {
      for await (const user of client.users.list()) seen.push(user.username);
    })().catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'INVALID_RESPONSE',
      path: '_links.next.href',
      message: 'response body "_links.next.href" must point to the same collection',
    });
    expect(seen).toEqual([]);
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it('a _links.next pointing at the same page is refused (no endless loop)', async () => {
    fake = await startFake(() => ({
      status: 200,
      json: {
        _links: { next: { href: `${apiPath('/users')}?limit=5` } },
        _embedded: { users: [u(1)] },
        size: 1,
      },
    }));
    const { client } = clientFor(fake);
    const err = await (async () => {
      for await (const _user of client.users.list({ limit: 5 })) {
        // drain
      }
    })().catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'INVALID_RESPONSE',
      message: 'response body "_links.next.href" must differ from the page just read',
    });
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it('findByUsernameOrEmail sends one safe filter and returns the single match', async () => {
    fake = await startFake(() => ({
      status: 200,
      json: { _embedded: { users: [userBody(USER_ID, 'Ann.Lee')] }, count: 1, size: 1 },
    }));
    const { client } = clientFor(fake);
    expect((await client.users.findByUsernameOrEmail('ann.lee'))?.id).toBe(USER_ID);
    const req = only(fake);
    expect(req.query.get('filter')).toBe('(username eq "ann.lee") or (email eq "ann.lee")');
    expect(req.query.get('limit')).toBe('2');
  });

  it('findByUsernameOrEmail matches on e-mail too', async () => {
    fake = await startFake(() => ({
      status: 200,
      json: { _embedded: { users: [userBody(USER_ID, 'ann')] }, count: 1, size: 1 },
    }));
    const { client } = clientFor(fake);
    expect((await client.users.findByUsernameOrEmail('ANN@example.com'))?.id).toBe(USER_ID);
  });

  it.each([
    ['no match', { _embedded: { users: [] }, count: 0, size: 0 }],
    ['two matches', { _embedded: { users: [u(1), u(2)] }, count: 2, size: 2 }],
    ['one shown of two', { _embedded: { users: [u(1)] }, count: 2, size: 1 }],
    ['a match for something else', { _embedded: { users: [u(1)] }, count: 1, size: 1 }],
  ])('findByUsernameOrEmail → null for %s', async (_name, json) => {
    fake = await startFake(() => ({ status: 200, json }));
    const { client } = clientFor(fake);
    expect(await client.users.findByUsernameOrEmail('somebody')).toBeNull();
  });

  it('findByUsernameOrEmail rejects control characters before any request', async () => {
    fake = await startFake(() => ({ status: 200, json: {} }));
    const { client } = clientFor(fake);
    await expect(client.users.findByUsernameOrEmail('a\r\nb')).rejects.toBeInstanceOf(
      PingOneFilterError,
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('a limit outside 1..1000 is refused before any request', async () => {
    fake = await startFake(() => ({ status: 200, json: {} }));
    const { client } = clientFor(fake);
    await expect(client.users.listPage({ limit: 0 })).rejects.toThrow(
      'limit must be an integer from 1 to 1000',
    );
    expect(fake.requests).toHaveLength(0);
  });
});

describe('populations and password policies', () => {
  const OTHER_POLICY = 'd1b2c3d4-0000-4000-8000-000000000004';

  it('populations.list sends the filter and follows pages', async () => {
    fake = await startFake((req) =>
      req.query.get('cursor') === null
        ? {
            status: 200,
            json: {
              _links: {
                next: { href: `${fake!.url}${apiPath('/populations')}?cursor=p2` },
              },
              _embedded: { populations: [populationBody(POP_ID, 'Default', { default: true })] },
              size: 1,
            },
          }
        : { status: 200, json: { _embedded: { populations: [] }, size: 0 } },
    );
    const { client } = clientFor(fake);
    const pops = await client.populations.list({ filter: 'name sw "Def"' });
    expect(pops).toEqual([populationBody(POP_ID, 'Default', { default: true })]);
    expect(fake.apiRequests().map((r) => r.query.toString())).toEqual([
      'filter=name+sw+%22Def%22',
      'cursor=p2',
    ]);
  });

  it('forPopulation uses the population own policy', async () => {
    fake = await startFake((req) => {
      if (req.path === apiPath(`/populations/${POP_ID}`)) {
        return {
          status: 200,
          json: populationBody(POP_ID, 'Staff', { passwordPolicy: { id: OTHER_POLICY } }),
        };
      }
      if (req.path === apiPath(`/passwordPolicies/${OTHER_POLICY}`)) {
        return { status: 200, json: policyBody(OTHER_POLICY, 'Basic', false) };
      }
      return { status: 404, json: NOT_FOUND_BODY };
    });
    const { client } = clientFor(fake);
    expect((await client.passwordPolicies.forPopulation(POP_ID)).name).toBe('Basic');
  });

  it('forPopulation falls back to the environment default', async () => {
    fake = await startFake((req) => {
      if (req.path === apiPath(`/populations/${POP_ID}`)) {
        return { status: 200, json: populationBody(POP_ID, 'Default') };
      }
      if (req.path === apiPath('/passwordPolicies')) {
        return {
          status: 200,
          json: {
            _embedded: {
              passwordPolicies: [
                policyBody(OTHER_POLICY, 'Basic', false),
                policyBody(POLICY_ID, 'Standard', true),
              ],
            },
            size: 2,
          },
        };
      }
      return { status: 404, json: NOT_FOUND_BODY };
    });
    const { client } = clientFor(fake);
    expect(await client.passwordPolicies.forPopulation(POP_ID)).toEqual(
      policyBody(POLICY_ID, 'Standard', true),
    );
    expect((await client.passwordPolicies.forPopulation(null)).id).toBe(POLICY_ID);
    expect(fake.apiRequests().map((r) => r.path)).toEqual([
      apiPath(`/populations/${POP_ID}`),
      apiPath('/passwordPolicies'),
      apiPath('/passwordPolicies'),
    ]);
  });

  it('forPopulation: unknown population is API_ERROR NOT_FOUND', async () => {
    fake = await startFake(() => ({ status: 404, json: NOT_FOUND_BODY }));
    const { client } = clientFor(fake);
    await expect(client.passwordPolicies.forPopulation(POP_ID)).rejects.toMatchObject({
      code: 'API_ERROR',
      status: 404,
      apiCode: 'NOT_FOUND',
    });
  });

  it('a policy with a malformed rule names the path', async () => {
    fake = await startFake(() => ({
      status: 200,
      json: {
        _embedded: {
          passwordPolicies: [{ ...policyBody(POLICY_ID, 'Standard', true), length: { min: '8' } }],
        },
        size: 1,
      },
    }));
    const { client } = clientFor(fake);
    await expect(client.passwordPolicies.list()).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      message:
        'response body "_embedded.passwordPolicies[0].length.min" must be a non-negative integer',
    });
  });

  it('the environment id is exposed, nothing else about the credentials', () => {
    const client = clientFor({ url: 'http://127.0.0.1:9' } as FakePingOne).client;
    expect(client.environmentId).toBe(ENV_ID);
    expect(Object.keys(client).sort()).toEqual([
      'environmentId',
      'flows',
      'getAccessToken',
      'passwordPolicies',
      'passwords',
      'populations',
      'self',
      'tokenRequestCount',
      'users',
      'verification',
    ]);
  });
});
