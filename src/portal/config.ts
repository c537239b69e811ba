/**
 * Portal configuration: one zod schema over the environment, parsed once at start-up.
 *
 * Nothing here reads `process.env` on import; `loadConfig(env)` is called by `src/main.ts` (and by
 * tests with their own objects). A bad value throws {@link ConfigError} whose message names every
 * offending variable and what it expects.
 */
import { z } from 'zod';

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

/** One documented setting: used for the README table and checked by a test. */
export interface SettingDoc {
  name: string;
  default: string;
  meaning: string;
}

/** Every portal setting with its default and meaning (the README table is generated from this). */
export const SETTINGS: readonly SettingDoc[] = [
  {
    name: 'NODE_ENV',
    default: 'development',
    meaning: '`production`, `development` or `test`. Production requires `SESSION_SECRET`.',
  },
  { name: 'HOST', default: '127.0.0.1', meaning: 'Interface the portal listens on.' },
  { name: 'PORT', default: '3000', meaning: 'TCP port of the portal (`0` picks a free port).' },
  {
    name: 'PUBLIC_ORIGIN',
    default: '(none)',
    meaning:
      'Canonical origin, e.g. `https://account.example.com`. When set, POSTs must carry this `Origin`; otherwise the `Origin` must match the `Host`.',
  },
  {
    name: 'TRUST_PROXY',
    default: 'false',
    meaning:
      '`false`, `true`, a hop count, or a comma-separated list of proxy IPs/CIDRs. Only then is `X-Forwarded-For` used for the client IP.',
  },
  {
    name: 'TLS_CERT_FILE',
    default: '(none)',
    meaning:
      'PEM certificate: with `TLS_KEY_FILE`, serve HTTPS (enables `Secure`, `__Host-` cookies and HSTS).',
  },
  { name: 'TLS_KEY_FILE', default: '(none)', meaning: 'PEM private key for `TLS_CERT_FILE`.' },
  {
    name: 'SECURE_COOKIES',
    default: 'auto',
    meaning: '`auto` (on under TLS), `true` (behind a TLS-terminating proxy) or `false`.',
  },
  {
    name: 'SESSION_SECRET',
    default: 'generated in dev',
    meaning:
      'At least 32 characters; the session-cookie key is derived from it (HKDF, AES-256-GCM). Required when `NODE_ENV=production`. A comma-separated list rotates: the first secret seals cookies, every one opens them.',
  },
  {
    name: 'SESSION_SECRET_PREVIOUS',
    default: '(none)',
    meaning:
      'Comma-separated earlier session secrets (each at least 32 characters) that still open cookies but never seal them, so `SESSION_SECRET` can be rotated without ending live flows. Drop them after `SESSION_IDLE_MINUTES`.',
  },
  {
    name: 'SESSION_IDLE_MINUTES',
    default: '15',
    meaning: 'A session idle for longer is discarded.',
  },
  {
    name: 'LOG_LEVEL',
    default: 'info',
    meaning:
      'pino level: `fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`. Lines are JSON, or human-readable (pino-pretty) when stdout is a terminal and `NODE_ENV` is not `production`.',
  },
  {
    name: 'METRICS_TOKEN',
    default: '(none)',
    meaning:
      'At least 16 characters: serve Prometheus metrics at `GET /metrics` on the portal port to `Authorization: Bearer <token>` only (see [docs/operations.md](docs/operations.md)).',
  },
  {
    name: 'METRICS_PORT',
    default: '(none)',
    meaning:
      'Serve `GET /metrics` without a token on a listener of its own at this port (`0` picks a free one). Unset, with no `METRICS_TOKEN`, metrics are not served.',
  },
  {
    name: 'METRICS_HOST',
    default: '127.0.0.1',
    meaning: 'Interface the `METRICS_PORT` listener binds to (loopback unless changed).',
  },
  {
    name: 'PORTAL_NAME',
    default: 'Account Self-Service',
    meaning: 'Product name shown in titles and the header.',
  },
  {
    name: 'PORTAL_LOGO_URL',
    default: '(built-in logo)',
    meaning:
      'Logo: a same-origin path (`/...`) or an `https:` URL (its origin is added to the CSP `img-src`).',
  },
  {
    name: 'DEFAULT_LOCALE',
    default: 'en',
    meaning: 'Language when `Accept-Language` names none of `en`, `fr`, `de`.',
  },
  {
    name: 'DATA_DIR',
    default: './data',
    meaning: 'Where the embedded PingOne Local keeps its SQLite file.',
  },
  {
    name: 'PINGONE_TARGET',
    default: '`pingone` when `PINGONE_ENVIRONMENT_ID` is set; else `local`, but none in production',
    meaning:
      '`pingone` (the tenant the `PINGONE_*` settings name) or `local` (the embedded PingOne Local). With `NODE_ENV=production` the embedded PingOne Local runs only when asked for with `local`; without a tenant or this setting the portal refuses to start.',
  },
  {
    name: 'PINGONE_ENVIRONMENT_ID',
    default: '(none)',
    meaning:
      'PingOne environment id. With the client id and secret, the portal uses that tenant instead of the embedded PingOne Local.',
  },
  { name: 'PINGONE_CLIENT_ID', default: '(none)', meaning: 'Worker application client id.' },
  {
    name: 'PINGONE_CLIENT_SECRET',
    default: '(none)',
    meaning: 'Worker application client secret (never logged).',
  },
  {
    name: 'PINGONE_REGION',
    default: 'NA',
    meaning:
      '`NA`, `EU`, `CA`, `AP`, `AU` or `SG`: picks `api.pingone.<tld>` and `auth.pingone.<tld>`.',
  },
  {
    name: 'PINGONE_API_URL',
    default: 'from region',
    meaning:
      'Explicit Management API base, e.g. `https://api.pingone.eu/v1` (overrides the region).',
  },
  {
    name: 'PINGONE_AUTH_URL',
    default: 'from region',
    meaning: 'Explicit auth base, e.g. `https://auth.pingone.eu` (overrides the region).',
  },
  {
    name: 'PINGONE_TOKEN_AUTH_METHOD',
    default: 'client_secret_basic',
    meaning: '`client_secret_basic` or `client_secret_post`.',
  },
  {
    name: 'PINGONE_TIMEOUT_MS',
    default: '8000',
    meaning: 'Deadline for all PingOne calls of one request, retries included.',
  },
  {
    name: 'POPULATION_MODE',
    default: 'default',
    meaning:
      '`default` (environment default population), `fixed` (`POPULATION_ID`), `choice` (user picks from `POPULATION_CHOICES`) or `domain` (the population whose description lists the e-mail domain).',
  },
  {
    name: 'POPULATION_ID',
    default: '(none)',
    meaning: 'Population id for `POPULATION_MODE=fixed`.',
  },
  {
    name: 'POPULATION_CHOICES',
    default: '(none)',
    meaning: 'Comma-separated population ids offered with `POPULATION_MODE=choice`.',
  },
  {
    name: 'POLICY_CACHE_SECONDS',
    default: '300',
    meaning: 'How long a fetched password policy / population list is reused.',
  },
  { name: 'BODY_LIMIT_BYTES', default: '16384', meaning: 'Largest accepted request body.' },
  {
    name: 'RATE_LIMIT_IP_PER_MINUTE',
    default: '20',
    meaning: 'POSTs per client IP per minute, per form.',
  },
  {
    name: 'RATE_LIMIT_ACCOUNT_PER_HOUR',
    default: '10',
    meaning: 'POSTs per account identifier per hour, per form.',
  },
  {
    name: 'RECOVERY_RESEND_COOLDOWN_SECONDS',
    default: '60',
    meaning: 'Minimum time between two recovery codes for one flow.',
  },
  {
    name: 'RECOVERY_CODES_PER_DAY',
    default: '5',
    meaning: 'Recovery e-mails per account per 24 h (PingOne allows 50).',
  },
  {
    name: 'AUTH_FAILURE_FLOOR_MS',
    default: '400',
    meaning:
      'A failed password change never answers faster than this, so unknown users and wrong passwords take comparable time.',
  },
  {
    name: 'REDIS_URL',
    default: '(none)',
    meaning:
      '`redis://[user:password@]host:port[/db]`, or `rediss://` for TLS: share rate-limit counters and finished recovery flows between instances (in memory otherwise). The password is never logged.',
  },
  { name: 'REDIS_PREFIX', default: 'p1ss:', meaning: 'Key prefix in Redis.' },
  {
    name: 'REDIS_SENTINELS',
    default: '(none)',
    meaning:
      'Redis Sentinel: comma-separated `host:port` list (with `REDIS_SENTINEL_NAME`). The master is asked of the sentinels; `REDIS_URL`, if set, then gives only the scheme, user, password and db.',
  },
  {
    name: 'REDIS_SENTINEL_NAME',
    default: '(none)',
    meaning: 'Name of the master the sentinels monitor.',
  },
  {
    name: 'REDIS_SENTINEL_PASSWORD',
    default: '(none)',
    meaning: 'Password of the sentinels themselves, when they require one (never logged).',
  },
  {
    name: 'REDIS_TLS_CA_FILE',
    default: 'system CAs',
    meaning: 'PEM CA certificate(s) to trust for `rediss://`.',
  },
  {
    name: 'REDIS_CONNECT_TIMEOUT_MS',
    default: '2000',
    meaning: 'Deadline of one connection attempt to Redis.',
  },
  {
    name: 'REDIS_COMMAND_TIMEOUT_MS',
    default: '500',
    meaning:
      'Deadline of one Redis command. While Redis is unreachable, a POST that needs a counter answers 503 within it (limits fail closed).',
  },
  {
    name: 'REDIS_RECONNECT_MAX_MS',
    default: '2000',
    meaning:
      'Longest pause between reconnection attempts (the back-off doubles from 100 ms up to it).',
  },
];

