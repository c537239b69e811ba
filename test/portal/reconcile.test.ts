/**
 * "When PingOne is slow, the answer stays true" (docs/portal.md): a write whose answer the portal
 * gave up on is reconciled before the portal answers, and a later attempt of the same person is
 * reconciled against it. Real PingOne Local with its delay faults; the portal's PingOne deadline
 * is 1.5 s, so the reconciliation budget (min(PINGONE_TIMEOUT_MS, 3 s)) is 1.5 s too: a write
 * held 200 ms past the deadline has 1.3 s left to finish (Argon2 on a loaded machine included).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { UserRecord } from '../../src/local/store/types.js';
import {
  addFault,
  clearFaults,
  createUser,
  type LocalFixture,
  latestRecoveryCode,
  type RunningPortal,
  startLocal,
  startPortal,
  strongPassword,
  unique,
} from '../support/stack.js';
import { Browser, SESSION_SECRET, textOf } from './harness.js';

const DEADLINE_MS = 1500;
/** Longer than the deadline, shorter than deadline + reconciliation budget: lands in time. */
const LANDS_IN_BUDGET_MS = DEADLINE_MS + 200;
/** Far beyond deadline + budget; the test releases it with clearFaults. */
const LANDS_LATE_MS = 30_000;

const USERS = '/v1/environments/*/users';
const PASSWORD = '/v1/environments/*/users/*/password';

/** Holds the next `method` request to `path` at PingOne Local for `delayMs`. */
function delayNext(method: string, path: string, delayMs: number) {
  return addFault(fixture.local, { method, path, count: 1, action: { delayMs } });
}

/** Submits the recovery form with `code` and `password` (typed twice). */
function recover(b: Browser, code: string, password: string) {
  return b.post('/password/recover', { recoveryCode: code, password, confirmPassword: password });
}

const UNAVAILABLE =
  'We could not reach the account service. Nothing has been changed. Please try again in a few minutes.';

let fixture: LocalFixture;
let portal: RunningPortal;

beforeAll(async () => {
  fixture = await startLocal();
  portal = await startPortal(fixture.local, {
    sessionSecret: SESSION_SECRET,
    env: { PINGONE_TIMEOUT_MS: String(DEADLINE_MS), LOG_LEVEL: 'debug' },
  });
});
afterAll(async () => {
  await portal?.close();
  await fixture?.close();
});
afterEach(async () => {
  // Releases any delayed request, so it does not land in the next test.
  await clearFaults(fixture.local);
});

function stored(id: string): UserRecord {
  const user = fixture.handle.store.getUser(fixture.local.environmentId, id);
  if (!user) throw new Error('no such user in PingOne Local');
  return user;
}

function storedByUsername(username: string): UserRecord | null {
  return fixture.handle.store.findUserByUsername(fixture.local.environmentId, username);
}

/** Polls PingOne Local's store until `done` (a released write landing), at most 5 s. */
async function until(done: () => boolean): Promise<void> {
  const end = Date.now() + 5000;
  while (!done()) {
    if (Date.now() > end) throw new Error('PingOne Local never finished the write');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The confirmation title on the next page, as a success message (else its flash messages). */
async function flashOn(b: Browser, path: string): Promise<{ kind: string; text: string }[]> {
  const page = await b.get(path);
  const done = /<h1 id="confirmation-title">([^<]*)<\/h1>/.exec(page.body);
  if (done) return [{ kind: 'success', text: done[1]! }];
  return [...page.body.matchAll(/<p class="flash flash-(\w+)"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => ({
    kind: m[1]!,
    text: m[2]!.replace(/<[^>]+>/g, '').trim(),
  }));
}

function reconciliations(): { flow: string; when: string; outcome: string }[] {
  return portal.logs
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l.event === 'reconciliation')
    .map((l) => ({
      flow: l.flow as string,
      when: l.when as string,
      outcome: l.outcome as string,
    }));
}

function expectUnavailable(res: { status: number; body: string }): void {
  expect(res.status).toBe(503);
  expect(textOf(res.body, 'error-text')).toBe(UNAVAILABLE);
  expect(textOf(res.body, 'error-reference')).toMatch(/^[0-9a-f-]{36}$/);
  expect(res.body).not.toContain('flash-success');
}

async function register(b: Browser, username: string, email: string, password: string) {
  await b.get('/register');
  return b.post('/register', { username, email, password, confirmPassword: password });
}

describe('PingOne Local under a delay fault', () => {
  it('carries out a write whose client gave up during the delay, as PingOne does', async () => {
    const username = `gaveup${unique()}`;
    await portal.client.getAccessToken(); // the import itself, not the token request, gives up
    await delayNext('POST', USERS, 400);
    const err = await portal.client.users
      .import(
        { username, email: `${username}@example.com`, password: { value: strongPassword() } },
        { signal: AbortSignal.timeout(100) },
      )
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'PingOneNetworkError', code: 'ABORTED' });
    expect(storedByUsername(username)).toBeNull();
    await until(() => storedByUsername(username) !== null);
  });
});

