/**
 * `?return_to=` on the entry pages (issue 12 §4): an application URL under `RETURN_URLS` is kept
 * through the flow, and the page after a success offers "Continue to the application" with it;
 * anything else (other origins, scheme-relative, `javascript:`, encoded and userinfo tricks, a
 * sibling path) is dropped, so the portal never links or redirects there.
 */
import { describe, expect, it } from 'vitest';
import { applicationReturnTo } from '../../src/portal/flows/return-to.js';
import { type Hop, SignInBrowser, startSignInStack } from '../support/signin-stack.js';
import { strongPassword, unique, useFixture } from '../support/stack.js';

const APP = 'https://app.example/welcome';
const stack = useFixture(() => startSignInStack({ env: { RETURN_URLS: APP } }));

const HOSTILE = [
  'https://evil.example/welcome',
  '//evil.example/welcome',
  '/\\evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'https://app.example@evil.example/welcome',
  'https://app.example%2F@evil.example/welcome',
  'https://app.example.evil.example/welcome',
  'https://app.example/welcomeX',
  'https://app.example/welcome/../admin',
  'http://app.example/welcome',
  '%2F%2Fevil.example',
  '/account',
  'https:\\\\evil.example\\welcome',
];

/** The confirmation's primary button when it leads back to the application (else null). */
const continueLink = (page: Hop) => {
  const m = /<a class="button" id="next-step" href="([^"]*)">([^<]*)<\/a>/.exec(page.body);
  return m && m[2] === 'Continue to the application' ? m : null;
};

/** Posts the classic registration form of the browser's last page; answers the page after it. */
function register(b: SignInBrowser): Promise<Hop> {
  const username = `rt${unique()}`;
  const password = strongPassword();
  return b.post('/register', {
    username,
    email: `${username}@example.com`,
    password,
    confirmPassword: password,
  });
}

/** Registers through the classic form, starting at `start`; answers the page after it. */
async function registerFrom(start: string): Promise<Hop> {
  const b = new SignInBrowser(stack.url);
  const form = await b.get(start);
  expect(form.body).toContain('id="register-form"');
  return register(b);
}

describe('return_to on the entry pages', () => {
  it('offers "Continue to the application" after a success when return_to is allowed', async () => {
    const target = `${APP}/next?from=portal`;
    const done = await registerFrom(`/register?return_to=${encodeURIComponent(target)}`);
    expect(done.url).toBe(`${stack.url}/`);
    const link = continueLink(done);
    expect(link?.[1]).toBe(target.replace('&', '&amp;'));
    expect(link?.[2]).toBe('Continue to the application');
  });

  it('carries it from the sign-in page to the registration it links to', async () => {
    const b = new SignInBrowser(stack.url);
    const signin = await b.get(`/signin?return_to=${encodeURIComponent(APP)}`);
    expect(signin.body).toContain('id="signon-register"');
    await b.get('/register');
    const done = await register(b);
    expect(continueLink(done)?.[1]).toBe(APP);
  });

  it('shows it only after a success, not on the entry form', async () => {
    const b = new SignInBrowser(stack.url);
    const form = await b.get(`/password/forgot?return_to=${encodeURIComponent(APP)}`);
    expect(continueLink(form)).toBeNull();
    const change = await b.get(`/password/change?return_to=${encodeURIComponent(APP)}`);
    expect(continueLink(change)).toBeNull();
  });

  it('drops every return_to outside RETURN_URLS', async () => {
    for (const hostile of HOSTILE) {
      expect(applicationReturnTo(hostile, [APP]), hostile).toBeNull();
    }
    for (const hostile of HOSTILE.slice(0, 9)) {
      const done = await registerFrom(`/register?return_to=${encodeURIComponent(hostile)}`);
      expect(done.url).toBe(`${stack.url}/`);
      expect(done.body).toContain('id="confirmation"');
      expect(continueLink(done), hostile).toBeNull();
      expect(done.body).not.toContain('evil.example');
      expect(done.body).not.toMatch(/javascript:|data:text/i);
    }
  });

  it('forgets an allowed return_to when the next entry page names a hostile one', async () => {
    const b = new SignInBrowser(stack.url);
    await b.get(`/register?return_to=${encodeURIComponent(APP)}`);
    await b.get(`/register?return_to=${encodeURIComponent('https://evil.example/')}`);
    const done = await register(b);
    expect(done.body).toContain('id="confirmation"');
    expect(continueLink(done)).toBeNull();
  });
});
