/**
 * Email-first registration (REGISTRATION_MODE=email-first): every step answers the same for a
 * new, an existing and a disabled address (status, location, cookie shapes, header names, page
 * text with the address masked, and no faster than AUTH_FAILURE_FLOOR_MS on a refused code);
 * only the mailbox differs. Then each path completes with its own code. Real portal and PingOne
 * Local behind the recording transport of test/support/recorded-portal.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/portal/i18n/index.js';
import { type Recorded, startRecorded } from '../support/recorded-portal.js';
import {
  advanceClock,
  Browser,
  cookieShapes,
  createUser,
  disableUser,
  mailTo,
  normalise,
  recoveryCode,
  strongPassword,
  textOf,
  unique,
} from './harness.js';

const FLOOR_MS = 300;
let h: Recorded;
beforeAll(async () => {
  h = await startRecorded({
    REGISTRATION_MODE: 'email-first',
    AUTH_FAILURE_FLOOR_MS: String(FLOOR_MS),
  });
});
afterAll(async () => {
  await h?.close();
});

/** What a response shows, with the typed address masked. */
function shape(page: Awaited<ReturnType<Browser['get']>>, email: string) {
  return {
    status: page.status,
    location: page.headers.get('location'),
    cookies: cookieShapes(page.setCookies),
    headerNames: [...page.headers.keys()].filter((k) => k !== 'date').sort(),
    body: normalise(page.body).replaceAll(email, '<address>'),
  };
}

describe('email-first registration: the same answer for every address', () => {
  it('answers SAME() on every step for a new, an existing and a disabled address', async () => {
    const existing = await createUser(h);
    const disabled = await createUser(h);
    await disableUser(h, disabled.id);
    const fresh = `new${unique()}@example.com`;
    const addresses = [fresh, existing.email, disabled.email];

    const first = await new Browser(h.url).get('/register');
    expect(first.body).toMatch(/<input id="email" name="email" type="email"/);
    expect(first.body).not.toContain('name="password"');
    expect(first.body).not.toContain('name="username"');

    // Step 1, while every PingOne call is held: the answer cannot depend on PingOne.
    let release!: () => void;
    h.hold = new Promise((resolve) => {
      release = resolve;
    });
    const browsers: Browser[] = [];
    const posts = [];
    for (const email of addresses) {
      const b = new Browser(h.url);
      await b.get('/register');
      posts.push(shape(await b.post('/register', { email }), email));
      browsers.push(b);
    }
    release();
    await h.drain();
    h.hold = null;
    for (const p of posts.slice(1)) expect(p).toEqual(posts[0]);
    expect(posts[0]).toMatchObject({ status: 303, location: '/register/verify', body: '' });

    // Step 2: the "we have sent a code to <address>" page.
    const pages = [];
    for (const [i, b] of browsers.entries()) {
      const page = await b.get('/register/verify');
      expect(textOf(page.body, 'verify-email')).toBe(addresses[i]);
      pages.push(shape(page, addresses[i]!));
    }
    for (const p of pages.slice(1)) expect(p).toEqual(pages[0]);
    expect(pages[0]?.body).toContain('name="verificationCode"');
    expect(pages[0]?.body).toContain('name="password"');

    // Step 3: a wrong code, padded to the floor, with the same message.
    const refusals = [];
    for (const [i, b] of browsers.entries()) {
      const pw = strongPassword();
      const started = performance.now();
      const post = await b.post('/register/verify', {
        verificationCode: 'ZZZZ9999',
        password: pw,
        confirmPassword: pw,
      });
      const ms = performance.now() - started;
      expect(ms, `refusal ${i} took ${ms.toFixed(0)} ms`).toBeGreaterThanOrEqual(FLOOR_MS - 2);
      const page = await b.get('/register/verify');
      refusals.push({ post: shape(post, addresses[i]!), page: shape(page, addresses[i]!) });
    }
    for (const r of refusals.slice(1)) expect(r).toEqual(refusals[0]);
    expect(refusals[0]?.post.location).toBe('/register/verify');
    expect(refusals[0]?.page.body).toContain(translate('en', 'error.verificationCode.invalid'));

    // Step 4: a resend.
    const resends = [];
    for (const [i, b] of browsers.entries()) {
      const post = await b.post('/register/verify/resend', {});
      resends.push({
        post: shape(post, addresses[i]!),
        page: shape(await b.get('/register/verify'), addresses[i]!),
      });
    }
    await h.drain();
    for (const r of resends.slice(1)) expect(r).toEqual(resends[0]);

    // Only the mailboxes differ: a verification code for the new address, a recovery code for
    // the existing account, nothing for the disabled one.
    expect((await mailTo(h, fresh)).map((m) => m.subject)).toEqual([
      'Verify your account',
      'Verify your account',
    ]);
    expect((await mailTo(h, existing.email)).map((m) => m.subject)).toEqual([
      'Your password recovery code',
      'Your password recovery code',
    ]);
    expect(await mailTo(h, disabled.email)).toEqual([]);
    // Nothing changed for the existing account: its password still works.
    expect((await h.client.passwords.check(existing.id, existing.password)).status).toBe('OK');
  });
});

