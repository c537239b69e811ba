import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Browser,
  cookieShapes,
  createUser,
  disableUser,
  type Harness,
  mailTo,
  normalise,
  recoveryCode,
  startHarness,
  strongPassword,
  textOf,
  unique,
} from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const EXPECTED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; font-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

async function flashText(b: Browser, path: string): Promise<string | null> {
  const page = await b.get(path);
  return textOf(page.body, 'flash');
}

/** The title of the confirmation the home page shows after a flow succeeded. */
async function confirmation(b: Browser): Promise<string | null> {
  return textOf((await b.get('/')).body, 'confirmation-title');
}

describe('pages and headers', () => {
  it('serves the home page with the security headers and a session cookie', async () => {
    const b = new Browser(h.url);
    const page = await b.get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-powered-by')).toBeNull();
    expect(page.headers.get('strict-transport-security')).toBeNull();
    expect(cookieShapes(page.setCookies)).toEqual(['session=*; Path=/; HttpOnly; SameSite=Lax']);
    expect(page.body).toContain('<html lang="en" dir="ltr">');
    expect(page.body).toContain('<main id="main"');
    expect(textOf(page.body, 'action-register')).toBe('Create an account');
    expect(page.body.match(/<h1>/g)).toHaveLength(1);
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)/);
  });

  it('gives every page and language one h1, one main, labelled fields and unique ids', async () => {
    for (const lang of ['en', 'fr', 'de']) {
      const b = new Browser(h.url);
      await b.get(`/?lang=${lang}`);
      await b.get('/password/forgot');
      await b.post('/password/forgot', { username: `a11y${unique()}` });
      for (const path of [
        '/',
        '/register',
        '/password/forgot',
        '/password/change',
        '/password/recover',
        '/missing',
      ]) {
        const { body } = await b.get(path);
        const where = `${lang} ${path}`;
        expect(body, where).toContain(`<html lang="${lang}" dir="ltr">`);
        expect(body.match(/<h1[\s>]/g), where).toHaveLength(1);
        expect(body.match(/<main[\s>]/g), where).toHaveLength(1);
        const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
        expect(ids.length, where).toBe(new Set(ids).size);
        const fields = [...body.matchAll(/<(?:input|select)\b[^>]*>/g)]
          .map((m) => m[0])
          .filter((tag) => !tag.includes('type="hidden"'));
        for (const tag of fields) {
          const id = /\sid="([^"]+)"/.exec(tag)?.[1];
          expect(id, `${where} ${tag}`).toBeDefined();
          expect(body, `${where} label for ${id}`).toContain(`<label for="${id}">`);
        }
        for (const m of body.matchAll(/aria-describedby="([^"]+)"/g)) {
          for (const ref of m[1]!.split(' '))
            expect(ids, `${where} describedby ${ref}`).toContain(ref);
        }
      }
    }
  });

  it('serves hashed assets with a long cache', async () => {
    const b = new Browser(h.url);
    const page = await b.get('/');
    const css = /href="(\/assets\/portal\.[0-9a-f]{12}\.css)"/.exec(page.body)?.[1];
    const js = /src="(\/assets\/portal\.[0-9a-f]{12}\.js)"/.exec(page.body)?.[1];
    expect(css).toBeDefined();
    expect(js).toBeDefined();
    const cssRes = await b.get(css!);
    expect(cssRes.status).toBe(200);
    expect(cssRes.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(cssRes.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(cssRes.setCookies).toEqual([]);
    const jsRes = await b.get(js!);
    expect(jsRes.status).toBe(200);
    expect(jsRes.body).toContain('password-policy-data');
  });

  it('negotiates the language and remembers ?lang=', async () => {
    const b = new Browser(h.url, { 'accept-language': 'fr-CH,fr;q=0.9,en;q=0.5' });
    const fr = await b.get('/');
    expect(fr.body).toContain('<html lang="fr" dir="ltr">');
    expect(fr.body).toContain('<h1>Gérer votre compte</h1>');
    const de = await b.get('/?lang=de');
    expect(de.body).toContain('<h1>Ihr Konto verwalten</h1>');
    expect(de.setCookies.some((c) => c.startsWith('lang=de;'))).toBe(true);
    const again = await b.get('/password/forgot');
    expect(again.body).toContain('<h1>Passwort vergessen?</h1>');
  });

  it('answers unknown paths with a 404 page carrying a reference id', async () => {
    const page = await new Browser(h.url).get('/nope');
    expect(page.status).toBe(404);
    expect(textOf(page.body, 'error-text')).toBe('The page you asked for does not exist.');
    expect(textOf(page.body, 'error-reference')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers GET on a POST-only route with 405 and no side effect', async () => {
    const b = new Browser(h.url);
    const res = await b.get('/password/recover/resend');
    expect(res.status).toBe(405);
    expect(textOf(res.body, 'error-text')).toBe('This page cannot be used that way.');
  });

  it('reports health and readiness', async () => {
    const b = new Browser(h.url);
    const health = await b.get('/healthz');
    expect([health.status, JSON.parse(health.body)]).toEqual([200, { status: 'ok' }]);
    const ready = await b.get('/readyz');
    expect([ready.status, JSON.parse(ready.body)]).toEqual([200, { status: 'ready' }]);
  });
});

describe('registration', () => {
  it('creates the user with one call and redirects home with a flash', async () => {
    const b = new Browser(h.url);
    const form = await b.get('/register');
    expect(form.body).toContain('autocomplete="new-password"');
    expect(form.body).toContain('id="password-policy"');
    expect(form.body).not.toContain('name="population"');
    const username = `reg${unique()}`;
    const password = strongPassword();
    const res = await b.post('/register', {
      username,
      email: `${username}@example.com`,
      password,
      confirmPassword: password,
      enabled: 'false',
      'population[id]': '00000000-0000-0000-0000-000000000000',
    });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/']);
    expect(await confirmation(b)).toBe('Your account has been created');
    const user = await h.client.users.findByUsernameOrEmail(username);
    expect(user).toMatchObject({ username, email: `${username}@example.com`, enabled: true });
    const state = await h.client.passwords.check(user!.id, password);
    expect(state.status).toBe('OK');
  });

  it('shows field errors after a redirect and keeps safe values only', async () => {
    const b = new Browser(h.url);
    await b.get('/register');
    const username = `bad${unique()}`;
    const res = await b.post('/register', {
      username,
      email: 'not-an-email',
      password: 'Aa1!aaaaaaaa-x',
      confirmPassword: 'different',
    });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/register']);
    const page = await b.get('/register');
    expect(page.body).toContain('id="error-summary"');
    expect(textOf(page.body, 'email-error')).toBe('Enter an e‑mail address like name@example.com.');
    expect(textOf(page.body, 'confirmPassword-error')).toBe('The two passwords do not match.');
    expect(textOf(page.body, 'password-error')).toBe(
      'Choose a password that meets the requirement marked ✗.',
    );
    expect(page.body).toContain('data-rule="maxRepeatedCharacters" data-state="unmet"');
    expect(page.body).toContain(`value="${username}"`);
    expect(page.body).not.toContain('Aa1!aaaaaaaa-x');
    expect(await h.client.users.findByUsernameOrEmail(username)).toBeNull();
  });

  it('refuses a weak password before calling PingOne, marking the failed rules', async () => {
    const b = new Browser(h.url);
    await b.get('/register');
    const username = `weak${unique()}`;
    await b.post('/register', {
      username,
      email: `${username}@example.com`,
      password: 'short',
      confirmPassword: 'short',
    });
    const page = await b.get('/register');
    expect(textOf(page.body, 'password-error')).toMatch(
      /^Choose a password that meets the \d requirements marked ✗\.$/,
    );
    expect(page.body).toContain('data-rule="length" data-state="unmet"');
    expect(await h.client.users.findByUsernameOrEmail(username)).toBeNull();
  });

  it('says when the username is taken', async () => {
    const existing = await createUser(h);
    const b = new Browser(h.url);
    await b.get('/register');
    const password = strongPassword();
    await b.post('/register', {
      username: existing.username,
      email: `other${unique()}@example.com`,
      password,
      confirmPassword: password,
    });
    const page = await b.get('/register');
    expect(textOf(page.body, 'username-error')).toBe(
      'This username is already taken. Choose another one, or recover your password if this is your account.',
    );
  });

  it('rejects a missing, wrong or cross-site CSRF token with 403 and creates nothing', async () => {
    const b = new Browser(h.url);
    await b.get('/register');
    const token = b.csrf();
    const attempts: [string, Record<string, string>, string | null][] = [
      [`c1${unique()}`, {}, null],
      [`c2${unique()}`, {}, 'x'.repeat(43)],
      [`c3${unique()}`, { origin: 'https://evil.example' }, token],
      [`c4${unique()}`, { 'sec-fetch-site': 'cross-site' }, token],
    ];
    for (const [username, headers, csrf] of attempts) {
      const password = strongPassword();
      const res = await b.post(
        '/register',
        { username, email: `${username}@example.com`, password, confirmPassword: password },
        { csrf, headers },
      );
      expect(res.status, username).toBe(403);
      expect(textOf(res.body, 'error-text')).toBe(
        'For your security, please go back, reload the page and submit the form again.',
      );
      expect(await h.client.users.findByUsernameOrEmail(username)).toBeNull();
    }
    // What a browser sends under Referrer-Policy: no-referrer: accepted with the right token.
    const okName = `c6${unique()}`;
    const okPassword = strongPassword();
    const ok = await b.post(
      '/register',
      {
        username: okName,
        email: `${okName}@example.com`,
        password: okPassword,
        confirmPassword: okPassword,
      },
      { csrf: token, headers: { origin: 'null', 'sec-fetch-site': 'same-origin' } },
    );
    expect([ok.status, ok.headers.get('location')]).toEqual([303, '/']);
    const other = new Browser(h.url);
    await other.get('/register');
    const username = `c5${unique()}`;
    const password = strongPassword();
    const res = await other.post(
      '/register',
      { username, email: `${username}@example.com`, password, confirmPassword: password },
      { csrf: token },
    );
    expect(res.status).toBe(403);
    expect(await h.client.users.findByUsernameOrEmail(username)).toBeNull();
  });

  it('rejects malformed bodies before any PingOne call', async () => {
    const b = new Browser(h.url);
    await b.get('/register');
    const csrf = b.csrf();
    const username = `arr${unique()}`;
    const arr = await b.post(
      '/register',
      {
        username: [username, 'x'],
        email: `${username}@example.com`,
        password: 'p',
        confirmPassword: 'p',
      },
      { csrf },
    );
    expect(arr.status).toBe(400);
    expect(textOf(arr.body, 'error-text')).toBe('Please go back and use the form on the page.');
    const json = await b.request('POST', '/register', JSON.stringify({ username }), {
      'content-type': 'application/json',
    });
    expect(json.status).toBe(400);
    const big = await b.post(
      '/register',
      { username, email: 'a@b.co', password: 'x'.repeat(1_000_000), confirmPassword: '' },
      { csrf },
    );
    expect(big.status).toBe(413);
    expect(textOf(big.body, 'error-text')).toBe(
      'The form contained more data than we accept. Please shorten your entries.',
    );
    expect(await h.client.users.findByUsernameOrEmail(username)).toBeNull();
  });
});

describe('forgot and recover', () => {
  it('answers the same for known, disabled and unknown accounts, and mails only the known one', async () => {
    const known = await createUser(h);
    const disabled = await createUser(h);
    await disableUser(h, disabled.id);
    const results = [];
    for (const identifier of [known.username, disabled.email, `nobody${unique()}@example.com`]) {
      const b = new Browser(h.url);
      await b.get('/password/forgot');
      const post = await b.post('/password/forgot', { username: identifier });
      const next = await b.get('/password/recover');
      results.push({
        status: post.status,
        location: post.headers.get('location'),
        cookies: cookieShapes(post.setCookies),
        headerNames: [...post.headers.keys()].filter((k) => k !== 'date').sort(),
        body: post.body,
        next: [next.status, normalise(next.body)],
      });
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0]).toEqual(results[2]);
    expect(results[0]?.status).toBe(303);
    expect(results[0]?.location).toBe('/password/recover');
    // The page echoes only what was typed (normalised away above), the same for every account.
    expect(results[0]?.next[1]).toContain(
      'If an account matches <strong id="recover-identifier">*</strong>, we have e‑mailed a recovery code to the e‑mail address on that account.',
    );
    await h.drain();
    expect(await recoveryCode(h, known.email)).toMatch(/^[A-Z0-9]{8}$/);
    expect(await mailTo(h, disabled.email)).toEqual([]);
  });

  it('resets the password with the mailed code, clears the flow and does not sign in', async () => {
    const user = await createUser(h);
    const b = new Browser(h.url);
    await b.get('/password/forgot');
    await b.post('/password/forgot', { username: user.email });
    await h.drain();
    const code = await recoveryCode(h, user.email);
    const form = await b.get('/password/recover');
    expect(form.body).toContain('autocomplete="one-time-code"');
    // Only the typed input is echoed, never the account behind it.
    expect(textOf(form.body, 'recover-identifier')).toBe(user.email);
    expect(form.body.replaceAll(user.email, '')).not.toContain(user.username);
    expect(form.body).not.toContain(user.id);
    const newPassword = strongPassword();
    const res = await b.post('/password/recover', {
      recoveryCode: code!.toLowerCase(),
      password: newPassword,
      confirmPassword: newPassword,
      userId: '00000000-0000-0000-0000-000000000000',
    });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/']);
    expect(await confirmation(b)).toBe('Your password has been reset');
    expect((await h.client.passwords.check(user.id, newPassword)).status).toBe('OK');
    const again = await b.get('/password/recover');
    expect([again.status, again.headers.get('location')]).toEqual([303, '/password/forgot']);
  });

  it('gives one message for a wrong code and an unknown account, then "exhausted" after 5', async () => {
    const user = await createUser(h);
    const bodies: string[][] = [];
    const shapes: unknown[] = [];
    for (const identifier of [user.username, `ghost${unique()}`]) {
      const b = new Browser(h.url);
      await b.get('/password/forgot');
      await b.post('/password/forgot', { username: identifier });
      await b.get('/password/recover');
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        const pw = strongPassword();
        const res = await b.post('/password/recover', {
          recoveryCode: 'ZZZZ9999',
          password: pw,
          confirmPassword: pw,
        });
        expect([res.status, res.headers.get('location')]).toEqual([303, '/password/recover']);
        const page = await b.get('/password/recover');
        seen.push(textOf(page.body, 'recoveryCode-error') ?? '');
        if (i === 0) {
          shapes.push({
            cookies: cookieShapes(res.setCookies),
            headerNames: [...res.headers.keys()].filter((k) => k !== 'date').sort(),
            body: res.body,
            page: [page.status, normalise(page.body)],
          });
        }
      }
      bodies.push(seen);
    }
    await h.drain();
    const invalid = 'That code is not valid or has expired. Check the e‑mail, or send a new code.';
    const exhausted =
      'This code no longer works after too many attempts. For your security, wait a while (usually 15 minutes), then send a new code.';
    expect(bodies[0]).toEqual([invalid, invalid, invalid, invalid, exhausted]);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(shapes[1]).toEqual(shapes[0]);
  });

  it('sends a new code on request; only the newest works', async () => {
    const user = await createUser(h);
    const b = new Browser(h.url);
    await b.get('/password/forgot');
    await b.post('/password/forgot', { username: user.username });
    await h.drain();
    const first = await recoveryCode(h, user.email);
    await b.get('/password/recover');
    const resend = await b.post('/password/recover/resend', {});
    expect([resend.status, resend.headers.get('location')]).toEqual([303, '/password/recover']);
    await h.drain();
    const second = await recoveryCode(h, user.email);
    expect(second).not.toBe(first);
    expect(await mailTo(h, user.email)).toHaveLength(2);
    await b.get('/password/recover');
    const pw = strongPassword();
    await b.post('/password/recover', { recoveryCode: first!, password: pw, confirmPassword: pw });
    const page = await b.get('/password/recover');
    expect(textOf(page.body, 'recoveryCode-error')).toBe(
      'That code is not valid or has expired. Check the e‑mail, or send a new code.',
    );
    await b.post('/password/recover', { recoveryCode: second!, password: pw, confirmPassword: pw });
    expect((await h.client.passwords.check(user.id, pw)).status).toBe('OK');
  });

  it('refuses to recover without a flow in the session', async () => {
    const b = new Browser(h.url);
    const page = await b.get('/password/recover');
    expect([page.status, page.headers.get('location')]).toEqual([303, '/password/forgot']);
    expect(await flashText(b, '/password/forgot')).toBe(
      'Start by telling us your username or e‑mail address.',
    );
  });
});

