/**
 * PingOne Local's configuration from environment variables, parsed once at start-up. A bad
 * value stops the process with a message naming the variable and what it expects.
 */
import { z } from 'zod';
import { ConfigError } from '../config/error.js';
import { type Setting, type SettingDoc, schemaOf, settingDocs } from '../config/settings.js';
import { DEFAULT_ARGON2 } from './crypto/passwords.js';
import type { LocalOptions } from './index.js';
import { TOKEN_LIFETIME_BOUNDS } from './pingone-behaviour.js';

export { ConfigError } from '../config/error.js';

/** Default port of `npm run local`. */
export const DEFAULT_PORT = 9000;

/** Access-token lifetime when `tokenLifetimeSeconds` is not given (applied by startPingOneLocal). */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;

const PERSISTED = 'persisted, else generated';

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

function absoluteUri(value: string, httpOnly: boolean): boolean {
  if (value.includes('#') || value.includes('*')) return false;
  try {
    const url = new URL(value);
    return !httpOnly || url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A list of absolute URIs separated by commas or spaces. */
const uriList = (name: string) =>
  z
    .string()
    .transform((v) => v.split(/[\s,]+/).filter((u) => u !== ''))
    .refine((list) => list.length > 0 && list.every((u) => absoluteUri(u, false)), {
      message: `${name} must be absolute URIs without fragments, separated by commas`,
    });

/** PingOne Local's settings: each one's zod type (with its default) and its documentation. */
const LOCAL_SETTINGS = {
  PINGONE_LOCAL_HOST: {
    type: nonEmpty('PINGONE_LOCAL_HOST').default('127.0.0.1'),
    meaning: 'Interface PingOne Local listens on.',
  },
  PINGONE_LOCAL_PORT: {
    type: int('PINGONE_LOCAL_PORT', 0, 65535).default(String(DEFAULT_PORT)),
    defaultNote: '(`npm run local`); a free port when embedded',
    meaning: 'TCP port of PingOne Local.',
  },
  PINGONE_LOCAL_DB: {
    type: nonEmpty('PINGONE_LOCAL_DB').default('./data/pingone-local.sqlite'),
    defaultNote: '(embedded: `DATA_DIR`/pingone-local.sqlite)',
    meaning: 'SQLite file (or `:memory:`).',
  },
  PINGONE_LOCAL_ENVIRONMENT_ID: {
    type: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,64}$/, 'PINGONE_LOCAL_ENVIRONMENT_ID must be a UUID-like identifier')
      .optional(),
    default: PERSISTED,
    meaning: 'Environment id PingOne Local serves.',
  },
  PINGONE_LOCAL_CLIENT_ID: {
    type: z
      .string()
      .regex(
        /^[A-Za-z0-9._~-]{1,128}$/,
        'PINGONE_LOCAL_CLIENT_ID must be 1-128 URL-safe characters',
      )
      .optional(),
    default: PERSISTED,
    meaning: 'Worker application client id.',
  },
  PINGONE_LOCAL_CLIENT_SECRET: {
    type: z
      .string()
      .min(16, 'PINGONE_LOCAL_CLIENT_SECRET must be at least 16 characters')
      .optional(),
    default: PERSISTED,
    meaning: 'Worker application client secret (at least 16 characters).',
  },
  PINGONE_LOCAL_TOKEN_AUTH_METHOD: {
    type: z
      .enum(['client_secret_basic', 'client_secret_post'], {
        message:
          'PINGONE_LOCAL_TOKEN_AUTH_METHOD must be client_secret_basic or client_secret_post',
      })
      .optional(),
    // Applied when the Worker app is created (src/local/seed.ts).
    default: 'client_secret_basic',
    meaning: 'Token endpoint auth method of the worker app.',
  },
  PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS: {
    type: int(
      'PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS',
      TOKEN_LIFETIME_BOUNDS.minSeconds,
      TOKEN_LIFETIME_BOUNDS.maxSeconds,
    ).optional(),
    default: String(DEFAULT_TOKEN_LIFETIME_SECONDS),
    meaning: 'Access-token lifetime, 300 … 2 592 000 (PingOne’s bounds).',
  },
  PINGONE_LOCAL_ARGON2_MEMORY_KIB: {
    type: int('PINGONE_LOCAL_ARGON2_MEMORY_KIB', 8, 4_194_304).optional(),
    default: String(DEFAULT_ARGON2.memoryCost),
    meaning: 'Argon2id memory cost for stored passwords.',
  },
  PINGONE_LOCAL_ARGON2_TIME_COST: {
    type: int('PINGONE_LOCAL_ARGON2_TIME_COST', 1, 100).optional(),
    default: String(DEFAULT_ARGON2.timeCost),
    meaning: 'Argon2id iterations.',
  },
  PINGONE_LOCAL_ARGON2_PARALLELISM: {
    type: int('PINGONE_LOCAL_ARGON2_PARALLELISM', 1, 64).optional(),
    default: String(DEFAULT_ARGON2.parallelism),
    meaning: 'Argon2id parallelism.',
  },
  PINGONE_LOCAL_DEV_API: {
    type: bool('PINGONE_LOCAL_DEV_API').default('true'),
    meaning: 'Serve the developer API and mailbox under `/_local/`.',
  },
  PINGONE_LOCAL_SEED_FILE: {
    type: nonEmpty('PINGONE_LOCAL_SEED_FILE').optional(),
    meaning: 'JSON file of populations, policies and users to create at start.',
  },
  PINGONE_LOCAL_SMTP_URL: {
    type: z
      .string()
      .regex(/^smtps?:\/\/./, 'PINGONE_LOCAL_SMTP_URL must be an smtp:// or smtps:// URL')
      .optional(),
    meaning: '`smtp://` or `smtps://` URL: also deliver mail over SMTP.',
  },
  PINGONE_LOCAL_SMTP_FROM: {
    type: nonEmpty('PINGONE_LOCAL_SMTP_FROM').default('PingOne Local <noreply@pingone.local>'),
    meaning: 'Sender of SMTP mail.',
  },
  PINGONE_LOCAL_EMAIL_UNIQUE: {
    type: bool('PINGONE_LOCAL_EMAIL_UNIQUE').optional(),
    // Applied when the environment is first created (src/local/seed.ts); kept afterwards.
    default: 'false',
    meaning: 'Enforce unique e-mail addresses, like the PingOne schema option.',
  },
  PINGONE_LOCAL_REGISTRATION: {
    type: bool('PINGONE_LOCAL_REGISTRATION').optional(),
    default: 'false',
    meaning:
      'Offer registration (`user.register`) in sign-on flows and on the hosted sign-on page, like the registration option of a PingOne sign-on policy.',
  },
  PINGONE_LOCAL_WEB_APP_CLIENT_ID: {
    type: z
      .string()
      .regex(
        /^[A-Za-z0-9._~-]{8,128}$/,
        'PINGONE_LOCAL_WEB_APP_CLIENT_ID must be 8-128 URL-safe characters',
      )
      .optional(),
    meaning:
      'Client id of an OIDC web app (authorization code, refresh token) created at start; needs the secret and redirect URIs below.',
  },
  PINGONE_LOCAL_WEB_APP_CLIENT_SECRET: {
    type: z
      .string()
      .min(16, 'PINGONE_LOCAL_WEB_APP_CLIENT_SECRET must be at least 16 characters')
      .optional(),
    meaning: 'Client secret of that web app (`CLIENT_SECRET_BASIC`, at least 16 characters).',
  },
  PINGONE_LOCAL_WEB_APP_REDIRECT_URIS: {
    type: uriList('PINGONE_LOCAL_WEB_APP_REDIRECT_URIS').optional(),
    meaning: 'Redirect URIs of that web app, separated by commas.',
  },
  PINGONE_LOCAL_WEB_APP_POST_LOGOUT_REDIRECT_URIS: {
    type: uriList('PINGONE_LOCAL_WEB_APP_POST_LOGOUT_REDIRECT_URIS').optional(),
    meaning: 'Post-logout redirect URIs of that web app, separated by commas.',
  },
  PINGONE_LOCAL_WEB_APP_LOGIN_PAGE_URL: {
    type: z
      .string()
      .refine((v) => absoluteUri(v, true), {
        message: 'PINGONE_LOCAL_WEB_APP_LOGIN_PAGE_URL must be an absolute http(s) URL',
      })
      .optional(),
    meaning: "That web app's `loginPageUrl` (its own sign-on page).",
  },
} satisfies Record<string, Setting>;

