/**
 * Fidelity review, users (docs/pingone-behaviour.md §3, OpenAPI `User`, `UserEnabled`, `UserPopulation`): PUT clears
 * versus PATCH merges, `null`, uniqueness, the default population, the enabled and population
 * sub-resources, `expand`/`include`, and the string booleans Ping's Python sample sends.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectSchema } from '../support/openapi.js';
import { type ApiResponse, ISO_RE, invalidDataBody, uniqueName, useHarness } from './helpers.js';

const h = useHarness();
let envBase: string;
let defaultPopulationId: string;
beforeAll(async () => {
  envBase = h.envBase;
  const pops = await h.api('/populations?filter=name eq "Default"');
  defaultPopulationId = pops.body._embedded.populations[0].id;
});

const V = 'application/vnd.pingidentity.';
const PASSWORD = 'Tr0ub4dor&3-x';

async function createUser(extra: Record<string, unknown> = {}) {
  const username = uniqueName('fid');
  const res = await h.api('/users', { method: 'POST', body: { username, ...extra } });
  expect(res.status).toBe(201);
  return res.body;
}

async function createPopulation(extra: Record<string, unknown> = {}) {
  const res = await h.api('/populations', {
    method: 'POST',
    body: { name: uniqueName('Pop'), ...extra },
  });
  expect(res.status).toBe(201);
  return res.body;
}

/** The whole user resource PingOne Local must answer (docs/pingone-behaviour.md §3.4). */
function userBody(
  id: string,
  fields: { username: string; populationId: string; createdAt: string } & Record<string, unknown>,
) {
  const { username, populationId, createdAt, ...profile } = fields;
  const base = `${envBase}/users/${id}`;
  return {
    _links: {
      self: { href: base },
      password: { href: `${base}/password` },
      'password.set': { href: `${base}/password` },
      'password.reset': { href: `${base}/password` },
      'password.check': { href: `${base}/password` },
      'password.recover': { href: `${base}/password` },
      'account.sendVerificationCode': { href: base },
    },
    id,
    environment: { id: h.local.environmentId },
    account: { canAuthenticate: true, status: 'OK' },
    createdAt,
    emailVerified: false,
    enabled: true,
    identityProvider: { type: 'PING_ONE' },
    lifecycle: { status: 'ACCOUNT_OK' },
    mfaEnabled: false,
    population: { id: populationId },
    updatedAt: expect.stringMatching(ISO_RE),
    username,
    verifyStatus: 'NOT_INITIATED',
    ...profile,
  };
}

const passwordPut = (userId: string, type: string, body: unknown) =>
  h.api(`/users/${userId}/password`, { method: 'PUT', contentType: `${V}${type}`, body });

