import { beforeAll, describe, expect, it } from 'vitest';
import { expectSchema } from '../support/openapi.js';
import {
  ISO_RE,
  invalidDataBody,
  startHarness,
  UUID_RE,
  uniqueName,
  useHarness,
} from './helpers.js';

const h = useHarness();
let defaultPopulationId: string;
beforeAll(async () => {
  const pops = await h.api('/populations');
  defaultPopulationId = pops.body._embedded.populations.find(
    (p: { default: boolean }) => p.default,
  ).id;
});

async function createUser(extra: Record<string, unknown> = {}) {
  const username = uniqueName();
  const res = await h.api('/users', {
    method: 'POST',
    body: { username, email: `${username}@example.com`, ...extra },
  });
  expect(res.status).toBe(201);
  return res.body;
}

describe('create user', () => {
  it('creates a user in the default population and returns the full resource', async () => {
    const username = uniqueName('Jane');
    const res = await h.api('/users', {
      method: 'POST',
      body: { username, email: `${username}@Example.com`, name: { given: 'Jane', family: 'Doe' } },
    });
    expect(res.status).toBe(201);
    const id = res.body.id;
    expect(id).toMatch(UUID_RE);
    const base = `${h.local.apiBaseUrl}/environments/${h.local.environmentId}/users/${id}`;
    expect(res.body).toEqual({
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
      createdAt: expect.stringMatching(ISO_RE),
      email: `${username}@Example.com`,
      emailVerified: false,
      enabled: true,
      identityProvider: { type: 'PING_ONE' },
      lifecycle: { status: 'ACCOUNT_OK' },
      mfaEnabled: false,
      population: { id: defaultPopulationId },
      updatedAt: res.body.createdAt,
      username,
      verifyStatus: 'NOT_INITIATED',
      name: { given: 'Jane', family: 'Doe' },
    });
    expectSchema('User', res.body);
    const read = await h.api(`/users/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(res.body);
  });

  it('rejects a duplicate username ignoring case (400 UNIQUENESS_VIOLATION)', async () => {
    const user = await createUser();
    const res = await h.api('/users', {
      method: 'POST',
      body: { username: user.username.toUpperCase(), email: 'other@example.com' },
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
    expectSchema('P1Error', res.body);
  });

  it('allows a shared email unless the environment enforces unique emails', async () => {
    const user = await createUser();
    const again = await h.api('/users', {
      method: 'POST',
      body: { username: uniqueName(), email: user.email.toUpperCase() },
    });
    expect(again.status).toBe(201);

    const strict = await startHarness({ emailUnique: true });
    try {
      const first = await strict.api('/users', {
        method: 'POST',
        body: { username: 'a1', email: 'same@example.com' },
      });
      expect(first.status).toBe(201);
      const dup = await strict.api('/users', {
        method: 'POST',
        body: { username: 'a2', email: 'SAME@example.com' },
      });
      expect(dup.status).toBe(400);
      expect(dup.body).toEqual(
        invalidDataBody(dup, [
          {
            code: 'UNIQUENESS_VIOLATION',
            target: 'email',
            message: 'is unique but a non-unique value is provided',
          },
        ]),
      );
    } finally {
      await strict.close();
    }
  });

  it('validates members and names each bad target', async () => {
    const res = await h.api('/users', {
      method: 'POST',
      body: {
        email: 'not-an-email',
        nickname: 42,
        favouriteColour: 'blue',
        address: { countryCode: 'usa' },
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_DATA');
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        { code: 'REQUIRED_VALUE', target: 'username', message: 'is required' },
        { code: 'INVALID_VALUE', target: 'email', message: 'must be a well-formed email address' },
        { code: 'INVALID_VALUE', target: 'nickname', message: 'must be a string' },
        {
          code: 'INVALID_VALUE',
          target: 'favouriteColour',
          message: 'is not a recognised attribute',
        },
        {
          code: 'INVALID_VALUE',
          target: 'address.countryCode',
          message: 'does not match the allowed pattern',
        },
      ]),
    );
    expect(res.body.details).toHaveLength(5);
    expectSchema('P1Error', res.body);
  });

  it('refuses an unknown population, a password on plain create, and emailVerified true', async () => {
    const res = await h.api('/users', {
      method: 'POST',
      body: {
        username: uniqueName(),
        population: { id: '11111111-1111-1111-1111-111111111111' },
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      {
        code: 'INVALID_VALUE',
        target: 'population.id',
        message: 'must reference an existing population',
      },
    ]);
    const withPassword = await h.api('/users', {
      method: 'POST',
      body: { username: uniqueName(), password: { value: 'x' } },
    });
    expect(withPassword.status).toBe(400);
    expect(withPassword.body.details).toEqual([
      { code: 'INVALID_VALUE', target: 'password', message: 'is not a recognised attribute' },
    ]);
  });

  it('answers malformed JSON with 400 INVALID_REQUEST, other media types with 415', async () => {
    const bad = await h.api('/users', { method: 'POST', rawBody: '{"username": ' });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      id: bad.headers.get('correlation-id'),
      code: 'INVALID_REQUEST',
      message: 'The request could not be completed. The request was malformed or invalid.',
    });
    const xml = await h.api('/users', {
      method: 'POST',
      rawBody: '<user/>',
      contentType: 'application/xml',
    });
    expect(xml.status).toBe(415);
    expect(xml.body).toEqual({
      id: xml.headers.get('correlation-id'),
      code: 'INVALID_REQUEST',
      message: 'The request could not be completed. The content type is not supported.',
    });
    const notObject = await h.api('/users', { method: 'POST', body: ['a'] });
    expect(notObject.status).toBe(400);
    expect(notObject.body.code).toBe('INVALID_DATA');
  });

  it('accepts a charset parameter and refuses bodies that are not UTF-8', async () => {
    const username = uniqueName();
    const ok = await h.api('/users', {
      method: 'POST',
      contentType: 'application/json; charset=UTF-8',
      body: { username, email: `${username}@example.com` },
    });
    expect(ok.status).toBe(201);
    const res = await fetch(`${h.local.apiBaseUrl}/environments/${h.local.environmentId}/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await h.token()}`, 'content-type': 'application/json' },
      body: Buffer.from([0x7b, 0x22, 0x75, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('INVALID_REQUEST');
  });

  it('refuses __proto__ and other unexpected keys without side effects', async () => {
    const res = await h.api('/users', {
      method: 'POST',
      rawBody: `{"username":"${uniqueName()}","__proto__":{"enabled":false}}`,
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      { code: 'INVALID_VALUE', target: '__proto__', message: 'is not a recognised attribute' },
    ]);
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });

  it('lets exactly one of several concurrent creates with the same username win', async () => {
    const username = uniqueName('race');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        h.api('/users', {
          method: 'POST',
          contentType: 'application/vnd.pingidentity.user.import+json',
          body: {
            username: i % 2 ? username.toUpperCase() : username,
            password: { value: 'Corr3ct-Horse!' },
          },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 400, 400, 400, 400, 400]);
    for (const r of results.filter((x) => x.status === 400)) {
      expect(r.body.details).toEqual([
        {
          code: 'UNIQUENESS_VIOLATION',
          target: 'username',
          message: 'is unique but a non-unique value is provided',
        },
      ]);
    }
  });

  it('answers an oversized body with 413 in the PingOne envelope', async () => {
    const res = await h.api('/users', {
      method: 'POST',
      body: { username: uniqueName(), nickname: 'x'.repeat(70_000) },
    });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      id: res.headers.get('correlation-id'),
      code: 'INVALID_REQUEST',
      message: 'The request could not be completed. The request body is too large.',
    });
  });

  it('answers 405 for an unsupported method on a resource', async () => {
    const res = await h.api('/users', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect(res.body).toEqual({
      id: res.headers.get('correlation-id'),
      code: 'INVALID_REQUEST',
      message: 'The request could not be completed. The method is not allowed.',
    });
  });
});

describe('import user', () => {
  it('imports with a password and lifecycle; the password then checks', async () => {
    const username = uniqueName();
    const res = await h.api('/users', {
      method: 'POST',
      contentType: 'application/vnd.pingidentity.user.import+json',
      body: {
        username,
        email: `${username}@example.com`,
        password: { value: 'Corr3ct-Horse!', forceChange: false },
        lifecycle: { status: 'VERIFICATION_REQUIRED' },
        emailVerified: true,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      lifecycle: { status: 'VERIFICATION_REQUIRED' },
      emailVerified: true,
    });
    expect(res.body).not.toHaveProperty('password');
    expectSchema('User', res.body);
    const state = await h.api(`/users/${res.body.id}/password`);
    expect(state.body).toMatchObject({
      status: 'OK',
      lastChangedAt: expect.stringMatching(ISO_RE),
    });
    const check = await h.api(`/users/${res.body.id}/password`, {
      method: 'POST',
      contentType: 'application/vnd.pingidentity.password.check+json',
      body: { password: 'Corr3ct-Horse!' },
    });
    expect(check.status).toBe(200);
  });

  it('refuses an import whose password fails the population policy (§7.4 body)', async () => {
    const username = uniqueName();
    const res = await h.api('/users', {
      method: 'POST',
      contentType: 'application/vnd.pingidentity.user.import+json',
      body: { username, email: `${username}@example.com`, password: { value: 'vbnqzt' } },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(
      invalidDataBody(res, [
        {
          code: 'INVALID_VALUE',
          target: 'password',
          message: 'User password did not satisfy password policy requirements',
          innerError: {
            unsatisfiedRequirements: ['minCharacters', 'minCharacters', 'minCharacters', 'length'],
            minCharacters:
              "The provided password did not contain enough characters from the character set 'ZYXWVUTSRQPONMLKJIHGFEDCBA'.  The minimum number of characters from that set that must be present in user passwords is 1",
            length:
              'The provided password is shorter than the minimum required length of 8 characters',
          },
        },
      ]),
    );
    expectSchema('P1Error', res.body);
    const found = await h.api(`/users?filter=${encodeURIComponent(`username eq "${username}"`)}`);
    expect(found.body.count).toBe(0);
  });

  it('imports with forceChange → MUST_CHANGE_PASSWORD', async () => {
    const username = uniqueName();
    const res = await h.api('/users', {
      method: 'POST',
      contentType: 'application/vnd.pingidentity.user.import+json',
      body: {
        username,
        email: `${username}@example.com`,
        password: { value: 'Corr3ct-Horse!', forceChange: true },
      },
    });
    expect(res.status).toBe(201);
    const state = await h.api(`/users/${res.body.id}/password`);
    expect(state.body.status).toBe('MUST_CHANGE_PASSWORD');
  });
});

describe('list users', () => {
  let alice: { id: string; username: string; email: string };
  let bob: { id: string; username: string; email: string };
  const tag = uniqueName('tag');
  beforeAll(async () => {
    alice = await createUser({
      username: `alice-${tag}`,
      email: `alice-${tag}@corp.example`,
      name: { given: 'Alice', family: 'Zed' },
    });
    bob = await createUser({
      username: `bob-${tag}`,
      email: `bob-${tag}@home.example`,
      name: { given: 'Bob' },
    });
  });

  async function ids(filter: string) {
    const res = await h.api(`/users?filter=${encodeURIComponent(filter)}`);
    expect(res.status).toBe(200);
    return res.body._embedded.users.map((u: { id: string }) => u.id).sort();
  }

  it('filters with eq (case-insensitive) and or, as the portal looks users up', async () => {
    expect(await ids(`username eq "ALICE-${tag}"`)).toEqual([alice.id]);
    expect(await ids(`email eq "${bob.email}" or username eq "${bob.email}"`)).toEqual([bob.id]);
    expect(await ids(`username eq "${alice.username}" or email eq "${bob.email}"`)).toEqual(
      [alice.id, bob.id].sort(),
    );
    const res = await h.api(
      `/users?filter=${encodeURIComponent(`username eq "${alice.username}"`)}`,
    );
    expect(res.body).toEqual({
      _links: { self: { href: expect.stringContaining('/users?filter=') } },
      _embedded: { users: [expect.objectContaining({ id: alice.id })] },
      count: 1,
      size: 1,
    });
    for (const u of res.body._embedded.users) expectSchema('User', u);
  });

  it('supports sw, ew, co, pr, and, not and parentheses', async () => {
    expect(await ids(`username sw "alice-${tag}"`)).toEqual([alice.id]);
    expect(await ids(`email ew "${tag}@home.example"`)).toEqual([bob.id]);
    expect(await ids(`email co "-${tag}@"`)).toEqual([alice.id, bob.id].sort());
    expect(await ids(`email co "-${tag}@" and name.family pr`)).toEqual([alice.id]);
    expect(await ids(`email co "-${tag}@" and not (name.family pr)`)).toEqual([bob.id]);
    expect(
      await ids(
        `(username eq "${alice.username}" or username eq "${bob.username}") and name.given eq "bob"`,
      ),
    ).toEqual([bob.id]);
    expect(await ids(`email co "${tag}" and enabled eq true`)).toEqual([alice.id, bob.id].sort());
    expect(await ids(`username eq "nobody-${tag}"`)).toEqual([]);
  });

  it('embeds the population with expand=population', async () => {
    const res = await h.api(
      `/users?expand=population&filter=${encodeURIComponent(`username eq "${alice.username}"`)}`,
    );
    expect(res.body._embedded.users[0]._embedded.population).toMatchObject({
      id: defaultPopulationId,
      name: 'Default',
    });
    const read = await h.api(`/users/${alice.id}?expand=population`);
    expect(read.body._embedded.population.id).toBe(defaultPopulationId);
    expect((await h.api(`/users/${alice.id}`)).body).not.toHaveProperty('_embedded');
  });

  it('returns an empty collection with count 0 for no hits', async () => {
    const res = await h.api(
      `/users?filter=${encodeURIComponent('username eq "no-such-user-anywhere"')}`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ _embedded: { users: [] }, count: 0, size: 0 });
  });

  it('rejects malformed or unsupported filters with 400 INVALID_FILTER', async () => {
    for (const [filter, message] of [
      [
        'username eq',
        'Invalid filter: expected a value (a quoted string, true, false, null or a number)',
      ],
      ['username eq "a" or', 'Invalid filter: expected an attribute name'],
      ['(username eq "a"', 'Invalid filter: expected ")"'],
      ['username eq "a', 'Invalid filter: unterminated string'],
      ['password eq "a"', 'Invalid filter: unsupported attribute "password"'],
      ['username gt "a"', 'Invalid filter: operator "gt" is not supported on "username"'],
      ['a" or username pr or username eq "b', 'Invalid filter: expected an operator after "a"'],
    ] as const) {
      const res = await h.api(`/users?filter=${encodeURIComponent(filter)}`);
      expect(res.status, filter).toBe(400);
      expect(res.body.code).toBe('INVALID_DATA');
      expect(res.body.details[0]).toMatchObject({
        code: 'INVALID_FILTER',
        target: 'filter',
        message,
      });
    }
  });

  it('treats an injected quote as part of one literal', async () => {
    const evil = `${alice.username}" or username pr or username eq "x`;
    expect(await ids(`username eq ${JSON.stringify(evil)}`)).toEqual([]);
  });

  it('pages with limit and a cursor in _links.next', async () => {
    const prefix = uniqueName('page');
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      created.push((await createUser({ username: `${prefix}-${i}` })).id);
    }
    const filter = encodeURIComponent(`username sw "${prefix}"`);
    const seen: string[] = [];
    let url: string | undefined = `/users?filter=${filter}&limit=2`;
    let pages = 0;
    while (url) {
      const res = await h.api(url);
      expect(res.status).toBe(200);
      expect(res.body.count).toBe(5);
      expect(res.body.size).toBe(res.body._embedded.users.length);
      seen.push(...res.body._embedded.users.map((u: { id: string }) => u.id));
      url = res.body._links.next?.href;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(created);
    const bad = await h.api('/users?cursor=nope');
    expect(bad.status).toBe(400);
    const badLimit = await h.api('/users?limit=0');
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.details[0]).toMatchObject({ code: 'OUT_OF_RANGE', target: 'limit' });
  });
});

describe('update and delete', () => {
  it('PATCH merges, null clears, read-only members are ignored', async () => {
    const user = await createUser({ nickname: 'Nick', title: 'Dr' });
    const res = await h.api(`/users/${user.id}`, {
      method: 'PATCH',
      body: { nickname: null, locale: 'en-GB', id: 'ignored', createdAt: 'ignored' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: user.id,
      title: 'Dr',
      locale: 'en-GB',
      createdAt: user.createdAt,
    });
    expect(res.body).not.toHaveProperty('nickname');
    expectSchema('User', res.body);
  });

  it('PUT replaces: omitted attributes are removed; GET-then-PUT round-trips', async () => {
    const user = await createUser({ nickname: 'Nick', title: 'Dr' });
    const roundTrip = await h.api(`/users/${user.id}`, { method: 'PUT', body: user });
    expect(roundTrip.status).toBe(200);
    expect(roundTrip.body).toMatchObject({ nickname: 'Nick', title: 'Dr', email: user.email });
    const res = await h.api(`/users/${user.id}`, {
      method: 'PUT',
      body: { username: user.username, title: 'Prof' },
    });
    expect(res.status).toBe(200);
    expect(res.body.title).toBe('Prof');
    expect(res.body).not.toHaveProperty('nickname');
    expect(res.body).not.toHaveProperty('email');
  });

  it('refuses a username taken by another user and a population change', async () => {
    const a = await createUser();
    const b = await createUser();
    const res = await h.api(`/users/${b.id}`, {
      method: 'PATCH',
      body: { username: a.username.toUpperCase() },
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      {
        code: 'UNIQUENESS_VIOLATION',
        target: 'username',
        message: 'is unique but a non-unique value is provided',
      },
    ]);
    const same = await h.api(`/users/${b.id}`, {
      method: 'PATCH',
      body: { username: b.username.toUpperCase() },
    });
    expect(same.status).toBe(200);
    const pop = await h.api(`/users/${b.id}`, {
      method: 'PATCH',
      body: { population: { id: 'other' } },
    });
    expect(pop.status).toBe(400);
    expect(pop.body.details[0].target).toBe('population');
  });

  it('DELETE → 204, then 404 NOT_FOUND', async () => {
    const user = await createUser();
    const del = await h.api(`/users/${user.id}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect(del.body).toBeUndefined();
    const read = await h.api(`/users/${user.id}`);
    expect(read.status).toBe(404);
    expect(read.body).toEqual({
      id: read.headers.get('correlation-id'),
      code: 'NOT_FOUND',
      message: `Unable to find user with ID: '${user.id}'`,
    });
    expectSchema('P1Error', read.body);
  });

  it('enables/disables a user and moves it to another population', async () => {
    const user = await createUser();
    const off = await h.api(`/users/${user.id}/enabled`, {
      method: 'PUT',
      body: { enabled: false },
    });
    expect(off).toMatchObject({ status: 200, body: { enabled: false } });
    const read = await h.api(`/users/${user.id}`);
    expect(read.body).toMatchObject({
      enabled: false,
      account: { canAuthenticate: false, status: 'OK' },
    });
    const pop = await h.api('/populations', { method: 'POST', body: { name: uniqueName('pop') } });
    const moved = await h.api(`/users/${user.id}/population`, {
      method: 'PUT',
      body: { id: pop.body.id },
    });
    expect(moved.status).toBe(200);
    // OpenAPI `UserPopulation`: `{ _links, id }` (the whole body is asserted in fidelity-users).
    expect(moved.body.id).toBe(pop.body.id);
    expect((await h.api(`/users/${user.id}`)).body.population).toEqual({ id: pop.body.id });
  });
});
