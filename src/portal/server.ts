/**
 * `startPortal`: validated configuration → PingOne target (a tenant, or the embedded PingOne
 * Local) → portal listening. `src/main.ts` wraps it with `.env` loading and signal handling;
 * tests call it directly.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { DestinationStream, Logger } from 'pino';
import { createPingOneClient, type PingOneClient, type RequestEvent } from '../pingone/index.js';
import { buildPortal } from './app.js';
import { loadConfig, type PortalConfig } from './config.js';
import { createLogger, serializeError, wantsPrettyLogs } from './logging.js';
import { createPortalMetrics, type MetricsServer, startMetricsServer } from './metrics.js';
import {
  embeddedWebApp,
  portalOrigin,
  resolveSignIn,
  type SignInSettings,
} from './oidc/settings.js';
import type { CounterStore } from './rate-limit/store.js';

export { createLogger } from './logging.js';

/** A running portal. */
export interface RunningPortal {
  app: FastifyInstance;
  config: PortalConfig;
  client: PingOneClient;
  logger: Logger;
  /** The portal's base URL. */
  url: string;
  /** The embedded PingOne Local's base URL, when one was started. */
  localUrl: string | null;
  /** The `METRICS_PORT` listener's base URL (`…/metrics`), when one was started. */
  metricsUrl: string | null;
  /** Stops the portal (drains background tasks) and the embedded PingOne Local. */
  close(): Promise<void>;
}

/** Options of {@link startPortal}. */
export interface StartOptions {
  /** Where logs go (default stdout, pretty-printed on a terminal outside production). */
  logDestination?: DestinationStream;
  /** Counter store override (tests). */
  store?: CounterStore;
}

/** Starts the portal from an environment map. Throws `ConfigError` on bad settings. */
export async function startPortal(
  env: Record<string, string | undefined>,
  options: StartOptions = {},
): Promise<RunningPortal> {
  const config = loadConfig(env);
  const logger = createLogger(config.logLevel, options.logDestination, {
    pretty: !options.logDestination && wantsPrettyLogs(process.stdout.isTTY, config.env),
  });
  const metrics = createPortalMetrics();

  let sessionSecret = config.sessionSecret;
  if (!sessionSecret) {
    sessionSecret = randomBytes(32).toString('base64url');
    logger.warn(
      { event: 'session_secret_generated' },
      'SESSION_SECRET is not set: using a random one (sessions end when the process restarts)',
    );
  }

  let local: { baseUrl: string; close(): Promise<void> } | null = null;
  const debug = logger.isLevelEnabled('debug');
  const onRequest = (event: RequestEvent) => {
    metrics.pingOneRequest(event);
    if (debug) logger.debug({ event: 'pingone_call', ...event }, 'PingOne call');
  };
  // The redirect URIs derive from the origin, so a free port is chosen before PingOne Local is
  // seeded with them (PORT=0).
  const listenPort =
    config.port === 0 && !config.publicOrigin ? await freePort(config.host) : config.port;
  const origin = portalOrigin(config, listenPort);
  let client: PingOneClient;
  let signIn: SignInSettings | null;
  if (config.pingone.kind === 'tenant') {
    client = createPingOneClient({
      environmentId: config.pingone.environmentId,
      clientId: config.pingone.clientId,
      clientSecret: config.pingone.clientSecret,
      apiBaseUrl: config.pingone.apiBaseUrl,
      authBaseUrl: config.pingone.authBaseUrl,
      tokenAuthMethod: config.pingone.tokenAuthMethod,
      timeoutMs: config.pingoneTimeoutMs,
      onRequest,
    });
    signIn = resolveSignIn(config, config.pingone, origin, null);
  } else {
    const [{ startPingOneLocal }, { loadLocalConfig }] = await Promise.all([
      import('../local/index.js'),
      import('../local/config.js'),
    ]);
    // PINGONE_LOCAL_* settings apply to the embedded server too; its port defaults to a free one
    // and its database to DATA_DIR.
    const localOptions = loadLocalConfig(env as NodeJS.ProcessEnv);
    // Unless PINGONE_LOCAL_WEB_APP_* names one, seed the portal's own sign-in application.
    const webApp = localOptions.webApp ?? embeddedWebApp(config, origin);
    const dataDir = resolve(config.dataDir);
    if (!env.PINGONE_LOCAL_DB) mkdirSync(dataDir, { recursive: true });
    const started = await startPingOneLocal({
      ...localOptions,
      port: env.PINGONE_LOCAL_PORT ? localOptions.port : 0,
      dbPath: env.PINGONE_LOCAL_DB ? localOptions.dbPath : join(dataDir, 'pingone-local.sqlite'),
      // Its request logs hold SCIM filters (e-mail addresses): keep only its warnings.
      logger: logger.child({ component: 'pingone-local' }, { level: 'warn' }),
      webApp,
    });
    local = started;
    client = createPingOneClient({
      environmentId: started.environmentId,
      clientId: started.clientId,
      clientSecret: started.clientSecret,
      apiBaseUrl: started.apiBaseUrl,
      authBaseUrl: started.authBaseUrl,
      timeoutMs: config.pingoneTimeoutMs,
      onRequest,
    });
    signIn = resolveSignIn(
      config,
      { environmentId: started.environmentId, authBaseUrl: started.authBaseUrl },
      origin,
      webApp,
    );
  }

  let store = options.store;
  if (!store && config.redis) {
    const { createRedisStore } = await import('./rate-limit/redis-store.js');
    try {
      store = await createRedisStore({
        ...config.redis,
        log: logger.child({ component: 'redis' }),
      });
    } catch (err) {
      await local?.close();
      throw err;
    }
  }

  const https = config.tls
    ? { key: readFileSync(config.tls.keyFile), cert: readFileSync(config.tls.certFile) }
    : undefined;
  let app: FastifyInstance;
  let metricsServer: MetricsServer | null = null;
  try {
    app = await buildPortal({
      config,
      client,
      logger,
      sessionSecret,
      metrics,
      signIn,
      ...(store ? { store } : {}),
      ...(https ? { https } : {}),
    });
    await app.listen({ host: config.host, port: listenPort });
    if (config.metrics.listen) {
      metricsServer = await startMetricsServer(
        metrics,
        config.metrics.listen.host,
        config.metrics.listen.port,
      ).catch(async (err: unknown) => {
        await app.close();
        throw err;
      });
      logger.info(
        { event: 'metrics_listening', url: `${metricsServer.url}/metrics` },
        'metrics served',
      );
    }
    // After the socket is open, so start-up is not held up by loading the list; and not at once:
    // the load takes ~0.3 s of CPU (in a worker thread), which on a small machine would compete
    // with the first requests (bench P6).
    setTimeout(() => {
      app.portal.policy.warm().catch((err: unknown) => {
        logger.warn(
          { event: 'common_passwords_preload_failed', err: serializeError(err) },
          'loading the common-password list in a worker failed; the first check loads it',
        );
      });
    }, 1500).unref();
  } catch (err) {
    await local?.close();
    if (!options.store) await store?.close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `${config.tls ? 'https' : 'http'}://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;

  return {
    app,
    config,
    client,
    logger,
    url,
    localUrl: local?.baseUrl ?? null,
    metricsUrl: metricsServer?.url ?? null,
    async close() {
      await metricsServer?.close();
      await app.close();
      await local?.close();
    },
  };
}

/** A port free on `host` now (PORT=0 with derived redirect URIs). */
async function freePort(host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const found = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(found));
    });
  });
}
