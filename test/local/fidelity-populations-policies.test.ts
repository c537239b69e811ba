/**
 * Fidelity review, populations and password policies (docs/pingone-behaviour.md §5, §6, OpenAPI `Population`,
 * `PasswordPolicy`): `_links`, `userCount`/`populationCount`, PUT clears, `null`, name uniqueness,
 * delete rules.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectSchema } from '../support/openapi.js';
import { ISO_RE, invalidDataBody, UUID_RE, uniqueName, useHarness } from './helpers.js';

const h = useHarness();
let envBase: string;
let basicId: string;
let standardId: string;
beforeAll(async () => {
  envBase = h.envBase;
  const policies = await h.api('/passwordPolicies');
  const byName = Object.fromEntries(
    policies.body._embedded.passwordPolicies.map((p: { name: string; id: string }) => [
      p.name,
      p.id,
    ]),
  );
  basicId = byName.Basic;
  standardId = byName.Standard;
});

const CONSTRAINT = {
  population: 'The population cannot be deleted while it is the default or has users',
  policy: 'The password policy cannot be deleted while it is the default or used by a population',
};

const basicRules = {
  description: 'A relaxed standard policy to allow for maximum customer flexibility',
  excludesProfileData: false,
  notSimilarToCurrent: false,
  excludesCommonlyUsed: true,
  lockout: { failureCount: 5, durationSeconds: 900 },
  length: { min: 8, max: 255 },
  minCharacters: {
    '~!@#$%^&*()-_=+[]{}|;:,.<>/?': 1,
    '0123456789': 1,
    ABCDEFGHIJKLMNOPQRSTUVWXYZ: 1,
    abcdefghijklmnopqrstuvwxyz: 1,
  },
};

describe('populations (docs/pingone-behaviour.md §6)', () => {
  it('links are self and environment only, also with a password policy; PUT clears omitted members', async () => {
    const name = uniqueName('Pop');
    const created = await h.api('/populations', {
      method: 'POST',
      body: {
        name,
        description: 'Staff',
        passwordPolicy: { id: basicId },
        preferredLanguage: 'fr',
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const whole = (extra: Record<string, unknown>) => ({
      _links: { self: { href: `${envBase}/populations/${id}` }, environment: { href: envBase } },
      id,
      environment: { id: h.local.environmentId },
      name,
      userCount: 0,
      createdAt: created.body.createdAt,
      updatedAt: expect.stringMatching(ISO_RE),
      default: false,
      ...extra,
    });
    expect(created.body).toEqual(
      whole({ description: 'Staff', passwordPolicy: { id: basicId }, preferredLanguage: 'fr' }),
    );
    expectSchema('Population', created.body);

    const nulled = await h.api(`/populations/${id}`, {
      method: 'PUT',
      body: { ...created.body, description: null, preferredLanguage: null, default: null },
    });
    expect(nulled.status).toBe(200);
    expect(nulled.body).toEqual(whole({ passwordPolicy: { id: basicId } }));

    // Docs: omitting passwordPolicy.id on PUT unassigns it (the environment default applies).
    const cleared = await h.api(`/populations/${id}`, { method: 'PUT', body: { name } });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toEqual(whole({}));
    expect((await h.api(`/populations/${id}`)).body).toEqual(cleared.body);
  });

  it('names are unique ignoring case', async () => {
    const name = uniqueName('Dup');
    expect((await h.api('/populations', { method: 'POST', body: { name } })).status).toBe(201);
    const dup = await h.api('/populations', { method: 'POST', body: { name: name.toUpperCase() } });
    expect(dup.status).toBe(400);
    expect(dup.body).toEqual(
      invalidDataBody(dup, [
        {
          code: 'UNIQUENESS_VIOLATION',
          target: 'name',
          message: 'is unique but a non-unique value is provided',
        },
      ]),
    );
  });

  it('userCount counts members; a population with users or the default cannot be deleted', async () => {
    const pop = (await h.api('/populations', { method: 'POST', body: { name: uniqueName('P') } }))
      .body;
    const user = await h.api('/users', {
      method: 'POST',
      body: { username: uniqueName('u'), population: { id: pop.id } },
    });
    expect((await h.api(`/populations/${pop.id}`)).body.userCount).toBe(1);
    const busy = await h.api(`/populations/${pop.id}`, { method: 'DELETE' });
    expect(busy.status).toBe(400);
    expect(busy.body).toEqual(
      invalidDataBody(busy, [
        { code: 'CONSTRAINT_VIOLATION', target: 'population', message: CONSTRAINT.population },
      ]),
    );
    const pops = await h.api('/populations?filter=name eq "Default"');
    const defaultId = pops.body._embedded.populations[0].id;
    const def = await h.api(`/populations/${defaultId}`, { method: 'DELETE' });
    expect(def.status).toBe(400);
    expect(def.body).toEqual(
      invalidDataBody(def, [
        { code: 'CONSTRAINT_VIOLATION', target: 'population', message: CONSTRAINT.population },
      ]),
    );

    expect((await h.api(`/users/${user.body.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await h.api(`/populations/${pop.id}`)).body.userCount).toBe(0);
    const gone = await h.api(`/populations/${pop.id}`, { method: 'DELETE' });
    expect({ status: gone.status, body: gone.body }).toEqual({ status: 204, body: undefined });
    const read = await h.api(`/populations/${pop.id}`);
    expect(read.body).toEqual({
      id: read.headers.get('correlation-id'),
      code: 'NOT_FOUND',
      message: `Unable to find population with ID: '${pop.id}'`,
    });
  });
});

describe('password policies (docs/pingone-behaviour.md §5)', () => {
  it('carry populationCount: the populations naming them', async () => {
    const before = await h.api(`/passwordPolicies/${basicId}`);
    expect(before.status).toBe(200);
    const count0 = before.body.populationCount as number;
    expect(before.body).toEqual({
      _links: {
        self: { href: `${envBase}/passwordPolicies/${basicId}` },
        environment: { href: envBase },
      },
      id: basicId,
      environment: { id: h.local.environmentId },
      name: 'Basic',
      ...basicRules,
      default: false,
      populationCount: count0,
      createdAt: expect.stringMatching(ISO_RE),
      updatedAt: expect.stringMatching(ISO_RE),
    });
    expectSchema('PasswordPolicy', before.body);

    const pop = await h.api('/populations', {
      method: 'POST',
      body: { name: uniqueName('Pc'), passwordPolicy: { id: basicId } },
    });
    expect((await h.api(`/passwordPolicies/${basicId}`)).body.populationCount).toBe(count0 + 1);
    const listed = await h.api('/passwordPolicies?filter=name eq "Basic"');
    expect(listed.body._embedded.passwordPolicies[0].populationCount).toBe(count0 + 1);
    // The default policy is not "named" by populations that have no passwordPolicy.
    const standard = await h.api(`/passwordPolicies/${standardId}`);
    expect(standard.body.populationCount).toBe(0);

    await h.api(`/populations/${pop.body.id}`, { method: 'PUT', body: { name: pop.body.name } });
    expect((await h.api(`/passwordPolicies/${basicId}`)).body.populationCount).toBe(count0);
  });

  it('fill a partial length with the OpenAPI defaults (min 8, max 255); PUT replaces the rules', async () => {
    const base = {
      excludesCommonlyUsed: true,
      excludesProfileData: false,
      notSimilarToCurrent: false,
    };
    const name = uniqueName('Len');
    const minOnly = await h.api('/passwordPolicies', {
      method: 'POST',
      body: { name, ...base, length: { min: 12 }, lockout: { failureCount: 3 } },
    });
    expect(minOnly.status).toBe(201);
    expect(minOnly.body).toMatchObject({
      length: { min: 12, max: 255 },
      lockout: { failureCount: 3 },
    });
    const nulled = await h.api(`/passwordPolicies/${minOnly.body.id}`, {
      method: 'PUT',
      body: { ...minOnly.body, description: null, lockout: null, default: null },
    });
    expect(nulled.status).toBe(200);
    expect(nulled.body).toEqual({
      ...minOnly.body,
      updatedAt: expect.stringMatching(ISO_RE),
      lockout: undefined,
    });
    expect(nulled.body).not.toHaveProperty('lockout');
    const empty = await h.api(`/passwordPolicies/${minOnly.body.id}`, {
      method: 'PUT',
      body: { name, ...base, length: {} },
    });
    expect(empty.status).toBe(200);
    expect(empty.body.length).toEqual({ min: 8, max: 255 });
    expect(empty.body).not.toHaveProperty('lockout');
    const tooShort = await h.api(`/passwordPolicies/${minOnly.body.id}`, {
      method: 'PUT',
      body: { name, ...base, length: { min: 20, max: 12 } },
    });
    expect(tooShort.body).toEqual(
      invalidDataBody(tooShort, [
        {
          code: 'INVALID_VALUE',
          target: 'length.max',
          message: 'must not be less than length.min',
        },
      ]),
    );
    const noLength = await h.api(`/passwordPolicies/${minOnly.body.id}`, {
      method: 'PUT',
      body: { name, ...base },
    });
    expect(noLength.body).not.toHaveProperty('length');
    expect((await h.api(`/passwordPolicies/${minOnly.body.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
  });

  it('cannot be deleted while default or named by a population; otherwise 204 then 404', async () => {
    const name = uniqueName('Pol');
    const created = await h.api('/passwordPolicies', {
      method: 'POST',
      body: {
        name,
        excludesCommonlyUsed: true,
        excludesProfileData: false,
        notSimilarToCurrent: false,
        length: { min: 10, max: 64 },
        populationCount: 99,
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(id).toMatch(UUID_RE);
    expect(created.body).toEqual({
      _links: {
        self: { href: `${envBase}/passwordPolicies/${id}` },
        environment: { href: envBase },
      },
      id,
      environment: { id: h.local.environmentId },
      name,
      excludesCommonlyUsed: true,
      excludesProfileData: false,
      notSimilarToCurrent: false,
      length: { min: 10, max: 64 },
      default: false,
      populationCount: 0,
      createdAt: expect.stringMatching(ISO_RE),
      updatedAt: created.body.createdAt,
    });

    const pop = await h.api('/populations', {
      method: 'POST',
      body: { name: uniqueName('Ref'), passwordPolicy: { id } },
    });
    const referenced = await h.api(`/passwordPolicies/${id}`, { method: 'DELETE' });
    expect(referenced.status).toBe(400);
    expect(referenced.body).toEqual(
      invalidDataBody(referenced, [
        { code: 'CONSTRAINT_VIOLATION', target: 'passwordPolicy', message: CONSTRAINT.policy },
      ]),
    );
    const asDefault = await h.api(`/passwordPolicies/${standardId}`, { method: 'DELETE' });
    expect(asDefault.body).toEqual(
      invalidDataBody(asDefault, [
        { code: 'CONSTRAINT_VIOLATION', target: 'passwordPolicy', message: CONSTRAINT.policy },
      ]),
    );

    expect((await h.api(`/populations/${pop.body.id}`, { method: 'DELETE' })).status).toBe(204);
    const gone = await h.api(`/passwordPolicies/${id}`, { method: 'DELETE' });
    expect({ status: gone.status, body: gone.body }).toEqual({ status: 204, body: undefined });
    const read = await h.api(`/passwordPolicies/${id}`);
    expect(read.body).toEqual({
      id: read.headers.get('correlation-id'),
      code: 'NOT_FOUND',
      message: `Unable to find password policy with ID: '${id}'`,
    });
  });
});