describe('PUT replaces, PATCH merges, null clears (docs/pingone-behaviour.md §1.2, §3.6)', () => {
  it('answers the whole resource each time', async () => {
    const user = await createUser({
      email: 'a@example.com',
      nickname: 'Nick',
      title: 'Dr',
      name: { given: 'Ada', family: 'Lovelace' },
      address: { locality: 'London', countryCode: 'GB' },
    });
    const fields = {
      username: user.username,
      populationId: defaultPopulationId,
      createdAt: user.createdAt,
    };

    const patched = await h.api(`/users/${user.id}`, {
      method: 'PATCH',
      body: { nickname: null, address: null, locale: 'en-GB' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual(
      userBody(user.id, {
        ...fields,
        email: 'a@example.com',
        title: 'Dr',
        name: { given: 'Ada', family: 'Lovelace' },
        locale: 'en-GB',
      }),
    );

    // PATCH replaces a complex attribute as a whole: `name.family` is not kept.
    const nested = await h.api(`/users/${user.id}`, {
      method: 'PATCH',
      body: { name: { given: 'Augusta' } },
    });
    expect(nested.body.name).toEqual({ given: 'Augusta' });

    const put = await h.api(`/users/${user.id}`, {
      method: 'PUT',
      body: { username: user.username, title: 'Prof' },
    });
    expect(put.status).toBe(200);
    expect(put.body).toEqual(userBody(user.id, { ...fields, title: 'Prof' }));
    expect((await h.api(`/users/${user.id}`)).body).toEqual(put.body);
    expectSchema('User', { ...put.body, email: 'required-by-the-description@example.com' });
  });

  it('PUT without username is REQUIRED_VALUE; PATCH with username null is INVALID_VALUE', async () => {
    const user = await createUser();
    const put = await h.api(`/users/${user.id}`, { method: 'PUT', body: { title: 'x' } });
    expect(put.status).toBe(400);
    expect(put.body).toEqual(
      invalidDataBody(put, [
        { code: 'REQUIRED_VALUE', target: 'username', message: 'is required' },
      ]),
    );
    const patch = await h.api(`/users/${user.id}`, { method: 'PATCH', body: { username: null } });
    expect(patch.status).toBe(400);
    expect(patch.body).toEqual(
      invalidDataBody(patch, [
        { code: 'INVALID_VALUE', target: 'username', message: 'must be a string' },
      ]),
    );
  });
});

describe('uniqueness and the default population (docs/pingone-behaviour.md §3.2, §3.7, §6)', () => {
  it('a rename onto another username in other letter case is UNIQUENESS_VIOLATION', async () => {
    const a = await createUser();
    const b = await createUser();
    const res = await h.api(`/users/${b.id}`, {
      method: 'PATCH',
      body: { username: a.username.toUpperCase() },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(
      invalidDataBody(res, [
        {
          code: 'UNIQUENESS_VIOLATION',
          target: 'username',
          message: 'is unique but a non-unique value is provided',
        },
      ]),
    );
    // Renaming a user onto its own name in another case is not a conflict.
    const self = await h.api(`/users/${a.id}`, {
      method: 'PATCH',
      body: { username: a.username.toUpperCase() },
    });
    expect(self.status).toBe(200);
    expect(self.body.username).toBe(a.username.toUpperCase());
  });

  it('users without population.id go to whichever population is default now', async () => {
    const pop = await createPopulation();
    const before = await createUser();
    expect(before.population).toEqual({ id: defaultPopulationId });
    const made = await h.api(`/populations/${pop.id}`, {
      method: 'PUT',
      body: { name: pop.name, default: true },
    });
    expect(made.body.default).toBe(true);
    try {
      const after = await createUser();
      expect(after.population).toEqual({ id: pop.id });
      const read = await h.api(`/populations/${pop.id}`);
      expect(read.body.userCount).toBe(1);
    } finally {
      const back = await h.api(`/populations/${defaultPopulationId}`, {
        method: 'PUT',
        body: { name: 'Default', default: true },
      });
      expect(back.body.default).toBe(true);
    }
  });
});

describe('/users/{id}/enabled and /users/{id}/population (OpenAPI UserEnabled, UserPopulation)', () => {
  it('GET and PUT /enabled answer { _links: { self, user }, enabled }', async () => {
    const user = await createUser();
    const links = {
      self: { href: `${envBase}/users/${user.id}/enabled` },
      user: { href: `${envBase}/users/${user.id}` },
    };
    const read = await h.api(`/users/${user.id}/enabled`);
    expect({ status: read.status, body: read.body }).toEqual({
      status: 200,
      body: { _links: links, enabled: true },
    });
    expectSchema('UserEnabled', read.body);
    const off = await h.api(`/users/${user.id}/enabled`, {
      method: 'PUT',
      body: { ...read.body, enabled: false },
    });
    expect({ status: off.status, body: off.body }).toEqual({
      status: 200,
      body: { _links: links, enabled: false },
    });
    const account = (await h.api(`/users/${user.id}`)).body;
    expect(account).toMatchObject({
      enabled: false,
      account: { canAuthenticate: false, status: 'OK' },
    });
    const bad = await h.api(`/users/${user.id}/enabled`, {
      method: 'PUT',
      body: { enabled: 'no' },
    });
    expect(bad.body).toEqual(
      invalidDataBody(bad, [
        { code: 'INVALID_VALUE', target: 'enabled', message: 'must be a boolean' },
      ]),
    );
  });

  it('GET and PUT /population answer { _links: { self, user }, id }; counts follow', async () => {
    const user = await createUser();
    const pop = await createPopulation();
    const links = {
      self: { href: `${envBase}/users/${user.id}/population` },
      user: { href: `${envBase}/users/${user.id}` },
    };
    const read = await h.api(`/users/${user.id}/population`);
    expect({ status: read.status, body: read.body }).toEqual({
      status: 200,
      body: { _links: links, id: defaultPopulationId },
    });
    expectSchema('UserPopulation', read.body);
    const moved = await h.api(`/users/${user.id}/population`, {
      method: 'PUT',
      body: { ...read.body, id: pop.id },
    });
    expect({ status: moved.status, body: moved.body }).toEqual({
      status: 200,
      body: { _links: links, id: pop.id },
    });
    expect((await h.api(`/users/${user.id}`)).body.population).toEqual({ id: pop.id });
    expect((await h.api(`/populations/${pop.id}`)).body.userCount).toBe(1);

    const missing = '00000000-0000-4000-8000-000000000000';
    const bad = await h.api(`/users/${user.id}/population`, {
      method: 'PUT',
      body: { id: missing },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual(
      invalidDataBody(bad, [
        { code: 'INVALID_VALUE', target: 'id', message: 'must reference an existing population' },
      ]),
    );
  });
});

describe('expand and include (docs/pingone-behaviour.md §3.1, §3.5)', () => {
  it('keeps expand=population in _links.self and _links.next; following next keeps embedding', async () => {
    const pop = await createPopulation();
    const tag = uniqueName('exp');
    for (let i = 0; i < 3; i += 1) {
      await createUser({ username: `${tag}-${i}`, population: { id: pop.id } });
    }
    const filter = `username sw "${tag}"`;
    const first = await h.api(
      `/users?filter=${encodeURIComponent(filter)}&limit=2&expand=population`,
    );
    expect(first.status).toBe(200);
    const self = new URL(first.body._links.self.href);
    expect(Object.fromEntries(self.searchParams)).toEqual({
      filter,
      expand: 'population',
      limit: '2',
    });
    const next = new URL(first.body._links.next.href);
    expect(next.searchParams.get('expand')).toBe('population');
    expect(first.body).toMatchObject({ count: 3, size: 2 });
    const second = await h.api(first.body._links.next.href);
    expect(second.body).toMatchObject({ count: 3, size: 1 });
    expect(second.body._links).not.toHaveProperty('next');
    const embedded = [...first.body._embedded.users, ...second.body._embedded.users].map(
      (u: { _embedded: { population: { id: string; name: string; userCount: number } } }) =>
        u._embedded.population,
    );
    expect(embedded).toHaveLength(3);
    for (const p of embedded) {
      expect(p).toEqual({
        _links: {
          self: { href: `${envBase}/populations/${pop.id}` },
          environment: { href: envBase },
        },
        id: pop.id,
        environment: { id: h.local.environmentId },
        name: pop.name,
        userCount: 3,
        createdAt: pop.createdAt,
        updatedAt: pop.updatedAt,
        default: false,
      });
    }
  });

  it('include=memberOfGroupIDs / memberOfGroupNames add empty arrays on a single read only', async () => {
    const user = await createUser();
    const ids = await h.api(`/users/${user.id}?include=memberOfGroupIDs`);
    expect(ids.body).toEqual({ ...user, memberOfGroupIDs: [] });
    const both = await h.api(`/users/${user.id}?include=memberOfGroupIDs,memberOfGroupNames`);
    expect(both.body).toEqual({ ...user, memberOfGroupIDs: [], memberOfGroupNames: [] });
    const unknown = await h.api(`/users/${user.id}?include=somethingElse`);
    expect(unknown.body).toEqual(user);
  });
});

describe("string booleans as sent by Ping's Python sample (brief; docs/pingone-behaviour.md §9.2)", () => {
  function stateStatus(res: ApiResponse) {
    expect(res.status).toBe(200);
    return res.body.status;
  }

  it('password.set accepts forceChange "false"/"true" in any case, and bypassPolicy "true"', async () => {
    const user = await createUser();
    expect(
      stateStatus(
        await passwordPut(user.id, 'password.set+json', { value: PASSWORD, forceChange: 'false' }),
      ),
    ).toBe('OK');
    expect(
      stateStatus(
        await passwordPut(user.id, 'password.set+json', {
          value: `${PASSWORD}1`,
          forceChange: 'TRUE',
        }),
      ),
    ).toBe('MUST_CHANGE_PASSWORD');
    // "short" fails Standard's length rule unless bypassPolicy (as a string) is honoured.
    expect(
      stateStatus(
        await passwordPut(user.id, 'password.setValue+json', {
          value: 'short',
          forceChange: 'False',
          bypassPolicy: 'true',
        }),
      ),
    ).toBe('OK');
  });

  it('refuses any other string with the boolean message', async () => {
    const user = await createUser();
    const res = await passwordPut(user.id, 'password.set+json', {
      value: PASSWORD,
      forceChange: 'no',
      bypassPolicy: '1',
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(
      invalidDataBody(res, [
        { code: 'INVALID_VALUE', target: 'forceChange', message: 'must be a boolean' },
        { code: 'INVALID_VALUE', target: 'bypassPolicy', message: 'must be a boolean' },
      ]),
    );
  });

  it('import accepts password.forceChange "true"', async () => {
    const username = uniqueName('imp');
    const res = await h.api('/users', {
      method: 'POST',
      contentType: `${V}user.import+json`,
      body: { username, password: { value: PASSWORD, forceChange: 'true' } },
    });
    expect(res.status).toBe(201);
    const state = await h.api(`/users/${res.body.id}/password`);
    expect(state.body.status).toBe('MUST_CHANGE_PASSWORD');
  });
});
