/**
 * PingOne Local: an offline, PingOne-compatible server (management API under
 * `/v1/environments/{envId}/…`, authorization server under `/{envId}/as/…`) on one Fastify
 * instance, backed by SQLite. See `docs/pingone-local.md`.
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import Fastify, { LogController } from 'fastify';
import type { Logger } from 'pino';
import { NO_ROUTE_SCHEMAS } from '../http/no-route-schemas.js';
import { requestLoggerFactory } from '../logging/request-logger.js';
import { loadCommonPasswords } from '../policy/common-passwords.js';
import { applicationRoutes } from './actions/applications.js';
import { authorizeRoutes } from './actions/authorize.js';
import { discoveryRoutes } from './actions/discovery.js';
import { environmentRoutes } from './actions/environments.js';
import { flowRoutes } from './actions/flows/index.js';
import { REGISTRATION_SETTING } from './actions/flows/register.js';
import { introspectRoutes } from './actions/introspect.js';
import { languageRoutes } from './actions/languages.js';
import { passwordRoutes } from './actions/password/index.js';
import { passwordPolicyRoutes } from './actions/password-policies.js';
import { populationRoutes } from './actions/populations.js';
import { resourceRoutes } from './actions/resources.js';
import { resumeRoutes } from './actions/resume.js';
import { revokeRoutes } from './actions/revoke.js';
import { sessionRoutes } from './actions/sessions.js';
import { signoffRoutes } from './actions/signoff.js';
import { tokenRoutes } from './actions/token/index.js';
import { userinfoRoutes } from './actions/userinfo.js';
import { userRoutes } from './actions/users/index.js';
import { type Clock, createClock } from './clock.js';
import { DEFAULT_TOKEN_LIFETIME_SECONDS } from './config.js';
import type { LocalContext } from './context.js';
import { installCors } from './cors.js';
import { createPasswordHasher, DEFAULT_ARGON2 } from './crypto/passwords.js';
import { loadSigningKey, type SigningKey } from './crypto/signing-keys.js';
import { createFaultInjector, devApiPlugin, faultInjectionPlugin } from './dev/index.js';
import {
  clientErrorHandler,
  frameworkErrors,
  HTTP_SERVER_OPTIONS,
  installHttpBasics,
} from './http.js';
import { createMailbox, type Mailbox, type SmtpOptions } from './mail/index.js';
import { BODY_LIMIT_BYTES, TOKEN_LIFETIME_BOUNDS } from './pingone-behaviour.js';
import {
  type SeedApplication,
  type SeedWebApp,
  seedEnvironmentData,
  seedIdentity,
} from './seed.js';
import { applySeedFile } from './seed-file.js';
import { signOnPageRoutes } from './signon/page.js';
import { openDatabase } from './store/database.js';
import { createSqliteStore } from './store/sqlite.js';
import type { Store } from './store/types.js';

export type { SeedApplication, SeedWebApp } from './seed.js';

/** Options of {@link startPingOneLocal} / {@link buildPingOneLocal}. */
export interface LocalOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Port; `0` picks a free one. Default 9000 (see `config.ts`). */
  port?: number;
  /** SQLite file, or `:memory:`. Default `./data/pingone-local.sqlite`. */
  dbPath?: string;
  /** Environment ID; else the one persisted in the database, else a new UUID. */
  environmentId?: string;
  /** Worker app client ID; else persisted, else generated. */
  clientId?: string;
  /** Worker app client secret; else persisted, else generated. */
  clientSecret?: string;
  /** The Worker app's token endpoint auth method. Default `client_secret_basic`. */
  tokenAuthMethod?: 'client_secret_basic' | 'client_secret_post';
  /**
   * Access token lifetime, 300 … 2 592 000 s as in PingOne (`TOKEN_LIFETIME_BOUNDS`; outside them
   * PingOne Local refuses to start). Default {@link DEFAULT_TOKEN_LIFETIME_SECONDS}.
   */
  tokenLifetimeSeconds?: number;
  /** Argon2id cost. Default OWASP: {@link DEFAULT_ARGON2}. */
  argon2?: { memoryCost?: number; timeCost?: number; parallelism?: number };
  /** Mount the dev API under `/_local/`. Default true. */
  devApi?: boolean;
  /** Also deliver mail over SMTP. Default: mailbox only. */
  smtp?: SmtpOptions | null;
  /** JSON seed file (see docs). */
  seedFile?: string;
  /** Logger; `false` or absent: silent. */
  logger?: Logger | false;
  /** Clock; default real time. */
  clock?: Clock;
  /** Enforce unique `email` in the environment (docs/pingone-behaviour.md §3.7). Default false. */
  emailUnique?: boolean;
  /** More applications to create, e.g. one with fewer roles to exercise 403. */
  extraApplications?: SeedApplication[];
  /** An OIDC web app to create (or update) at start, with grants for signing users in. */
  webApp?: SeedWebApp;
  /** Offer `user.register` in sign-on flows (docs/pingone-local.md, "Sign-on"). Default false. */
  registration?: boolean;
}

