/**
 * Rotating `SESSION_SECRET` without ending live flows: the first secret seals, every configured
 * one opens (`SESSION_SECRET_PREVIOUS`, or a comma-separated `SESSION_SECRET`). A recovery flow
 * started before the rotation finishes after it, its cookie re-sealed with the new secret; a
 * portal that no longer lists the old secret does not open it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConfigError, loadConfig } from '../../src/portal/config.js';
import { sessionCookieName } from '../../src/portal/plugins/session.js';
import { createSealer } from '../../src/portal/session/crypto.js';
import {
  createUser,
  findRecoveryCode,
  type LocalFixture,
  type RunningPortal,
  startLocal,
  startPortal,
  strongPassword,
} from '../support/stack.js';
import { Browser, textOf } from './harness.js';

const OLD = 'old-session-secret-0123456789abcdefghij';
const NEW = 'new-session-secret-0123456789abcdefghij';
const COOKIE = sessionCookieName(false);

let fixture: LocalFixture;
let before: RunningPortal;
beforeAll(async () => {
  fixture = await startLocal();
  before = await startPortal(fixture.local, { sessionSecret: OLD });
});
afterAll(async () => {
  await before?.close();
  await fixture?.close();
});

/** A browser that started a recovery for `user` on the portal sealing with OLD. */
async function startedRecovery(email: string): Promise<Browser> {
  const b = new Browser(before.url);
  await b.get('/password/forgot');
  const res = await b.post('/password/forgot', { username: email });
  expect([res.status, res.headers.get('location')]).toEqual([303, '/password/recover']);
  await before.drain();
  const sealed = b.cookies.get(COOKIE)!;
  expect(createSealer(OLD).open(sealed, COOKIE)).toMatchObject({
    recovery: { identifier: email },
  });
  return b;
}

/** The same cookies, pointed at another portal. */
function moveTo(b: Browser, portal: RunningPortal): Browser {
  const moved = new Browser(portal.url);
  for (const [k, v] of b.cookies) moved.cookies.set(k, v);
  return moved;
}

describe.each([
  ['SESSION_SECRET_PREVIOUS', { SESSION_SECRET_PREVIOUS: OLD }],
  ['a comma-separated SESSION_SECRET', { SESSION_SECRET: `${NEW},${OLD}` }],
])('a portal with [new, old] secrets (%s)', (_what, env) => {
  let rotated: RunningPortal;
  beforeAll(async () => {
    rotated = await startPortal(fixture.local, { sessionSecret: NEW, env });
  });
  afterAll(async () => {
    await rotated?.close();
  });

  it('opens a cookie sealed with the old secret, re-seals it with the new one, and the flow completes', async () => {
    const user = await createUser({ client: before.client });
    const old = await startedRecovery(user.email);
    const oldCookie = old.cookies.get(COOKIE)!;
    const b = moveTo(old, rotated);

    const page = await b.get('/password/recover');
    expect(page.status).toBe(200);
    expect(page.body).toContain('name="recoveryCode"');
    const resealed = b.cookies.get(COOKIE)!;
    expect(resealed).not.toBe(oldCookie);
    expect(createSealer(NEW).open(resealed, COOKIE)).toMatchObject({
      recovery: { identifier: user.email },
    });
    expect(createSealer(OLD).open(resealed, COOKIE)).toBeNull();

    const code = await findRecoveryCode(fixture.local, user.email);
    const password = strongPassword();
    const done = await b.post('/password/recover', {
      recoveryCode: code!,
      password,
      confirmPassword: password,
    });
    expect([done.status, done.headers.get('location')]).toEqual([303, '/']);
    expect(textOf((await b.get('/')).body, 'confirmation-title')).toMatch(/password/i);
  });
});

describe('a portal with only the new secret', () => {
  let only: RunningPortal;
  beforeAll(async () => {
    only = await startPortal(fixture.local, { sessionSecret: NEW });
  });
  afterAll(async () => {
    await only?.close();
  });

  it('does not open a cookie sealed with the old secret: the flow is gone', async () => {
    const user = await createUser({ client: before.client });
    const b = moveTo(await startedRecovery(user.email), only);
    const res = await b.get('/password/recover');
    expect([res.status, res.headers.get('location')]).toEqual([303, '/password/forgot']);
    const fresh = createSealer(NEW).open(b.cookies.get(COOKIE)!, COOKIE) as {
      recovery: unknown;
      flash: { key: string }[];
    };
    expect(fresh.recovery).toBeNull();
    expect(fresh.flash.map((f) => f.key)).toEqual(['flash.sessionExpired']);
  });
});

describe('session secret settings', () => {
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (err) {
      return (err as ConfigError).problems;
    }
    return [];
  };

  it('the first secret seals; the rest and SESSION_SECRET_PREVIOUS open, without duplicates', () => {
    const a = 'a'.repeat(32);
    const b = 'b'.repeat(40);
    const c = 'c'.repeat(33);
    expect(loadConfig({ SESSION_SECRET: a })).toMatchObject({
      sessionSecret: a,
      previousSessionSecrets: [],
    });
    expect(
      loadConfig({ SESSION_SECRET: ` ${a} , ${b} `, SESSION_SECRET_PREVIOUS: `${c},${b},${a}` }),
    ).toMatchObject({ sessionSecret: a, previousSessionSecrets: [b, c] });
  });

  it('names a short secret in either list, and a previous secret without a current one', () => {
    expect(problems({ SESSION_SECRET: `${'a'.repeat(32)},short` })).toEqual([
      'SESSION_SECRET: each comma-separated secret must be at least 32 characters',
    ]);
    expect(problems({ SESSION_SECRET: 'a'.repeat(32), SESSION_SECRET_PREVIOUS: 'short' })).toEqual([
      'SESSION_SECRET_PREVIOUS: must be at least 32 characters',
    ]);
    expect(problems({ SESSION_SECRET_PREVIOUS: 'p'.repeat(32) })).toEqual([
      'SESSION_SECRET_PREVIOUS: requires SESSION_SECRET (the secret that seals)',
    ]);
  });

  it('a sealer seals with the first secret and opens with any', () => {
    const rotated = createSealer([NEW, OLD]);
    const byOld = createSealer(OLD).seal({ n: 1 }, COOKIE);
    expect(rotated.open(byOld, COOKIE)).toEqual({ n: 1 });
    const byRotated = rotated.seal({ n: 2 }, COOKIE);
    expect(createSealer(NEW).open(byRotated, COOKIE)).toEqual({ n: 2 });
    expect(createSealer(OLD).open(byRotated, COOKIE)).toBeNull();
    expect(rotated.open(byOld, 'other-cookie')).toBeNull();
    expect(() => createSealer([])).toThrow(TypeError);
    expect(() => createSealer([NEW, 'short'])).toThrow(TypeError);
  });
});