describe('registration', () => {
  it('answers success when PingOne creates the account after the deadline but within the reconciliation budget', async () => {
    portal.logs.length = 0;
    const username = `slow${unique()}`;
    const email = `${username}@example.com`;
    const password = strongPassword();
    const b = new Browser(portal.url);
    await b.get('/register'); // the policy is cached: the import is the request's first call
    await delayNext('POST', USERS, LANDS_IN_BUDGET_MS);
    const started = Date.now();
    const res = await b.post('/register', { username, email, password, confirmPassword: password });
    expect(Date.now() - started).toBeGreaterThanOrEqual(DEADLINE_MS);
    expect([res.status, res.headers.get('location')]).toEqual([303, '/']);
    expect(await flashOn(b, '/')).toEqual([
      {
        kind: 'success',
        text: 'Your account has been created',
      },
    ]);
    const user = storedByUsername(username);
    expect(user?.email).toBe(email);
    expect(user?.createdAt).toBeGreaterThanOrEqual(started);
    // The account really has the password chosen (a correct check; it counts no failure).
    expect((await portal.client.passwords.check(user!.id, password)).status).toBe('OK');
    expect(reconciliations()).toEqual([
      { flow: 'register', when: 'lost_answer', outcome: 'changed' },
    ]);
    expect(portal.logs.join('\n')).not.toContain(password);
  });

  it('remembers a lost attempt: once PingOne finishes it, registering again is a success, not "username taken"', async () => {
    portal.logs.length = 0;
    const username = `late${unique()}`;
    const email = `${username}@example.com`;
    const password = strongPassword();
    const b = new Browser(portal.url);
    await b.get('/register');
    await delayNext('POST', USERS, LANDS_LATE_MS);
    const first = await b.post('/register', {
      username,
      email,
      password,
      confirmPassword: password,
    });
    expectUnavailable(first);
    expect(storedByUsername(username)).toBeNull();

    await clearFaults(fixture.local); // PingOne finishes the creation now
    await until(() => storedByUsername(username) !== null);

    const again = await register(b, username, email, password);
    expect([again.status, again.headers.get('location')]).toEqual([303, '/']);
    expect(await flashOn(b, '/')).toEqual([
      {
        kind: 'success',
        text: 'Your account has been created',
      },
    ]);
    expect(reconciliations()).toEqual([
      { flow: 'register', when: 'lost_answer', outcome: 'unchanged' },
      { flow: 'register', when: 'retry', outcome: 'changed' },
    ]);

    // Success ended the session's memory of the attempt: a third try is "taken" again.
    const third = await register(b, username, email, password);
    expect([third.status, third.headers.get('location')]).toEqual([303, '/register']);
    expect(textOf((await b.get('/register')).body, 'username-error')).toBe(
      'This username is already taken. Choose another one, or recover your password if this is your account.',
    );
  });

  it('says "try again" when PingOne refuses with 503, and creates nothing', async () => {
    const username = `refused${unique()}`;
    await addFault(fixture.local, {
      method: 'POST',
      path: USERS,
      count: 1,
      action: { status: 503 },
    });
    const b = new Browser(portal.url);
    const res = await register(b, username, `${username}@example.com`, strongPassword());
    expectUnavailable(res);
    expect(storedByUsername(username)).toBeNull();
    expect(await flashOn(b, '/')).toEqual([]);
  });

  it('says "try again" when the slow write fails at PingOne, and a retry is still "taken"', async () => {
    portal.logs.length = 0;
    // Someone else holds the username: the delayed import lands and is refused.
    const other = await createUser(portal);
    const email = `mine${unique()}@example.com`;
    const b = new Browser(portal.url);
    await b.get('/register');
    await delayNext('POST', USERS, LANDS_IN_BUDGET_MS);
    const password = strongPassword();
    const first = await b.post('/register', {
      username: other.username,
      email,
      password,
      confirmPassword: password,
    });
    expectUnavailable(first);
    expect(stored(other.id).email).toBe(other.email);
    expect(fixture.handle.store.findUserByEmail(fixture.local.environmentId, email)).toBeNull();

    const again = await register(b, other.username, email, password);
    expect([again.status, again.headers.get('location')]).toEqual([303, '/register']);
    expect(textOf((await b.get('/register')).body, 'username-error')).toBe(
      'This username is already taken. Choose another one, or recover your password if this is your account.',
    );
    expect(reconciliations()).toEqual([
      { flow: 'register', when: 'lost_answer', outcome: 'unchanged' },
      { flow: 'register', when: 'retry', outcome: 'unchanged' },
    ]);
  });

  it('says "try again" when the reconciliation reads fail too', async () => {
    portal.logs.length = 0;
    const username = `dark${unique()}`;
    const b = new Browser(portal.url);
    await b.get('/register');
    await delayNext('POST', USERS, LANDS_LATE_MS);
    await addFault(fixture.local, {
      method: 'GET',
      path: USERS,
      count: 100,
      action: { status: 500 },
    });
    const password = strongPassword();
    const res = await b.post('/register', {
      username,
      email: `${username}@example.com`,
      password,
      confirmPassword: password,
    });
    expectUnavailable(res);
    expect(reconciliations()).toEqual([
      { flow: 'register', when: 'lost_answer', outcome: 'failed' },
    ]);
  });
});