const schema = schemaOf(LOCAL_SETTINGS);

/** Every variable PingOne Local's schema reads. */
export const LOCAL_SCHEMA_VARIABLES: readonly string[] = Object.keys(schema.shape);

/**
 * PingOne Local's settings with their defaults and meanings: documented with the portal's in the
 * README, as they also apply to the embedded PingOne Local that `npm start` runs.
 */
export const PINGONE_LOCAL_SETTINGS: readonly SettingDoc[] = settingDocs(LOCAL_SETTINGS);

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
      parsed.error.issues.map((i) =>
        i.message.startsWith('PINGONE_LOCAL_') ? i.message : `${String(i.path[0])}: ${i.message}`,
      ),
    );
  }
  const c = parsed.data;
  const webApp = c.PINGONE_LOCAL_WEB_APP_CLIENT_ID;
  if (
    webApp &&
    (!c.PINGONE_LOCAL_WEB_APP_CLIENT_SECRET || !c.PINGONE_LOCAL_WEB_APP_REDIRECT_URIS)
  ) {
    throw new ConfigError([
      'PINGONE_LOCAL_WEB_APP_CLIENT_ID needs PINGONE_LOCAL_WEB_APP_CLIENT_SECRET and PINGONE_LOCAL_WEB_APP_REDIRECT_URIS',
    ]);
  }
  const argon2: NonNullable<LocalOptions['argon2']> = {};
  if (c.PINGONE_LOCAL_ARGON2_MEMORY_KIB !== undefined)
    argon2.memoryCost = c.PINGONE_LOCAL_ARGON2_MEMORY_KIB;
  if (c.PINGONE_LOCAL_ARGON2_TIME_COST !== undefined)
    argon2.timeCost = c.PINGONE_LOCAL_ARGON2_TIME_COST;
  if (c.PINGONE_LOCAL_ARGON2_PARALLELISM !== undefined)
    argon2.parallelism = c.PINGONE_LOCAL_ARGON2_PARALLELISM;
  const options: LocalOptions = {
    host: c.PINGONE_LOCAL_HOST,
    port: c.PINGONE_LOCAL_PORT,
    dbPath: c.PINGONE_LOCAL_DB,
    argon2,
    devApi: c.PINGONE_LOCAL_DEV_API,
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
  if (c.PINGONE_LOCAL_REGISTRATION !== undefined)
    options.registration = c.PINGONE_LOCAL_REGISTRATION;
  if (webApp && c.PINGONE_LOCAL_WEB_APP_CLIENT_SECRET && c.PINGONE_LOCAL_WEB_APP_REDIRECT_URIS) {
    options.webApp = {
      clientId: webApp,
      clientSecret: c.PINGONE_LOCAL_WEB_APP_CLIENT_SECRET,
      redirectUris: c.PINGONE_LOCAL_WEB_APP_REDIRECT_URIS,
      ...(c.PINGONE_LOCAL_WEB_APP_POST_LOGOUT_REDIRECT_URIS
        ? { postLogoutRedirectUris: c.PINGONE_LOCAL_WEB_APP_POST_LOGOUT_REDIRECT_URIS }
        : {}),
      ...(c.PINGONE_LOCAL_WEB_APP_LOGIN_PAGE_URL
        ? { loginPageUrl: c.PINGONE_LOCAL_WEB_APP_LOGIN_PAGE_URL }
        : {}),
    };
  }
  return options;
}
