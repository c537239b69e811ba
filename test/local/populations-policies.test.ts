import { describe, expect, it } from 'vitest';
import { expectSchema } from '../support/openapi.js';
import { ISO_RE, UUID_RE, uniqueName, useHarness } from './helpers.js';

const h = useHarness();

describe('seeded data', () => {
  it('has one default population "Default" and the three built-in policies, Standard default', async () => {
    const pops = await h.api('/populations');
    expect(pops.status).toBe(200);
    const defaults = pops.body._embedded.populations.filter((p: { default: boolean }) => p.default);
    expect(defaults).toHaveLength(1);
    expect(defaults[0]).toMatchObject({ name: 'Default', userCount: expect.any(Number) });
    for (const p of pops.body._embedded.populations) expectSchema('Population', p);

    const policies = await h.api('/passwordPolicies');
    expect(policies.status).toBe(200);
    const byName = Object.fromEntries(
      policies.body._embedded.passwordPolicies.map((p: { name: string }) => [p.name, p]),
    );
    expect(Object.keys(byName).sort()).toEqual(['Basic', 'Passphrase', 'Standard']);
    expect(byName.Standard).toMatchObject({
      default: true,
      excludesCommonlyUsed: true,
      excludesProfileData: true,
      notSimilarToCurrent: true,
      maxAgeDays: 182,
      minAgeDays: 1,
      history: { count: 6, retentionDays: 365 },
      lockout: { failureCount: 5, durationSeconds: 900 },
      length: { min: 8, max: 255 },
      environment: { id: h.local.environmentId },
      id: expect.stringMatching(UUID_RE),
    });
    expect(byName.Basic.default).toBe(false);
    expect(byName.Passphrase.default).toBe(false);
    expect(policies.body.count).toBe(3);
    for (const p of policies.body._embedded.passwordPolicies) expectSchema('PasswordPolicy', p);
  });
});

