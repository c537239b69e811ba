/**
 * Portal configuration: the environment parsed once at start-up with the schema built from the
 * settings table (src/portal/settings.ts), cross-checked, and mapped to a {@link PortalConfig}.
 *
 * Nothing here reads `process.env` on import; `loadConfig(env)` is called by `src/main.ts` (and by
 * tests with their own objects). A bad value throws {@link ConfigError} whose message names every
 * offending variable and what it expects.
 */
import { ConfigError } from '../config/error.js';
import type { Locale } from './i18n/locales.js';
import { envSchema } from './settings.js';

export { ConfigError } from '../config/error.js';
export { SCHEMA_VARIABLES, SETTINGS } from './settings.js';

/** PingOne regions and their top-level domains (docs/pingone-behaviour.md §1.1). */
export const PINGONE_REGIONS = {
  NA: 'com',
  EU: 'eu',
  CA: 'ca',
  AP: 'asia',
  AU: 'com.au',
  SG: 'sg',
} as const;

/** How a new user's population is chosen (`POPULATION_MODE`). */
export type PopulationMode = 'default' | 'fixed' | 'choice' | 'domain';

/** Where the shared counter store lives (`REDIS_*`). */
export interface RedisConfig {
  /** `redis://` or `rediss://` URL (user, password, db); the host is unused with sentinels. */
  url: string;
  prefix: string;
  /** Sentinels to ask for the master `sentinelName`; empty for a direct connection. */
  sentinels: { host: string; port: number }[];
  sentinelName: string | null;
  sentinelPassword: string | null;
  tlsCaFile: string | null;
  connectTimeoutMs: number;
  commandTimeoutMs: number;
  reconnectMaxMs: number;
}

/** Where the portal's PingOne calls go. */
export type PingOneTarget =
  | { kind: 'embedded' }
  | {
      kind: 'tenant';
      environmentId: string;
      clientId: string;
      clientSecret: string;
      apiBaseUrl: string;
      authBaseUrl: string;
      tokenAuthMethod: 'client_secret_basic' | 'client_secret_post';
    };

/** The validated portal configuration. */
export interface PortalConfig {
  env: 'production' | 'development' | 'test';
  host: string;
  port: number;
  publicOrigin: string | null;
  trustProxy: boolean | number | string[];
  tls: { certFile: string; keyFile: string } | null;
  secureCookies: boolean;
  /** The first SESSION_SECRET (it seals), or null when one must be generated (development/test). */
  sessionSecret: string | null;
  /** Earlier secrets that still open cookies: SESSION_SECRET's tail, then SESSION_SECRET_PREVIOUS. */
  previousSessionSecrets: string[];
  sessionIdleMs: number;
  logLevel: string;
  portalName: string;
  logoUrl: string | null;
  /** New passwords are typed twice (`CONFIRM_PASSWORD`). */
  confirmPassword: boolean;
  /** Where the confirmation's "Sign in" button leads (null: the home page). */
  signInUrl: string | null;
  defaultLocale: Locale;
  /** The languages offered (`SUPPORTED_LOCALES`), in the switcher's order. */
  supportedLocales: readonly Locale[];
  dataDir: string;
  pingone: PingOneTarget;
  pingoneTimeoutMs: number;
  population:
    | { mode: 'default' }
    | { mode: 'fixed'; id: string }
    | { mode: 'choice'; ids: string[] }
    | { mode: 'domain' };
  policyCacheMs: number;
  bodyLimit: number;
  rateLimits: {
    ipPerMinute: number;
    accountPerHour: number;
    resendCooldownSeconds: number;
    recoveryCodesPerDay: number;
  };
  authFailureFloorMs: number;
  /** Registration (`REGISTRATION_MODE`, `REGISTRATION_VERIFY_EMAIL`). */
  registration: {
    mode: 'classic' | 'email-first';
    verifyEmail: boolean;
    /** Email-first: a new account's username is its address, or chosen after the proof. */
    username: 'email' | 'chosen';
  };
  redis: RedisConfig | null;
  /** `GET /metrics`: on the portal port behind `token`, and/or on its own listener. */
  metrics: { token: string | null; listen: { host: string; port: number } | null };
  /** The sign-in application (`OIDC_*`, `SIGNON_PAGE`); see `oidc/settings.ts`. */
  oidc: OidcConfig;
  /** `RETURN_URLS`: where `?return_to=` may lead. */
  returnUrls: string[];
  /** `SESSION_ABSOLUTE_HOURS` in ms. */
  sessionAbsoluteMs: number;
}

/** The OIDC client settings as configured (the embedded default fills a missing client id). */
export interface OidcConfig {
  clientId: string | null;
  clientSecret: string | null;
  authMethod: 'client_secret_basic' | 'client_secret_post' | 'none';
  signOnPage: 'portal' | 'pingone';
}

