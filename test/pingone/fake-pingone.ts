/**
 * A scriptable fake PingOne for the client tests: a real `node:http` server on 127.0.0.1:0 that
 * records every request and answers through a per-test handler. The token endpoint answers with
 * a fresh token by default so tests only script the API calls they care about.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createPingOneClient,
  type PingOneClient,
  type PingOneClientOptions,
} from '../../src/pingone/index.js';

export const ENV_ID = 'a1b2c3d4-0000-4000-8000-000000000001';
export const CLIENT_ID = 'worker-client-id';
export const CLIENT_SECRET = 'sEcReT~canary.value-123';

/** A request as the fake server saw it. */
export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What a handler returns: status, JSON (or raw text) body, headers. `hang` never answers. */
export type Reply =
  | { status: number; json?: unknown; text?: string; headers?: Record<string, string> }
  | { hang: true }
  /** Sends the status line, headers and part of the body, then stalls. */
  | { stall: true };

export type Handler = (req: Recorded, n: number) => Reply | Promise<Reply>;

export interface FakePingOne {
  url: string;
  requests: Recorded[];
  /** Requests other than the token endpoint. */
  apiRequests(): Recorded[];
  tokenRequests(): Recorded[];
  close(): Promise<void>;
}

function isToken(r: Recorded): boolean {
  return r.path === `/${ENV_ID}/as/token`;
}

let tokenSerial = 0;

/** Default token reply: a unique opaque token valid one hour. */
export function tokenReply(): Reply {
  tokenSerial++;
  return {
    status: 200,
    json: {
      access_token: `tok-${tokenSerial}-${randomUUID()}`,
      token_type: 'Bearer',
      expires_in: 3600,
    },
  };
}

/**
 * Starts the fake. `api` answers non-token requests (n counts them from 1); `token` answers the
 * token endpoint (n counts token requests from 1).
 */
export async function startFake(
  api: Handler,
  token: Handler = () => tokenReply(),
): Promise<FakePingOne> {
  const requests: Recorded[] = [];
  let apiCount = 0;
  let tokenCount = 0;
  const server = createServer((req, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rec: Recorded = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(rec);
      const reply = isToken(rec) ? await token(rec, ++tokenCount) : await api(rec, ++apiCount);
      if ('hang' in reply) return;
      if ('stall' in reply) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"id": "');
        return;
      }
      const headers: Record<string, string> = { ...reply.headers };
      let body = '';
      if (reply.json !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = JSON.stringify(reply.json);
      } else if (reply.text !== undefined) {
        body = reply.text;
      }
      res.writeHead(reply.status, headers);
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    apiRequests: () => requests.filter((r) => !isToken(r)),
    tokenRequests: () => requests.filter(isToken),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Delays the client asked for between retries (the test sleep resolves at once). */
export interface Harness {
  client: PingOneClient;
  sleeps: number[];
  events: Parameters<NonNullable<PingOneClientOptions['onRequest']>>[0][];
}

/** A client pointed at the fake, with a recording no-wait sleep and fixed jitter. */
export function clientFor(
  fake: FakePingOne,
  overrides: Partial<PingOneClientOptions> = {},
): Harness {
  const sleeps: number[] = [];
  const events: Harness['events'] = [];
  const client = createPingOneClient({
    environmentId: ENV_ID,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    apiBaseUrl: `${fake.url}/v1`,
    authBaseUrl: fake.url,
    timeoutMs: 2000,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    onRequest: (e) => events.push(e),
    ...overrides,
  });
  return { client, sleeps, events };
}

/** Path of an environment-scoped Management API resource as the fake sees it. */
export function apiPath(rest: string): string {
  return `/v1/environments/${ENV_ID}${rest}`;
}

// ---- Fixtures: PingOne-shaped bodies (checked against the OpenAPI schemas in fixtures.test) ----

export const POP_ID = 'b1b2c3d4-0000-4000-8000-000000000002';
export const POLICY_ID = 'c1b2c3d4-0000-4000-8000-000000000003';

export function userBody(id: string, username: string, extra: Record<string, unknown> = {}) {
  return {
    _links: { self: { href: `https://api.pingone.com/v1/environments/${ENV_ID}/users/${id}` } },
    id,
    environment: { id: ENV_ID },
    account: { canAuthenticate: true, status: 'OK' },
    createdAt: '2026-11-01T10:00:00.000Z',
    email: `${username}@example.com`,
    enabled: true,
    identityProvider: { type: 'PING_ONE' },
    lifecycle: { status: 'ACCOUNT_OK' },
    mfaEnabled: false,
    population: { id: POP_ID },
    updatedAt: '2026-11-01T10:00:00.000Z',
    username,
    verifyStatus: 'NOT_INITIATED',
    ...extra,
  };
}

export function passwordStateBody(userId: string, status = 'OK') {
  return {
    environment: { id: ENV_ID },
    user: { id: userId },
    passwordPolicy: { id: POLICY_ID },
    status,
    lastChangedAt: '2026-11-01T10:00:00.000Z',
  };
}

export function populationBody(id: string, name: string, extra: Record<string, unknown> = {}) {
  return { id, environment: { id: ENV_ID }, name, default: false, userCount: 0, ...extra };
}

export function policyBody(id: string, name: string, isDefault: boolean) {
  return {
    id,
    environment: { id: ENV_ID },
    name,
    default: isDefault,
    excludesCommonlyUsed: true,
    excludesProfileData: true,
    notSimilarToCurrent: true,
    maxRepeatedCharacters: 2,
    minUniqueCharacters: 5,
    history: { count: 6, retentionDays: 365 },
    lockout: { failureCount: 5, durationSeconds: 900 },
    length: { min: 8, max: 255 },
    minCharacters: {
      '~!@#$%^&*()-_=+[]{}|;:,.<>/?': 1,
      '0123456789': 1,
      ABCDEFGHIJKLMNOPQRSTUVWXYZ: 1,
      abcdefghijklmnopqrstuvwxyz: 1,
    },
  };
}

export function errorBody(code: string, message: string, details?: unknown[]) {
  return { id: randomUUID(), code, message, ...(details ? { details } : {}) };
}

export const INVALID_TOKEN_BODY = {
  id: 'e1b2c3d4-0000-4000-8000-00000000000e',
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

export const NOT_FOUND_BODY = {
  id: 'f1b2c3d4-0000-4000-8000-00000000000f',
  code: 'NOT_FOUND',
  message: 'Unable to find user with ID',
};