describe('email-first registration: each path completes with its own code', () => {
  it('creates the account with username = address, verifies it and sets the password', async () => {
    const email = `Fresh${unique()}@example.com`;
    const b = new Browser(h.url);
    await b.get('/register');
    await b.post('/register', { email });
    await h.drain();
    const created = await h.client.users.findByUsernameOrEmail(email);
    expect(created).toMatchObject({
      username: email,
      email,
      lifecycle: { status: 'VERIFICATION_REQUIRED' },
    });
    expect((await h.client.passwords.getState(created!.id)).status).toBe('NO_PASSWORD');

    await b.get('/register/verify');
    const pw = strongPassword();
    const code = (await recoveryCode(h, email))!;
    const done = await b.post('/register/verify', {
      verificationCode: code.toLowerCase(),
      password: pw,
      confirmPassword: pw,
    });
    expect([done.status, done.headers.get('location')]).toEqual([303, '/register/done']);
    const user = await h.client.users.get(created!.id);
    expect([user?.lifecycle?.status, user?.emailVerified]).toEqual(['ACCOUNT_OK', true]);
    expect((await h.client.passwords.check(created!.id, pw)).status).toBe('OK');
    expect(textOf((await b.get('/register/done')).body, 'flash')).toBe(
      translate('en', 'flash.accountVerified'),
    );
    // Neither the address nor the code nor the password is logged.
    const logs = h.logs.join('\n');
    for (const secret of [email, email.toLowerCase(), code, pw]) expect(logs).not.toContain(secret);
    expect(logs).toContain('"event":"signup_code_requested"');
    expect(logs).toContain('"event":"account_verified"');
  });

  it('refuses an expired recovery code for an existing account, and changes nothing', async () => {
    const existing = await createUser(h);
    const b = new Browser(h.url);
    await b.get('/register');
    await b.post('/register', { email: existing.email });
    await h.drain();
    const code = (await recoveryCode(h, existing.email))!;
    // PingOne's recovery codes last 5 minutes (docs/pingone-behaviour.md §4.3).
    await advanceClock(h, 301);
    await b.get('/register/verify');
    const pw = strongPassword();
    await b.post('/register/verify', { verificationCode: code, password: pw, confirmPassword: pw });
    const page = await b.get('/register/verify');
    expect(textOf(page.body, 'verificationCode-error')).toBe(
      translate('en', 'error.verificationCode.invalid'),
    );
    expect((await h.client.passwords.check(existing.id, existing.password)).status).toBe('OK');
  });

  it('lets the owner of an existing account choose a new password with the recovery code', async () => {
    const existing = await createUser(h);
    const b = new Browser(h.url);
    await b.get('/register');
    await b.post('/register', { email: existing.email });
    await h.drain();
    await b.get('/register/verify');
    const pw = strongPassword();
    const done = await b.post('/register/verify', {
      verificationCode: (await recoveryCode(h, existing.email))!,
      password: pw,
      confirmPassword: pw,
    });
    expect([done.status, done.headers.get('location')]).toEqual([303, '/register/done']);
    expect((await h.client.passwords.check(existing.id, pw)).status).toBe('OK');
  });

  it('asks the password again, without the consumed code, when PingOne refuses it', async () => {
    const email = `pol${unique()}@example.com`;
    const b = new Browser(h.url);
    await b.get('/register');
    await b.post('/register', { email });
    await h.drain();
    await b.get('/register/verify');
    // Passes the portal's pre-check (no profile data) but PingOne refuses profile data.
    const local = email.split('@')[0]!;
    const weak = `Xy7!${local}#Q`;
    await b.post('/register/verify', {
      verificationCode: (await recoveryCode(h, email))!,
      password: weak,
      confirmPassword: weak,
    });
    const page = await b.get('/register/verify');
    expect(page.body).toContain('id="password-error"');
    expect(page.body).not.toContain('name="verificationCode"');
    const pw = strongPassword();
    const done = await b.post('/register/verify', { password: pw, confirmPassword: pw });
    expect(done.headers.get('location')).toBe('/register/done');
  });
});

