/** Unit tests of `src/portal/config.ts`: settings from the environment, defaults and error messages. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/portal/config.js';
import { LOCALES } from '../../../src/portal/i18n/index.js';

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

  it('narrows the languages with SUPPORTED_LOCALES, which must hold DEFAULT_LOCALE', () => {
    expect(loadConfig({}).supportedLocales).toEqual([...LOCALES]);
    expect(loadConfig({ SUPPORTED_LOCALES: ' de, fr,de ', DEFAULT_LOCALE: 'fr' })).toMatchObject({
      supportedLocales: ['de', 'fr'],
      defaultLocale: 'fr',
    });
    expect(configError({ SUPPORTED_LOCALES: 'de,fr' })).toEqual([
      'SUPPORTED_LOCALES: must include DEFAULT_LOCALE (en)',
    ]);
    expect(configError({ SUPPORTED_LOCALES: 'en,xx' })[0]).toMatch(
      /^SUPPORTED_LOCALES: must be a comma-separated list of en, .* \(unknown: xx\)$/,
    );
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
