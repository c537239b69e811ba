/**
 * A sign-in stack for the portal's sign-in tests: PingOne Local seeded with the portal's OIDC web
 * app (redirect, post-logout and sign-on page URLs of every portal instance), and one or more
 * portals on fixed loopback ports with sign-in on. Plus `SignInBrowser`, a cookie-keeping HTTP
 * client that follows redirects across the portal and PingOne Local as a browser would.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createPingOneClient, type PingOneClient } from '../../src/pingone/index.js';
import { buildPortal } from '../../src/portal/app.js';
import { loadConfig } from '../../src/portal/config.js';
import { resolveSignIn, SIGNIN_PATHS } from '../../src/portal/oidc/settings.js';
import { createRedisStore } from '../../src/portal/rate-limit/redis-store.js';
import type { CounterStore } from '../../src/portal/rate-limit/store.js';
import { createLogger } from '../../src/portal/server.js';
import { freePort, type RedisServer, startRedisServer } from './redis-server.js';
import {
  keepCookies,
  type LocalFixture,
  localClientOptions,
  startLocal,
  strongPassword,
  TEST_PORTAL_ENV,
  unique,
} from './stack.js';

/** One portal instance of the stack. */
export interface SignInPortal {
  app: FastifyInstance;
  url: string;
  logs: string[];
}

/** PingOne Local plus portals signing people in through it. */
export interface SignInStack {
  fixture: LocalFixture;
  local: LocalFixture['local'];
  client: PingOneClient;
  portals: SignInPortal[];
  /** The first portal's URL. */
  url: string;
  /** The portals' session secret (tests open and reseal cookies with it). */
  sessionSecret: string;
  close(): Promise<void>;
}

/** Options of {@link startSignInStack}. */
export interface SignInStackOptions {
  /** Portal instances (default 1); they share the session secret. */
  instances?: number;
  env?: Record<string, string>;
  /** Counter store per instance (Redis for the multi-instance test). */
  store?: () => Promise<CounterStore>;
  /** `false` seeds the app without `loginPageUrl` (PingOne's hosted page). */
  loginPage?: boolean;
  /** Transport of the portals' sign-in calls (fault injection). */
  oidcFetch?: typeof fetch;
  /** The portals' clock. */
  now?: () => number;
}

/** Starts PingOne Local with the portal's app, then the portals. */
export async function startSignInStack(options: SignInStackOptions = {}): Promise<SignInStack> {
  const ports = await Promise.all(Array.from({ length: options.instances ?? 1 }, () => freePort()));
  const origins = ports.map((p) => `http://127.0.0.1:${p}`);
  const clientId = 'latchkey-portal';
  const clientSecret = randomBytes(24).toString('base64url');
  const fixture = await startLocal({
    webApp: {
      clientId,
      clientSecret,
      redirectUris: origins.map((o) => `${o}${SIGNIN_PATHS.callback}`),
      postLogoutRedirectUris: origins.map((o) => `${o}${SIGNIN_PATHS.signedOut}`),
      ...(options.loginPage === false
        ? {}
        : { loginPageUrl: `${origins[0]}${SIGNIN_PATHS.signIn}` }),
    },
  });
  const sessionSecret = `signin-test-secret-${randomBytes(16).toString('hex')}`;
  const portals: SignInPortal[] = [];
  const client = createPingOneClient({ ...localClientOptions(fixture.local), timeoutMs: 15_000 });
  try {
    for (const [i, port] of ports.entries()) {
      const config = loadConfig({
        ...TEST_PORTAL_ENV,
        SESSION_SECRET: sessionSecret,
        PORT: String(port),
        ...options.env,
      });
      const logs: string[] = [];
      const logger = createLogger(config.logLevel, {
        write: (line: string) => void logs.push(line),
      });
      const signIn = resolveSignIn(
        config,
        { environmentId: fixture.local.environmentId, authBaseUrl: fixture.local.authBaseUrl },
        origins[i]!,
        { clientId, clientSecret },
      );
      const app = await buildPortal({
        config,
        client: createPingOneClient({
          ...localClientOptions(fixture.local),
          timeoutMs: 15_000,
          retry: { baseDelayMs: 1, maxDelayMs: 5 },
        }),
        logger,
        sessionSecret,
        signIn,
        ...(options.store ? { store: await options.store() } : {}),
        ...(options.oidcFetch ? { oidcFetch: options.oidcFetch } : {}),
        ...(options.now ? { now: options.now } : {}),
      });
      await app.listen({ host: '127.0.0.1', port });
      portals.push({ app, url: origins[i]!, logs });
    }
  } catch (error) {
    for (const p of portals) await p.app.close();
    await fixture.close();
    throw error;
  }
  return {
    fixture,
    local: fixture.local,
    client,
    portals,
    url: origins[0]!,
    sessionSecret,
    async close() {
      for (const p of portals) await p.app.close();
      await fixture.close();
    },
  };
}