/**
 * Parses and cross-checks the environment. Pure: give it `process.env` or a test object.
 * @throws ConfigError naming each bad variable.
 */
export function loadConfig(env: Record<string, string | undefined>): PortalConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];

  if (e.SESSION_SECRET_PREVIOUS.length > 0 && e.SESSION_SECRET.length === 0) {
    problems.push('SESSION_SECRET_PREVIOUS: requires SESSION_SECRET (the secret that seals)');
  }
  if (e.METRICS_PORT !== undefined && e.METRICS_PORT !== 0 && e.METRICS_PORT === e.PORT) {
    problems.push('METRICS_PORT: must differ from PORT (use METRICS_TOKEN to serve on PORT)');
  }
  if (e.NODE_ENV === 'production' && e.SESSION_SECRET.length === 0) {
    problems.push('SESSION_SECRET: required when NODE_ENV=production (at least 32 characters)');
  }
  if (!e.SUPPORTED_LOCALES.includes(e.DEFAULT_LOCALE)) {
    problems.push(`SUPPORTED_LOCALES: must include DEFAULT_LOCALE (${e.DEFAULT_LOCALE})`);
  }
  if (Boolean(e.TLS_CERT_FILE) !== Boolean(e.TLS_KEY_FILE)) {
    problems.push(
      `${e.TLS_CERT_FILE ? 'TLS_KEY_FILE' : 'TLS_CERT_FILE'}: TLS_CERT_FILE and TLS_KEY_FILE must be set together`,
    );
  }

  const tenantVars = [
    'PINGONE_ENVIRONMENT_ID',
    'PINGONE_CLIENT_ID',
    'PINGONE_CLIENT_SECRET',
  ] as const;
  const present = tenantVars.filter((k) => e[k] !== undefined);
  let pingone: PingOneTarget = { kind: 'embedded' };
  // The embedded emulator is never a silent default in production (issue 8, part 2a).
  const target = e.PINGONE_TARGET ?? (present.length > 0 ? 'pingone' : undefined);
  if (target === undefined && e.NODE_ENV === 'production') {
    problems.push(
      'PINGONE_TARGET: NODE_ENV=production needs a PingOne tenant (set PINGONE_ENVIRONMENT_ID, ' +
        'PINGONE_CLIENT_ID and PINGONE_CLIENT_SECRET) or PINGONE_TARGET=local to run the embedded ' +
        'PingOne Local on purpose',
    );
  } else if (target === 'local' && present.length > 0) {
    problems.push(
      `PINGONE_TARGET: local conflicts with ${present.join(', ')} (set PINGONE_TARGET=pingone, or remove them)`,
    );
  } else if (target === 'pingone' && present.length < tenantVars.length) {
    for (const k of tenantVars.filter((k) => e[k] === undefined)) {
      problems.push(
        e.PINGONE_TARGET
          ? `${k}: required when PINGONE_TARGET=pingone`
          : `${k}: required when any of ${tenantVars.join(', ')} is set`,
      );
    }
  } else if (target === 'pingone') {
    const tld = PINGONE_REGIONS[e.PINGONE_REGION];
    pingone = {
      kind: 'tenant',
      environmentId: e.PINGONE_ENVIRONMENT_ID!,
      clientId: e.PINGONE_CLIENT_ID!,
      clientSecret: e.PINGONE_CLIENT_SECRET!,
      apiBaseUrl: (e.PINGONE_API_URL ?? `https://api.pingone.${tld}/v1`).replace(/\/+$/, ''),
      authBaseUrl: (e.PINGONE_AUTH_URL ?? `https://auth.pingone.${tld}`).replace(/\/+$/, ''),
      tokenAuthMethod: e.PINGONE_TOKEN_AUTH_METHOD,
    };
  }

  if (e.REDIS_SENTINELS.length > 0 && !e.REDIS_SENTINEL_NAME) {
    problems.push('REDIS_SENTINEL_NAME: required when REDIS_SENTINELS is set');
  }
  if (e.REDIS_SENTINEL_NAME && e.REDIS_SENTINELS.length === 0) {
    problems.push('REDIS_SENTINELS: required when REDIS_SENTINEL_NAME is set');
  }

  let population: PortalConfig['population'] = { mode: 'default' };
  if (e.POPULATION_MODE === 'fixed') {
    if (!e.POPULATION_ID) problems.push('POPULATION_ID: required when POPULATION_MODE=fixed');
    else population = { mode: 'fixed', id: e.POPULATION_ID };
  } else if (e.POPULATION_MODE === 'choice') {
    if (e.POPULATION_CHOICES.length < 2) {
      problems.push('POPULATION_CHOICES: at least two population ids when POPULATION_MODE=choice');
    } else population = { mode: 'choice', ids: e.POPULATION_CHOICES };
  } else if (e.POPULATION_MODE === 'domain') {
    population = { mode: 'domain' };
  }

  if (e.REGISTRATION_MODE === 'email-first' && e.POPULATION_MODE === 'choice') {
    problems.push(
      'REGISTRATION_MODE: email-first asks no population (use POPULATION_MODE default, fixed or domain)',
    );
  }
  if (e.OIDC_CLIENT_ID && e.OIDC_TOKEN_AUTH_METHOD !== 'none' && !e.OIDC_CLIENT_SECRET) {
    problems.push(
      `OIDC_CLIENT_SECRET: required when OIDC_TOKEN_AUTH_METHOD=${e.OIDC_TOKEN_AUTH_METHOD}`,
    );
  }
  if (e.OIDC_CLIENT_SECRET && !e.OIDC_CLIENT_ID) {
    problems.push('OIDC_CLIENT_ID: required when OIDC_CLIENT_SECRET is set');
  }

  if (problems.length > 0) throw new ConfigError(problems);

  const tls =
    e.TLS_CERT_FILE && e.TLS_KEY_FILE
      ? { certFile: e.TLS_CERT_FILE, keyFile: e.TLS_KEY_FILE }
      : null;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicOrigin: e.PUBLIC_ORIGIN ?? null,
    trustProxy: e.TRUST_PROXY,
    tls,
    secureCookies: e.SECURE_COOKIES === 'auto' ? tls !== null : e.SECURE_COOKIES === 'true',
    sessionSecret: e.SESSION_SECRET[0] ?? null,
    previousSessionSecrets: [
      ...new Set([...e.SESSION_SECRET.slice(1), ...e.SESSION_SECRET_PREVIOUS]),
    ].filter((x) => x !== e.SESSION_SECRET[0]),
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    logLevel: e.LOG_LEVEL,
    portalName: e.PORTAL_NAME,
    logoUrl: e.PORTAL_LOGO_URL ?? null,
    signInUrl: e.SIGN_IN_URL ?? null,
    confirmPassword: e.CONFIRM_PASSWORD === 'true',
    defaultLocale: e.DEFAULT_LOCALE,
    supportedLocales: e.SUPPORTED_LOCALES,
    dataDir: e.DATA_DIR,
    pingone,
    pingoneTimeoutMs: e.PINGONE_TIMEOUT_MS,
    population,
    policyCacheMs: e.POLICY_CACHE_SECONDS * 1000,
    bodyLimit: e.BODY_LIMIT_BYTES,
    rateLimits: {
      ipPerMinute: e.RATE_LIMIT_IP_PER_MINUTE,
      accountPerHour: e.RATE_LIMIT_ACCOUNT_PER_HOUR,
      resendCooldownSeconds: e.RECOVERY_RESEND_COOLDOWN_SECONDS,
      recoveryCodesPerDay: e.RECOVERY_CODES_PER_DAY,
    },
    authFailureFloorMs: e.AUTH_FAILURE_FLOOR_MS,
    registration: {
      mode: e.REGISTRATION_MODE,
      // email-first always proves the address: the code is how it tells nothing to the typist.
      verifyEmail: e.REGISTRATION_MODE === 'email-first' || e.REGISTRATION_VERIFY_EMAIL === 'true',
      username: e.REGISTRATION_USERNAME,
    },
    redis:
      e.REDIS_URL || e.REDIS_SENTINELS.length > 0
        ? {
            url: e.REDIS_URL ?? 'redis://',
            prefix: e.REDIS_PREFIX,
            sentinels: e.REDIS_SENTINELS,
            sentinelName: e.REDIS_SENTINEL_NAME ?? null,
            sentinelPassword: e.REDIS_SENTINEL_PASSWORD ?? null,
            tlsCaFile: e.REDIS_TLS_CA_FILE ?? null,
            connectTimeoutMs: e.REDIS_CONNECT_TIMEOUT_MS,
            commandTimeoutMs: e.REDIS_COMMAND_TIMEOUT_MS,
            reconnectMaxMs: e.REDIS_RECONNECT_MAX_MS,
          }
        : null,
    metrics: {
      token: e.METRICS_TOKEN ?? null,
      listen: e.METRICS_PORT === undefined ? null : { host: e.METRICS_HOST, port: e.METRICS_PORT },
    },
    oidc: {
      clientId: e.OIDC_CLIENT_ID ?? null,
      clientSecret: e.OIDC_TOKEN_AUTH_METHOD === 'none' ? null : (e.OIDC_CLIENT_SECRET ?? null),
      authMethod: e.OIDC_TOKEN_AUTH_METHOD,
      signOnPage: e.SIGNON_PAGE,
    },
    returnUrls: e.RETURN_URLS,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
  };
}
