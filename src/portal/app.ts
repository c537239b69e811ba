/**
 * `buildPortal`: assembles the Fastify application from its capability plugins (security
 * headers, cookies, session, CSRF, rate limits) and the flow plugins (home, registration,
 * recovery, change password). No I/O besides bundling the browser script happens here; the
 * caller owns listening and shutdown.
 */

import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { NO_ROUTE_SCHEMAS } from '../http/no-route-schemas.js';
import { requestLoggerFactory } from '../logging/request-logger.js';
import type { PingOneClient } from '../pingone/index.js';
import type { CommonPasswordChecker } from '../policy/index.js';
import { type Assets, buildAssets } from './assets.js';
import type { PortalConfig } from './config.js';
import { endDeadline } from './deadline.js';
import { createDirectory, type Directory } from './directory.js';
import { PORTAL_ERRORS, PortalError, type PortalErrorCode } from './errors.js';
import { accountFlow } from './flows/account.js';
import { accountEmailFlow } from './flows/account-email.js';
import { changeFlow } from './flows/change.js';
import { homeFlow } from './flows/home.js';
import { recoveryFlow } from './flows/recovery.js';
import { registerFlow } from './flows/register.js';
import { emailFirstFlow } from './flows/register-email-first.js';
import { usernameFlow } from './flows/register-username.js';
import { returnToPlugin } from './flows/return-to.js';
import { signInFlow } from './flows/signin.js';
import { signOnFlow } from './flows/signon.js';
import { verifyFlow } from './flows/verify.js';
import { loadCatalog } from './i18n/index.js';
import { serializeError } from './logging.js';
import { createPortalMetrics, metricsRoute, type PortalMetrics } from './metrics.js';
import { createSignInServices } from './oidc/services.js';
import type { SignInSettings } from './oidc/settings.js';
import { csrf } from './plugins/csrf.js';
import { languagePlugin } from './plugins/language.js';
import { rateLimit } from './plugins/rate-limit.js';
import { contentSecurityPolicy, securityHeaders } from './plugins/security-headers.js';
import { newSession, session } from './plugins/session.js';
import { createPolicyEngine, type PolicyEngine } from './policy-engine.js';
import { type CounterStore, createMemoryStore } from './rate-limit/store.js';
import { pageContext, sendPage } from './render.js';
import { ROUTE, routeOf } from './route.js';
import { createSealer, type Sealer } from './session/crypto.js';
import { createTaskQueue, type TaskQueue } from './tasks.js';
import { errorPage } from './views/pages.js';

/** Services shared by the flows, decorated as `app.portal`. */
export interface PortalServices {
  config: PortalConfig;
  client: PingOneClient;
  directory: Directory;
  tasks: TaskQueue;
  assets: Assets;
  policy: PolicyEngine;
  /** Prometheus metrics (served only when `METRICS_TOKEN` or `METRICS_PORT` is set). */
  metrics: PortalMetrics;
  /** Wall clock in ms (injectable for tests). */
  now: () => number;
  /** Seals the session cookie and the server-side sign-in records. */
  sealer: Sealer;
}

declare module 'fastify' {
  interface FastifyInstance {
    portal: PortalServices;
  }
}

/** Inputs of {@link buildPortal}. */
export interface PortalOptions {
  config: PortalConfig;
  client: PingOneClient;
  logger: Logger;
  /**
   * The resolved session secret that seals cookies (config's, or one generated for development).
   * The configuration's previous secrets still open them.
   */
  sessionSecret: string;
  /**
   * Metrics to record into; created when absent. Pass the one whose `pingOneRequest` is the
   * client's `onRequest` hook so PingOne calls are counted too.
   */
  metrics?: PortalMetrics;
  /** Counter store for rate limits; in-memory by default. */
  store?: CounterStore;
  /** HTTPS key and certificate (PEM), when the portal terminates TLS itself. */
  https?: { key: Buffer; cert: Buffer };
  now?: () => number;
  /** Common-password list for the server-side pre-check (defaults to the policy module's). */
  commonPasswords?: CommonPasswordChecker;
  /** The sign-in application (oidc/settings.ts); absent or null: no sign-in routes answer. */
  signIn?: SignInSettings | null;
  /** Transport of the sign-in calls to PingOne's authorization server (tests inject faults). */
  oidcFetch?: typeof fetch;
}

export { REDACT_PATHS } from './logging.js';

