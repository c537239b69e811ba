/**
 * The typed PingOne client (`src/pingone`) against a real PingOne Local (`src/local`): one
 * registration → recovery → check → lockout → unlock chain, then focused cases (timed unlock,
 * recovery-code expiry and exhaustion, policy and uniqueness errors, paging, populations and
 * policies, token expiry, injected faults). Every resource the client returns is validated
 * against PingOne's OpenAPI description; every error against `P1Error`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPingOneClient,
  filter,
  type PasswordPolicy,
  type PasswordState,
  PingOneApiError,
  type PingOneClient,
  type PingOneClientOptions,
  PingOneNetworkError,
  PingOneResponseError,
  type Population,
  type RequestEvent,
  type User,
} from '../../src/pingone/index.js';
import { expectSchema } from '../support/openapi.js';
import {
  addFault,
  advanceClock,
  clearFaults,
  ISO_INSTANT,
  type LocalFixture,
  latestRecoveryCode,
  listFaults,
  localClientOptions,
  readMailbox,
  startLocal,
  UUID,
  uniqueUsername,
} from './support.js';

// Both satisfy the Standard policy: four classes, no triple repeats, not common, no profile data.
const FIRST_PASSWORD = 'Kx7#mQ2$vL9p';
const SECOND_PASSWORD = 'Rt5!wN8&zB3c';
const THIRD_PASSWORD = 'Hq4%jD6*uY1e';

const INVALID_DATA_MESSAGE =
  'The request could not be completed. One or more validation errors were in the request.';
const MISMATCH = 'The provided password did not match provisioned password';
const LOCKED_OUT =
  'The password is locked out because of too many failed attempts. Try again later.';
const CODE_INVALID = 'The provided password recovery code was invalid or expired';

let fixture: LocalFixture;

beforeAll(async () => {
  fixture = await startLocal();
});

afterAll(async () => {
  await fixture?.close();
});

interface Instrumented {
  client: PingOneClient;
  /** Every HTTP attempt the client made (method, URL without query, status). */
  events: RequestEvent[];
  /** Every retry wait the client asked for, in ms (resolved at once: no real sleeping). */
  sleeps: number[];
}

function makeClient(extra: Partial<PingOneClientOptions> = {}): Instrumented {
  const { local } = fixture;
  const events: RequestEvent[] = [];
  const sleeps: number[] = [];
  const client = createPingOneClient({
    ...localClientOptions(local),
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
    onRequest: (event) => events.push(event),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...extra,
  });
  return { client, events, sleeps };
}

function checkUser(user: User | null): User {
  expect(user).not.toBeNull();
  expectSchema('User', user);
  return user!;
}

/** Awaits a rejection that must be a PingOne API error conforming to `P1Error`. */
async function apiError(promise: Promise<unknown>): Promise<PingOneApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a PingOneApiError, the call succeeded');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PingOneApiError);
  const apiErr = error as PingOneApiError;
  expectSchema('P1Error', apiErr.body);
  expect(apiErr.body.id).toMatch(UUID);
  expect(apiErr.correlationId).toBe(apiErr.body.id);
  return apiErr;
}

function envBase(): string {
  return `${fixture.local.apiBaseUrl}/environments/${fixture.local.environmentId}`;
}

/** The whole password state object PingOne Local must answer. */
function expectedState(
  userId: string,
  policyId: string,
  status: PasswordState['status'],
  extra: Partial<PasswordState> = {},
): PasswordState {
  const base = `${envBase()}/users/${userId}/password`;
  return {
    _links: {
      self: { href: base },
      environment: { href: envBase() },
      user: { href: `${envBase()}/users/${userId}` },
      passwordPolicy: { href: `${envBase()}/passwordPolicies/${policyId}` },
      'password.check': { href: base },
      'password.reset': { href: base },
      'password.set': { href: base },
    },
    environment: { id: fixture.local.environmentId },
    user: { id: userId },
    passwordPolicy: { id: policyId },
    status,
    lastChangedAt: expect.stringMatching(ISO_INSTANT),
    ...extra,
  };
}

function mismatchBody(error: PingOneApiError, failuresRemaining: number) {
  return {
    id: error.correlationId,
    code: 'INVALID_DATA',
    message: INVALID_DATA_MESSAGE,
    details: [
      {
        code: 'INVALID_VALUE',
        target: 'password',
        message: MISMATCH,
        innerError: { failuresRemaining },
      },
    ],
  };
}