/**
 * PingOne Local's settings (parsed by `src/local/config.ts`), documented with the portal's in the
 * README. They also apply to the embedded PingOne Local that `npm start` runs.
 */
export const PINGONE_LOCAL_SETTINGS: readonly SettingDoc[] = [
  {
    name: 'PINGONE_LOCAL_HOST',
    default: '127.0.0.1',
    meaning: 'Interface PingOne Local listens on.',
  },
  {
    name: 'PINGONE_LOCAL_PORT',
    default: '9000 (`npm run local`); a free port when embedded',
    meaning: 'TCP port of PingOne Local.',
  },
  {
    name: 'PINGONE_LOCAL_DB',
    default: './data/pingone-local.sqlite (embedded: `DATA_DIR`/pingone-local.sqlite)',
    meaning: 'SQLite file (or `:memory:`).',
  },
  {
    name: 'PINGONE_LOCAL_ENVIRONMENT_ID',
    default: 'persisted, else generated',
    meaning: 'Environment id PingOne Local serves.',
  },
  {
    name: 'PINGONE_LOCAL_CLIENT_ID',
    default: 'persisted, else generated',
    meaning: 'Worker application client id.',
  },
  {
    name: 'PINGONE_LOCAL_CLIENT_SECRET',
    default: 'persisted, else generated',
    meaning: 'Worker application client secret (at least 16 characters).',
  },
  {
    name: 'PINGONE_LOCAL_TOKEN_AUTH_METHOD',
    default: 'client_secret_basic',
    meaning: 'Token endpoint auth method of the worker app.',
  },
  {
    name: 'PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS',
    default: '3600',
    meaning: 'Access-token lifetime.',
  },
  {
    name: 'PINGONE_LOCAL_ARGON2_MEMORY_KIB',
    default: '19456',
    meaning: 'Argon2id memory cost for stored passwords.',
  },
  { name: 'PINGONE_LOCAL_ARGON2_TIME_COST', default: '2', meaning: 'Argon2id iterations.' },
  { name: 'PINGONE_LOCAL_ARGON2_PARALLELISM', default: '1', meaning: 'Argon2id parallelism.' },
  {
    name: 'PINGONE_LOCAL_DEV_API',
    default: 'true',
    meaning: 'Serve the developer API and mailbox under `/_local/`.',
  },
  {
    name: 'PINGONE_LOCAL_SEED_FILE',
    default: '(none)',
    meaning: 'JSON file of populations, policies and users to create at start.',
  },
  {
    name: 'PINGONE_LOCAL_SMTP_URL',
    default: '(none)',
    meaning: '`smtp://` or `smtps://` URL: also deliver mail over SMTP.',
  },
  {
    name: 'PINGONE_LOCAL_SMTP_FROM',
    default: '`PingOne Local <noreply@pingone.local>`',
    meaning: 'Sender of SMTP mail.',
  },
  {
    name: 'PINGONE_LOCAL_EMAIL_UNIQUE',
    default: 'false',
    meaning: 'Enforce unique e-mail addresses, like the PingOne schema option.',
  },
];

