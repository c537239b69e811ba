/**
 * E-mail verification at registration (REGISTRATION_VERIFY_EMAIL=true, classic mode), against a
 * real portal and a real PingOne Local: the account awaits verification until the mailed code is
 * typed; wrong, malformed and exhausted codes change nothing; resends are spaced and capped; a
 * person who comes back later gets a verification code through the forgot-password page.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/portal/i18n/index.js';
import { useFixture } from '../support/stack.js';
import {
  Browser,
  mailTo,
  recoveryCode,
  startHarness,
  strongPassword,
  textOf,
  unique,
} from './harness.js';

const h = useFixture(() =>
  startHarness({ REGISTRATION_VERIFY_EMAIL: 'true', RECOVERY_CODES_PER_DAY: '3' }),
);

/**
 * Registers a new account through the form (with `extra` fields posted too); answers the browser
 * (on the verify page) and who.
 */
async function register(extra: Record<string, string> = {}) {
  const username = `v${unique()}`;
  const email = `${username}@example.com`;
  const password = strongPassword();
  const b = new Browser(h.url);
  await b.get('/register');
  const post = await b.post('/register', {
    username,
    email,
    password,
    confirmPassword: password,
    ...extra,
  });
  expect([post.status, post.headers.get('location')]).toEqual([303, '/register/verify']);
  const user = await h.client.users.findByUsernameOrEmail(username);
  return { b, username, email, password, id: user!.id };
}

const lifecycle = async (id: string) => (await h.client.users.get(id))?.lifecycle?.status;
const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);