/** `secondsUntilUnlock` of a PASSWORD_LOCKED_OUT error (real time moves a little between calls). */
function unlockIn(error: PingOneApiError): number {
  return error.detail('PASSWORD_LOCKED_OUT')?.innerError?.secondsUntilUnlock as number;
}

function lockedBody(error: PingOneApiError, secondsUntilUnlock: number) {
  return {
    id: error.correlationId,
    code: 'INVALID_DATA',
    message: INVALID_DATA_MESSAGE,
    details: [
      {
        code: 'PASSWORD_LOCKED_OUT',
        target: 'password',
        message: LOCKED_OUT,
        innerError: { secondsUntilUnlock },
      },
    ],
  };
}

function codeErrorBody(error: PingOneApiError, message: string) {
  return {
    id: error.correlationId,
    code: 'INVALID_DATA',
    message: INVALID_DATA_MESSAGE,
    details: [{ code: 'INVALID_VALUE', target: 'recoveryCode', message }],
  };
}

async function defaultPopulation(client: PingOneClient): Promise<Population> {
  const all = await client.populations.list();
  const defaults = all.filter((p) => p.default === true);
  expect(defaults).toHaveLength(1);
  return defaults[0]!;
}

/** The policy that applies to a population, checked against the OpenAPI description. */
async function policyFor(client: PingOneClient, populationId: string): Promise<PasswordPolicy> {
  const policy = await client.passwordPolicies.forPopulation(populationId);
  expectSchema('PasswordPolicy', policy);
  return policy;
}

/** Imports a fresh user with FIRST_PASSWORD in the default population. */
async function importUser(client: PingOneClient, prefix: string): Promise<User> {
  const username = uniqueUsername(prefix);
  const user = await client.users.import({
    username,
    email: `${username}@example.com`,
    password: { value: FIRST_PASSWORD, forceChange: false },
  });
  return checkUser(user);
}

