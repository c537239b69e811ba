/**
 * PingOne Local's configuration from environment variables, parsed once at start-up. A bad
 * value stops the process with a message naming the variable and what it expects.
 */
import { z } from 'zod';
import type { LocalOptions } from './index.js';

/** Default port of `npm run local`. */
export const DEFAULT_PORT = 9000;

const bool = (name: string) =>
  z
    .enum(['true', 'false', '1', '0'], { message: `${name} must be true or false` })
    .transform((v) => v === 'true' || v === '1');

const int = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be an integer`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be between ${min} and ${max}`);

const nonEmpty = (name: string) => z.string().min(1, `${name} must not be empty`);

const schema = z.object({
  PINGONE_LOCAL_HOST: nonEmpty('PINGONE_LOCAL_HOST').default('127.0.0.1'),
  PINGONE_LOCAL_PORT: int('PINGONE_LOCAL_PORT', 0, 65535).optional(),
  PINGONE_LOCAL_DB: nonEmpty('PINGONE_LOCAL_DB').default('./data/pingone-local.sqlite'),
  PINGONE_LOCAL_ENVIRONMENT_ID: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/, 'PINGONE_LOCAL_ENVIRONMENT_ID must be a UUID-like identifier')
    .optional(),
  PINGONE_LOCAL_CLIENT_ID: z
    .string()
    .regex(/^[A-Za-z0-9._~-]{1,128}$/, 'PINGONE_LOCAL_CLIENT_ID must be 1-128 URL-safe characters')
    .optional(),
  PINGONE_LOCAL_CLIENT_SECRET: z
    .string()
    .min(16, 'PINGONE_LOCAL_CLIENT_SECRET must be at least 16 characters')
    .optional(),
  PINGONE_LOCAL_TOKEN_AUTH_METHOD: z
    .enum(['client_secret_basic', 'client_secret_post'], {
      message: 'PINGONE_LOCAL_TOKEN_AUTH_METHOD must be client_secret_basic or client_secret_post',
    })
    .optional(),
  PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS: int(
    'PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS',
    60,
    2_592_000,
  ).optional(),
  PINGONE_LOCAL_ARGON2_MEMORY_KIB: int('PINGONE_LOCAL_ARGON2_MEMORY_KIB', 8, 4_194_304).optional(),
  PINGONE_LOCAL_ARGON2_TIME_COST: int('PINGONE_LOCAL_ARGON2_TIME_COST', 1, 100).optional(),
  PINGONE_LOCAL_ARGON2_PARALLELISM: int('PINGONE_LOCAL_ARGON2_PARALLELISM', 1, 64).optional(),
  PINGONE_LOCAL_DEV_API: bool('PINGONE_LOCAL_DEV_API').optional(),
  PINGONE_LOCAL_SEED_FILE: nonEmpty('PINGONE_LOCAL_SEED_FILE').optional(),
  PINGONE_LOCAL_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/./, 'PINGONE_LOCAL_SMTP_URL must be an smtp:// or smtps:// URL')
    .optional(),
  PINGONE_LOCAL_SMTP_FROM: nonEmpty('PINGONE_LOCAL_SMTP_FROM').default(
    'PingOne Local <noreply@pingone.local>',
  ),
  PINGONE_LOCAL_EMAIL_UNIQUE: bool('PINGONE_LOCAL_EMAIL_UNIQUE').optional(),
});

/** A configuration error; the message names the variable (never echoes a secret value). */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the `PINGONE_LOCAL_*` variables from `env`.
 * @throws ConfigError naming every invalid variable.
 */
export function loadLocalConfig(env: NodeJS.ProcessEnv = process.env): LocalOptions {
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k.startsWith('PINGONE_LOCAL_') && v !== ''),
  );
  const parsed = schema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(
      `invalid configuration:\n  ${parsed.error.issues
        .map((i) =>
          i.message.startsWith('PINGONE_LOCAL_') ? i.message : `${String(i.path[0])}: ${i.message}`,
        )
        .join('\n  ')}`,
    );
  }
  const c = parsed.data;
  const argon2: NonNullable<LocalOptions['argon2']> = {};
  if (c.PINGONE_LOCAL_ARGON2_MEMORY_KIB !== undefined)
    argon2.memoryCost = c.PINGONE_LOCAL_ARGON2_MEMORY_KIB;
  if (c.PINGONE_LOCAL_ARGON2_TIME_COST !== undefined)
    argon2.timeCost = c.PINGONE_LOCAL_ARGON2_TIME_COST;
  if (c.PINGONE_LOCAL_ARGON2_PARALLELISM !== undefined)
    argon2.parallelism = c.PINGONE_LOCAL_ARGON2_PARALLELISM;
  const options: LocalOptions = {
    host: c.PINGONE_LOCAL_HOST,
    port: c.PINGONE_LOCAL_PORT ?? DEFAULT_PORT,
    dbPath: c.PINGONE_LOCAL_DB,
    argon2,
    devApi: c.PINGONE_LOCAL_DEV_API ?? true,
    smtp: c.PINGONE_LOCAL_SMTP_URL
      ? { url: c.PINGONE_LOCAL_SMTP_URL, from: c.PINGONE_LOCAL_SMTP_FROM }
      : null,
  };
  if (c.PINGONE_LOCAL_ENVIRONMENT_ID) options.environmentId = c.PINGONE_LOCAL_ENVIRONMENT_ID;
  if (c.PINGONE_LOCAL_CLIENT_ID) options.clientId = c.PINGONE_LOCAL_CLIENT_ID;
  if (c.PINGONE_LOCAL_CLIENT_SECRET) options.clientSecret = c.PINGONE_LOCAL_CLIENT_SECRET;
  if (c.PINGONE_LOCAL_TOKEN_AUTH_METHOD)
    options.tokenAuthMethod = c.PINGONE_LOCAL_TOKEN_AUTH_METHOD;
  if (c.PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS)
    options.tokenLifetimeSeconds = c.PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS;
  if (c.PINGONE_LOCAL_SEED_FILE) options.seedFile = c.PINGONE_LOCAL_SEED_FILE;
  if (c.PINGONE_LOCAL_EMAIL_UNIQUE !== undefined)
    options.emailUnique = c.PINGONE_LOCAL_EMAIL_UNIQUE;
  return options;
}