describe('change password', () => {
  it('checks the current password, sets the new one and redirects home', async () => {
    const user = await createUser(h);
    const b = new Browser(h.url);
    const form = await b.get('/password/change');
    expect(form.body).toContain('autocomplete="current-password"');
    const pw = strongPassword();
    const res = await b.post('/password/change', {
      username: user.username,
      currentPassword: user.password,
      password: pw,
      confirmPassword: pw,
    });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/']);
    expect(await confirmation(b)).toBe('Your password has been changed');
    expect((await h.client.passwords.check(user.id, pw)).status).toBe('OK');
  });

  it('answers the same for a wrong password and an unknown user', async () => {
    const user = await createUser(h);
    const results = [];
    for (const username of [user.username, `nobody${unique()}`]) {
      const b = new Browser(h.url);
      await b.get('/password/change');
      const pw = strongPassword();
      const post = await b.post('/password/change', {
        username,
        currentPassword: 'Wrong-Password-123!',
        password: pw,
        confirmPassword: pw,
      });
      const next = await b.get('/password/change');
      results.push({
        status: post.status,
        location: post.headers.get('location'),
        cookies: cookieShapes(post.setCookies),
        next: normalise(next.body).replace(`value="${username}"`, 'value="*"'),
        message: textOf(next.body, 'currentPassword-error'),
      });
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0]?.message).toBe(
      'The username or password is incorrect, or this account cannot change its password here (it may be locked, or have no password yet). Check what you typed, or recover your password.',
    );
  });

  it('refuses a new password equal or too similar to the current one', async () => {
    const user = await createUser(h);
    const b = new Browser(h.url);
    await b.get('/password/change');
    await b.post('/password/change', {
      username: user.username,
      currentPassword: user.password,
      password: user.password,
      confirmPassword: user.password,
    });
    let page = await b.get('/password/change');
    expect(textOf(page.body, 'password-error')).toBe(
      'Your new password must be different from your current password.',
    );
    const similar = `${user.password.slice(0, -1)}q`;
    await b.post('/password/change', {
      username: user.username,
      currentPassword: user.password,
      password: similar,
      confirmPassword: similar,
    });
    page = await b.get('/password/change');
    expect(textOf(page.body, 'password-error')).toBe(
      'Your new password is too similar to your current password.',
    );
    expect((await h.client.passwords.check(user.id, user.password)).status).toBe('OK');
  });
});