/** The README's configuration table (portal settings, then PingOne Local's). */
export function configTableMarkdown(): string {
  const row = (s: SettingDoc) => `| \`${s.name}\` | ${s.default} | ${s.meaning} |`;
  return [
    '| Variable | Default | Meaning |',
    '|---|---|---|',
    ...SETTINGS.map(row),
    ...PINGONE_LOCAL_SETTINGS.map(row),
  ].join('\n');
}

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const optionalNonEmpty = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** A comma-separated list of secrets, each at least 32 characters (absent: empty list). */
const secretList = optionalNonEmpty.transform((v, ctx) => {
  if (v === undefined) return [] as string[];
  const secrets = v.split(',').map((x) => x.trim());
  if (secrets.some((x) => x.length < 32)) {
    ctx.addIssue({
      code: 'custom',
      message:
        secrets.length === 1
          ? 'must be at least 32 characters'
          : 'each comma-separated secret must be at least 32 characters',
    });
    return z.NEVER;
  }
  return secrets;
});

const httpsOrLocalUrl = z
  .string()
  .url('must be an absolute URL')
  .refine((v) => {
    const u = new URL(v);
    return u.protocol === 'https:' || (u.protocol === 'http:' && isLoopback(u.hostname));
  }, 'must use https (http is allowed only for localhost)');

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
}

