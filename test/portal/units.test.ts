import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/portal/config.js';
import { createTtlCache, descriptionListsDomain } from '../../src/portal/directory.js';
import { parseDotEnv } from '../../src/portal/dotenv.js';
import { PortalError } from '../../src/portal/errors.js';
import {
  checkEmail,
  checkIdentifier,
  checkPassword,
  checkUsername,
  codePoints,
  normaliseRecoveryCode,
  readForm,
} from '../../src/portal/forms.js';
import { en } from '../../src/portal/i18n/en.js';
import {
  CATALOGS,
  LOCALES,
  negotiateLocale,
  placeholders,
  translate,
} from '../../src/portal/i18n/index.js';
import { checklistItems, describeFailures } from '../../src/portal/policy-view.js';
import { createMemoryStore } from '../../src/portal/rate-limit/store.js';
import { createSealer } from '../../src/portal/session/crypto.js';
import { html, jsonForScript, unsafeRaw } from '../../src/portal/views/html.js';

const SECRET = 'test-secret-that-is-at-least-32-characters-long';

function configError(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('defaults to the embedded PingOne Local with safe defaults', () => {
    const c = loadConfig({});
    expect(c.pingone).toEqual({ kind: 'embedded' });
    expect(c).toMatchObject({
      env: 'development',
      host: '127.0.0.1',
      port: 3000,
      secureCookies: false,
      sessionSecret: null,
      sessionIdleMs: 15 * 60_000,
      trustProxy: false,
      population: { mode: 'default' },
      defaultLocale: 'en',
    });
  });

  it('builds a tenant target from the region', () => {
    const c = loadConfig({
      PINGONE_ENVIRONMENT_ID: '0f3b2a2e-8f3e-4c8e-9a59-1b1f8f0e2a11',
      PINGONE_CLIENT_ID: 'client',
      PINGONE_CLIENT_SECRET: 'secret',
      PINGONE_REGION: 'EU',
    });
    expect(c.pingone).toEqual({
      kind: 'tenant',
      environmentId: '0f3b2a2e-8f3e-4c8e-9a59-1b1f8f0e2a11',
      clientId: 'client',
      clientSecret: 'secret',
      apiBaseUrl: 'https://api.pingone.eu/v1',
      authBaseUrl: 'https://auth.pingone.eu',
      tokenAuthMethod: 'client_secret_basic',
    });
  });

  it('names each bad variable', () => {
    expect(configError({ PORT: 'eighty' })).toEqual(['PORT: must be a whole number']);
    expect(configError({ NODE_ENV: 'production', PINGONE_TARGET: 'local' })).toEqual([
      'SESSION_SECRET: required when NODE_ENV=production (at least 32 characters)',
    ]);
    expect(configError({ SESSION_SECRET: 'short' })).toEqual([
      'SESSION_SECRET: must be at least 32 characters',
    ]);
    expect(configError({ PINGONE_CLIENT_ID: 'x' })).toEqual([
      'PINGONE_ENVIRONMENT_ID: required when any of PINGONE_ENVIRONMENT_ID, PINGONE_CLIENT_ID, PINGONE_CLIENT_SECRET is set',
      'PINGONE_CLIENT_SECRET: required when any of PINGONE_ENVIRONMENT_ID, PINGONE_CLIENT_ID, PINGONE_CLIENT_SECRET is set',
    ]);
    expect(configError({ POPULATION_MODE: 'fixed' })).toEqual([
      'POPULATION_ID: required when POPULATION_MODE=fixed',
    ]);
    expect(configError({ TLS_CERT_FILE: '/x.pem' })).toEqual([
      'TLS_KEY_FILE: TLS_CERT_FILE and TLS_KEY_FILE must be set together',
    ]);
    expect(configError({ PINGONE_API_URL: 'http://api.example.com/v1' })).toEqual([
      'PINGONE_API_URL: must use https (http is allowed only for localhost)',
    ]);
    expect(configError({ TRUST_PROXY: 'everyone' })).toEqual([
      'TRUST_PROXY: must be false, true, a hop count or a list of IPs/CIDRs',
    ]);
    expect(configError({ PORTAL_LOGO_URL: '//evil.example/logo.png' })).toEqual([
      'PORTAL_LOGO_URL: must be a same-origin path (/...) or an https: URL',
    ]);
  });

  it('accepts production with a secret, TLS and a proxy hop count', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      PINGONE_TARGET: 'local',
      SESSION_SECRET: SECRET,
      TLS_CERT_FILE: '/c.pem',
      TLS_KEY_FILE: '/k.pem',
      TRUST_PROXY: '1',
      POPULATION_MODE: 'choice',
      POPULATION_CHOICES:
        '0f3b2a2e-8f3e-4c8e-9a59-1b1f8f0e2a11, 1f3b2a2e-8f3e-4c8e-9a59-1b1f8f0e2a11',
    });
    expect(c.secureCookies).toBe(true);
    expect(c.trustProxy).toBe(1);
    expect(c.population).toEqual({
      mode: 'choice',
      ids: ['0f3b2a2e-8f3e-4c8e-9a59-1b1f8f0e2a11', '1f3b2a2e-8f3e-4c8e-9a59-1b1f8f0e2a11'],
    });
  });
});