describe('typed client ↔ PingOne Local: the self-service chain', () => {
  it('registers, finds, recovers by e-mailed code, checks, locks out after failureCount, unlocks', async () => {
    const { client } = makeClient();
    const population = await defaultPopulation(client);
    const policy = await client.passwordPolicies.forPopulation(population.id);
    expectSchema('PasswordPolicy', policy);
    expect(policy.name).toBe('Standard');
    expect(policy.lockout).toEqual({ failureCount: 5, durationSeconds: 900 });
    const failureCount = policy.lockout!.failureCount!;

    // Register: one-shot import with a password.
    const username = uniqueUsername('Ada');
    const email = `${username}.Lovelace@Example.com`;
    const created = checkUser(
      await client.users.import({
        username,
        email,
        population: { id: population.id },
        name: { given: 'Ada', family: 'Lovelace' },
        password: { value: FIRST_PASSWORD, forceChange: false },
      }),
    );
    expect(created).toMatchObject({
      id: expect.stringMatching(UUID),
      environment: { id: fixture.local.environmentId },
      population: { id: population.id },
      username,
      email,
      name: { given: 'Ada', family: 'Lovelace' },
      enabled: true,
      account: { canAuthenticate: true, status: 'OK' },
      lifecycle: { status: 'ACCOUNT_OK' },
      createdAt: expect.stringMatching(ISO_INSTANT),
      updatedAt: expect.stringMatching(ISO_INSTANT),
    });

    // Find by username, by e-mail, by case variants of both.
    for (const query of [username, email, username.toUpperCase(), email.toLowerCase()]) {
      const found = checkUser(await client.users.findByUsernameOrEmail(query));
      expect(found).toEqual(created);
    }
    expect(await client.users.findByUsernameOrEmail(`${username}-nobody`)).toBeNull();

    // Forgot password: the code arrives in the mailbox.
    const sent = await client.passwords.sendRecoveryCode(created.id);
    expect(sent).toEqual(expectedState(created.id, policy.id!, 'OK'));
    const mail = await readMailbox(fixture.local, email);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to: email, subject: 'Your password recovery code' });
    const code = await latestRecoveryCode(fixture.local, email);
    expect(code).toMatch(/^[A-Z0-9]{8}$/);

    const recovered = await client.passwords.recover(created.id, {
      recoveryCode: code,
      newPassword: SECOND_PASSWORD,
    });
    expect(recovered).toEqual(expectedState(created.id, policy.id!, 'OK'));
    // The code is single-use.
    const reused = await apiError(
      client.passwords.recover(created.id, { recoveryCode: code, newPassword: THIRD_PASSWORD }),
    );
    expect(reused.body).toEqual(codeErrorBody(reused, CODE_INVALID));

    // New password works; the old one fails with failuresRemaining counting down.
    expect(await client.passwords.check(created.id, SECOND_PASSWORD)).toEqual(
      expectedState(created.id, policy.id!, 'OK'),
    );
    for (let remaining = failureCount - 1; remaining >= 1; remaining--) {
      const wrong = await apiError(client.passwords.check(created.id, FIRST_PASSWORD));
      expect(wrong.status).toBe(400);
      expect(wrong.body).toEqual(mismatchBody(wrong, remaining));
    }

    // The failureCount-th failure locks the password for the policy's duration.
    const locking = await apiError(client.passwords.check(created.id, FIRST_PASSWORD));
    expect(locking.body).toEqual(lockedBody(locking, 900));
    // Even the right password is refused while locked.
    const whileLocked = await apiError(client.passwords.check(created.id, SECOND_PASSWORD));
    const left = unlockIn(whileLocked);
    expect(left).toBeGreaterThanOrEqual(890);
    expect(left).toBeLessThanOrEqual(900);
    expect(whileLocked.body).toEqual(lockedBody(whileLocked, left));
    const lockedState = await client.passwords.getState(created.id);
    expect(lockedState).toEqual(
      expectedState(created.id, policy.id!, 'PASSWORD_LOCKED_OUT', {
        secondsUntilUnlock: lockedState.secondsUntilUnlock!,
      }),
    );
    expect(lockedState.secondsUntilUnlock).toBeGreaterThanOrEqual(890);
    const lockedUser = checkUser(await client.users.get(created.id));
    expect(lockedUser.account).toEqual({
      canAuthenticate: false,
      status: 'LOCKED',
      unlockAt: expect.stringMatching(ISO_INSTANT),
      secondsUntilUnlock: expect.any(Number),
    });
    expect(lockedUser.account!.secondsUntilUnlock).toBeGreaterThanOrEqual(890);

    // Admin unlock, then the password works again and the counter starts over.
    expect(await client.passwords.unlock(created.id)).toEqual(
      expectedState(created.id, policy.id!, 'OK'),
    );
    expect(await client.passwords.check(created.id, SECOND_PASSWORD)).toEqual(
      expectedState(created.id, policy.id!, 'OK'),
    );
    const fresh = await apiError(client.passwords.check(created.id, FIRST_PASSWORD));
    expect(fresh.body).toEqual(mismatchBody(fresh, failureCount - 1));
    expect(checkUser(await client.users.get(created.id)).account).toEqual({
      canAuthenticate: true,
      status: 'OK',
    });
  });
});