/** A user with a recovery flow under way in `b`, and the code PingOne Local sent. */
async function startRecovery(b: Browser) {
  const user = await createUser(portal);
  await b.get('/password/forgot');
  await b.post('/password/forgot', { username: user.username });
  await portal.drain();
  const code = await latestRecoveryCode(fixture.local, user.email);
  await b.get('/password/recover');
  return { user, code };
}

describe('recovery', () => {
  it('answers success when PingOne resets the password after the deadline but within the budget', async () => {
    portal.logs.length = 0;
    const b = new Browser(portal.url);
    const { user, code } = await startRecovery(b);
    const before = stored(user.id).password.lastChangedAt;
    await delayNext('POST', PASSWORD, LANDS_IN_BUDGET_MS);
    const password = strongPassword();
    const res = await recover(b, code, password);
    expect([res.status, res.headers.get('location')]).toEqual([303, '/']);
    expect(await flashOn(b, '/')).toEqual([
      {
        kind: 'success',
        text: 'Your password has been reset',
      },
    ]);
    const after = stored(user.id).password;
    expect(after.lastChangedAt).toBeGreaterThan(before ?? 0);
    expect(after.failures).toBe(0);
    expect((await portal.client.passwords.check(user.id, password)).status).toBe('OK');
    expect(reconciliations()).toEqual([
      { flow: 'recover', when: 'lost_answer', outcome: 'changed' },
    ]);
  });

  it('remembers a lost attempt: once PingOne finishes it, the same code again is a success, not "code invalid"', async () => {
    portal.logs.length = 0;
    const b = new Browser(portal.url);
    const { user, code } = await startRecovery(b);
    const before = stored(user.id).password.lastChangedAt;
    await delayNext('POST', PASSWORD, LANDS_LATE_MS);
    const password = strongPassword();
    const first = await recover(b, code, password);
    expectUnavailable(first);
    expect(stored(user.id).password.lastChangedAt).toBe(before);

    await clearFaults(fixture.local);
    await until(() => stored(user.id).password.lastChangedAt !== before);

    await b.get('/password/recover');
    const again = await recover(b, code, password);
    expect([again.status, again.headers.get('location')]).toEqual([303, '/']);
    expect(await flashOn(b, '/')).toEqual([
      {
        kind: 'success',
        text: 'Your password has been reset',
      },
    ]);
    expect(stored(user.id).password.failures).toBe(0);
    expect((await portal.client.passwords.check(user.id, password)).status).toBe('OK');
    expect(reconciliations()).toEqual([
      { flow: 'recover', when: 'lost_answer', outcome: 'unchanged' },
      { flow: 'recover', when: 'retry', outcome: 'changed' },
    ]);
  });

  it('says "try again" when the slow reset fails at PingOne (wrong code), and a retry is "code invalid"', async () => {
    portal.logs.length = 0;
    const b = new Browser(portal.url);
    const { user, code } = await startRecovery(b);
    const wrong = code === 'ZZZZ9999' ? 'YYYY9999' : 'ZZZZ9999';
    const before = stored(user.id).password.lastChangedAt;
    await delayNext('POST', PASSWORD, LANDS_IN_BUDGET_MS);
    const password = strongPassword();
    const first = await recover(b, wrong, password);
    expectUnavailable(first);
    expect(stored(user.id).password.lastChangedAt).toBe(before);

    await b.get('/password/recover');
    const again = await recover(b, wrong, password);
    expect([again.status, again.headers.get('location')]).toEqual([303, '/password/recover']);
    expect(textOf((await b.get('/password/recover')).body, 'recoveryCode-error')).toBe(
      'That code is not valid or has expired. Check the e‑mail, or send a new code.',
    );
    expect(stored(user.id).password.lastChangedAt).toBe(before);
    expect(reconciliations()).toEqual([
      { flow: 'recover', when: 'lost_answer', outcome: 'unchanged' },
      { flow: 'recover', when: 'retry', outcome: 'unchanged' },
    ]);
  });

  it('says "try again" when PingOne refuses the reset with 503, and changes nothing', async () => {
    const b = new Browser(portal.url);
    const { user, code } = await startRecovery(b);
    const before = stored(user.id).password.lastChangedAt;
    await addFault(fixture.local, {
      method: 'POST',
      path: PASSWORD,
      count: 1,
      action: { status: 503 },
    });
    const password = strongPassword();
    const res = await recover(b, code, password);
    expectUnavailable(res);
    expect(stored(user.id).password.lastChangedAt).toBe(before);
  });
});