/** Builds the portal (not yet listening). */
export async function buildPortal(options: PortalOptions): Promise<FastifyInstance> {
  const { config, client } = options;
  const now = options.now ?? Date.now;
  const serverOptions = {
    loggerInstance: options.logger,
    childLoggerFactory: requestLoggerFactory,
    schemaController: NO_ROUTE_SCHEMAS,
    // A hop count trusts that many proxies in front of the portal (proxy-addr semantics).
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    bodyLimit: config.bodyLimit,
    genReqId: () => randomUUID(),
    requestIdHeader: false as const,
    rewriteUrl: routableUrl,
    clientErrorHandler: answerUnreadableRequest,
  };
  const app = (options.https
    ? Fastify({ ...serverOptions, https: options.https })
    : Fastify(serverOptions)) as unknown as FastifyInstance;
  // Every request gets the slot that routeOf() fills (one shape for all requests).
  app.decorateRequest(ROUTE as unknown as string, null);

  const store = options.store ?? createMemoryStore({ now });
  const metrics = options.metrics ?? createPortalMetrics();
  metrics.watchStore(store);
  if (config.metrics.token !== null || config.metrics.listen !== null) {
    metrics.collectProcessMetrics();
  }
  // One observation per answered request, labelled with the route pattern (never the raw URL);
  // and the request's PingOne deadline, if it started one, is disarmed.
  app.addHook('onResponse', (request, reply, done) => {
    endDeadline(request);
    metrics.httpRequest(
      routeOf(request).url,
      request.method,
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });
  const [assets, policy] = await Promise.all([
    buildAssets(),
    createPolicyEngine(options.commonPasswords),
    // Other languages load on first use (plugins/language.ts); pages answered before a request's
    // language is known (refused requests, errors) are in this one.
    loadCatalog(config.defaultLocale),
  ]);
  const sealer = createSealer([options.sessionSecret, ...config.previousSessionSecrets]);
  const services: PortalServices = {
    sealer,
    config,
    client,
    directory: createDirectory(client, config, now),
    tasks: createTaskQueue({ log: app.log }),
    assets,
    policy,
    metrics,
    now,
  };
  app.decorate('portal', services);
  app.decorate(
    'signIn',
    options.signIn
      ? createSignInServices({
          settings: options.signIn,
          counterStore: store,
          redisPrefix: config.redis?.prefix ?? '',
          sealer,
          idleMs: config.sessionIdleMs,
          absoluteMs: config.sessionAbsoluteMs,
          timeoutMs: config.pingoneTimeoutMs,
          returnUrls: config.returnUrls,
          now,
          ...(options.oidcFetch ? { fetch: options.oidcFetch } : {}),
        })
      : null,
  );

  // Only urlencoded forms are accepted: JSON or text bodies on a form route are a 415 → 400 page.
  app.removeAllContentTypeParsers();
  await app.register(fastifyFormbody);
  await app.register(securityHeaders, {
    hsts: config.secureCookies,
    imageOrigins: config.logoUrl?.startsWith('https://') ? [new URL(config.logoUrl).origin] : [],
    formActionOrigins: options.signIn
      ? [new URL(options.signIn.issuer).origin, ...config.returnUrls.map((u) => new URL(u).origin)]
      : [],
  });
  await app.register(fastifyCookie);
  await app.register(session, {
    sealer,
    secure: config.secureCookies,
    idleMs: config.sessionIdleMs,
    now,
  });
  await app.register(csrf, { publicOrigin: config.publicOrigin });
  await app.register(rateLimit, {
    store,
    ipPerMinute: config.rateLimits.ipPerMinute,
    accountPerHour: config.rateLimits.accountPerHour,
    onRefused: metrics.rateLimited,
  });

  await app.register(languagePlugin, {
    supportedLocales: config.supportedLocales,
    defaultLocale: config.defaultLocale,
    secureCookies: config.secureCookies,
  });

  // A URL the router cannot decode (routableUrl) gets the translated 400 page, like any bad input.
  app.all(UNDECODABLE_URL, async () => {
    throw new PortalError('BAD_REQUEST', 'URL with broken percent-encoding');
  });
  // Before any route or flow plugin, so every encapsulated context inherits them.
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const otherMethod = ['GET', 'POST'].some(
      (method) => method !== request.method && app.hasRoute({ method, url: path }),
    );
    if (otherMethod) {
      return sendError(request, reply, new PortalError('METHOD_NOT_ALLOWED', request.method));
    }
    return sendError(request, reply, new PortalError('NOT_FOUND', `${request.method} not routed`));
  });
  app.setErrorHandler(async (err, request, reply) => sendError(request, reply, err));

  app.get('/healthz', { config: { session: false } }, async () => ({ status: 'ok' }));
  // Ready when a PingOne token can be had and the counter store answers. When the store is down
  // the 503 body lists what is missing (`redis`, and `pingone` too if so); the store logs its own
  // outages once, so only PingOne failures are logged here.
  app.get('/readyz', { config: { session: false } }, async (request, reply) => {
    let pingoneUp = true;
    try {
      await client.getAccessToken({ transactionId: request.id, signal: AbortSignal.timeout(3000) });
    } catch (err) {
      request.log.warn(
        { event: 'not_ready', err: serializeError(err) },
        'PingOne token unavailable',
      );
      pingoneUp = false;
    }
    const storeUp = store.isReady();
    if (pingoneUp && storeUp) return { status: 'ready' };
    if (storeUp) return reply.code(503).send({ status: 'unavailable', reference: request.id });
    return reply.code(503).send({
      status: 'unavailable',
      reference: request.id,
      unavailable: [...(pingoneUp ? [] : ['pingone']), config.redis ? 'redis' : 'counter-store'],
    });
  });
  app.get('/favicon.ico', { config: { session: false } }, async (_request, reply) =>
    reply.code(204).header('cache-control', 'public, max-age=86400').send(),
  );
  app.get<{ Params: { file: string } }>(
    '/assets/:file',
    { config: { session: false } },
    async (request, reply) => {
      const asset = assets.byPath.get(`/assets/${request.params.file}`);
      if (!asset) throw new PortalError('NOT_FOUND', 'asset');
      return reply
        .type(asset.type)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(asset.body);
    },
  );

  if (config.metrics.token !== null) metricsRoute(app, metrics, config.metrics.token);

  await app.register(returnToPlugin);
  await app.register(homeFlow);
  await app.register(registerFlow);
  if (config.registration.mode === 'email-first') await app.register(emailFirstFlow);
  if (config.registration.verifyEmail) await app.register(verifyFlow);
  if (config.registration.mode === 'email-first' && config.registration.username === 'chosen')
    await app.register(usernameFlow);
  await app.register(recoveryFlow);
  await app.register(changeFlow);
  await app.register(signInFlow);
  await app.register(signOnFlow);
  await app.register(accountFlow);
  await app.register(accountEmailFlow);

  app.addHook('onClose', async () => {
    await services.tasks.drain();
    await store.close();
  });
  return app;
}