/** A running PingOne Local. */
export interface RunningLocal {
  /** `http://127.0.0.1:PORT` */
  baseUrl: string;
  /** `baseUrl + '/v1'` */
  apiBaseUrl: string;
  /** Same as `baseUrl` (the auth server answers `/{envId}/as/…`). */
  authBaseUrl: string;
  environmentId: string;
  clientId: string;
  clientSecret: string;
  clock: Clock;
  close(): Promise<void>;
}

/** State of a built PingOne Local, decorated on the Fastify instance as `pingoneLocal`. */
export interface LocalHandle {
  environmentId: string;
  clientId: string;
  clientSecret: string;
  clock: Clock;
  store: Store;
  mailbox: Mailbox;
  context: LocalContext;
  /** Sets the public origin used in links and the token issuer. */
  setBaseUrl(url: string): void;
  /** Wipes users, populations, policies, history and codes (and mail), then re-seeds. */
  reset(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    pingoneLocal: LocalHandle;
  }
}

/** Refuses a lifetime PingOne would refuse (`TOKEN_LIFETIME_BOUNDS`). */
function checkTokenLifetime(seconds: number | undefined): void {
  if (seconds === undefined) return;
  const { minSeconds, maxSeconds } = TOKEN_LIFETIME_BOUNDS;
  if (!Number.isInteger(seconds) || seconds < minSeconds || seconds > maxSeconds) {
    throw new RangeError(
      `tokenLifetimeSeconds must be an integer between ${minSeconds} and ${maxSeconds} (PingOne's bounds); advance the clock to expire tokens sooner`,
    );
  }
}