async function change(b: Browser, user: { username: string; password: string }, password: string) {
  await b.get('/password/change');
  return b.post('/password/change', {
    username: user.username,
    currentPassword: user.password,
    password,
    confirmPassword: password,
  });
}

describe('password change', () => {
  it('answers success when PingOne sets the password after the deadline but within the budget', async () => {
    portal.logs.length = 0;
    const user = await createUser(portal);
    const before = stored(user.id).password.lastChangedAt;
    await delayNext('PUT', PASSWORD, LANDS_IN_BUDGET_MS);
    const b = new Browser(portal.url);
    const password = strongPassword();
    const res = await change(b, user, password);
    expect([res.status, res.headers.get('location')]).toEqual([303, '/']);
    expect(await flashOn(b, '/')).toEqual([
      { kind: 'success', text: 'Your password has been changed' },
    ]);
    const after = stored(user.id).password;
    expect(after.lastChangedAt).toBeGreaterThan(before ?? 0);
    expect(after.failures).toBe(0);
    expect((await portal.client.passwords.check(user.id, password)).status).toBe('OK');
    expect(reconciliations()).toEqual([
      { flow: 'change', when: 'lost_answer', outcome: 'changed' },
    ]);
  });

  it('remembers a lost attempt: once PingOne finishes it, the same change again is a success without a password check', async () => {
    portal.logs.length = 0;
    const user = await createUser(portal);
    const before = stored(user.id).password.lastChangedAt;
    await delayNext('PUT', PASSWORD, LANDS_LATE_MS);
    const b = new Browser(portal.url);
    const password = strongPassword();
    expectUnavailable(await change(b, user, password));
    expect(stored(user.id).password.lastChangedAt).toBe(before);

    await clearFaults(fixture.local);
    await until(() => stored(user.id).password.lastChangedAt !== before);

    // The person types the old password as "current" again: checking it would now fail and
    // count toward the lockout; the portal reads the password state instead.
    const again = await change(b, user, password);
    expect([again.status, again.headers.get('location')]).toEqual([303, '/']);
    expect(await flashOn(b, '/')).toEqual([
      { kind: 'success', text: 'Your password has been changed' },
    ]);
    expect(stored(user.id).password.failures).toBe(0);
    expect(reconciliations()).toEqual([
      { flow: 'change', when: 'lost_answer', outcome: 'unchanged' },
      { flow: 'change', when: 'retry', outcome: 'changed' },
    ]);
    expect((await portal.client.passwords.check(user.id, password)).status).toBe('OK');
  });

  it('says "try again" when PingOne refuses the set with 503; the retry then changes it normally', async () => {
    portal.logs.length = 0;
    const user = await createUser(portal);
    const before = stored(user.id).password.lastChangedAt;
    await addFault(fixture.local, {
      method: 'PUT',
      path: PASSWORD,
      count: 1,
      action: { status: 503 },
    });
    const b = new Browser(portal.url);
    const password = strongPassword();
    expectUnavailable(await change(b, user, password));
    expect(stored(user.id).password.lastChangedAt).toBe(before);
    expect(reconciliations()).toEqual([]);

    const again = await change(b, user, password);
    expect([again.status, again.headers.get('location')]).toEqual([303, '/']);
    expect(stored(user.id).password.lastChangedAt).toBeGreaterThan(before ?? 0);
  });

  it('says "try again" while the set is still pending, and does not count a failed check', async () => {
    portal.logs.length = 0;
    const user = await createUser(portal);
    const before = stored(user.id).password.lastChangedAt;
    await addFault(fixture.local, {
      method: 'PUT',
      path: PASSWORD,
      count: 2,
      action: { delayMs: LANDS_LATE_MS },
    });
    const b = new Browser(portal.url);
    const password = strongPassword();
    expectUnavailable(await change(b, user, password));
    // Retried while PingOne still holds the first set: the read finds nothing, the normal
    // check (the old password is still right) and set run, and the set is lost again.
    expectUnavailable(await change(b, user, password));
    const record = stored(user.id).password;
    expect(record.lastChangedAt).toBe(before);
    expect(record.failures).toBe(0);
    expect(reconciliations()).toEqual([
      { flow: 'change', when: 'lost_answer', outcome: 'unchanged' },
      { flow: 'change', when: 'retry', outcome: 'unchanged' },
      { flow: 'change', when: 'lost_answer', outcome: 'unchanged' },
    ]);
  });
});

describe('reconciliation and the lockout', () => {
  it('never uses a password check: the failure counter stays 0, though a wrong check would move it', async () => {
    const user = await createUser(portal);
    await delayNext('PUT', PASSWORD, LANDS_LATE_MS);
    const b = new Browser(portal.url);
    const password = strongPassword();
    expectUnavailable(await change(b, user, password));
    expect(stored(user.id).password.failures).toBe(0);
    // The counter is observable: one wrong check moves it.
    await expect(portal.client.passwords.check(user.id, `${user.password}x`)).rejects.toMatchObject(
      { code: 'API_ERROR', status: 400 },
    );
    expect(stored(user.id).password.failures).toBe(1);
  });
});