function toPortalError(err: unknown): PortalError {
  if (err instanceof PortalError) return err;
  const e = err as { code?: unknown; statusCode?: unknown };
  let code: PortalErrorCode = 'INTERNAL';
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') code = 'BODY_TOO_LARGE';
  else if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    code =
      e.statusCode === 413
        ? 'BODY_TOO_LARGE'
        : e.statusCode === 405
          ? 'METHOD_NOT_ALLOWED'
          : 'BAD_REQUEST';
  }
  return new PortalError(code, typeof e.code === 'string' ? e.code : undefined, { cause: err });
}

async function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  err: unknown,
): Promise<FastifyReply> {
  const pe = toPortalError(err);
  const spec = PORTAL_ERRORS[pe.code];
  const logged = {
    event: 'request_failed',
    code: pe.code,
    detail: pe.detail,
    ...(pe.cause !== undefined ? { err: serializeError(pe.cause) } : {}),
  };
  if (spec.unexpected) request.log.error(logged, 'request failed');
  else request.log.info(logged, 'request refused');

  if (!request.session && routeOf(request).config?.session !== false) {
    request.session = newSession(request.server.portal.now());
  }
  if (pe.retryAfterSeconds !== undefined) reply.header('retry-after', String(pe.retryAfterSeconds));
  const ctx = pageContext(request);
  const t = ctx.t;
  return sendPage(
    reply,
    errorPage(ctx, t(spec.title), t(spec.text, pe.params), request.id),
    spec.status,
  );
}

/** Where {@link routableUrl} sends a URL whose path cannot be percent-decoded. */
const UNDECODABLE_URL = '/_undecodable-url';

/**
 * Fastify's `rewriteUrl`: a path with broken percent-encoding (`%zz`, `%C3%28`) would be refused
 * by the router with Fastify's own JSON body, before any hook (headers, language, session) ran.
 * It is routed instead to a path that answers the portal's 400 page.
 */
export function routableUrl(request: { url?: string }): string {
  const url = request.url ?? '/';
  if (!url.includes('%')) return url;
  const query = url.indexOf('?');
  try {
    decodeURIComponent(query < 0 ? url : url.slice(0, query));
    return url;
  } catch {
    return UNDECODABLE_URL;
  }
}

/** A fixed page for requests Node cannot parse, with the portal's strict headers. */
const UNREADABLE_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad request</title></head>' +
  '<body><h1>Bad request</h1><p>Your browser sent a request this site could not read. Please go back and try again.</p></body></html>';

/**
 * Fastify's `clientErrorHandler`: a request Node cannot parse (headers beyond its limit,
 * malformed HTTP) never reaches Fastify, so it has no language or session. It gets a short
 * HTML page with the same security headers as every page (not Fastify's JSON), then the
 * connection is closed.
 */
export function answerUnreadableRequest(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: text/html; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(UNREADABLE_PAGE)}\r\n` +
        `Content-Security-Policy: ${contentSecurityPolicy()}\r\n` +
        'X-Content-Type-Options: nosniff\r\nX-Frame-Options: DENY\r\n' +
        'Referrer-Policy: no-referrer\r\nCache-Control: no-store\r\n' +
        `Connection: close\r\n\r\n${UNREADABLE_PAGE}`,
    );
  }
  socket.destroy();
}