describe('i18n', () => {
  it('every locale defines exactly the English keys with the same placeholders', () => {
    const keys = Object.keys(en).sort();
    for (const locale of LOCALES) {
      const catalog = CATALOGS[locale] as Record<string, string>;
      expect(Object.keys(catalog).sort(), locale).toEqual(keys);
      for (const key of keys) {
        expect(catalog[key]?.trim().length, `${locale} ${key}`).toBeGreaterThan(0);
        expect(placeholders(catalog[key]!), `${locale} ${key}`).toEqual(
          placeholders((en as Record<string, string>)[key]!),
        );
      }
    }
  });

  it('negotiates Accept-Language with q-values and falls back', () => {
    expect(negotiateLocale('de-CH, fr;q=0.9, en;q=0.8', 'en')).toBe('de');
    expect(negotiateLocale('es, fr;q=0.5, de;q=0.7', 'en')).toBe('de');
    expect(negotiateLocale('es, it', 'fr')).toBe('fr');
    expect(negotiateLocale(undefined, 'en')).toBe('en');
    expect(negotiateLocale('de;q=0, fr', 'en')).toBe('fr');
  });

  it('formats placeholders', () => {
    expect(translate('fr', 'flash.resendCooldown', { seconds: 42 })).toBe(
      'Veuillez patienter 42 secondes avant de demander un autre code.',
    );
  });
});

