/**
 * Prometheus metrics of one portal, on its own {@link Registry} (never prom-client's global one,
 * so tests and several portals in one process do not collide). Every family and label is listed
 * in docs/operations.md.
 *
 * Label values come from closed sets only: route patterns (never the raw URL), HTTP methods and
 * statuses, PingOne operation names, limit scopes, form names and outcome enums. No username,
 * e-mail, user id or IP ever becomes a label.
 *
 * Exposure (`GET /metrics`): on the portal's port behind `METRICS_TOKEN` (see {@link
 * metricsRoute}), or on a listener of its own at `METRICS_PORT` (see {@link startMetricsServer}).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestEvent } from '../pingone/index.js';
import { getOrInsert, newMap } from './maps.js';
import type { CounterStore } from './rate-limit/store.js';

/** A POST form the rate limiter protects (closed set). */
export type LimitedForm = 'register' | 'forgot' | 'resend' | 'recover' | 'change' | 'verify';
/** What happened to one recovery-code request (the background step). */
export type RecoveryCodeOutcome =
  | 'sent'
  | 'verification_sent'
  | 'account_created'
  | 'refused'
  | 'capped'
  | 'cooldown'
  | 'no_single_match'
  | 'disabled';
/** How a registration POST that reached PingOne ended. */
export type RegistrationOutcome = 'completed' | 'refused';
/** How a recovery POST (code + new password) ended. */
export type RecoveryOutcome =
  | 'completed'
  | 'code_rejected'
  | 'code_exhausted'
  | 'policy'
  | 'no_single_match';
/** How a password-change POST that reached PingOne ended. */
export type PasswordChangeOutcome =
  | 'completed'
  | 'bad_credentials'
  | 'too_young'
  | 'policy'
  | 'no_single_match';

/** The portal's metrics: recording functions and the registry they feed. */
export interface PortalMetrics {
  readonly registry: Registry;
  /** Records one answered HTTP request (called from the `onResponse` hook). */
  httpRequest(route: string | undefined, method: string, status: number, seconds: number): void;
  /** The PingOne client's `onRequest` hook: one event per attempt. */
  pingOneRequest(event: RequestEvent): void;
  rateLimited(limit: 'ip' | 'account', form: string): void;
  recoveryCode(outcome: RecoveryCodeOutcome): void;
  registration(outcome: RegistrationOutcome): void;
  recovery(outcome: RecoveryOutcome): void;
  passwordChange(outcome: PasswordChangeOutcome): void;
  /** The rate-limit counter store whose readiness the store gauge reports. */
  watchStore(store: CounterStore): void;
  /** Adds Node's process metrics (CPU, memory, event loop, GC…); once. */
  collectProcessMetrics(): void;
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const FORMS = new Set<string>(['register', 'forgot', 'resend', 'recover', 'change', 'verify']);
const PINGONE_ERRORS = new Set(['NETWORK', 'TIMEOUT', 'ABORTED']);
/** Route label of a request no route matched (404s): the raw URL is never a label. */
export const UNMATCHED_ROUTE = '(unmatched)';

/** One series of {@link RequestHistogram}: cumulative-at-export bucket counts, sum, count. */
interface Series {
  labels: { route: string; method: string; status: string };
  counts: Float64Array;
  sum: number;
  count: number;
}

/**
 * The HTTP request histogram, recorded on every request. prom-client's `Histogram.observe`
 * builds a label object, a hash string and a float-keyed bucket lookup per call (~5 µs measured on
 * the shared development machine, about 2 % of a `GET /register` there); this one finds its series
 * through three map lookups (route → method → status) and bumps a typed array (~0.1 µs), allocating
 * nothing once the series exists. It is registered in the prom-client registry, which formats it
 * like any histogram (`_bucket{le}`, `_sum`, `_count`).
 */
class RequestHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly series = new Map<string, Map<string, Map<number, Series>>>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly bounds: readonly number[],
  ) {}

  observe(route: string, method: string, status: number, seconds: number): void {
    const byStatus = getOrInsert(getOrInsert(this.series, route, newMap), method, newMap);
    let s = byStatus.get(status);
    if (!s) {
      s = {
        labels: { route, method, status: String(status) },
        counts: new Float64Array(this.bounds.length),
        sum: 0,
        count: 0,
      };
      byStatus.set(status, s);
    }
    const bounds = this.bounds;
    for (let i = 0; i < bounds.length; i++) {
      if (seconds <= bounds[i]!) {
        s.counts[i]! += 1;
        break;
      }
    }
    s.sum += seconds;
    s.count += 1;
  }

  /** The prom-client metric shape the registry formats. */
  get() {
    const values: {
      metricName: string;
      labels: Record<string, string | number>;
      sharedLabels: Series['labels'];
      value: number;
    }[] = [];
    for (const byMethod of this.series.values()) {
      for (const byStatus of byMethod.values()) {
        for (const s of byStatus.values()) {
          let cumulative = 0;
          for (let i = 0; i < this.bounds.length; i++) {
            cumulative += s.counts[i]!;
            values.push({
              metricName: `${this.name}_bucket`,
              labels: { le: this.bounds[i]! },
              sharedLabels: s.labels,
              value: cumulative,
            });
          }
          values.push(
            {
              metricName: `${this.name}_bucket`,
              labels: { le: '+Inf' },
              sharedLabels: s.labels,
              value: s.count,
            },
            { metricName: `${this.name}_sum`, labels: {}, sharedLabels: s.labels, value: s.sum },
            {
              metricName: `${this.name}_count`,
              labels: {},
              sharedLabels: s.labels,
              value: s.count,
            },
          );
        }
      }
    }
    return {
      name: this.name,
      help: this.help,
      type: this.type,
      values,
      aggregator: this.aggregator,
    };
  }

  reset(): void {
    this.series.clear();
  }
}