/**
 * Two portal instances sharing one real redis-server (`REDIS_URL`, and their counters under
 * `prefix`), and that server; `close` stops both.
 */
export async function startRedisSignInStack(
  prefix: string,
): Promise<SignInStack & { redis: RedisServer }> {
  const redis = await startRedisServer();
  let stack: SignInStack;
  try {
    stack = await startSignInStack({
      instances: 2,
      env: { REDIS_URL: redis.url },
      store: () => createRedisStore({ url: redis.url, prefix }),
    });
  } catch (error) {
    await redis.close();
    throw error;
  }
  return {
    ...stack,
    redis,
    async close() {
      await stack.close();
      await redis.close();
    },
  };
}

/** A response as the sign-in tests look at it. */
export interface Hop {
  status: number;
  url: string;
  location: string | null;
  body: string;
  setCookies: string[];
}

/**
 * A cookie-keeping HTTP client that follows redirects across origins (cookies kept per host,
 * like a browser on 127.0.0.1, where ports share cookies).
 */
export class SignInBrowser {
  readonly cookies = new Map<string, string>();
  lastBody = '';
  /** Every URL visited by the last call, in order. */
  trail: string[] = [];

  constructor(readonly base: string) {}

  private async hop(method: string, url: string, body?: string): Promise<Hop> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body !== undefined
          ? { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(url).origin }
          : {}),
      },
      ...(body !== undefined ? { body } : {}),
    });
    const setCookies = res.headers.getSetCookie();
    keepCookies(this.cookies, setCookies);
    const text = await res.text();
    if ((res.headers.get('content-type') ?? '').startsWith('text/html')) this.lastBody = text;
    const location = res.headers.get('location');
    return {
      status: res.status,
      url,
      location: location ? new URL(location, url).href : null,
      body: text,
      setCookies,
    };
  }

  /** One request, redirects not followed. */
  step(method: string, path: string, body?: string): Promise<Hop> {
    return this.hop(method, new URL(path, this.base).href, body);
  }

  /** Sends the request and follows redirects (GET) until a page answers. */
  async go(method: string, path: string, body?: string): Promise<Hop> {
    this.trail = [];
    let url = new URL(path, this.base).href;
    let answer = await this.hop(method, url, body);
    this.trail.push(url);
    for (let i = 0; i < 15 && answer.location && answer.status >= 300 && answer.status < 400; i++) {
      url = answer.location;
      answer = await this.hop('GET', url);
      this.trail.push(url);
    }
    return answer;
  }

  get(path: string): Promise<Hop> {
    return this.go('GET', path);
  }

  /** The CSRF token of the last HTML page. */
  csrf(): string {
    const m = /name="_csrf" value="([^"]+)"/.exec(this.lastBody);
    if (!m?.[1]) throw new Error('no CSRF token on the last page');
    return m[1];
  }

  /** POSTs a form with the last page's CSRF token, following redirects. */
  post(path: string, fields: Record<string, string>): Promise<Hop> {
    const params = new URLSearchParams({ _csrf: this.csrf(), ...fields });
    return this.go('POST', path, params.toString());
  }

  /** Signs in through the portal's sign-on page; returns the page it lands on. */
  async signIn(username: string, password: string, start = '/signin'): Promise<Hop> {
    const form = await this.get(start);
    if (!/id="signon-form"/.test(form.body)) {
      throw new Error(`no sign-on form after ${this.trail.join(' → ')}: ${form.status}`);
    }
    return this.post('/signin/password', { username, password });
  }
}

/** Imports an account awaiting verification, with a password; PingOne Local mails its code. */
export async function importUnverifiedUser(client: PingOneClient) {
  const username = `unverified${unique()}`;
  const email = `${username}@example.com`;
  const password = strongPassword();
  const user = await client.users.import({
    username,
    email,
    password: { value: password, forceChange: false },
    lifecycle: { status: 'VERIFICATION_REQUIRED' },
  });
  return { id: user.id, username, email, password };
}

/** The flash messages of a page as `kind: text`. */
export function flashOf(page: Hop): string[] {
  return [...page.body.matchAll(/<p class="flash flash-(\w+)">([^<]*)<\/p>/g)].map(
    (m) => `${m[1]}: ${m[2]}`,
  );
}

/** The message under the code field (`#verificationCode-error`), or null. */
export function codeErrorOf(page: Hop): string | null {
  return (
    /<p class="error-message" id="verificationCode-error">([^<]*)<\/p>/.exec(page.body)?.[1] ?? null
  );
}
