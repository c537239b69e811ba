/**
 * Test harness for PingOne Local: a real server on 127.0.0.1 (port 0) over a SQLite file in a
 * fresh temp directory (`startLocal` of `test/support/stack.ts`), plus small fetch helpers. Argon2
 * runs with tiny parameters here because these tests are not about hashing cost (the hashing
 * tests pass their own).
 */
import { afterEach, expect } from 'vitest';
import { validateSchema } from '../support/openapi.js';
import type { LocalFixture } from '../support/stack.js';
import { CHEAP_ARGON2, startLocal, type TestLocalOptions, useFixture } from '../support/stack.js';

export const FAST_ARGON2 = CHEAP_ARGON2;

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A running PingOne Local with a worker-token fetch helper. */
export interface Harness extends LocalFixture {
  /** `{apiBaseUrl}/environments/{envId}`: the prefix of every link in a resource. */
  envBase: string;
  /** A fresh worker token. */
  token(clientId?: string, secret?: string): Promise<string>;
  /** Fetch under `/v1/environments/{envId}` with the worker token. */
  api(path: string, init?: ApiInit): Promise<ApiResponse>;
}

export interface ApiInit {
  method?: string;
  body?: unknown;
  contentType?: string;
  token?: string | null;
  headers?: Record<string, string>;
  rawBody?: string;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON members.
  body: any;
}

