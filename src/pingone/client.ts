/**
 * `createPingOneClient`: validates options once, then wires the transport, the worker token cache
 * and the operation groups (users, passwords, populations, password policies).
 */
import {
  BEARER_TOKEN,
  type CheckContext,
  checkCollection,
  checkPasswordPolicy,
  checkPasswordState,
  checkPopulation,
  checkUser,
  RESOURCE_ID,
} from './check.js';
import { PingOneApiError, PingOneResponseError } from './errors.js';
import { type Filter, filter, renderFilter } from './filter.js';
import { defaultSleep, errorFrom, type HttpSettings, processJson, send } from './http.js';
import type {
  PasswordPolicy,
  PasswordState,
  Population,
  User,
  UserImportInput,
  UserInput,
} from './model.js';
import { createTokenSource } from './token.js';
import type {
  ListUsersParams,
  PasswordPoliciesApi,
  PasswordsApi,
  PingOneClient,
  PingOneClientOptions,
  PopulationsApi,
  Region,
  RequestOptions,
  UsersApi,
  UsersPage,
} from './types.js';

const REGION_TLD: Record<Region, string> = {
  NA: 'com',
  EU: 'eu',
  AP: 'asia',
  CA: 'ca',
  AU: 'com.au',
  SG: 'sg',
};

/** Vendor content types of the multiplexed endpoints (docs/pingone-behaviour.md §3.1, §4.1). */
export const CONTENT_TYPES = {
  json: 'application/json',
  userImport: 'application/vnd.pingidentity.user.import+json',
  passwordCheck: 'application/vnd.pingidentity.password.check+json',
  passwordSet: 'application/vnd.pingidentity.password.set+json',
  passwordReset: 'application/vnd.pingidentity.password.reset+json',
  passwordForceChange: 'application/vnd.pingidentity.password.forceChange',
  passwordUnlock: 'application/vnd.pingidentity.password.unlock+json',
  passwordSendRecoveryCode: 'application/vnd.pingidentity.password.sendRecoveryCode+json',
  passwordRecover: 'application/vnd.pingidentity.password.recover+json',
} as const;

/** PingOne's public base URLs for a region (docs/pingone-behaviour.md §1.1). */
export function regionBaseUrls(region: Region): { apiBaseUrl: string; authBaseUrl: string } {
  const tld = REGION_TLD[region];
  return {
    apiBaseUrl: `https://api.pingone.${tld}/v1`,
    authBaseUrl: `https://auth.pingone.${tld}`,
  };
}

/**
 * Sanitises a value for `X-Ping-External-Transaction-ID` the way PingOne does (docs/pingone-behaviour.md §8.2):
 * characters other than letters, digits and `. _ - / @ = # +` become `_`, and the result is at
 * most 100 characters. PingOne also accepts non-ASCII letters and marks, but an HTTP header value
 * cannot carry them portably (fetch refuses anything above U+00FF, and Latin-1 bytes are decoded
 * inconsistently), so they become `_` as well. Returns `null` for an empty result.
 */