describe('registration with e-mail verification', () => {
  it('creates the account awaiting verification, shows the address, and verifies it with the code', async () => {
    const { b, email, id } = await register();
    expect(await lifecycle(id)).toBe('VERIFICATION_REQUIRED');
    const [mail] = await mailTo(h, email);
    expect(mail?.subject).toBe('Verify your account');
    const page = await b.get('/register/verify');
    expect(page.status).toBe(200);
    expect(textOf(page.body, 'verify-email')).toBe(email);
    expect(page.body).toMatch(
      /<input id="verificationCode" name="verificationCode" type="text" autocomplete="one-time-code"/,
    );
    // Leaving and coming back keeps the flow.
    await b.get('/');
    expect((await b.get('/register/verify')).status).toBe(200);

    // Pasted with spaces and in lower case.
    const code = (await recoveryCode(h, email))!;
    const typed = ` ${code.slice(0, 4).toLowerCase()} ${code.slice(4).toLowerCase()} `;
    const post = await b.post('/register/verify', { verificationCode: typed });
    expect([post.status, post.headers.get('location')]).toEqual([303, '/register/done']);
    expect(await lifecycle(id)).toBe('ACCOUNT_OK');
    expect((await h.client.users.get(id))?.emailVerified).toBe(true);
    const done = await b.get('/register/done');
    expect(textOf(done.body, 'flash')).toBe(en('flash.accountVerified'));
    expect(textOf(done.body, 'done-text')).toBe(en('done.text'));
    // The finished flow is gone: the verify page sends back to the start.
    const again = await b.get('/register/verify');
    expect([again.status, again.headers.get('location')]).toEqual([303, '/register']);
  });

  it('refuses malformed, wrong and exhausted codes without changing the account', async () => {
    const { b, email, id } = await register();
    await b.get('/register/verify');
    const malformed = await b.post('/register/verify', { verificationCode: 'abc' });
    expect(malformed.headers.get('location')).toBe('/register/verify');
    let page = await b.get('/register/verify');
    expect(textOf(page.body, 'verificationCode-error')).toBe(en('error.verificationCode.format'));

    for (let i = 1; i <= 5; i++) {
      await b.post('/register/verify', { verificationCode: `WRONG00${i}` });
      page = await b.get('/register/verify');
      expect(textOf(page.body, 'verificationCode-error')).toBe(
        en(i < 5 ? 'error.verificationCode.invalid' : 'error.verificationCode.exhausted'),
      );
    }
    // Even the right code is refused now: PingOne dropped it after the fifth failure.
    const code = (await recoveryCode(h, email))!;
    await b.post('/register/verify', { verificationCode: code });
    page = await b.get('/register/verify');
    expect(textOf(page.body, 'verificationCode-error')).toBe(
      en('error.verificationCode.exhausted'),
    );
    expect(await lifecycle(id)).toBe('VERIFICATION_REQUIRED');

    // A new code ends the exhaustion.
    await b.post('/register/verify/resend', {});
    await h.drain();
    const fresh = (await recoveryCode(h, email))!;
    const ok = await b.post('/register/verify', { verificationCode: fresh });
    expect(ok.headers.get('location')).toBe('/register/done');
    expect(await lifecycle(id)).toBe('ACCOUNT_OK');
  });

  it('ignores a posted lifecycle: the account awaits verification all the same', async () => {
    const { id } = await register({
      lifecycle: 'ACCOUNT_OK',
      'lifecycle[status]': 'ACCOUNT_OK',
      emailVerified: 'true',
    });
    expect(await lifecycle(id)).toBe('VERIFICATION_REQUIRED');
    expect((await h.client.users.get(id))?.emailVerified).not.toBe(true);
  });

  it('refuses a recovery code typed as a verification code', async () => {
    const other = await register();
    // Verified, so the forgot page mails it a recovery code.
    await other.b.get('/register/verify');
    await other.b.post('/register/verify', {
      verificationCode: (await recoveryCode(h, other.email))!,
    });
    const f = new Browser(h.url);
    await f.get('/password/forgot');
    await f.post('/password/forgot', { username: other.email });
    await h.drain();
    const recovery = (await recoveryCode(h, other.email))!;

    const { b, id } = await register();
    await b.get('/register/verify');
    await b.post('/register/verify', { verificationCode: recovery });
    const page = await b.get('/register/verify');
    expect(textOf(page.body, 'verificationCode-error')).toBe(en('error.verificationCode.invalid'));
    expect(await lifecycle(id)).toBe('VERIFICATION_REQUIRED');
  });

  it('caps resends per address with a message, and sends nothing more', async () => {
    const { b, email } = await register();
    await b.get('/register/verify');
    // RECOVERY_CODES_PER_DAY=3: the first code and two resends.
    for (let i = 0; i < 2; i++) {
      await b.post('/register/verify/resend', {});
      expect(textOf((await b.get('/register/verify')).body, 'flash')).toBe(
        en('flash.verifyResent'),
      );
    }
    await h.drain();
    expect(await mailTo(h, email)).toHaveLength(3);
    await b.post('/register/verify/resend', {});
    expect(textOf((await b.get('/register/verify')).body, 'flash')).toBe(
      en('flash.verifyResendCapped'),
    );
    await h.drain();
    expect(await mailTo(h, email)).toHaveLength(3);
  });

  it('sends a returning, unverified person a verification code from the forgot page', async () => {
    const { email, id } = await register();
    const b = new Browser(h.url);
    await b.get('/password/forgot');
    const post = await b.post('/password/forgot', { username: email });
    expect([post.status, post.headers.get('location')]).toEqual([303, '/password/recover']);
    await h.drain();
    const [mail] = await mailTo(h, email);
    expect(mail?.subject).toBe('Verify your account');
    const code = (await recoveryCode(h, email))!;
    await b.get('/password/recover');
    const password = strongPassword();
    const done = await b.post('/password/recover', {
      recoveryCode: code,
      password,
      confirmPassword: password,
    });
    expect([done.status, done.headers.get('location')]).toEqual([303, '/']);
    expect(await lifecycle(id)).toBe('ACCOUNT_OK');
    expect((await h.client.passwords.check(id, password)).status).toBe('OK');
  });
});

describe('resend cooldown', () => {
  const c = useFixture(() =>
    startHarness({ REGISTRATION_VERIFY_EMAIL: 'true', RECOVERY_RESEND_COOLDOWN_SECONDS: '60' }),
  );

  it('shows the wait on the page and refuses an early resend, server-side', async () => {
    const username = `c${unique()}`;
    const email = `${username}@example.com`;
    const password = strongPassword();
    const b = new Browser(c.url);
    await b.get('/register');
    await b.post('/register', { username, email, password, confirmPassword: password });
    const page = await b.get('/register/verify');
    expect(textOf(page.body, 'resend-wait')).toMatch(
      /^You can ask for a new code in (59|60) seconds\.$/,
    );
    await b.post('/register/verify/resend', {});
    expect(textOf((await b.get('/register/verify')).body, 'flash')).toMatch(
      /^Please wait (59|60) seconds before asking for another code\.$/,
    );
    await c.drain();
    expect(await mailTo(c, email)).toHaveLength(1);
  });
});
