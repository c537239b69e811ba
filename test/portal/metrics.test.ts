/**
 * Prometheus metrics on a real portal (`startPortal`, as `npm start` runs it) against PingOne
 * Local: the two ways of serving `/metrics` (bearer token on the portal port, own loopback
 * listener), the families and their counts after real flows, and closed label sets (no username,
 * e-mail, user id or IP ever becomes a label).
 */
import { createHash } from 'node:crypto';
import { Histogram, Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPingOneClient, PINGONE_OPERATIONS } from '../../src/pingone/index.js';
import { ConfigError, loadConfig } from '../../src/portal/config.js';
import { bearerMatches, createPortalMetrics } from '../../src/portal/metrics.js';
import {
  addFault,
  clearFaults,
  createUser,
  findRecoveryCode,
  type LocalFixture,
  startLocal,
  strongPassword,
  unique,
} from '../support/stack.js';
import { Browser } from './harness.js';
import {
  type ObservedPortal,
  parseScrape,
  type Scrape,
  scrape,
  startObservedPortal,
} from './observe-harness.js';

const TOKEN = 'metrics-token-0123456789abcdef';

let fixture: LocalFixture;
beforeAll(async () => {
  fixture = await startLocal();
});
afterAll(async () => {
  await fixture?.close();
});

describe('GET /metrics on the portal port (METRICS_TOKEN)', () => {
  let portal: ObservedPortal;
  beforeAll(async () => {
    portal = await startObservedPortal(fixture.local, {
      METRICS_TOKEN: TOKEN,
      RATE_LIMIT_ACCOUNT_PER_HOUR: '3',
    });
  });
  afterAll(async () => {
    await portal?.close();
  });

  it('refuses a scrape without the token, or with a wrong one, with 401 and a Bearer challenge', async () => {
    const cases: [string, Record<string, string>][] = [
      ['no header', {}],
      ['wrong token', { authorization: `Bearer ${TOKEN}x` }],
      ['prefix of the token', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
      ['other scheme', { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }],
      ['token without scheme', { authorization: TOKEN }],
    ];
    for (const [what, headers] of cases) {
      const res = await fetch(`${portal.url}/metrics`, { headers });
      const body = await res.text();
      expect([what, res.status, res.headers.get('www-authenticate')]).toEqual([
        what,
        401,
        'Bearer realm="metrics"',
      ]);
      expect(body, what).toContain('METRICS_TOKEN');
      expect(body, what).not.toContain('portal_');
      expect(res.headers.get('set-cookie'), what).toBeNull();
    }
    expect(
      portal.entries().filter((e) => e.event === 'metrics_unauthorized').length,
    ).toBeGreaterThanOrEqual(cases.length);
  });

  it('serves the text format to the token holder, with the process metrics', async () => {
    const res = await fetch(`${portal.url}/metrics`, {
      headers: { authorization: `bearer ${TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const s = parseScrape(await res.text());
    for (const [name, type] of [
      ['process_cpu_user_seconds_total', 'counter'],
      ['process_resident_memory_bytes', 'gauge'],
      ['nodejs_heap_size_used_bytes', 'gauge'],
      ['nodejs_eventloop_lag_seconds', 'gauge'],
      ['portal_http_request_duration_seconds', 'histogram'],
      ['portal_pingone_request_duration_seconds', 'histogram'],
      ['portal_pingone_token_requests_total', 'counter'],
      ['portal_pingone_retries_total', 'counter'],
      ['portal_rate_limit_refusals_total', 'counter'],
      ['portal_recovery_codes_total', 'counter'],
      ['portal_registrations_total', 'counter'],
      ['portal_recoveries_total', 'counter'],
      ['portal_password_changes_total', 'counter'],
      ['portal_counter_store_ready', 'gauge'],
    ]) {
      expect([name, s.types.get(name!)]).toEqual([name, type]);
    }
    expect(s.value('portal_counter_store_ready')).toBe(1);
  });

  it('counts registrations, recoveries, password changes, refusals and PingOne calls', async () => {
    const before = await scrape(`${portal.url}/metrics`, TOKEN);
    const delta = (after: Scrape, name: string, labels: Record<string, string> = {}) =>
      after.value(name, labels) - before.value(name, labels);

    // A registration: GET + POST.
    const username = `metric${unique()}`;
    const email = `${username}@example.com`;
    const password = strongPassword();
    const b = new Browser(portal.url);
    await b.get('/register');
    const reg = await b.post('/register', { username, email, password, confirmPassword: password });
    expect([reg.status, reg.headers.get('location')]).toEqual([303, '/']);
    // A duplicate: PingOne refuses it.
    const dup = new Browser(portal.url);
    await dup.get('/register');
    await dup.post('/register', {
      username,
      email: `other${unique()}@example.com`,
      password,
      confirmPassword: password,
    });

    // Forgot → code → recover.
    const r = new Browser(portal.url);
    await r.get('/password/forgot');
    await r.post('/password/forgot', { username: email });
    await portal.app.portal.tasks.drain();
    const code = await findRecoveryCode(fixture.local, email);
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    await r.get('/password/recover');
    const newPassword = strongPassword();
    const rec = await r.post('/password/recover', {
      recoveryCode: code!,
      password: newPassword,
      confirmPassword: newPassword,
    });
    expect([rec.status, rec.headers.get('location')]).toEqual([303, '/']);
    // A forgot for nobody: no code.
    const nobody = new Browser(portal.url);
    await nobody.get('/password/forgot');
    await nobody.post('/password/forgot', { username: `nobody${unique()}@example.com` });
    await portal.app.portal.tasks.drain();

    // Wrong current password until the account limit (3 per hour) refuses the 4th POST.
    const c = new Browser(portal.url);
    const wrong = strongPassword();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      await c.get('/password/change');
      const res = await c.post('/password/change', {
        username,
        currentPassword: `${password}-wrong`,
        password: wrong,
        confirmPassword: wrong,
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([303, 303, 303, 429]);

    // A 404 with an e-mail address and a user id in the URL.
    const user = await portal.client.users.findByUsernameOrEmail(username);
    expect(user).not.toBeNull();
    const missing = await fetch(`${portal.url}/users/${user!.id}/${encodeURIComponent(email)}`);
    expect(missing.status).toBe(404);

    const after = await scrape(`${portal.url}/metrics`, TOKEN);
    const http = 'portal_http_request_duration_seconds_count';
    expect({
      getRegister: delta(after, http, { route: '/register', method: 'GET', status: '200' }),
      postRegister: delta(after, http, { route: '/register', method: 'POST', status: '303' }),
      postForgot: delta(after, http, { route: '/password/forgot', method: 'POST', status: '303' }),
      postRecover: delta(after, http, {
        route: '/password/recover',
        method: 'POST',
        status: '303',
      }),
      postChange303: delta(after, http, {
        route: '/password/change',
        method: 'POST',
        status: '303',
      }),
      postChange429: delta(after, http, {
        route: '/password/change',
        method: 'POST',
        status: '429',
      }),
      unmatched: delta(after, http, { route: '(unmatched)', method: 'GET', status: '404' }),
      registrations: [
        delta(after, 'portal_registrations_total', { outcome: 'completed' }),
        delta(after, 'portal_registrations_total', { outcome: 'refused' }),
      ],
      codes: [
        delta(after, 'portal_recovery_codes_total', { outcome: 'sent' }),
        delta(after, 'portal_recovery_codes_total', { outcome: 'no_single_match' }),
      ],
      recoveries: delta(after, 'portal_recoveries_total', { outcome: 'completed' }),
      changes: delta(after, 'portal_password_changes_total', { outcome: 'bad_credentials' }),
      refusals: delta(after, 'portal_rate_limit_refusals_total', {
        limit: 'account',
        form: 'change',
      }),
      imports: delta(after, 'portal_pingone_request_duration_seconds_count', {
        operation: 'users.import',
        status: '201',
      }),
      importRefused: delta(after, 'portal_pingone_request_duration_seconds_count', {
        operation: 'users.import',
        status: '400',
      }),
      codesSent: delta(after, 'portal_pingone_request_duration_seconds_count', {
        operation: 'passwords.sendRecoveryCode',
        status: '200',
      }),
      recovers: delta(after, 'portal_pingone_request_duration_seconds_count', {
        operation: 'passwords.recover',
        status: '200',
      }),
      checks: delta(after, 'portal_pingone_request_duration_seconds_count', {
        operation: 'passwords.check',
        status: '400',
      }),
    }).toEqual({
      getRegister: 2,
      postRegister: 2,
      postForgot: 2,
      postRecover: 1,
      postChange303: 3,
      postChange429: 1,
      unmatched: 1,
      registrations: [1, 1],
      codes: [1, 1],
      recoveries: 1,
      changes: 3,
      refusals: 1,
      imports: 1,
      importRefused: 1,
      codesSent: 1,
      recovers: 1,
      checks: 3,
    });
    // Histogram buckets are cumulative and end with the count.
    const inf = after.value('portal_http_request_duration_seconds_bucket', {
      route: '/register',
      method: 'POST',
      le: '+Inf',
      status: '303',
    });
    expect(inf).toBe(after.value(http, { route: '/register', method: 'POST', status: '303' }));
    expect(after.value('portal_pingone_token_requests_total', { outcome: 'ok' })).toBeGreaterThan(
      0,
    );

    // No identifier of any kind in the scrape, and every label value from a closed set.
    for (const secret of [username, email, user!.id, password, newPassword, code!, '127.0.0.1']) {
      expect(after.text).not.toContain(secret);
    }
    assertClosedLabels(after);
  });

  it('counts PingOne errors by status, retries, and token failures', async () => {
    const before = await scrape(`${portal.url}/metrics`, TOKEN);
    const delta = (after: Scrape, name: string, labels: Record<string, string> = {}) =>
      after.value(name, labels) - before.value(name, labels);
    const user = await createUser({ client: portal.client });

    // One 503 on the users search: the GET is retried and then succeeds.
    await addFault(fixture.local, {
      method: 'GET',
      path: '/v1/environments/*/users',
      count: 1,
      action: { status: 503 },
    });
    const c = new Browser(portal.url);
    await c.get('/password/change');
    const next = strongPassword();
    await c.post('/password/change', {
      username: user.username,
      currentPassword: user.password,
      password: next,
      confirmPassword: next,
    });

    // The token endpoint refuses (401) on every attempt: the next token fetch fails.
    await addFault(fixture.local, {
      method: 'POST',
      path: '/*/as/token',
      count: 1,
      action: { status: 401 },
    });
    const spare = createPingOneClient({
      environmentId: fixture.local.environmentId,
      clientId: fixture.local.clientId,
      clientSecret: fixture.local.clientSecret,
      apiBaseUrl: fixture.local.apiBaseUrl,
      authBaseUrl: fixture.local.authBaseUrl,
      onRequest: portal.app.portal.metrics.pingOneRequest,
    });
    await expect(spare.getAccessToken()).rejects.toMatchObject({ code: 'AUTH_FAILED' });
    await clearFaults(fixture.local);

    const after = await scrape(`${portal.url}/metrics`, TOKEN);
    expect({
      list503: delta(after, 'portal_pingone_request_duration_seconds_count', {
        operation: 'users.list',
        status: '503',
      }),
      retries: delta(after, 'portal_pingone_retries_total', { operation: 'users.list' }),
      changed: delta(after, 'portal_password_changes_total', { outcome: 'completed' }),
      tokenRefused: delta(after, 'portal_pingone_token_requests_total', { outcome: 'refused' }),
      tokenRefused401: delta(after, 'portal_pingone_request_duration_seconds_count', {
        operation: 'token',
        status: '401',
      }),
    }).toEqual({ list503: 1, retries: 1, changed: 1, tokenRefused: 1, tokenRefused401: 1 });
    assertClosedLabels(after);
  });

  it('is a GET route of the portal: no /metrics without the token for another method', async () => {
    const res = await fetch(`${portal.url}/metrics`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(405);
  });
});

describe('GET /metrics on METRICS_PORT', () => {
  let portal: ObservedPortal;
  beforeAll(async () => {
    portal = await startObservedPortal(fixture.local, { METRICS_PORT: '0' });
  });
  afterAll(async () => {
    await portal?.close();
  });

  it('listens on loopback by default and needs no token there', async () => {
    expect(portal.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(portal.metricsUrl).not.toBe(portal.url);
    const s = await scrape(`${portal.metricsUrl}/metrics`);
    expect(s.types.get('portal_http_request_duration_seconds')).toBe('histogram');
    expect(s.types.get('process_cpu_user_seconds_total')).toBe('counter');
    expect(portal.entries().find((e) => e.event === 'metrics_listening')?.url).toBe(
      `${portal.metricsUrl}/metrics`,
    );
  });

  it('answers 404 elsewhere and 405 to another method', async () => {
    const other = await fetch(`${portal.metricsUrl}/register`);
    expect([other.status, await other.text()]).toEqual([404, '404 Not Found\n']);
    const post = await fetch(`${portal.metricsUrl}/metrics`, { method: 'POST' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });

  it('does not serve /metrics on the portal port (404 like any unknown route)', async () => {
    const b = new Browser(portal.url);
    const res = await b.get('/metrics');
    expect(res.status).toBe(404);
    expect(res.body).toContain('id="error-reference"');
    expect(res.body).not.toContain('portal_http');
  });

  it('keeps its own registry: another portal in the process does not see its counts', async () => {
    const b = new Browser(portal.url);
    await b.get('/register');
    await b.get('/register');
    const second = await startObservedPortal(fixture.local, { METRICS_PORT: '0' });
    try {
      await new Browser(second.url).get('/register');
      const [mine, theirs] = await Promise.all([
        scrape(`${portal.metricsUrl}/metrics`),
        scrape(`${second.metricsUrl}/metrics`),
      ]);
      const labels = { route: '/register', method: 'GET', status: '200' };
      expect(mine.value('portal_http_request_duration_seconds_count', labels)).toBe(2);
      expect(theirs.value('portal_http_request_duration_seconds_count', labels)).toBe(1);
    } finally {
      await second.close();
    }
  });
});

describe('metrics not configured', () => {
  it('serves no /metrics (404) and starts no listener', async () => {
    const portal = await startObservedPortal(fixture.local);
    try {
      expect(portal.metricsUrl).toBeNull();
      const res = await fetch(`${portal.url}/metrics`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.status).toBe(404);
      // Still recorded in process (cheap), so nothing differs but exposure.
      const text = await portal.app.portal.metrics.registry.metrics();
      expect(text).toContain('portal_http_request_duration_seconds');
      // Process metrics are collected only when served.
      expect(text).not.toContain('process_cpu_user_seconds_total');
    } finally {
      await portal.close();
    }
  });
});

describe('the HTTP request histogram', () => {
  it('exposes exactly what a prom-client Histogram with the same observations would', async () => {
    const metrics = createPortalMetrics();
    const reference = new Registry();
    const histogram = new Histogram({
      name: 'portal_http_request_duration_seconds',
      help: 'Portal HTTP requests by route pattern, method and status: time to the response.',
      labelNames: ['route', 'method', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [reference],
    });
    const observations: [string | undefined, string, number, number][] = [
      ['/register', 'GET', 200, 0.003],
      ['/register', 'GET', 200, 0.005],
      ['/register', 'GET', 200, 0.3],
      ['/register', 'POST', 303, 12],
      ['/password/forgot', 'HEAD', 200, 0.0001],
      [undefined, 'BREW', 404, 0.02],
    ];
    for (const [route, method, status, seconds] of observations) {
      metrics.httpRequest(route, method, status, seconds);
      histogram.observe(
        {
          route: route ?? '(unmatched)',
          method: method === 'BREW' ? 'OTHER' : method,
          status: String(status),
        },
        seconds,
      );
    }
    const family = (text: string) =>
      text
        .split('\n')
        .filter((l) => l.includes('portal_http_request_duration_seconds'))
        .join('\n');
    expect(family(await metrics.registry.metrics())).toBe(family(await reference.metrics()));
    expect(family(await reference.metrics())).toContain('route="(unmatched)",method="OTHER"');
  });
});

describe('metrics settings', () => {
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (err) {
      return (err as ConfigError).problems;
    }
    return [];
  };
  it('parses METRICS_TOKEN, METRICS_PORT and METRICS_HOST', () => {
    expect(loadConfig({}).metrics).toEqual({ token: null, listen: null });
    expect(
      loadConfig({ METRICS_TOKEN: TOKEN, METRICS_PORT: '9464', METRICS_HOST: '10.0.0.5' }).metrics,
    ).toEqual({ token: TOKEN, listen: { host: '10.0.0.5', port: 9464 } });
    expect(loadConfig({ METRICS_PORT: '9464' }).metrics.listen).toEqual({
      host: '127.0.0.1',
      port: 9464,
    });
  });
  it('names bad metrics settings', () => {
    expect(problems({ METRICS_TOKEN: 'short' })).toEqual([
      'METRICS_TOKEN: must be at least 16 characters',
    ]);
    expect(problems({ METRICS_PORT: 'x' })).toEqual(['METRICS_PORT: must be a whole number']);
    expect(problems({ METRICS_PORT: '70000' })[0]).toMatch(/^METRICS_PORT: /);
    expect(problems({ PORT: '3000', METRICS_PORT: '3000' })).toEqual([
      'METRICS_PORT: must differ from PORT (use METRICS_TOKEN to serve on PORT)',
    ]);
    expect(new ConfigError([]).name).toBe('ConfigError');
  });
  it('compares bearer tokens whatever their length', () => {
    const e = createHash('sha256').update(TOKEN).digest();
    expect(bearerMatches(`Bearer ${TOKEN}`, e)).toBe(true);
    expect(bearerMatches(`bearer   ${TOKEN} `, e)).toBe(true);
    expect(bearerMatches(undefined, e)).toBe(false);
    expect(bearerMatches('Bearer ', e)).toBe(false);
    expect(bearerMatches(`Bearer ${TOKEN} extra`, e)).toBe(false);
    expect(bearerMatches(`Bearer ${'x'.repeat(10_000)}`, e)).toBe(false);
  });
});

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'OTHER'];
const OUTCOMES: Record<string, string[]> = {
  portal_pingone_token_requests_total: ['ok', 'refused', 'error'],
  portal_recovery_codes_total: [
    'sent',
    'refused',
    'capped',
    'cooldown',
    'no_single_match',
    'disabled',
  ],
  portal_registrations_total: ['completed', 'refused'],
  portal_recoveries_total: [
    'completed',
    'code_rejected',
    'code_exhausted',
    'policy',
    'no_single_match',
  ],
  portal_password_changes_total: [
    'completed',
    'bad_credentials',
    'too_young',
    'policy',
    'no_single_match',
  ],
};

/** Every portal_* label value comes from a closed set; nothing looks like data. */
function assertClosedLabels(s: Scrape): void {
  for (const sample of s.samples.filter((x) => x.name.startsWith('portal_'))) {
    const family = sample.name.replace(/_(bucket|sum|count)$/, '');
    for (const [label, value] of Object.entries(sample.labels)) {
      const where = `${sample.name} ${label}="${value}"`;
      expect(value, where).not.toMatch(/@|[0-9a-f]{8}-[0-9a-f]{4}-/i);
      switch (label) {
        case 'route':
          expect(value, where).toMatch(/^(\/[\w/:.-]*|\(unmatched\))$/);
          expect(value.includes(':') ? true : !/\d{3,}/.test(value), where).toBe(true);
          break;
        case 'method':
          expect(METHODS, where).toContain(value);
          break;
        case 'status':
          expect(value, where).toMatch(/^([1-5]\d\d|NETWORK|TIMEOUT|ABORTED)$/);
          break;
        case 'operation':
          expect(PINGONE_OPERATIONS as readonly string[], where).toContain(value);
          break;
        case 'limit':
          expect(['ip', 'account'], where).toContain(value);
          break;
        case 'form':
          expect(['register', 'forgot', 'resend', 'recover', 'change', 'other'], where).toContain(
            value,
          );
          break;
        case 'outcome':
          expect(OUTCOMES[family], where).toContain(value);
          break;
        case 'le':
          expect(value, where).toMatch(/^(\d+(\.\d+)?|\+Inf)$/);
          break;
        default:
          throw new Error(`unexpected label ${where}`);
      }
    }
  }
}