describe('populations', () => {
  it('creates, reads, filters, updates and deletes', async () => {
    const name = uniqueName('Pop');
    const created = await h.api('/populations', {
      method: 'POST',
      body: { name, description: 'Testers' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const envBase = `${h.local.apiBaseUrl}/environments/${h.local.environmentId}`;
    expect(created.body).toEqual({
      _links: { self: { href: `${envBase}/populations/${id}` }, environment: { href: envBase } },
      id: expect.stringMatching(UUID_RE),
      environment: { id: h.local.environmentId },
      name,
      description: 'Testers',
      userCount: 0,
      createdAt: expect.stringMatching(ISO_RE),
      updatedAt: expect.stringMatching(ISO_RE),
      default: false,
    });
    expectSchema('Population', created.body);

    const dup = await h.api('/populations', { method: 'POST', body: { name: name.toUpperCase() } });
    expect(dup.status).toBe(400);
    expect(dup.body.details).toEqual([
      {
        code: 'UNIQUENESS_VIOLATION',
        target: 'name',
        message: 'is unique but a non-unique value is provided',
      },
    ]);

    const filtered = await h.api(`/populations?filter=${encodeURIComponent(`name eq "${name}"`)}`);
    expect(filtered.body._embedded.populations.map((p: { id: string }) => p.id)).toEqual([id]);
    const byId = await h.api(`/populations?filter=${encodeURIComponent(`id eq "${id}"`)}`);
    expect(byId.body.size).toBe(1);
    const badFilter = await h.api(
      `/populations?filter=${encodeURIComponent('description eq "x"')}`,
    );
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.details[0].code).toBe('INVALID_FILTER');

    const policies = await h.api('/passwordPolicies');
    const basic = policies.body._embedded.passwordPolicies.find(
      (p: { name: string }) => p.name === 'Basic',
    );
    const updated = await h.api(`/populations/${id}`, {
      method: 'PUT',
      body: { name, passwordPolicy: { id: basic.id } },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ passwordPolicy: { id: basic.id } });
    expect(updated.body).not.toHaveProperty('description');

    // A user in this population gets the Basic policy.
    const username = uniqueName();
    const user = await h.api('/users', {
      method: 'POST',
      body: { username, email: `${username}@example.com`, population: { id } },
    });
    expect(user.status).toBe(201);
    const state = await h.api(`/users/${user.body.id}/password`);
    expect(state.body.passwordPolicy).toEqual({ id: basic.id });

    const busy = await h.api(`/populations/${id}`, { method: 'DELETE' });
    expect(busy.status).toBe(400);
    expect(busy.body.details[0].code).toBe('CONSTRAINT_VIOLATION');
    const busyPolicy = await h.api(`/passwordPolicies/${basic.id}`, { method: 'DELETE' });
    expect(busyPolicy.status).toBe(400);

    await h.api(`/users/${user.body.id}`, { method: 'DELETE' });
    expect((await h.api(`/populations/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await h.api(`/populations/${id}`)).status).toBe(404);
  });

  it('making a population default clears the previous default; the default cannot be deleted', async () => {
    const before = await h.api('/populations');
    const oldDefault = before.body._embedded.populations.find(
      (p: { default: boolean }) => p.default,
    );
    const created = await h.api('/populations', {
      method: 'POST',
      body: { name: uniqueName('Def'), default: true },
    });
    expect(created.body.default).toBe(true);
    expect((await h.api(`/populations/${oldDefault.id}`)).body.default).toBe(false);
    const del = await h.api(`/populations/${created.body.id}`, { method: 'DELETE' });
    expect(del.status).toBe(400);
    await h.api(`/populations/${oldDefault.id}`, {
      method: 'PUT',
      body: { name: oldDefault.name, default: true },
    });
    expect((await h.api(`/populations/${created.body.id}`)).body.default).toBe(false);
  });
});

describe('password policies', () => {
  it('creates, validates, updates and deletes', async () => {
    const name = uniqueName('Policy');
    const body = {
      name,
      excludesCommonlyUsed: true,
      excludesProfileData: false,
      notSimilarToCurrent: false,
      length: { min: 10, max: 64 },
      lockout: { failureCount: 3, durationSeconds: 60 },
    };
    const created = await h.api('/passwordPolicies', { method: 'POST', body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...body,
      default: false,
      id: expect.stringMatching(UUID_RE),
    });
    expectSchema('PasswordPolicy', created.body);

    const invalid = await h.api('/passwordPolicies', {
      method: 'POST',
      body: {
        name: uniqueName(),
        excludesCommonlyUsed: true,
        excludesProfileData: false,
        length: { min: 4 },
      },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.details).toEqual(
      expect.arrayContaining([
        { code: 'REQUIRED_VALUE', target: 'notSimilarToCurrent', message: 'is required' },
        expect.objectContaining({ code: 'OUT_OF_RANGE', target: 'length.min' }),
      ]),
    );
    const ages = await h.api('/passwordPolicies', {
      method: 'POST',
      body: { ...body, name: uniqueName(), minAgeDays: 10, maxAgeDays: 20 },
    });
    expect(ages.status).toBe(400);
    expect(ages.body.details[0].target).toBe('maxAgeDays');

    const updated = await h.api(`/passwordPolicies/${created.body.id}`, {
      method: 'PUT',
      body: { ...body, description: 'Stricter' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.description).toBe('Stricter');
    expect((await h.api(`/passwordPolicies/${created.body.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect((await h.api(`/passwordPolicies/${created.body.id}`)).status).toBe(404);
  });

  it('refuses to delete the default policy', async () => {
    const policies = await h.api('/passwordPolicies');
    const standard = policies.body._embedded.passwordPolicies.find(
      (p: { default: boolean }) => p.default,
    );
    const res = await h.api(`/passwordPolicies/${standard.id}`, { method: 'DELETE' });
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toEqual({
      code: 'CONSTRAINT_VIOLATION',
      target: 'passwordPolicy',
      message:
        'The password policy cannot be deleted while it is the default or used by a population',
    });
  });
});
