/**
 * The confirmation after a flow succeeds (issue 13, item 1): shown once on `/`, the next step as
 * the primary button ("Sign in" to `SIGN_IN_URL` when set), and never the "register" action again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Browser, type Harness, startHarness, strongPassword, textOf, unique } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function registerOnce(b: Browser): Promise<void> {
  await b.get('/register');
  const username = `done${unique()}`;
  const password = strongPassword();
  const res = await b.post('/register', {
    username,
    email: `${username}@example.com`,
    password,
    confirmPassword: password,
  });
  expect([res.status, res.headers.get('location')]).toEqual([303, '/']);
}

const nextStep = (body: string) =>
  /<a class="button" id="next-step" href="([^"]*)">([^<]*)<\/a>/.exec(body)?.slice(1);

describe('confirmation', () => {
  it('leads to SIGN_IN_URL with "Sign in", once, with a way back home', async () => {
    h = await startHarness({ SIGN_IN_URL: 'https://app.example.com/login' });
    const b = new Browser(h.url);
    await registerOnce(b);
    const done = await b.get('/', { 'accept-language': 'de' });
    expect(textOf(done.body, 'confirmation-title')).toBe('Ihr Konto wurde erstellt');
    expect(nextStep(done.body)).toEqual(['https://app.example.com/login', 'Anmelden']);
    expect(done.body).toContain('id="confirmation-other" href="/"');
    expect(done.body).not.toContain('id="action-register"');
    // Shown once: the home page is back on the next visit.
    const home = await b.get('/');
    expect(home.body).not.toContain('id="confirmation"');
    expect(home.body).toContain('id="action-register"');
  });

  it('leads to the home page when no SIGN_IN_URL is set', async () => {
    h = await startHarness();
    const b = new Browser(h.url);
    await registerOnce(b);
    const done = await b.get('/');
    expect(nextStep(done.body)).toEqual(['/', 'Go to the home page']);
    expect(done.body).not.toContain('id="confirmation-other"');
  });
});