/** Starts PingOne Local in a temp dir. */
export async function startHarness(options: TestLocalOptions = {}): Promise<Harness> {
  const fixture = await startLocal(options);
  const { local, handle } = fixture;
  // Tokens are cached per clock offset: advancing the clock would otherwise expire them.
  const cache = new Map<number, string>();
  const token = async (clientId = local.clientId, secret = local.clientSecret) => {
    const res = await fetch(`${local.authBaseUrl}/${local.environmentId}/as/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    const body = (await res.json()) as { access_token: string };
    if (res.status !== 200) throw new Error(`token failed: ${res.status} ${JSON.stringify(body)}`);
    return body.access_token;
  };
  const api = async (path: string, init: ApiInit = {}): Promise<ApiResponse> => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token !== null) {
      let bearer = init.token;
      if (bearer === undefined) {
        const offset = handle.clock.offsetMs();
        bearer = cache.get(offset) ?? (await token());
        cache.set(offset, bearer);
      }
      headers.authorization = `Bearer ${bearer}`;
    }
    let body: string | undefined;
    if (init.rawBody !== undefined) body = init.rawBody;
    else if (init.body !== undefined) body = JSON.stringify(init.body);
    if (body !== undefined || init.contentType) {
      headers['content-type'] = init.contentType ?? 'application/json';
    }
    const url = path.startsWith('http')
      ? path
      : `${local.apiBaseUrl}/environments/${local.environmentId}${path}`;
    const res = await fetch(url, { method: init.method ?? 'GET', headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // keep text
    }
    const response = { status: res.status, headers: res.headers, body: parsed };
    checkAgainstOpenApi(url, response);
    return response;
  };
  return {
    ...fixture,
    envBase: `${local.apiBaseUrl}/environments/${local.environmentId}`,
    token,
    api,
  };
}

/**
 * One {@link Harness} for the calling test file: started in `beforeAll`, closed in `afterAll`;
 * with `resetClock`, PingOne Local's clock is reset after each test. Use the object only inside
 * hooks and tests.
 */
export function useHarness(
  options: TestLocalOptions = {},
  hooks: { resetClock?: boolean } = {},
): Harness {
  const h = useFixture(() => startHarness(options));
  if (hooks.resetClock) {
    afterEach(() => {
      h.local.clock.reset();
    });
  }
  return h;
}

/**
 * Every JSON body the harness sees is checked against the OpenAPI description: errors against
 * `P1Error`, users/populations/policies (single or embedded in a collection) against their
 * schemas. One deliberate exception: the description marks `email` required on `User`, while
 * PingOne (and PingOne Local) accept users without one (docs/pingone-behaviour.md §3.2).
 */
function checkAgainstOpenApi(url: string, res: ApiResponse): void {
  const body = res.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return;
  const problems: string[] = [];
  const check = (schema: string, value: unknown) => {
    for (const p of validateSchema(schema, value)) {
      if (schema === 'User' && p === '$: must have required property "email"') continue;
      problems.push(`${schema}: ${p}`);
    }
  };
  const path = new URL(url).pathname;
  if (res.status >= 400) {
    check('P1Error', body);
  } else if (/\/users(\/[^/]+)?$/.test(path)) {
    if (body._embedded?.users) for (const u of body._embedded.users) check('User', u);
    else if ('username' in body) check('User', body);
  } else if (/\/populations(\/[^/]+)?$/.test(path)) {
    if (body._embedded?.populations)
      for (const p of body._embedded.populations) check('Population', p);
    else check('Population', body);
  } else if (/\/passwordPolicies(\/[^/]+)?$/.test(path)) {
    if (body._embedded?.passwordPolicies) {
      for (const p of body._embedded.passwordPolicies) check('PasswordPolicy', p);
    } else check('PasswordPolicy', body);
  }
  if (problems.length > 0) {
    throw new Error(
      `response of ${path} does not match the OpenAPI description:\n  ${problems.join('\n  ')}`,
    );
  }
}

/** The exact 401 INVALID_TOKEN body for a response. */
export function invalidTokenBody(res: ApiResponse) {
  return {
    id: res.headers.get('correlation-id'),
    code: 'ACCESS_FAILED',
    message: 'The request could not be completed. You do not have access to this resource.',
    details: [
      {
        code: 'INVALID_TOKEN',
        target: 'Authentication Credentials',
        message: 'The authorization token is either missing or invalid, or it has expired.',
      },
    ],
  };
}

/** The exact 400 INVALID_DATA body for a response with the given details. */
export function invalidDataBody(res: ApiResponse, details: unknown[]) {
  return {
    id: res.headers.get('correlation-id'),
    code: 'INVALID_DATA',
    message:
      'The request could not be completed. One or more validation errors were in the request.',
    details,
  };
}

/**
 * Imports a user (`user.import+json`) with a fresh username, `{username}@example.com` and
 * `password` (none when `null`), plus `extra` members; expects 201.
 */
export async function importTestUser(
  h: Harness,
  password: string | null,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; username: string; email: string }> {
  const username = uniqueName();
  const res = await h.api('/users', {
    method: 'POST',
    contentType: 'application/vnd.pingidentity.user.import+json',
    body: {
      username,
      email: `${username}@example.com`,
      ...(password ? { password: { value: password, forceChange: false } } : {}),
      ...extra,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

let seq = 0;
/** A unique username for a test. */
export function uniqueName(prefix = 'user'): string {
  seq += 1;
  return `${prefix}${seq}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The password actions of PingOne Local's `/users/{id}/password`, sent with the harness's worker
 * token, and the recovery code last mailed to an address.
 */
export function passwordActions(h: Harness) {
  const V = 'application/vnd.pingidentity.';
  const post = (id: string, type: string, body?: unknown) =>
    h.api(`/users/${id}/password`, {
      method: 'POST',
      contentType: `${V}${type}+json`,
      ...(body === undefined ? {} : { body }),
    });
  return {
    send: (id: string) => post(id, 'password.sendRecoveryCode'),
    recover: (id: string, recoveryCode: string, newPassword: string) =>
      post(id, 'password.recover', { recoveryCode, newPassword }),
    check: (id: string, password: string) => post(id, 'password.check', { password }),
    codeFor(email: string): string {
      const mail = h.handle.mailbox.list({ to: email, limit: 1 })[0];
      expect(mail).toBeDefined();
      const m = /^([A-Z0-9]{8})$/m.exec(mail!.text);
      expect(m).not.toBeNull();
      return m![1]!;
    },
  };
}

/** The newest message to `to`, through `GET /_local/mail`. */
export async function lastMail(harness: Harness, to: string) {
  const res = await fetch(
    `${harness.local.baseUrl}/_local/mail?to=${encodeURIComponent(to)}&limit=1`,
  );
  expect(res.status).toBe(200);
  const [mail] = (await res.json()) as Array<{ subject: string; text: string }>;
  expect(mail).toBeDefined();
  return mail!;
}

/** The verification code (alone on its line) in the newest message to `to`. */
export async function mailedVerificationCode(harness: Harness, to: string): Promise<string> {
  const mail = await lastMail(harness, to);
  const m = /^([A-Z0-9]{8})$/m.exec(mail.text);
  expect(m, mail.text).not.toBeNull();
  return m![1]!;
}