describe('html', () => {
  it('escapes interpolations and keeps safe fragments', () => {
    const evil = '"><svg onload=alert(1)>{{7*7}}';
    expect(html`<p title="${evil}">${evil}${unsafeRaw('<b>ok</b>')}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;svg onload=alert(1)&gt;{{7*7}}">&quot;&gt;&lt;svg onload=alert(1)&gt;{{7*7}}<b>ok</b></p>',
    );
    expect(html`${['<a>', html`<i>x</i>`, null, false, 3]}`.value).toBe('&lt;a&gt;<i>x</i>3');
  });

  it('serialises JSON that cannot close a script element', () => {
    expect(jsonForScript({ a: '</script><x>&' }).value).toBe(
      '{"a":"\\u003c/script\\u003e\\u003cx\\u003e\\u0026"}',
    );
  });
});

describe('session sealing', () => {
  it('round-trips and rejects tampering, other names and other keys', () => {
    const sealer = createSealer(SECRET);
    const sealed = sealer.seal({ a: 1, who: 'alice@example.com' }, 'session');
    expect(sealed).not.toContain('alice');
    expect(sealer.open(sealed, 'session')).toEqual({ a: 1, who: 'alice@example.com' });
    expect(sealer.open(sealed, '__Host-session')).toBeNull();
    expect(createSealer(`${SECRET}x`).open(sealed, 'session')).toBeNull();
    const flipped = `${sealed.slice(0, 20)}${sealed[20] === 'A' ? 'B' : 'A'}${sealed.slice(21)}`;
    expect(sealer.open(flipped, 'session')).toBeNull();
    expect(sealer.open('not-base64!', 'session')).toBeNull();
    expect(sealer.seal({ a: 1 }, 'session')).not.toBe(sealer.seal({ a: 1 }, 'session'));
  });
});

describe('forms', () => {
  it('reads allow-listed single strings only', () => {
    expect(readForm({ username: 'a', extra: 'x' }, ['username', 'password'])).toEqual({
      username: 'a',
      password: '',
    });
    expect(() => readForm({ username: ['a', 'b'] }, ['username'])).toThrow(PortalError);
    expect(() => readForm('text', ['username'])).toThrow(PortalError);
    const proto = JSON.parse('{"__proto__": {"admin": 1}}') as unknown;
    expect(readForm(proto, ['username'])).toEqual({ username: '' });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('validates fields linearly and counts code points', () => {
    expect(codePoints('😀'.repeat(14))).toBe(14);
    expect(checkUsername('')).toEqual({ key: 'error.required' });
    expect(checkUsername('a'.repeat(129))).toEqual({ key: 'error.username.invalid' });
    expect(checkUsername('bob\r\n[FAKE]')).toEqual({ key: 'error.username.invalid' });
    expect(checkUsername('\uD800x')).toEqual({ key: 'error.username.invalid' });
    expect(checkUsername('Zoë Ünïcode')).toBeNull();
    expect(checkEmail('a@example.com')).toBeNull();
    expect(checkEmail('a@b')).toEqual({ key: 'error.email.invalid' });
    expect(checkEmail(`${'a'.repeat(50000)}!`)).toEqual({ key: 'error.email.invalid' });
    expect(checkIdentifier('x'.repeat(255))).toEqual({ key: 'error.identifier.invalid' });
    expect(checkPassword('😀'.repeat(255))).toBeNull();
    expect(checkPassword('😀'.repeat(256))).toEqual({ key: 'error.tooLong', params: { max: 255 } });
    expect(normaliseRecoveryCode(' ab12-cd34 ')).toBe('ab12cd34');
    expect(normaliseRecoveryCode('ab12cd3')).toBeNull();
  });

  it('parses .env files', () => {
    expect(
      parseDotEnv('# c\nexport A=1\nB = "two\\nlines"\nC=\'x # y\'\nD=plain # comment\nbad line\n'),
    ).toEqual({ A: '1', B: 'two\nlines', C: 'x # y', D: 'plain' });
  });
});

describe('memory counter store', () => {
  it('counts in fixed windows', async () => {
    let t = 1000;
    const store = createMemoryStore({ now: () => t });
    expect(await store.hit('k', 60_000)).toEqual({ count: 1, resetMs: 60_000 });
    t += 10_000;
    expect(await store.hit('k', 60_000)).toEqual({ count: 2, resetMs: 50_000 });
    expect(await store.peek('k')).toEqual({ count: 2, resetMs: 50_000 });
    t += 50_000;
    expect(await store.hit('k', 60_000)).toEqual({ count: 1, resetMs: 60_000 });
    await store.close();
  });
});

describe('policy view', () => {
  const standard = {
    name: 'Standard',
    excludesProfileData: true,
    notSimilarToCurrent: true,
    excludesCommonlyUsed: true,
    maxRepeatedCharacters: 2,
    minUniqueCharacters: 5,
    length: { min: 8, max: 255 },
    minCharacters: {
      '~!@#$%^&*()-_=+[]{}|;:,.<>/?': 1,
      '0123456789': 1,
      ABCDEFGHIJKLMNOPQRSTUVWXYZ: 1,
      abcdefghijklmnopqrstuvwxyz: 1,
    },
  };

  it('lists the policy rules with stable ids, in describePolicy order', () => {
    expect(checklistItems(standard, { hasCurrentPassword: false }).map((i) => i.id)).toEqual([
      'length',
      'minCharacters-upper',
      'minCharacters-lower',
      'minCharacters-digit',
      'minCharacters-special',
      'minUniqueCharacters',
      'maxRepeatedCharacters',
      'excludesCommonlyUsed',
      'excludesProfileData',
    ]);
    const withHistory = { ...standard, history: { count: 6 } };
    expect(
      checklistItems(withHistory, { hasCurrentPassword: true })
        .slice(-2)
        .map((i) => [i.id, i.key]),
    ).toEqual([
      ['notSimilarToCurrent', 'policy.rule.notSimilarToCurrent'],
      ['history', 'policy.rule.history'],
    ]);
  });

  it('carries each character set so failures map to one item', () => {
    expect(
      checklistItems(standard, { hasCurrentPassword: false })
        .filter((i) => i.rule === 'minCharacters')
        .map((i) => [i.id, i.charset]),
    ).toEqual([
      ['minCharacters-upper', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
      ['minCharacters-lower', 'abcdefghijklmnopqrstuvwxyz'],
      ['minCharacters-digit', '0123456789'],
      ['minCharacters-special', '~!@#$%^&*()-_=+[]{}|;:,.<>/?'],
    ]);
  });

  it("maps PingOne's unsatisfiedRequirements (reversed charset) to messages", () => {
    expect(
      describeFailures(standard, [
        { rule: 'minCharacters', charset: 'ZYXWVUTSRQPONMLKJIHGFEDCBA' },
        { rule: 'length' },
        { rule: 'length' },
        { rule: 'history' },
        { rule: 'somethingNew' },
      ]),
    ).toEqual([
      { key: 'policy.rule.lengthRange', params: { min: 8, max: 255 } },
      { key: 'policy.rule.upper', params: { count: 1 } },
      { key: 'policy.rule.history', params: {} },
      { key: 'policy.rule.other', params: {} },
    ]);
  });

  it('matches populations by a domain listed in the description', () => {
    expect(
      descriptionListsDomain('Staff: example.com, @corp.example.org', 'corp.example.org'),
    ).toBe(true);
    expect(descriptionListsDomain('Staff: example.com', 'EXAMPLE.COM')).toBe(true);
    expect(descriptionListsDomain('Staff: example.com.evil', 'example.com')).toBe(false);
    expect(descriptionListsDomain(undefined, 'example.com')).toBe(false);
  });
});

describe('ttl cache', () => {
  it('shares one load between concurrent misses and serves stale on error', async () => {
    let t = 0;
    let loads = 0;
    const cache = createTtlCache<number>(1000, () => t);
    const load = async () => ++loads;
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    t = 2000;
    expect(await cache.get('k', async () => Promise.reject(new Error('down')))).toBe(1);
    expect(await cache.get('k', load)).toBe(2);
  });
});