export function sanitizeTransactionId(value: string): string | null {
  const out = Array.from(value.replace(/[^A-Za-z0-9._\-/@=#+]/g, '_'))
    .slice(0, 100)
    .join('');
  return out.length > 0 ? out : null;
}

function fail(option: string, expected: string): never {
  throw new TypeError(`PingOne client option "${option}" must be ${expected}`);
}

function baseUrl(option: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail(option, 'an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(option, 'an http(s) URL');
  if (url.search || url.hash || url.username || url.password) {
    fail(option, 'a URL without query, fragment or credentials');
  }
  return url.href.replace(/\/+$/, '');
}

function positiveInt(option: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0) fail(option, 'a non-negative integer');
  return value;
}

function pathId(name: string, value: string): string {
  if (typeof value !== 'string' || !RESOURCE_ID.test(value)) {
    throw new TypeError(`${name} must be a PingOne resource id`);
  }
  return value;
}

type Auth = { kind: 'worker' } | { kind: 'bearer'; token: string };

interface ApiCall {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Absolute URL. */
  url: string;
  contentType?: string;
  body?: unknown;
  opts?: RequestOptions | undefined;
  auth?: Auth;
}

function isInvalidTokenError(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const o = body as { code?: unknown; details?: unknown };
  if (o.code === 'INVALID_TOKEN') return true;
  return (
    Array.isArray(o.details) &&
    o.details.some(
      (d) =>
        typeof d === 'object' && d !== null && (d as { code?: unknown }).code === 'INVALID_TOKEN',
    )
  );
}

/**
 * Creates a client. Throws `TypeError` at once when an option is missing or malformed.
 * Secrets and tokens are held in closures only: the returned object's own properties are
 * `environmentId` and the operation groups, so logging or serialising it reveals nothing.
 */
export function createPingOneClient(options: PingOneClientOptions): PingOneClient {
  if (typeof options !== 'object' || options === null) fail('options', 'an object');
  const environmentId = options.environmentId;
  if (typeof environmentId !== 'string' || !RESOURCE_ID.test(environmentId)) {
    fail('environmentId', 'a PingOne resource id');
  }
  if (typeof options.clientId !== 'string' || options.clientId.length === 0) {
    fail('clientId', 'a non-empty string');
  }
  if (typeof options.clientSecret !== 'string' || options.clientSecret.length === 0) {
    fail('clientSecret', 'a non-empty string');
  }
  const region = options.region ?? 'NA';
  if (!Object.hasOwn(REGION_TLD, region)) fail('region', Object.keys(REGION_TLD).join(', '));
  const defaults = regionBaseUrls(region);
  const apiBase = baseUrl('apiBaseUrl', options.apiBaseUrl ?? defaults.apiBaseUrl);
  const authBase = baseUrl('authBaseUrl', options.authBaseUrl ?? defaults.authBaseUrl);
  const authMethod = options.tokenAuthMethod ?? 'client_secret_basic';
  if (authMethod !== 'client_secret_basic' && authMethod !== 'client_secret_post') {
    fail('tokenAuthMethod', '"client_secret_basic" or "client_secret_post"');
  }
  const timeoutMs = positiveInt('timeoutMs', options.timeoutMs, 5000);
  if (timeoutMs === 0) fail('timeoutMs', 'a positive integer');
  const retry = options.retry ?? {};
  const maxAttempts = positiveInt('retry.maxAttempts', retry.maxAttempts, 3);
  if (maxAttempts === 0) fail('retry.maxAttempts', 'at least 1');
  if (options.fetch !== undefined && typeof options.fetch !== 'function')
    fail('fetch', 'a function');

  const http: HttpSettings = {
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs,
    maxAttempts,
    baseDelayMs: positiveInt('retry.baseDelayMs', retry.baseDelayMs, 100),
    maxDelayMs: positiveInt('retry.maxDelayMs', retry.maxDelayMs, 2000),
    maxRetryAfterMs: positiveInt('retry.maxRetryAfterMs', retry.maxRetryAfterMs, 5000),
    onRequest: options.onRequest,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? defaultSleep,
    random: options.random ?? Math.random,
  };
  const tokens = createTokenSource(http, {
    tokenUrl: `${authBase}/${environmentId}/as/token`,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    authMethod,
    skewSeconds: positiveInt('tokenRefreshSkewSeconds', options.tokenRefreshSkewSeconds, 60),
  });

  const envUrl = `${apiBase}/environments/${environmentId}`;
  const usersUrl = `${envUrl}/users`;
  const userUrl = (id: string) => `${usersUrl}/${pathId('userId', id)}`;
  const passwordUrl = (id: string) => `${userUrl(id)}/password`;
  const populationsUrl = `${envUrl}/populations`;
  const policiesUrl = `${envUrl}/passwordPolicies`;

  function correlationHeaders(opts: RequestOptions | undefined): Record<string, string> {
    const id = opts?.transactionId === undefined ? null : sanitizeTransactionId(opts.transactionId);
    return id === null ? {} : { 'x-ping-external-transaction-id': id };
  }

  /**
   * Sends a Management API call with the worker token (or the given bearer). Only GET is retried.
   * A 401 INVALID_TOKEN on the worker token triggers one refresh and one resend: PingOne rejected
   * the request before acting on it, so even a non-idempotent call is safe to resend once.
   */
  async function call(c: ApiCall): Promise<Response> {
    const auth = c.auth ?? { kind: 'worker' };
    const signal = c.opts?.signal;
    for (let refreshed = false; ; refreshed = true) {
      const token =
        auth.kind === 'worker' ? await tokens.get(signal, correlationHeaders(c.opts)) : auth.token;
      const headers: Record<string, string> = {
        accept: 'application/json',
        authorization: `Bearer ${token}`,
        ...correlationHeaders(c.opts),
      };
      if (c.contentType) headers['content-type'] = c.contentType;
      const response = await send(http, {
        method: c.method,
        url: c.url,
        headers,
        ...(c.body === undefined ? {} : { body: JSON.stringify(c.body) }),
        retry: c.method === 'GET',
        signal,
      });
      if (response.status === 401 && auth.kind === 'worker' && !refreshed) {
        let body: unknown = null;
        try {
          body = await response.clone().json();
        } catch {
          // Not JSON: not PingOne's INVALID_TOKEN answer; reported below as is.
        }
        if (isInvalidTokenError(body)) {
          tokens.invalidate(token);
          continue;
        }
      }
      return response;
    }
  }

  const now = () => http.now();

  async function json<T>(c: ApiCall, check: (ctx: CheckContext, v: unknown) => T): Promise<T> {
    return processJson(await call(c), now(), check);
  }

  /** GET that maps PingOne's 404 NOT_FOUND to `null`. */
  async function getOrNull<T>(
    url: string,
    opts: RequestOptions | undefined,
    check: (ctx: CheckContext, v: unknown) => T,
  ): Promise<T | null> {
    const response = await call({ method: 'GET', url, opts });
    if (response.status === 404) {
      try {
        await errorFrom(response.clone(), now());
      } catch (err) {
        if (err instanceof PingOneApiError && err.apiCode === 'NOT_FOUND') return null;
        throw err;
      }
    }
    return processJson(response, now(), check);
  }

  /**
   * Resolves `_links.next.href`, refusing one that leaves the collection being read (the worker
   * token would follow it) or that points back at the page just read (an endless loop).
   */
  function checkNext(
    next: string | null,
    currentUrl: string,
    collectionUrl: string,
    response: Response,
  ): URL | null {
    if (next === null) return null;
    const refuse = (what: string): never => {
      throw new PingOneResponseError(
        `response body "_links.next.href" must ${what}`,
        response.status,
        '_links.next.href',
        response,
      );
    };
    let url: URL;
    try {
      url = new URL(next, currentUrl);
    } catch {
      return refuse('be a URL');
    }
    const expected = new URL(collectionUrl);
    if (url.origin !== expected.origin || url.pathname !== expected.pathname) {
      refuse('point to the same collection');
    }
    if (url.href === new URL(currentUrl).href) refuse('differ from the page just read');
    return url;
  }

  async function fetchPage<T>(
    url: string,
    collectionUrl: string,
    name: string,
    item: (ctx: CheckContext, v: unknown, path: string) => T,
    opts: RequestOptions | undefined,
  ) {
    const response = await call({ method: 'GET', url, opts });
    const page = await processJson(response, now(), (ctx, v) =>
      checkCollection(ctx, v, name, item),
    );
    return { ...page, nextUrl: checkNext(page.next, url, collectionUrl, response) };
  }

  function usersQuery(params: (ListUsersParams & { cursor?: string }) | undefined): string {
    const q = new URLSearchParams();
    if (params?.filter !== undefined) q.set('filter', renderFilter(params.filter));
    if (params?.limit !== undefined) {
      if (!Number.isSafeInteger(params.limit) || params.limit < 1 || params.limit > 1000) {
        throw new TypeError('limit must be an integer from 1 to 1000');
      }
      q.set('limit', String(params.limit));
    }
    if (params?.cursor !== undefined) {
      if (typeof params.cursor !== 'string' || params.cursor.length === 0) {
        throw new TypeError('cursor must be a non-empty string');
      }
      q.set('cursor', params.cursor);
    }
    const s = q.toString();
    return s ? `${usersUrl}?${s}` : usersUrl;
  }

  const state =
    (userId: string) =>
    (ctx: CheckContext, v: unknown): PasswordState =>
      checkPasswordState(ctx, v, userId);

  const users: UsersApi = {
    create: async (input: UserInput, opts?: RequestOptions): Promise<User> =>
      json(
        { method: 'POST', url: usersUrl, contentType: CONTENT_TYPES.json, body: input, opts },
        (ctx, v) => checkUser(ctx, v),
      ),

    import: async (input: UserImportInput, opts?: RequestOptions): Promise<User> =>
      json(
        { method: 'POST', url: usersUrl, contentType: CONTENT_TYPES.userImport, body: input, opts },
        (ctx, v) => checkUser(ctx, v),
      ),

    get: async (userId: string, opts?: RequestOptions): Promise<User | null> =>
      getOrNull(userUrl(userId), opts, (ctx, v) => checkUser(ctx, v)),

    list: (params?: ListUsersParams, opts?: RequestOptions): AsyncIterable<User> => ({
      async *[Symbol.asyncIterator]() {
        let url: string | null = usersQuery(params);
        while (url !== null) {
          const page: Awaited<ReturnType<typeof fetchPage<User>>> = await fetchPage(
            url,
            usersUrl,
            'users',
            checkUser,
            opts,
          );
          yield* page.items;
          url = page.nextUrl?.href ?? null;
        }
      },
    }),

    listPage: async (
      params?: ListUsersParams & { cursor?: string },
      opts?: RequestOptions,
    ): Promise<UsersPage> => {
      const page = await fetchPage(usersQuery(params), usersUrl, 'users', checkUser, opts);
      const nextCursor = page.nextUrl ? page.nextUrl.searchParams.get('cursor') : null;
      if (page.nextUrl && !nextCursor) {
        throw new PingOneResponseError(
          'response body "_links.next.href" must carry a cursor',
          200,
          '_links.next.href',
        );
      }
      const result: UsersPage = { users: page.items, size: page.size, nextCursor };
      if (page.count !== undefined) result.count = page.count;
      return result;
    },

    update: async (userId: string, input: UserInput, opts?: RequestOptions): Promise<User> =>
      json(
        { method: 'PUT', url: userUrl(userId), contentType: CONTENT_TYPES.json, body: input, opts },
        (ctx, v) => checkUser(ctx, v),
      ),

    patch: async (userId: string, input: UserInput, opts?: RequestOptions): Promise<User> =>
      json(
        {
          method: 'PATCH',
          url: userUrl(userId),
          contentType: CONTENT_TYPES.json,
          body: input,
          opts,
        },
        (ctx, v) => checkUser(ctx, v),
      ),

    delete: async (userId: string, opts?: RequestOptions): Promise<void> => {
      const response = await call({ method: 'DELETE', url: userUrl(userId), opts });
      if (response.status !== 204 && response.status !== 200) await errorFrom(response, now());
    },

    findByUsernameOrEmail: async (value: string, opts?: RequestOptions): Promise<User | null> => {
      const f = filter.or(filter.eq('username', value), filter.eq('email', value));
      const page = await users.listPage({ filter: f, limit: 2 }, opts);
      if (page.users.length !== 1 || page.nextCursor !== null) return null;
      if (page.count !== undefined && page.count !== 1) return null;
      const user = page.users[0]!;
      const wanted = value.toLowerCase();
      // Defence in depth: only accept a record that really matches what was asked for.
      const matches =
        user.username.toLowerCase() === wanted ||
        (typeof user.email === 'string' && user.email.toLowerCase() === wanted);
      return matches ? user : null;
    },
  };

  const passwords: PasswordsApi = {
    getState: async (userId: string, opts?: RequestOptions): Promise<PasswordState> =>
      json({ method: 'GET', url: passwordUrl(userId), opts }, state(userId)),

    check: async (
      userId: string,
      password: string,
      opts?: RequestOptions,
    ): Promise<PasswordState> =>
      json(
        {
          method: 'POST',
          url: passwordUrl(userId),
          contentType: CONTENT_TYPES.passwordCheck,
          body: { password },
          opts,
        },
        state(userId),
      ),

    set: async (userId, input, opts) => {
      const body: Record<string, unknown> = {
        value: input.value,
        forceChange: input.forceChange ?? false,
      };
      if (input.bypassPolicy !== undefined) body.bypassPolicy = input.bypassPolicy;
      return json(
        {
          method: 'PUT',
          url: passwordUrl(userId),
          contentType: CONTENT_TYPES.passwordSet,
          body,
          opts,
        },
        state(userId),
      );
    },

    adminReset: async (userId, newPassword, opts) =>
      json(
        {
          method: 'PUT',
          url: passwordUrl(userId),
          contentType: CONTENT_TYPES.passwordReset,
          body: { newPassword },
          opts,
        },
        state(userId),
      ),

    selfChange: async (userId, input, opts) => {
      if (typeof input.userAccessToken !== 'string' || !BEARER_TOKEN.test(input.userAccessToken)) {
        throw new TypeError('userAccessToken must be a non-empty string of visible ASCII');
      }
      return json(
        {
          method: 'PUT',
          url: passwordUrl(userId),
          contentType: CONTENT_TYPES.passwordReset,
          body: { currentPassword: input.currentPassword, newPassword: input.newPassword },
          opts,
          auth: { kind: 'bearer', token: input.userAccessToken },
        },
        state(userId),
      );
    },

    sendRecoveryCode: async (userId, opts) =>
      json(
        {
          method: 'POST',
          url: passwordUrl(userId),
          contentType: CONTENT_TYPES.passwordSendRecoveryCode,
          opts,
        },
        state(userId),
      ),

    recover: async (userId, input, opts) =>
      json(
        {
          method: 'POST',
          url: passwordUrl(userId),
          contentType: CONTENT_TYPES.passwordRecover,
          body: { recoveryCode: input.recoveryCode, newPassword: input.newPassword },
          opts,
        },
        state(userId),
      ),

    unlock: async (userId, opts) =>
      json(
        {
          method: 'POST',
          url: passwordUrl(userId),
          contentType: CONTENT_TYPES.passwordUnlock,
          opts,
        },
        state(userId),
      ),

    forceChange: async (userId, opts) =>
      json(
        {
          method: 'POST',
          url: passwordUrl(userId),
          contentType: CONTENT_TYPES.passwordForceChange,
          opts,
        },
        state(userId),
      ),
  };

  async function listAll<T>(
    firstUrl: string,
    collectionUrl: string,
    name: string,
    item: (ctx: CheckContext, v: unknown, path: string) => T,
    opts: RequestOptions | undefined,
  ): Promise<T[]> {
    const all: T[] = [];
    let url: string | null = firstUrl;
    while (url !== null) {
      const page: Awaited<ReturnType<typeof fetchPage<T>>> = await fetchPage(
        url,
        collectionUrl,
        name,
        item,
        opts,
      );
      all.push(...page.items);
      url = page.nextUrl?.href ?? null;
    }
    return all;
  }

  const populations: PopulationsApi = {
    list: async (
      params?: { filter?: Filter | string },
      opts?: RequestOptions,
    ): Promise<Population[]> => {
      const first =
        params?.filter === undefined
          ? populationsUrl
          : `${populationsUrl}?${new URLSearchParams({ filter: renderFilter(params.filter) })}`;
      return listAll(first, populationsUrl, 'populations', checkPopulation, opts);
    },

    get: async (populationId: string, opts?: RequestOptions): Promise<Population | null> =>
      getOrNull(`${populationsUrl}/${pathId('populationId', populationId)}`, opts, (ctx, v) =>
        checkPopulation(ctx, v),
      ),
  };

  const passwordPolicies: PasswordPoliciesApi = {
    list: async (opts?: RequestOptions): Promise<PasswordPolicy[]> =>
      listAll(policiesUrl, policiesUrl, 'passwordPolicies', checkPasswordPolicy, opts),

    get: async (policyId: string, opts?: RequestOptions): Promise<PasswordPolicy | null> =>
      getOrNull(`${policiesUrl}/${pathId('policyId', policyId)}`, opts, (ctx, v) =>
        checkPasswordPolicy(ctx, v),
      ),

    forPopulation: async (
      populationId: string | null,
      opts?: RequestOptions,
    ): Promise<PasswordPolicy> => {
      if (populationId !== null) {
        const population = await json(
          {
            method: 'GET',
            url: `${populationsUrl}/${pathId('populationId', populationId)}`,
            opts,
          },
          (ctx, v) => checkPopulation(ctx, v),
        );
        if (population.passwordPolicy) {
          return json(
            { method: 'GET', url: `${policiesUrl}/${population.passwordPolicy.id}`, opts },
            (ctx, v) => checkPasswordPolicy(ctx, v),
          );
        }
      }
      const all = await passwordPolicies.list(opts);
      const defaults = all.filter((p) => p.default === true);
      if (defaults.length !== 1) {
        throw new PingOneResponseError(
          `response body "_embedded.passwordPolicies" must contain exactly one default policy (found ${defaults.length})`,
          200,
          '_embedded.passwordPolicies',
        );
      }
      return defaults[0]!;
    },
  };

  const client: PingOneClient = {
    environmentId,
    getAccessToken: (opts?: RequestOptions) => tokens.get(opts?.signal, correlationHeaders(opts)),
    tokenRequestCount: () => tokens.requestCount(),
    users,
    passwords,
    populations,
    passwordPolicies,
  };
  Object.defineProperty(client, 'toJSON', {
    value: () => ({ environmentId }),
    enumerable: false,
  });
  return Object.freeze(client);
}