/** Creates a portal's metrics on a fresh registry. */
export function createPortalMetrics(): PortalMetrics {
  const registry = new Registry();
  const registers = [registry];

  const http = new RequestHistogram(
    'portal_http_request_duration_seconds',
    'Portal HTTP requests by route pattern, method and status: time to the response.',
    [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  );
  registry.registerMetric(http as unknown as Parameters<Registry['registerMetric']>[0]);
  const pingone = new Histogram({
    name: 'portal_pingone_request_duration_seconds',
    help: 'PingOne calls (each attempt) by operation and HTTP status, or NETWORK / TIMEOUT / ABORTED when no response came.',
    labelNames: ['operation', 'status'] as const,
    buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Counter<L>({ name, help, labelNames, registers });
  const tokens = counter(
    'portal_pingone_token_requests_total',
    'Worker-token requests to PingOne (each attempt) by outcome: ok, refused (credentials rejected, 4xx) or error (5xx, 408, 429, network, timeout).',
    ['outcome'],
  );
  const retries = counter(
    'portal_pingone_retries_total',
    'PingOne calls sent again after a failed attempt, by operation.',
    ['operation'],
  );
  const refusals = counter(
    'portal_rate_limit_refusals_total',
    'POSTs refused by a rate limit (429), by limit (ip or account) and form.',
    ['limit', 'form'],
  );
  const codes = counter(
    'portal_recovery_codes_total',
    'Recovery-code requests handled in the background, by outcome: sent, verification_sent (the account awaits verification), account_created (email-first registration), refused (by PingOne), capped (daily cap), cooldown, no_single_match, disabled.',
    ['outcome'],
  );
  const registrations = counter(
    'portal_registrations_total',
    'Registrations sent to PingOne, by outcome: completed or refused (taken or invalid values, policy).',
    ['outcome'],
  );
  const recoveries = counter(
    'portal_recoveries_total',
    'Password recoveries (code + new password) checked against PingOne, by outcome.',
    ['outcome'],
  );
  const changes = counter(
    'portal_password_changes_total',
    'Password changes checked against PingOne, by outcome.',
    ['outcome'],
  );
  let store: CounterStore | null = null;
  new Gauge({
    name: 'portal_counter_store_ready',
    help: 'Whether the rate-limit counter store (Redis when REDIS_URL is set, else memory) is connected: 1 or 0.',
    registers,
    collect() {
      this.set(store === null || store.isReady() ? 1 : 0);
    },
  });

  let processMetrics = false;

  return {
    registry,
    httpRequest(route, method, status, seconds) {
      http.observe(
        route ?? UNMATCHED_ROUTE,
        METHODS.has(method) ? method : 'OTHER',
        status,
        seconds,
      );
    },
    pingOneRequest(event) {
      const status =
        event.status !== undefined
          ? String(event.status)
          : PINGONE_ERRORS.has(event.error ?? '')
            ? (event.error as string)
            : 'NETWORK';
      pingone.labels(event.operation, status).observe(event.durationMs / 1000);
      if (event.attempt > 1) retries.labels(event.operation).inc();
      if (event.operation === 'token') {
        const s = event.status;
        const outcome =
          s !== undefined && s >= 200 && s < 300
            ? 'ok'
            : s !== undefined && s >= 400 && s < 500 && s !== 408 && s !== 429
              ? 'refused'
              : 'error';
        tokens.labels(outcome).inc();
      }
    },
    rateLimited(limit, form) {
      refusals.labels(limit, FORMS.has(form) ? form : 'other').inc();
    },
    recoveryCode: (outcome) => codes.labels(outcome).inc(),
    registration: (outcome) => registrations.labels(outcome).inc(),
    recovery: (outcome) => recoveries.labels(outcome).inc(),
    passwordChange: (outcome) => changes.labels(outcome).inc(),
    watchStore(s) {
      store = s;
    },
    collectProcessMetrics() {
      if (processMetrics) return;
      processMetrics = true;
      collectDefaultMetrics({ register: registry });
    },
  };
}

/** Hashes for a constant-time comparison of tokens of any length. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Whether an `Authorization` header carries `Bearer <token>` (compared in constant time). */
export function bearerMatches(header: string | undefined, expected: Buffer): boolean {
  const m = header ? /^Bearer[ ]+(\S+)\s*$/i.exec(header) : null;
  // Always compare, so a missing header and a wrong token take the same path.
  const given = digest(m?.[1] ?? '');
  return timingSafeEqual(given, expected) && m !== null;
}

/**
 * Serves `GET /metrics` on the portal's own port, for holders of `token` only: a missing or
 * wrong bearer token gets 401 with `WWW-Authenticate: Bearer`.
 */
export function metricsRoute(app: FastifyInstance, metrics: PortalMetrics, token: string): void {
  const expected = digest(token);
  app.get(
    '/metrics',
    { config: { session: false } },
    async (request: FastifyRequest, reply: FastifyReply) => {
      reply.header('cache-control', 'no-store');
      if (!bearerMatches(request.headers.authorization, expected)) {
        request.log.info({ event: 'metrics_unauthorized' }, 'metrics scrape refused');
        return reply
          .code(401)
          .header('www-authenticate', 'Bearer realm="metrics"')
          .type('text/plain; charset=utf-8')
          .send('401 Unauthorized: a valid bearer token (METRICS_TOKEN) is required\n');
      }
      const body = await metrics.registry.metrics();
      return reply.type(metrics.registry.contentType).send(body);
    },
  );
}

/** A running metrics listener. */
export interface MetricsServer {
  /** `http://host:port`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` (no token) on a listener of its own, meant for a loopback or private
 * interface: anything else is 404 (405 for another method on `/metrics`).
 */
export async function startMetricsServer(
  metrics: PortalMetrics,
  host: string,
  port: number,
): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
        .end('405 Method Not Allowed\n');
      return;
    }
    metrics.registry.metrics().then(
      (body) => {
        res.writeHead(200, {
          'content-type': metrics.registry.contentType,
          'cache-control': 'no-store',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('500\n');
      },
    );
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
