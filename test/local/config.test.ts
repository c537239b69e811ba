import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_PORT, loadLocalConfig } from '../../src/local/config.js';

describe('loadLocalConfig', () => {
  it('applies defaults', () => {
    expect(loadLocalConfig({})).toEqual({
      host: '127.0.0.1',
      port: DEFAULT_PORT,
      dbPath: './data/pingone-local.sqlite',
      argon2: {},
      devApi: true,
      smtp: null,
    });
  });

  it('reads every variable', () => {
    expect(
      loadLocalConfig({
        PINGONE_LOCAL_HOST: '0.0.0.0',
        PINGONE_LOCAL_PORT: '0',
        PINGONE_LOCAL_DB: ':memory:',
        PINGONE_LOCAL_ENVIRONMENT_ID: 'env-1',
        PINGONE_LOCAL_CLIENT_ID: 'client-1',
        PINGONE_LOCAL_CLIENT_SECRET: 'secret-0123456789abcdef',
        PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS: '600',
        PINGONE_LOCAL_ARGON2_MEMORY_KIB: '65536',
        PINGONE_LOCAL_ARGON2_TIME_COST: '3',
        PINGONE_LOCAL_ARGON2_PARALLELISM: '2',
        PINGONE_LOCAL_DEV_API: 'false',
        PINGONE_LOCAL_SEED_FILE: './seed.json',
        PINGONE_LOCAL_SMTP_URL: 'smtp://localhost:1025',
        PINGONE_LOCAL_EMAIL_UNIQUE: 'true',
        PINGONE_LOCAL_TOKEN_AUTH_METHOD: 'client_secret_post',
      }),
    ).toEqual({
      host: '0.0.0.0',
      port: 0,
      dbPath: ':memory:',
      environmentId: 'env-1',
      clientId: 'client-1',
      clientSecret: 'secret-0123456789abcdef',
      tokenLifetimeSeconds: 600,
      argon2: { memoryCost: 65536, timeCost: 3, parallelism: 2 },
      devApi: false,
      seedFile: './seed.json',
      smtp: { url: 'smtp://localhost:1025', from: 'PingOne Local <noreply@pingone.local>' },
      emailUnique: true,
      tokenAuthMethod: 'client_secret_post',
    });
  });

  it('names each bad variable and never echoes the secret', () => {
    let error: unknown;
    try {
      loadLocalConfig({
        PINGONE_LOCAL_PORT: 'eighty',
        PINGONE_LOCAL_DEV_API: 'yes',
        PINGONE_LOCAL_CLIENT_SECRET: 'short-secret',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PINGONE_LOCAL_PORT must be an integer');
    expect(message).toContain('PINGONE_LOCAL_DEV_API must be true or false');
    expect(message).toContain('PINGONE_LOCAL_CLIENT_SECRET must be at least 16 characters');
    expect(message).not.toContain('short-secret');
  });
});