describe('typed client ↔ PingOne Local: focused cases', () => {
  it('a timed lockout ends by itself once the clock passes lockout.durationSeconds', async () => {
    const { client } = makeClient();
    const user = await importUser(client, 'timed');
    const policy = await policyFor(client, user.population.id);
    for (let i = 0; i < 4; i++) {
      await apiError(client.passwords.check(user.id, SECOND_PASSWORD));
    }
    const locked = await apiError(client.passwords.check(user.id, SECOND_PASSWORD));
    expect(locked.body).toEqual(lockedBody(locked, 900));

    await advanceClock(fixture.local, 890);
    const almost = await apiError(client.passwords.check(user.id, FIRST_PASSWORD));
    expect(unlockIn(almost)).toBeGreaterThanOrEqual(1);
    expect(unlockIn(almost)).toBeLessThanOrEqual(10);
    expect(almost.body).toEqual(lockedBody(almost, unlockIn(almost)));

    await advanceClock(fixture.local, 11);
    expect(await client.passwords.check(user.id, FIRST_PASSWORD)).toEqual(
      expectedState(user.id, policy.id!, 'OK'),
    );
    expect(checkUser(await client.users.get(user.id)).account).toEqual({
      canAuthenticate: true,
      status: 'OK',
    });
  });

  it('refuses a recovery code after 5 minutes and keeps the old password', async () => {
    const { client } = makeClient();
    const user = await importUser(client, 'expired');
    await client.passwords.sendRecoveryCode(user.id);
    const code = await latestRecoveryCode(fixture.local, user.email!);

    await advanceClock(fixture.local, 301);
    const expired = await apiError(
      client.passwords.recover(user.id, { recoveryCode: code, newPassword: SECOND_PASSWORD }),
    );
    expect(expired.status).toBe(400);
    expect(expired.body).toEqual(codeErrorBody(expired, CODE_INVALID));
    await client.passwords.check(user.id, FIRST_PASSWORD);
    const newOne = await apiError(client.passwords.check(user.id, SECOND_PASSWORD));
    expect(newOne.hasDetail('INVALID_VALUE', 'password')).toBe(true);
  });

  it('answers "Maximum password recovery failures exceeded" at the 5th wrong code, burns the code and locks the password', async () => {
    const { client } = makeClient();
    const user = await importUser(client, 'guess');
    const policy = await policyFor(client, user.population.id);
    await client.passwords.sendRecoveryCode(user.id);
    const code = await latestRecoveryCode(fixture.local, user.email!);
    // Eight characters of the alphabet that differ from the real code at every position.
    const wrong = [...code].map((c) => (c === 'A' ? 'B' : 'A')).join('');

    for (let i = 1; i <= 4; i++) {
      const e = await apiError(
        client.passwords.recover(user.id, { recoveryCode: wrong, newPassword: SECOND_PASSWORD }),
      );
      expect(e.body).toEqual(codeErrorBody(e, CODE_INVALID));
    }
    const fifth = await apiError(
      client.passwords.recover(user.id, { recoveryCode: wrong, newPassword: SECOND_PASSWORD }),
    );
    expect(fifth.body).toEqual(codeErrorBody(fifth, 'Maximum password recovery failures exceeded'));
    // The real code no longer works either, and the password is locked out (PingOne documents
    // PASSWORD_LOCKED_OUT) for the policy's 900 s: no new code until then.
    const burnt = await apiError(
      client.passwords.recover(user.id, { recoveryCode: code, newPassword: SECOND_PASSWORD }),
    );
    expect(burnt.body).toEqual(codeErrorBody(burnt, CODE_INVALID));
    expect(await client.passwords.getState(user.id)).toEqual(
      expectedState(user.id, policy.id!, 'PASSWORD_LOCKED_OUT', { secondsUntilUnlock: 900 }),
    );
    const refused = await apiError(client.passwords.sendRecoveryCode(user.id));
    expect(refused.body).toEqual(lockedBody(refused, 900));
    await advanceClock(fixture.local, 900);
    expect(await client.passwords.getState(user.id)).toEqual(
      expectedState(user.id, policy.id!, 'OK'),
    );
    // A new send starts over with a fresh code (accepted in lower case: codes are case-insensitive).
    await client.passwords.sendRecoveryCode(user.id);
    const next = await latestRecoveryCode(fixture.local, user.email!);
    expect(
      await client.passwords.recover(user.id, {
        recoveryCode: next.toLowerCase(),
        newPassword: SECOND_PASSWORD,
      }),
    ).toEqual(expectedState(user.id, policy.id!, 'OK'));
  });

  it('refuses a weak password on import with innerError.unsatisfiedRequirements (docs/pingone-behaviour.md §7.4)', async () => {
    const { client } = makeClient();
    const username = uniqueUsername('weak');
    const error = await apiError(
      client.users.import({
        username,
        email: `${username}@example.com`,
        password: { value: 'aaaa' },
      }),
    );
    expect(error.status).toBe(400);
    // Every rule of §7.4's real-tenant answer fails for "aaaa"; same members, same order.
    expect(error.body).toEqual({
      id: error.correlationId,
      code: 'INVALID_DATA',
      message: INVALID_DATA_MESSAGE,
      details: [
        {
          code: 'INVALID_VALUE',
          target: 'password',
          message: 'User password did not satisfy password policy requirements',
          innerError: {
            unsatisfiedRequirements: [
              'minCharacters',
              'minCharacters',
              'minCharacters',
              'excludesCommonlyUsed',
              'length',
              'maxRepeatedCharacters',
              'minUniqueCharacters',
            ],
            minCharacters:
              "The provided password did not contain enough characters from the character set 'ZYXWVUTSRQPONMLKJIHGFEDCBA'.  The minimum number of characters from that set that must be present in user passwords is 1",
            excludesCommonlyUsed:
              'The provided password (or a variant of that password) was found in a list of prohibited passwords',
            length:
              'The provided password is shorter than the minimum required length of 8 characters',
            maxRepeatedCharacters:
              'The provided password is not acceptable because it contains a character repeated more than 2 times in a row',
            minUniqueCharacters:
              'The provided password does not contain enough unique characters.  The minimum number of unique characters that may appear in a user password is 5',
          },
        },
      ],
    });
    // Nothing was created.
    expect(await client.users.findByUsernameOrEmail(username)).toBeNull();
  });

  it('refuses a username that differs only in case with UNIQUENESS_VIOLATION', async () => {
    const { client } = makeClient();
    const username = uniqueUsername('Dup');
    checkUser(await client.users.create({ username, email: `${username}@example.com` }));
    const error = await apiError(
      client.users.create({ username: username.toUpperCase(), email: 'other@example.com' }),
    );
    expect(error.status).toBe(400);
    expect(error.body).toEqual({
      id: error.correlationId,
      code: 'INVALID_DATA',
      message: INVALID_DATA_MESSAGE,
      details: [
        {
          code: 'UNIQUENESS_VIOLATION',
          target: 'username',
          message: 'is unique but a non-unique value is provided',
        },
      ],
    });
  });

  it('lists users over several pages through the async iterator', async () => {
    const { client, events } = makeClient();
    const prefix = uniqueUsername('page');
    const names: string[] = [];
    for (let i = 0; i < 5; i++) {
      const u = checkUser(
        await client.users.create({
          username: `${prefix}-${i}`,
          email: `${prefix}-${i}@example.com`,
        }),
      );
      names.push(u.username);
    }
    const before = events.length;
    const seen: User[] = [];
    for await (const user of client.users.list({
      filter: filter.sw('username', prefix),
      limit: 2,
    })) {
      seen.push(checkUser(user));
    }
    expect(seen.map((u) => u.username).sort()).toEqual([...names].sort());
    expect(new Set(seen.map((u) => u.id)).size).toBe(5);
    const pages = events
      .slice(before)
      .filter((e) => e.method === 'GET' && e.url === `${envBase()}/users`);
    expect(pages.map((e) => e.status)).toEqual([200, 200, 200]);

    const first = await client.users.listPage({ filter: filter.sw('username', prefix), limit: 2 });
    expect(first.count).toBe(5);
    expect(first.size).toBe(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    for (const u of first.users) checkUser(u);
    const second = await client.users.listPage({
      filter: filter.sw('username', prefix),
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect(second.size).toBe(2);
    expect(second.users.map((u) => u.id)).not.toContain(first.users[0]!.id);
  });

  it('reads populations and the policy that applies to one', async () => {
    const { client } = makeClient();
    const populations = await client.populations.list();
    for (const p of populations) expectSchema('Population', p);
    const def = await defaultPopulation(client);
    expect(def).toMatchObject({
      id: expect.stringMatching(UUID),
      environment: { id: fixture.local.environmentId },
      name: 'Default',
      default: true,
    });
    const one = await client.populations.get(def.id);
    expectSchema('Population', one);
    expect(one).toEqual(def);
    expect(await client.populations.get('00000000-0000-4000-8000-000000000000')).toBeNull();

    const policies = await client.passwordPolicies.list();
    for (const p of policies) expectSchema('PasswordPolicy', p);
    expect(policies.map((p) => p.name).sort()).toEqual(['Basic', 'Passphrase', 'Standard']);
    const standard = policies.find((p) => p.name === 'Standard') as PasswordPolicy;
    expect(standard.default).toBe(true);
    // The Default population has no policy of its own: the environment default applies.
    expect(def.passwordPolicy).toBeUndefined();
    expect(await client.passwordPolicies.forPopulation(def.id)).toEqual(standard);
    expect(await client.passwordPolicies.forPopulation(null)).toEqual(standard);
    const byId = await client.passwordPolicies.get(standard.id!);
    expectSchema('PasswordPolicy', byId);
    expect(byId).toEqual(standard);
  });

  it('refreshes the worker token once when PingOne Local says it expired', async () => {
    const { client, events } = makeClient();
    const user = await importUser(client, 'token');
    expect(client.tokenRequestCount()).toBe(1);

    // Past the 3600 s lifetime on PingOne Local's clock; the client's own clock still trusts it.
    await advanceClock(fixture.local, 3601);
    const before = events.length;
    expect(checkUser(await client.users.get(user.id))).toMatchObject({ id: user.id });
    expect(client.tokenRequestCount()).toBe(2);
    const tokenUrl = `${fixture.local.authBaseUrl}/${fixture.local.environmentId}/as/token`;
    expect(events.slice(before).map((e) => [e.method, e.url, e.status])).toEqual([
      ['GET', `${envBase()}/users/${user.id}`, 401],
      ['POST', tokenUrl, 200],
      ['GET', `${envBase()}/users/${user.id}`, 200],
    ]);
    // The new token is cached: no further token request.
    await client.users.get(user.id);
    expect(client.tokenRequestCount()).toBe(2);

    // A POST rejected for an expired token was not acted upon: it is resent once, too.
    await advanceClock(fixture.local, 3601);
    const policy = await client.passwordPolicies.forPopulation(user.population.id);
    expect(client.tokenRequestCount()).toBe(3);
    const mark = events.length;
    await advanceClock(fixture.local, 3601);
    expect(await client.passwords.check(user.id, FIRST_PASSWORD)).toEqual(
      expectedState(user.id, policy.id!, 'OK'),
    );
    expect(client.tokenRequestCount()).toBe(4);
    expect(events.slice(mark).map((e) => [e.method, e.status])).toEqual([
      ['POST', 401],
      ['POST', 200],
      ['POST', 200],
    ]);
  });

  it('concurrent calls that all meet an expired token share one refresh', async () => {
    const { client, events } = makeClient();
    const users = [];
    for (let i = 0; i < 4; i++) users.push(await importUser(client, 'concurrent'));
    expect(client.tokenRequestCount()).toBe(1);
    await advanceClock(fixture.local, 3601);
    const before = events.length;
    const read = await Promise.all(users.map((u) => client.users.get(u.id)));
    expect(read.map((u) => checkUser(u).id)).toEqual(users.map((u) => u.id));
    expect(client.tokenRequestCount()).toBe(2);
    const statuses = events
      .slice(before)
      .filter((e) => e.method === 'GET')
      .map((e) => e.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(4);
    expect(statuses.filter((s) => s === 200)).toHaveLength(4);
  });

  it('retries a GET answered 429 after its Retry-After, and the rule is used up', async () => {
    const { client, events, sleeps } = makeClient();
    const user = await importUser(client, 'limited');
    await addFault(fixture.local, {
      method: 'GET',
      path: '/v1/environments/*/users/*',
      count: 1,
      action: { status: 429, retryAfter: 2 },
    });
    const before = events.length;
    expect(checkUser(await client.users.get(user.id))).toMatchObject({ id: user.id });
    expect(events.slice(before).map((e) => [e.method, e.status, e.attempt])).toEqual([
      ['GET', 429, 1],
      ['GET', 200, 2],
    ]);
    expect(sleeps).toEqual([2000]);
    expect(await listFaults(fixture.local)).toEqual([]);
  });

  it('does not retry POST /users answered 503: the error surfaces and nothing is created', async () => {
    const { client, events, sleeps } = makeClient();
    await client.getAccessToken();
    await addFault(fixture.local, {
      method: 'POST',
      path: '/v1/environments/*/users',
      count: 1,
      action: { status: 503, retryAfter: 1 },
    });
    const username = uniqueUsername('unavailable');
    const before = events.length;
    const error = await apiError(
      client.users.import({
        username,
        email: `${username}@example.com`,
        password: { value: FIRST_PASSWORD },
      }),
    );
    expect(error.status).toBe(503);
    expect(error.apiCode).toBe('UNEXPECTED_ERROR');
    expect(error.retryAfterMs).toBe(1000);
    expect(events.slice(before).map((e) => [e.method, e.status])).toEqual([['POST', 503]]);
    expect(sleeps).toEqual([]);
    expect(await listFaults(fixture.local)).toEqual([]);
    expect(await client.users.findByUsernameOrEmail(username)).toBeNull();
  });

  it('authenticates with client_secret_post when the application is set up for it', async () => {
    const post = await startLocal({ tokenAuthMethod: 'client_secret_post' });
    try {
      const client = createPingOneClient({
        ...localClientOptions(post.local),
        tokenAuthMethod: 'client_secret_post',
      });
      const populations = await client.populations.list();
      for (const p of populations) expectSchema('Population', p);
      expect(populations.map((p) => p.name)).toEqual(['Default']);
      // The same application refuses Basic: the method must match (docs/pingone-behaviour.md §2.1).
      const basic = createPingOneClient(localClientOptions(post.local));
      await expect(basic.getAccessToken()).rejects.toMatchObject({
        code: 'AUTH_FAILED',
        status: 401,
        error: 'invalid_client',
      });
    } finally {
      await post.close();
    }
  });

  it('updates, patches and deletes a user; admin set, admin reset and self-change move the status', async () => {
    const { client } = makeClient();
    const user = await importUser(client, 'edit');
    const policy = await policyFor(client, user.population.id);

    const patched = checkUser(await client.users.patch(user.id, { name: { given: 'Grace' } }));
    expect(patched.name).toEqual({ given: 'Grace' });
    expect(patched.username).toBe(user.username);
    const replaced = checkUser(
      await client.users.update(user.id, {
        username: user.username,
        email: user.email!,
        name: { given: 'Grace', family: 'Hopper' },
        title: 'Rear Admiral',
      }),
    );
    expect(replaced).toMatchObject({
      name: { given: 'Grace', family: 'Hopper' },
      title: 'Rear Admiral',
    });
    expect(checkUser(await client.users.get(user.id))).toEqual(replaced);

    expect(
      await client.passwords.set(user.id, { value: SECOND_PASSWORD, forceChange: true }),
    ).toEqual(expectedState(user.id, policy.id!, 'MUST_CHANGE_PASSWORD'));
    expect(await client.passwords.check(user.id, SECOND_PASSWORD)).toEqual(
      expectedState(user.id, policy.id!, 'MUST_CHANGE_PASSWORD'),
    );
    // A self-change needs the user's own token, as on PingOne: the worker token is 403
    // (test/local/passwords.test.ts covers the change with a user token).
    const refused = await apiError(
      client.passwords.selfChange(user.id, {
        currentPassword: SECOND_PASSWORD,
        newPassword: THIRD_PASSWORD,
        userAccessToken: await client.getAccessToken(),
      }),
    );
    expect(refused.status).toBe(403);
    expect(refused.apiCode).toBe('ACCESS_FAILED');
    expect(await client.passwords.adminReset(user.id, 'Temporary-Pass-1')).toEqual(
      expectedState(user.id, policy.id!, 'MUST_CHANGE_PASSWORD'),
    );
    expect(await client.passwords.forceChange(user.id)).toEqual(
      expectedState(user.id, policy.id!, 'MUST_CHANGE_PASSWORD'),
    );

    await client.users.delete(user.id);
    expect(await client.users.get(user.id)).toBeNull();
    const again = await apiError(client.users.delete(user.id));
    expect(again.status).toBe(404);
    expect(again.apiCode).toBe('NOT_FOUND');
  });

  it('retries a GET whose 500 body is truncated JSON; gives up with INVALID_RESPONSE when it persists', async () => {
    const { client, events } = makeClient();
    const user = await importUser(client, 'malformed');
    await addFault(fixture.local, {
      method: 'GET',
      path: '/v1/environments/*/users/*',
      count: 1,
      action: { status: 500, body: 'malformed' },
    });
    expect(checkUser(await client.users.get(user.id))).toMatchObject({ id: user.id });

    await addFault(fixture.local, {
      method: 'GET',
      path: '/v1/environments/*/users/*',
      count: 3,
      action: { status: 500, body: 'malformed' },
    });
    const before = events.length;
    const error = await client.users.get(user.id).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PingOneResponseError);
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', status: 500 });
    expect(events.slice(before).map((e) => e.status)).toEqual([500, 500, 500]);
    expect(await listFaults(fixture.local)).toEqual([]);
  });

  it('reports TIMEOUT when PingOne Local does not answer in time', async () => {
    const { client } = makeClient({ timeoutMs: 1000, retry: { maxAttempts: 1 } });
    await client.getAccessToken();
    await addFault(fixture.local, {
      method: 'GET',
      path: '/v1/environments/*/populations',
      count: 1,
      action: { delayMs: 60_000 },
    });
    try {
      const error = await client.populations.list().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PingOneNetworkError);
      expect(error).toMatchObject({ code: 'TIMEOUT', method: 'GET' });
    } finally {
      // Releases the held request at once.
      await clearFaults(fixture.local);
    }
  });
});