describe('forgot password for an account that awaits verification', () => {
  it('answers as for any other identifier, and mails a verification code instead', async () => {
    const verified = await createUser(h);
    const name = `unv${unique()}`;
    const unverified = await h.client.users.import({
      username: name,
      email: `${name}@example.com`,
      password: { value: strongPassword(), forceChange: false },
      lifecycle: { status: 'VERIFICATION_REQUIRED' },
    });
    const before = (await mailTo(h, `${name}@example.com`)).length;
    const answers = [];
    for (const identifier of [verified.username, name, `ghost${unique()}`]) {
      const b = new Browser(h.url);
      await b.get('/password/forgot');
      const post = shape(await b.post('/password/forgot', { username: identifier }), identifier);
      await h.drain();
      answers.push({ post, next: shape(await b.get('/password/recover'), identifier) });
    }
    for (const a of answers.slice(1)) expect(a).toEqual(answers[0]);
    expect(answers[0]?.post).toMatchObject({ status: 303, location: '/password/recover' });
    const mails = await mailTo(h, `${name}@example.com`);
    expect(mails.length).toBe(before + 1);
    expect(mails[0]?.subject).toBe('Verify your account');
    expect((await mailTo(h, verified.email))[0]?.subject).toBe('Your password recovery code');
    expect(unverified.lifecycle?.status).toBe('VERIFICATION_REQUIRED');
  });
});

describe('REGISTRATION_USERNAME=chosen: the username comes after the proof', () => {
  let u: Recorded;
  beforeAll(async () => {
    u = await startRecorded({ REGISTRATION_MODE: 'email-first', REGISTRATION_USERNAME: 'chosen' });
  });
  afterAll(async () => {
    await u?.close();
  });

  /** Starts email-first for `email` and proves it with its code and a password. */
  async function prove(email: string) {
    const b = new Browser(u.url);
    await b.get('/register');
    await b.post('/register', { email });
    await u.drain();
    await b.get('/register/verify');
    const pw = strongPassword();
    const post = await b.post('/register/verify', {
      verificationCode: (await recoveryCode(u, email))!,
      password: pw,
      confirmPassword: pw,
    });
    return { b, post };
  }

  it('asks a new account for a username, says "taken" only then, and keeps the chosen one', async () => {
    const email = `pick${unique()}@example.com`;
    const { b, post } = await prove(email);
    expect([post.status, post.headers.get('location')]).toEqual([303, '/register/username']);
    // The verify page now leads to the username step.
    expect((await b.get('/register/verify')).headers.get('location')).toBe('/register/username');
    const page = await b.get('/register/username');
    expect(page.body).toMatch(
      /<input id="username" name="username" type="text" autocomplete="username"/,
    );

    const other = await createUser(u);
    await b.post('/register/username', { username: other.username.toUpperCase() });
    expect(textOf((await b.get('/register/username')).body, 'username-error')).toBe(
      translate('en', 'error.username.taken'),
    );
    const chosen = `chosen${unique()}`;
    const done = await b.post('/register/username', { username: chosen });
    expect([done.status, done.headers.get('location')]).toEqual([303, '/register/done']);
    const user = await u.client.users.findByUsernameOrEmail(email);
    expect([user?.username, user?.email, user?.lifecycle?.status]).toEqual([
      chosen,
      email,
      'ACCOUNT_OK',
    ]);
    // The flow is finished: the step cannot be replayed.
    expect((await b.get('/register/username')).headers.get('location')).toBe('/register');
  });

  it('never asks an existing account, and refuses the step without a proven flow', async () => {
    const existing = await createUser(u);
    const { post } = await prove(existing.email);
    expect(post.headers.get('location')).toBe('/register/done');

    const b = new Browser(u.url);
    await b.get('/register');
    await b.post('/register', { email: `early${unique()}@example.com` });
    expect((await b.get('/register/username')).headers.get('location')).toBe('/register/verify');
    await b.get('/register/verify');
    const early = await b.post('/register/username', { username: `sneaky${unique()}` });
    expect(early.headers.get('location')).toBe('/register/verify');
  });
});