const envSchema = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default('3000'),
  PUBLIC_ORIGIN: optionalNonEmpty.pipe(
    z
      .string()
      .url('must be an origin such as https://account.example.com')
      .transform((v) => new URL(v).origin)
      .optional(),
  ),
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, ctx): boolean | number | string[] => {
      const s = v.trim();
      if (s === 'false' || s === '') return false;
      if (s === 'true') return true;
      if (/^\d+$/.test(s)) return Number(s);
      const list = s.split(',').map((x) => x.trim());
      if (list.every((x) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(x))) return list;
      ctx.addIssue({
        code: 'custom',
        message: 'must be false, true, a hop count or a list of IPs/CIDRs',
      });
      return z.NEVER;
    }),
  TLS_CERT_FILE: optionalNonEmpty,
  TLS_KEY_FILE: optionalNonEmpty,
  SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
  SESSION_SECRET: secretList,
  SESSION_SECRET_PREVIOUS: secretList,
  SESSION_IDLE_MINUTES: int(1, 24 * 60).default('15'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  METRICS_TOKEN: optionalNonEmpty.pipe(
    z.string().min(16, 'must be at least 16 characters').optional(),
  ),
  METRICS_PORT: optionalNonEmpty.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .pipe(z.number().int().min(0).max(65535))
      .optional(),
  ),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  PORTAL_NAME: z.string().min(1).max(80).default('Account Self-Service'),
  PORTAL_LOGO_URL: optionalNonEmpty.pipe(
    z
      .string()
      .refine(
        (v) => (v.startsWith('/') && !v.startsWith('//')) || /^https:\/\/[^\s]+$/.test(v),
        'must be a same-origin path (/...) or an https: URL',
      )
      .optional(),
  ),
  DEFAULT_LOCALE: z.enum(['en', 'fr', 'de']).default('en'),
  DATA_DIR: z.string().min(1).default('./data'),
  PINGONE_TARGET: optionalNonEmpty.pipe(
    z.enum(['local', 'pingone'], { message: 'must be local or pingone' }).optional(),
  ),
  PINGONE_ENVIRONMENT_ID: optionalNonEmpty.pipe(z.string().uuid('must be a UUID').optional()),
  PINGONE_CLIENT_ID: optionalNonEmpty,
  PINGONE_CLIENT_SECRET: optionalNonEmpty,
  PINGONE_REGION: z.enum(['NA', 'EU', 'CA', 'AP', 'AU', 'SG']).default('NA'),
  PINGONE_API_URL: optionalNonEmpty.pipe(httpsOrLocalUrl.optional()),
  PINGONE_AUTH_URL: optionalNonEmpty.pipe(httpsOrLocalUrl.optional()),
  PINGONE_TOKEN_AUTH_METHOD: z
    .enum(['client_secret_basic', 'client_secret_post'])
    .default('client_secret_basic'),
  PINGONE_TIMEOUT_MS: int(100, 60_000).default('8000'),
  POPULATION_MODE: z.enum(['default', 'fixed', 'choice', 'domain']).default('default'),
  POPULATION_ID: optionalNonEmpty.pipe(z.string().uuid('must be a UUID').optional()),
  POPULATION_CHOICES: optionalNonEmpty.transform((v, ctx) => {
    if (v === undefined) return [] as string[];
    const ids = v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    const bad = ids.filter((x) => !z.string().uuid().safeParse(x).success);
    if (bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be a comma-separated list of population UUIDs',
      });
      return z.NEVER;
    }
    return ids;
  }),
  POLICY_CACHE_SECONDS: int(0, 86_400).default('300'),
  BODY_LIMIT_BYTES: int(1024, 1_048_576).default('16384'),
  RATE_LIMIT_IP_PER_MINUTE: int(1, 1_000_000).default('20'),
  RATE_LIMIT_ACCOUNT_PER_HOUR: int(1, 1_000_000).default('10'),
  RECOVERY_RESEND_COOLDOWN_SECONDS: int(0, 3600).default('60'),
  RECOVERY_CODES_PER_DAY: int(1, 45).default('5'),
  AUTH_FAILURE_FLOOR_MS: int(0, 10_000).default('400'),
  REDIS_URL: optionalNonEmpty.pipe(
    z
      .string()
      .refine(isRedisUrl, 'must be a redis:// or rediss:// URL, with at most a db number as path')
      .optional(),
  ),
  REDIS_PREFIX: z.string().min(1).max(64).default('p1ss:'),
  REDIS_SENTINELS: optionalNonEmpty.transform((v, ctx) => {
    if (v === undefined) return [] as { host: string; port: number }[];
    const list = v.split(',').map((x) => x.trim());
    const parsed = list.map((x) => /^(\[[0-9a-fA-F:.]+\]|[^\s:[\]]+):(\d{1,5})$/.exec(x));
    if (parsed.some((m) => !m || Number(m[2]) < 1 || Number(m[2]) > 65535)) {
      ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of host:port' });
      return z.NEVER;
    }
    return parsed.map((m) => ({ host: m![1]!.replace(/^\[|\]$/g, ''), port: Number(m![2]) }));
  }),
  REDIS_SENTINEL_NAME: optionalNonEmpty,
  REDIS_SENTINEL_PASSWORD: optionalNonEmpty,
  REDIS_TLS_CA_FILE: optionalNonEmpty,
  REDIS_CONNECT_TIMEOUT_MS: int(100, 60_000).default('2000'),
  REDIS_COMMAND_TIMEOUT_MS: int(10, 60_000).default('500'),
  REDIS_RECONNECT_MAX_MS: int(50, 60_000).default('2000'),
});

function isRedisUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (
      (u.protocol === 'redis:' || u.protocol === 'rediss:') &&
      /^\/?(\d{1,5})?$/.test(u.pathname) &&
      u.search === '' &&
      u.hash === ''
    );
  } catch {
    return false;
  }
}

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

/** Every variable the portal's schema reads. */
export const SCHEMA_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

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
  defaultLocale: 'en' | 'fr' | 'de';
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
  redis: RedisConfig | null;
  /** `GET /metrics`: on the portal port behind `token`, and/or on its own listener. */
  metrics: { token: string | null; listen: { host: string; port: number } | null };
}

/** Thrown when the environment does not describe a valid configuration. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
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
    defaultLocale: e.DEFAULT_LOCALE,
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
  };
}
