import { afterEach, describe, expect, it } from 'vitest';
import { createPingOneClient } from '../../src/pingone/index.js';
import { createSealer } from '../../src/portal/session/crypto.js';
import {
  Browser,
  createPopulation,
  type Harness,
  localClientOptions,
  SESSION_SECRET,
  startHarness,
  strongPassword,
  textOf,
  unique,
} from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function register(b: Browser, fields: Record<string, string>) {
  await b.get('/register');
  const password = strongPassword();
  return b.post('/register', { password, confirmPassword: password, ...fields });
}

describe('population selection', () => {
  it('offers only the allow-listed populations and refuses any other id', async () => {
    let ids: string[] = [];
    let hidden = '';
    h = await startHarness(async (local) => {
      ids = [
        await createPopulation(local, { name: `Customers ${unique()}` }),
        await createPopulation(local, { name: `Partners ${unique()}` }),
      ];
      hidden = await createPopulation(local, { name: `Staff ${unique()}` });
      return { POPULATION_MODE: 'choice', POPULATION_CHOICES: ids.join(',') };
    });
    const b = new Browser(h.url);
    const form = await b.get('/register');
    // The population <select> only (the language switcher has options of its own).
    const select =
      /<select[^>]*id="population"[^>]*>([\s\S]*?)<\/select>/.exec(form.body)?.[1] ?? '';
    const options = [...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);
    expect(options).toEqual(['', ...ids]);
    expect(form.body).not.toContain(hidden);

    const username = `pick${unique()}`;
    const ok = await register(b, {
      username,
      email: `${username}@example.com`,
      population: ids[1]!,
    });
    expect([ok.status, ok.headers.get('location')]).toEqual([303, '/']);
    const user = await h.client.users.findByUsernameOrEmail(username);
    expect(user?.population.id).toBe(ids[1]);

    const sneaky = `sneak${unique()}`;
    await register(b, { username: sneaky, email: `${sneaky}@example.com`, population: hidden });
    const page = await b.get('/register');
    expect(textOf(page.body, 'population-error')).toBe('Choose one of the options.');
    expect(await h.client.users.findByUsernameOrEmail(sneaky)).toBeNull();
  });

  it('gives the page every offered policy so the checklist follows the selection', async () => {
    let ids: string[] = [];
    h = await startHarness(async (local) => {
      const client = createPingOneClient(localClientOptions(local));
      const passphrase = (await client.passwordPolicies.list()).find(
        (p) => p.name === 'Passphrase',
      );
      ids = [
        await createPopulation(local, { name: `Std ${unique()}` }),
        await createPopulation(local, {
          name: `Pass ${unique()}`,
          passwordPolicy: { id: passphrase!.id! },
        }),
      ];
      return { POPULATION_MODE: 'choice', POPULATION_CHOICES: ids.join(',') };
    });
    const page = await new Browser(h.url).get('/register');
    const json =
      /<script type="application\/json" id="password-policy-data">([^<]*)<\/script>/.exec(
        page.body,
      )?.[1];
    const data = JSON.parse(json!) as {
      items: { id: string }[];
      byPopulation: Record<string, { items: { id: string; text: string }[] }>;
    };
    expect(Object.keys(data.byPopulation)).toEqual(ids);
    expect(data.items.map((i) => i.id)).toEqual(data.byPopulation[ids[0]!]!.items.map((i) => i.id));
    expect(data.byPopulation[ids[1]!]!.items).toEqual([
      {
        id: 'minComplexity',
        rule: 'minComplexity',
        text: 'be hard to guess (longer passphrases help)',
      },
      {
        id: 'excludesCommonlyUsed',
        rule: 'excludesCommonlyUsed',
        text: 'not be a commonly used password',
        submitOnly: true,
      },
      {
        id: 'excludesProfileData',
        rule: 'excludesProfileData',
        text: 'not contain your username or e‑mail address',
      },
    ]);
  });

  it('picks the population whose description lists the e-mail domain', async () => {
    let staff = '';
    h = await startHarness(async (local) => {
      staff = await createPopulation(local, {
        name: `Staff ${unique()}`,
        description: 'Employees: corp.example, corp.example.org',
      });
      return { POPULATION_MODE: 'domain' };
    });
    const b = new Browser(h.url);
    const form = await b.get('/register');
    expect(form.body).not.toContain('name="population"');
    const username = `emp${unique()}`;
    await register(b, { username, email: `${username}@corp.example.org` });
    expect((await h.client.users.findByUsernameOrEmail(username))?.population.id).toBe(staff);

    const outsider = `out${unique()}`;
    await register(b, { username: outsider, email: `${outsider}@elsewhere.example` });
    const page = await b.get('/register');
    expect(textOf(page.body, 'email-error')).toBe(
      'Registration is not open for this e‑mail domain.',
    );
    expect(await h.client.users.findByUsernameOrEmail(outsider)).toBeNull();
  });
});

describe('session idle timeout', () => {
  it('seals the cookie again only when the session changed or was last seen a minute ago', async () => {
    let offset = 0;
    h = await startHarness({}, { now: () => Date.now() + offset });
    const b = new Browser(h.url);
    const seen = () =>
      (createSealer(SESSION_SECRET).open(b.cookies.get('session')!, 'session') as { seen: number })
        .seen;
    expect((await b.get('/register')).setCookies).toHaveLength(1);
    const first = seen();
    // Unchanged and seen less than a minute ago: the cookie stays as it is.
    expect((await b.get('/register')).setCookies).toEqual([]);
    offset = 59_000;
    expect((await b.get('/password/forgot')).setCookies).toEqual([]);
    // A minute on, the last-seen time is renewed.
    offset = 61_000;
    expect((await b.get('/register')).setCookies).toHaveLength(1);
    expect(seen()).toBeGreaterThanOrEqual(first + 61_000);
    // A change (the failed form's errors and values) is sealed at once.
    const failed = await b.post('/register', { username: '', email: 'x' });
    expect(failed.status).toBe(303);
    expect(failed.setCookies).toHaveLength(1);
    // The idle limit counts from the last renewal: a session ends up to a minute early, never late.
    offset = 61_000 + 50_000;
    expect((await b.get('/')).setCookies).toEqual([]);
    offset = 61_000 + 15 * 60_000 + 1000;
    await b.get('/password/recover');
    const page = await b.get('/password/forgot');
    expect(textOf(page.body, 'flash')).toBe(
      'Your session expired after a period of inactivity. Please start again.',
    );
  });

  it('forgets the recovery flow after 15 idle minutes', async () => {
    let offset = 0;
    h = await startHarness({}, { now: () => Date.now() + offset });
    const b = new Browser(h.url);
    await b.get('/password/forgot');
    await b.post('/password/forgot', { username: `idle${unique()}` });
    const during = await b.get('/password/recover');
    expect(during.status).toBe(200);
    offset = 14 * 60_000;
    expect((await b.get('/password/recover')).status).toBe(200);
    offset += 15 * 60_000 + 1000;
    const after = await b.get('/password/recover');
    expect([after.status, after.headers.get('location')]).toEqual([303, '/password/forgot']);
    const page = await b.get('/password/forgot');
    expect(textOf(page.body, 'flash')).toBe(
      'Your session expired after a period of inactivity. Please start again.',
    );
  });
});