describe('input hardening', () => {
  it('treats SCIM filter syntax in the username as a literal', async () => {
    const victim = await createUser(h);
    for (const username of [
      `a" or username pr or username eq "${victim.username}`,
      `${victim.username}" or "1" eq "1`,
      `x\\" or username pr`,
    ]) {
      const b = new Browser(h.url);
      await b.get('/password/change');
      const pw = strongPassword();
      const res = await b.post('/password/change', {
        username,
        currentPassword: victim.password,
        password: pw,
        confirmPassword: pw,
      });
      expect([res.status, res.headers.get('location')]).toEqual([303, '/password/change']);
      const page = await b.get('/password/change');
      expect(textOf(page.body, 'currentPassword-error')).toBe(
        'The username or password is incorrect, or this account cannot change its password here (it may be locked, or have no password yet). Check what you typed, or recover your password.',
      );
    }
    expect((await h.client.passwords.check(victim.id, victim.password)).status).toBe('OK');
  });

  it('escapes reflected values', async () => {
    const b = new Browser(h.url);
    await b.get('/password/change');
    const probe = '"><svg onload=alert(1)>{{7*7}}';
    await b.post('/password/change', {
      username: probe,
      currentPassword: 'x',
      password: '',
      confirmPassword: '',
    });
    const page = await b.get('/password/change');
    expect(page.body).toContain('value="&quot;&gt;&lt;svg onload=alert(1)&gt;{{7*7}}"');
    expect(page.body).not.toContain('<svg onload');
  });
});

describe('logs', () => {
  it('never contain passwords, codes, usernames or e-mail addresses', async () => {
    const user = await createUser(h);
    const b = new Browser(h.url);
    await b.get('/password/forgot');
    await b.post('/password/forgot', { username: user.email });
    await h.drain();
    const code = (await recoveryCode(h, user.email))!;
    await b.get('/password/recover');
    const pw = strongPassword();
    await b.post('/password/recover', { recoveryCode: code, password: pw, confirmPassword: pw });
    await b.get('/password/change');
    const pw2 = strongPassword();
    await b.post('/password/change', {
      username: user.username,
      currentPassword: pw,
      password: pw2,
      confirmPassword: pw2,
    });
    const all = h.logs.join('');
    expect(all).toContain('"event":"password_recovered"');
    expect(all).toContain('"event":"password_changed"');
    for (const secret of [
      user.password,
      pw,
      pw2,
      code,
      user.email,
      user.username,
      h.local.clientSecret,
    ]) {
      expect(all.includes(secret), `log leaks ${secret.slice(0, 3)}…`).toBe(false);
    }
  });
});