/** Builds PingOne Local without listening (use `inject`, or `listen` yourself). */
export async function buildPingOneLocal(
  options: LocalOptions = {},
): Promise<FastifyInstance & { pingoneLocal: LocalHandle }> {
  checkTokenLifetime(options.tokenLifetimeSeconds);
  const clock = options.clock ?? createClock();
  // One connection: the store's tables and the mailbox's.
  const db = openDatabase(options.dbPath ?? './data/pingone-local.sqlite');
  const store = createSqliteStore(db);
  const logger = options.logger ? options.logger : null;
  try {
    const identity = seedIdentity(store, clock, {
      environmentId: options.environmentId,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      tokenAuthMethod: options.tokenAuthMethod,
      emailUnique: options.emailUnique,
      extraApplications: options.extraApplications,
      webApp: options.webApp,
    });
    store.setSetting(REGISTRATION_SETTING, String(options.registration ?? false));
    const seedData = async () => {
      seedEnvironmentData(store, clock, identity.environmentId);
      if (options.seedFile) {
        await applySeedFile(store, clock, identity.environmentId, options.seedFile, options);
      }
    };
    await seedData();

    const mailbox = createMailbox({
      db,
      clock,
      smtp: options.smtp ?? null,
      ...(logger ? { logger } : {}),
    });
    const keys = new Map<string, SigningKey>();

    const context: LocalContext = {
      store,
      clock,
      hasher: createPasswordHasher({ ...DEFAULT_ARGON2, ...options.argon2 }),
      mailbox,
      logger,
      tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS,
      urls: { baseUrl: `http://${options.host ?? '127.0.0.1'}` },
      recoveryKey: identity.recoveryKey,
      signingKey(environmentId) {
        const cached = keys.get(environmentId);
        if (cached) return cached;
        const record = store.getSigningKey(environmentId);
        if (!record) return null;
        const key = loadSigningKey(record);
        keys.set(environmentId, key);
        return key;
      },
      commonPasswords: loadCommonPasswords,
    };

    const app = Fastify({
      ...(logger ? { loggerInstance: logger as FastifyBaseLogger } : { logger: false }),
      childLoggerFactory: requestLoggerFactory,
      schemaController: NO_ROUTE_SCHEMAS,
      bodyLimit: BODY_LIMIT_BYTES,
      // Fastify's request log carries the full URL, and `?filter=email eq "..."` holds addresses.
      logController: new LogController({ disableRequestLogging: true }),
      routerOptions: { maxParamLength: 256 },
      // Answers refused before routing (bad path encoding, huge headers) in PingOne's envelope.
      frameworkErrors,
      clientErrorHandler,
      http: HTTP_SERVER_OPTIONS,
    }) as unknown as FastifyInstance;
    const reset = async () => {
      store.reset();
      mailbox.clear();
      await seedData();
    };
    installHttpBasics(app);
    installCors(app, context);
    await registerDevPlugins(app, context, identity, options, reset);
    tokenRoutes(app, context);
    userinfoRoutes(app, context);
    signoffRoutes(app, context);
    introspectRoutes(app, context);
    revokeRoutes(app, context);
    sessionRoutes(app, context);
    discoveryRoutes(app, context);
    environmentRoutes(app, context);
    populationRoutes(app, context);
    passwordPolicyRoutes(app, context);
    languageRoutes(app, context);
    userRoutes(app, context);
    passwordRoutes(app, context);
    applicationRoutes(app, context);
    resourceRoutes(app, context);
    authorizeRoutes(app, context);
    flowRoutes(app, context);
    resumeRoutes(app, context);
    signOnPageRoutes(app, context);

    const handle: LocalHandle = {
      environmentId: identity.environmentId,
      clientId: identity.clientId,
      clientSecret: identity.clientSecret,
      clock,
      store,
      mailbox,
      context,
      setBaseUrl(url) {
        context.urls.baseUrl = url.replace(/\/+$/, '');
      },
      reset,
    };
    app.decorate('pingoneLocal', handle);
    app.addHook('onClose', async () => {
      await mailbox.close();
      store.close();
    });
    return app as FastifyInstance & { pingoneLocal: LocalHandle };
  } catch (error) {
    store.close();
    throw error;
  }
}

/**
 * Fault injection (first, so it can fail any request; after the correlation hook, so faulted
 * responses still carry `Correlation-Id`) and, when enabled, the `/_local/` dev API.
 */
async function registerDevPlugins(
  app: FastifyInstance,
  context: LocalContext,
  identity: { environmentId: string; clientId: string },
  options: LocalOptions,
  reset: () => Promise<void>,
): Promise<void> {
  const faults = createFaultInjector();
  await app.register(faultInjectionPlugin, { faults });
  if (options.devApi === false) return;
  await app.register(async (scope) => {
    // The dev API reads parsed JSON bodies; the PingOne routes keep raw bodies (see http.ts).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'string' },
      scope.getDefaultJsonParser('error', 'error'),
    );
    await scope.register(devApiPlugin, {
      mailbox: context.mailbox,
      clock: context.clock,
      faults,
      reset,
      info: () => ({
        environmentId: identity.environmentId,
        clientId: identity.clientId,
        apiBaseUrl: `${context.urls.baseUrl}/v1`,
        authBaseUrl: context.urls.baseUrl,
      }),
    });
  });
}

/** Starts PingOne Local and resolves once it listens. */
export async function startPingOneLocal(options: LocalOptions = {}): Promise<RunningLocal> {
  const app = await buildPingOneLocal(options);
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ host, port: options.port ?? 9000 });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 9000);
  // A wildcard address is not somewhere a client can connect to: advertise loopback instead.
  const advertised = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const hostPart = advertised.includes(':') ? `[${advertised}]` : advertised;
  const baseUrl = `http://${hostPart}:${port}`;
  app.pingoneLocal.setBaseUrl(baseUrl);
  const local = app.pingoneLocal;
  return {
    baseUrl,
    apiBaseUrl: `${baseUrl}/v1`,
    authBaseUrl: baseUrl,
    environmentId: local.environmentId,
    clientId: local.clientId,
    clientSecret: local.clientSecret,
    clock: local.clock,
    close: () => app.close(),
  };
}
