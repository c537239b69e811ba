/**
 * Every portal setting, once: its zod type (with its default) and its documentation. The schema
 * `loadConfig` parses with is built from this table, and so are the README's configuration table
 * and `.env.example` (`npm run docs:config`).
 */
import { z } from 'zod';
import { type Setting, type SettingDoc, schemaOf, settingDocs } from '../config/settings.js';
import { LOCALES } from './i18n/locales.js';
import {
  absoluteUrlList,
  hostPortList,
  httpsOrLocalUrl,
  int,
  localeList,
  optionalNonEmpty,
  optionalUuid,
  pathOrHttpsUrl,
  redisUrl,
  secretList,
  trustProxy,
  uuidList,
} from './setting-types.js';

/** The portal's settings, in the order the README documents them. */
const PORTAL_SETTINGS = {
  NODE_ENV: {
    type: z.enum(['production', 'development', 'test']).default('development'),
    meaning: '`production`, `development` or `test`. Production requires `SESSION_SECRET`.',
  },
  HOST: {
    type: z.string().min(1).default('127.0.0.1'),
    meaning: 'Interface the portal listens on.',
  },
  PORT: {
    type: int(0, 65535).default('3000'),
    meaning: 'TCP port of the portal (`0` picks a free port).',
  },
  PUBLIC_ORIGIN: {
    type: optionalNonEmpty.pipe(
      z
        .string()
        .url('must be an origin such as https://account.example.com')
        .transform((v) => new URL(v).origin)
        .optional(),
    ),
    meaning:
      'Canonical origin, e.g. `https://account.example.com`. When set, POSTs must carry this `Origin`; otherwise the `Origin` must match the `Host`.',
  },
  TRUST_PROXY: {
    type: trustProxy('false'),
    meaning:
      '`false`, `true`, a hop count, or a comma-separated list of proxy IPs/CIDRs. Only then is `X-Forwarded-For` used for the client IP.',
  },
  TLS_CERT_FILE: {
    type: optionalNonEmpty,
    meaning:
      'PEM certificate: with `TLS_KEY_FILE`, serve HTTPS (enables `Secure`, `__Host-` cookies and HSTS).',
  },
  TLS_KEY_FILE: {
    type: optionalNonEmpty,
    meaning: 'PEM private key for `TLS_CERT_FILE`.',
  },
  SECURE_COOKIES: {
    type: z.enum(['auto', 'true', 'false']).default('auto'),
    meaning: '`auto` (on under TLS), `true` (behind a TLS-terminating proxy) or `false`.',
  },
  SESSION_SECRET: {
    type: secretList,
    meaning:
      'At least 32 characters; the session-cookie key is derived from it (HKDF, AES-256-GCM). Required when `NODE_ENV=production`. A comma-separated list rotates: the first secret seals cookies, every one opens them.',
    default: 'generated in dev',
  },
  SESSION_SECRET_PREVIOUS: {
    type: secretList,
    meaning:
      'Comma-separated earlier session secrets (each at least 32 characters) that still open cookies but never seal them, so `SESSION_SECRET` can be rotated without ending live flows. Drop them after `SESSION_IDLE_MINUTES`.',
  },
  SESSION_IDLE_MINUTES: {
    type: int(1, 24 * 60).default('15'),
    meaning:
      'A session idle for longer is discarded. Its last-seen time is renewed at most once a minute (an unchanged session keeps its cookie in between), so it may end up to a minute sooner.',
  },
  LOG_LEVEL: {
    type: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    meaning:
      'pino level: `fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`. Lines are JSON, or human-readable (pino-pretty) when stdout is a terminal and `NODE_ENV` is not `production`.',
  },
  METRICS_TOKEN: {
    type: optionalNonEmpty.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    meaning:
      'At least 16 characters: serve Prometheus metrics at `GET /metrics` on the portal port to `Authorization: Bearer <token>` only (see [docs/operations.md](docs/operations.md)).',
  },
  METRICS_PORT: {
    type: optionalNonEmpty.pipe(int(0, 65535).optional()),
    meaning:
      'Serve `GET /metrics` without a token on a listener of its own at this port (`0` picks a free one). Unset, with no `METRICS_TOKEN`, metrics are not served.',
  },
  METRICS_HOST: {
    type: z.string().min(1).default('127.0.0.1'),
    meaning: 'Interface the `METRICS_PORT` listener binds to (loopback unless changed).',
  },
  PORTAL_NAME: {
    type: z.string().min(1).max(80).default('Latchkey'),
    meaning:
      'Product name shown in page titles and the header: set it to your own brand (the default is the name of this project).',
  },
  PORTAL_LOGO_URL: {
    type: pathOrHttpsUrl,
    meaning:
      'Logo: a same-origin path (`/...`) or an `https:` URL (its origin is added to the CSP `img-src`).',
    default: '(built-in logo)',
  },
  SIGN_IN_URL: {
    type: pathOrHttpsUrl,
    meaning:
      'Where people sign in (your application): the "Sign in" button of the confirmation after registering, recovering or changing a password. Unset, that button leads to the home page.',
    default: '(home page)',
  },
  CONFIRM_PASSWORD: {
    type: z.enum(['true', 'false']).default('false'),
    meaning:
      '`true` asks for each new password twice ("Confirm password"); `false` relies on the show-password control instead, as GOV.UK does.',
  },
  SUPPORTED_LOCALES: {
    type: localeList,
    meaning:
      'The languages the portal offers (comma-separated codes, e.g. `en,fr,de`): the switcher lists them and negotiation picks among them. Must include `DEFAULT_LOCALE`.',
    default: `all: ${LOCALES.join(', ')}`,
  },
  DEFAULT_LOCALE: {
    type: z.enum(LOCALES).default('en'),
    meaning:
      "Language when neither a choice, the signed-in user's PingOne `preferredLanguage`/`locale` nor `Accept-Language` names a supported one.",
  },
  DATA_DIR: {
    type: z.string().min(1).default('./data'),
    meaning: 'Where the embedded PingOne Local keeps its SQLite file.',
  },
  PINGONE_TARGET: {
    type: optionalNonEmpty.pipe(
      z.enum(['local', 'pingone'], { message: 'must be local or pingone' }).optional(),
    ),
    meaning:
      '`pingone` (the tenant the `PINGONE_*` settings name) or `local` (the embedded PingOne Local). With `NODE_ENV=production` the embedded PingOne Local runs only when asked for with `local`; without a tenant or this setting the portal refuses to start.',
    default: '`pingone` when `PINGONE_ENVIRONMENT_ID` is set; else `local`, but none in production',
  },
  PINGONE_ENVIRONMENT_ID: {
    type: optionalUuid,
    meaning:
      'PingOne environment id. With the client id and secret, the portal uses that tenant instead of the embedded PingOne Local.',
  },
  PINGONE_CLIENT_ID: {
    type: optionalNonEmpty,
    meaning: 'Worker application client id.',
  },
  PINGONE_CLIENT_SECRET: {
    type: optionalNonEmpty,
    meaning: 'Worker application client secret (never logged).',
  },
  PINGONE_REGION: {
    type: z.enum(['NA', 'EU', 'CA', 'AP', 'AU', 'SG']).default('NA'),
    meaning:
      '`NA`, `EU`, `CA`, `AP`, `AU` or `SG`: picks `api.pingone.<tld>` and `auth.pingone.<tld>`.',
  },
  PINGONE_API_URL: {
    type: httpsOrLocalUrl,
    meaning:
      'Explicit Management API base, e.g. `https://api.pingone.eu/v1` (overrides the region).',
    default: 'from region',
  },
  PINGONE_AUTH_URL: {
    type: httpsOrLocalUrl,
    meaning: 'Explicit auth base, e.g. `https://auth.pingone.eu` (overrides the region).',
    default: 'from region',
  },
  PINGONE_TOKEN_AUTH_METHOD: {
    type: z.enum(['client_secret_basic', 'client_secret_post']).default('client_secret_basic'),
    meaning: '`client_secret_basic` or `client_secret_post`.',
  },
  PINGONE_TIMEOUT_MS: {
    type: int(100, 60_000).default('8000'),
    meaning: 'Deadline for all PingOne calls of one request, retries included.',
  },
  POPULATION_MODE: {
    type: z.enum(['default', 'fixed', 'choice', 'domain']).default('default'),
    meaning:
      '`default` (environment default population), `fixed` (`POPULATION_ID`), `choice` (user picks from `POPULATION_CHOICES`) or `domain` (the population whose description lists the e-mail domain).',
  },
  POPULATION_ID: {
    type: optionalUuid,
    meaning: 'Population id for `POPULATION_MODE=fixed`.',
  },
  POPULATION_CHOICES: {
    type: uuidList,
    meaning: 'Comma-separated population ids offered with `POPULATION_MODE=choice`.',
  },
  POLICY_CACHE_SECONDS: {
    type: int(0, 86_400).default('300'),
    meaning: 'How long a fetched password policy / population list is reused.',
  },
  BODY_LIMIT_BYTES: {
    type: int(1024, 1_048_576).default('16384'),
    meaning: 'Largest accepted request body.',
  },
  RATE_LIMIT_IP_PER_MINUTE: {
    type: int(1, 1_000_000).default('20'),
    meaning: 'POSTs per client IP per minute, per form.',
  },
  RATE_LIMIT_ACCOUNT_PER_HOUR: {
    type: int(1, 1_000_000).default('10'),
    meaning: 'POSTs per account identifier per hour, per form.',
  },
  RECOVERY_RESEND_COOLDOWN_SECONDS: {
    type: int(0, 3600).default('60'),
    meaning:
      'Minimum time between two e-mailed codes (recovery or verification) for one flow or account.',
  },
  RECOVERY_CODES_PER_DAY: {
    type: int(1, 45).default('5'),
    meaning:
      'Code e-mails (recovery, verification) per account, and verification resends per address, per 24 h (PingOne allows 50).',
  },
  REGISTRATION_VERIFY_EMAIL: {
    type: z.enum(['true', 'false']).default('true'),
    meaning:
      '`true`: a new account stays `VERIFICATION_REQUIRED` until the code PingOne e-mails is typed on `/register/verify`; `false`: it is usable at once.',
  },
  REGISTRATION_USERNAME: {
    type: z.enum(['email', 'chosen']).default('email'),
    meaning:
      'Email-first only: `email` (the username is the address) or `chosen` (picked on `/register/username` once the address is proven).',
  },
  REGISTRATION_MODE: {
    type: z.enum(['classic', 'email-first']).default('classic'),
    meaning:
      '`classic` (one form; says whether a username or e-mail is taken) or `email-first` (the address, then code and password; never says whether it has an account): [docs/security.md](docs/security.md#registration-modes).',
  },
  AUTH_FAILURE_FLOOR_MS: {
    type: int(0, 10_000).default('400'),
    meaning:
      'A failed password change never answers faster than this, so unknown users and wrong passwords take comparable time.',
  },
  REDIS_URL: {
    type: redisUrl,
    meaning:
      '`redis://[user:password@]host:port[/db]`, or `rediss://` for TLS: share rate-limit counters and finished recovery flows between instances (in memory otherwise). The password is never logged.',
  },
  REDIS_PREFIX: {
    type: z.string().min(1).max(64).default('p1ss:'),
    meaning: 'Key prefix in Redis.',
  },
  REDIS_SENTINELS: {
    type: hostPortList,
    meaning:
      'Redis Sentinel: comma-separated `host:port` list (with `REDIS_SENTINEL_NAME`). The master is asked of the sentinels; `REDIS_URL`, if set, then gives only the scheme, user, password and db.',
  },
  REDIS_SENTINEL_NAME: {
    type: optionalNonEmpty,
    meaning: 'Name of the master the sentinels monitor.',
  },
  REDIS_SENTINEL_PASSWORD: {
    type: optionalNonEmpty,
    meaning: 'Password of the sentinels themselves, when they require one (never logged).',
  },
  REDIS_TLS_CA_FILE: {
    type: optionalNonEmpty,
    meaning: 'PEM CA certificate(s) to trust for `rediss://`.',
    default: 'system CAs',
  },
  REDIS_CONNECT_TIMEOUT_MS: {
    type: int(100, 60_000).default('2000'),
    meaning: 'Deadline of one connection attempt to Redis.',
  },
  REDIS_COMMAND_TIMEOUT_MS: {
    type: int(10, 60_000).default('500'),
    meaning:
      'Deadline of one Redis command. While Redis is unreachable, a POST that needs a counter answers 503 within it (limits fail closed).',
  },
  REDIS_RECONNECT_MAX_MS: {
    type: int(50, 60_000).default('2000'),
    meaning:
      'Longest pause between reconnection attempts (the back-off doubles from 100 ms up to it).',
  },
  OIDC_CLIENT_ID: {
    type: optionalNonEmpty,
    meaning:
      'Client id of the OIDC web application the portal signs people in with (authorization code + PKCE, refresh token). With a tenant, sign-in is off until it is set; the embedded PingOne Local gets a matching app seeded.',
    default: 'seeded `latchkey-portal` when embedded',
  },
  OIDC_CLIENT_SECRET: {
    type: optionalNonEmpty,
    meaning:
      'Secret of that application (never logged); omit it with `OIDC_TOKEN_AUTH_METHOD=none`.',
  },
  OIDC_TOKEN_AUTH_METHOD: {
    type: z
      .enum(['client_secret_basic', 'client_secret_post', 'none'])
      .default('client_secret_basic'),
    meaning:
      "How the portal authenticates to the token endpoint: `client_secret_basic`, `client_secret_post`, or `none` (a public client; PKCE only). Must match the application's `tokenEndpointAuthMethod`.",
  },
  SIGNON_PAGE: {
    type: z.enum(['portal', 'pingone']).default('portal'),
    meaning:
      "`portal`: the portal's own sign-on page (`/signin`, the application's `loginPageUrl`) drives PingOne's Flows API; `pingone`: PingOne's hosted sign-on page.",
  },
  RETURN_URLS: {
    type: absoluteUrlList,
    meaning:
      'Comma-separated application URLs that `?return_to=` may send people back to (same origin and path prefix); anything else goes to the home page.',
  },
  SESSION_ABSOLUTE_HOURS: {
    type: int(1, 720).default('12'),
    meaning: 'A signed-in session ends this long after sign-in, however active it is.',
  },
} satisfies Record<string, Setting>;

/** The schema over the environment (`loadConfig`). */
export const envSchema = schemaOf(PORTAL_SETTINGS);

/** Every variable the portal's schema reads. */
export const SCHEMA_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

/** Every portal setting with its default and meaning (the README table is generated from this). */
export const SETTINGS: readonly SettingDoc[] = settingDocs(PORTAL_SETTINGS);
