/**
 * `createPingOneClient`: validates options once, then wires the transport, the worker token cache
 * and the operation groups, one module each: users (`./users.ts`), passwords (`./passwords.ts`),
 * verification (`./verification.ts`),
 * populations (`./populations.ts`) and password policies (`./password-policies.ts`), all sending
 * through one call helper (`./call.ts`).
 */
import { correlationHeaders, createApi } from './call.js';
import { RESOURCE_ID } from './check.js';
import { createFlowsApi } from './flows.js';
import { defaultSleep, type HttpSettings } from './http.js';
import { createPasswordPoliciesApi } from './password-policies.js';
import { createPasswordsApi } from './passwords.js';
import { createPopulationsApi } from './populations.js';
import { createSelfServiceApi } from './self.js';
import { createTokenSource } from './token.js';
import { fetchTransport, nodeTransport } from './transport.js';
import type { PingOneClient, PingOneClientOptions, Region, RequestOptions } from './types.js';
import { createUsersApi } from './users.js';
import { createVerificationApi } from './verification.js';

export { CONTENT_TYPES, sanitizeTransactionId } from './call.js';

const REGION_TLD: Record<Region, string> = {
  NA: 'com',
  EU: 'eu',
  AP: 'asia',
  CA: 'ca',
  AU: 'com.au',
  SG: 'sg',
};

/** PingOne's public base URLs for a region (docs/pingone-behaviour.md §1.1). */
export function regionBaseUrls(region: Region): { apiBaseUrl: string; authBaseUrl: string } {
  const tld = REGION_TLD[region];
  return {
    apiBaseUrl: `https://api.pingone.${tld}/v1`,
    authBaseUrl: `https://auth.pingone.${tld}`,
  };
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
    transport: options.fetch ? fetchTransport(options.fetch) : nodeTransport(),
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

  const api = createApi(http, tokens, `${apiBase}/environments/${environmentId}`);

  const client: PingOneClient = {
    environmentId,
    getAccessToken: (opts?: RequestOptions) => tokens.get(opts?.signal, correlationHeaders(opts)),
    tokenRequestCount: () => tokens.requestCount(),
    users: createUsersApi(api),
    passwords: createPasswordsApi(api),
    verification: createVerificationApi(api),
    populations: createPopulationsApi(api),
    passwordPolicies: createPasswordPoliciesApi(api),
    self: createSelfServiceApi(api),
    flows: createFlowsApi(http, authBase, environmentId),
  };
  Object.defineProperty(client, 'toJSON', {
    value: () => ({ environmentId }),
    enumerable: false,
  });
  return Object.freeze(client);
}
