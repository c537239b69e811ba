import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createPingOneClient,
  PingOneApiError,
  PingOneAuthError,
  PingOneResponseError,
  type Region,
  regionBaseUrls,
} from '../../src/pingone/index.js';
import {
  apiPath,
  CLIENT_ID,
  CLIENT_SECRET,
  clientFor,
  ENV_ID,
  type FakePingOne,
  INVALID_TOKEN_BODY,
  startFake,
  userBody,
} from './fake-pingone.js';

const USER_ID = '11111111-0000-4000-8000-000000000001';
let fake: FakePingOne | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

describe('token request', () => {
  it('client_secret_basic: form body, Basic header, then Bearer on the API call', async () => {
    fake = await startFake(() => ({ status: 200, json: userBody(USER_ID, 'alice') }));
    const { client } = clientFor(fake);
    const user = await client.users.get(USER_ID);
    expect(user?.username).toBe('alice');

    const [tokenReq] = fake.tokenRequests();
    expect(fake.tokenRequests()).toHaveLength(1);
    expect(tokenReq!.method).toBe('POST');
    expect(tokenReq!.path).toBe(`/${ENV_ID}/as/token`);
    expect(tokenReq!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(tokenReq!.body).toBe('grant_type=client_credentials');
    // `~`, `.` and `-` stay as-is in the form-encoded credentials (Go url.QueryEscape rules).
    expect(tokenReq!.headers.authorization).toBe(basic(CLIENT_ID, CLIENT_SECRET));

    const [apiReq] = fake.apiRequests();
    expect(apiReq!.method).toBe('GET');
    expect(apiReq!.path).toBe(apiPath(`/users/${USER_ID}`));
    expect(apiReq!.headers.authorization).toMatch(/^Bearer tok-\d+-/);
    expect(apiReq!.headers.accept).toBe('application/json');
  });

  it('client_secret_basic form-encodes reserved characters of the credentials', async () => {
    fake = await startFake(() => ({ status: 500 }));
    const { client } = clientFor(fake, { clientId: 'id:1', clientSecret: 'a b+c/d:e~f' });
    await client.getAccessToken();
    expect(fake.tokenRequests()[0]!.headers.authorization).toBe(
      basic('id%3A1', 'a+b%2Bc%2Fd%3Ae~f'),
    );
  });

  it('client_secret_post: credentials in the form, no Authorization header', async () => {
    fake = await startFake(() => ({ status: 500 }));
    const { client } = clientFor(fake, { tokenAuthMethod: 'client_secret_post' });
    const token = await client.getAccessToken();
    expect(token).toMatch(/^tok-/);
    const [req] = fake.tokenRequests();
    expect(req!.headers.authorization).toBeUndefined();
    expect(Object.fromEntries(new URLSearchParams(req!.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
  });

  it('caches the token until expires_in - skew, then fetches a new one', async () => {
    fake = await startFake(() => ({ status: 500 }));
    let now = 1_000_000;
    const { client } = clientFor(fake, { now: () => now, tokenRefreshSkewSeconds: 60 });
    const first = await client.getAccessToken();
    now += (3600 - 60) * 1000 - 1;
    expect(await client.getAccessToken()).toBe(first);
    expect(client.tokenRequestCount()).toBe(1);
    now += 1;
    const second = await client.getAccessToken();
    expect(second).not.toBe(first);
    expect(client.tokenRequestCount()).toBe(2);
    expect(fake.tokenRequests()).toHaveLength(2);
  });

  it('a lifetime not above the skew is cached for half of it', async () => {
    fake = await startFake(
      () => ({ status: 500 }),
      (_req, n) => ({
        status: 200,
        json: { access_token: `short-${n}`, token_type: 'Bearer', expires_in: 60 },
      }),
    );
    let now = 5_000_000;
    const { client } = clientFor(fake, { now: () => now, tokenRefreshSkewSeconds: 60 });
    expect(await client.getAccessToken()).toBe('short-1');
    now += 29_999;
    expect(await client.getAccessToken()).toBe('short-1');
    now += 1;
    expect(await client.getAccessToken()).toBe('short-2');
  });

  it('200 parallel calls on a cold client send exactly one token request', async () => {
    fake = await startFake(
      () => ({ status: 200, json: userBody(USER_ID, 'alice') }),
      async () => {
        // Hold the token response until every caller is waiting on it.
        await new Promise((r) => setImmediate(r));
        return {
          status: 200,
          json: { access_token: 'only-token', token_type: 'Bearer', expires_in: 3600 },
        };
      },
    );
    const { client } = clientFor(fake);
    const tokens = await Promise.all(Array.from({ length: 200 }, () => client.getAccessToken()));
    expect(new Set(tokens)).toEqual(new Set(['only-token']));
    expect(fake.tokenRequests()).toHaveLength(1);
    expect(client.tokenRequestCount()).toBe(1);
  });

  it('200 parallel API calls on a cold client share one token request', async () => {
    fake = await startFake(() => ({ status: 200, json: userBody(USER_ID, 'alice') }));
    // A generous deadline: on a loaded machine 200 requests may queue past the usual 2 s, and a
    // timed-out GET is retried, which would count as extra API requests here.
    const { client } = clientFor(fake, { timeoutMs: 30_000 });
    const users = await Promise.all(Array.from({ length: 200 }, () => client.users.get(USER_ID)));
    expect(users.every((u) => u?.id === USER_ID)).toBe(true);
    expect(fake.tokenRequests()).toHaveLength(1);
    expect(fake.apiRequests()).toHaveLength(200);
  });

  it('a refused token request fails every waiter, and the next call tries again', async () => {
    fake = await startFake(
      () => ({ status: 500 }),
      (_req, n) =>
        n === 1
          ? {
              status: 401,
              json: {
                error: 'invalid_client',
                error_description:
                  'Request denied: Unsupported authentication method (Correlation ID: 42)',
              },
            }
          : {
              status: 200,
              json: { access_token: 'second', token_type: 'Bearer', expires_in: 3600 },
            },
    );
    const { client } = clientFor(fake);
    const results = await Promise.allSettled([client.getAccessToken(), client.getAccessToken()]);
    for (const r of results) {
      expect(r.status).toBe('rejected');
      const err = (r as PromiseRejectedResult).reason;
      expect(err).toBeInstanceOf(PingOneAuthError);
      expect(err).toMatchObject({
        code: 'AUTH_FAILED',
        status: 401,
        error: 'invalid_client',
        errorDescription: 'Request denied: Unsupported authentication method (Correlation ID: 42)',
      });
    }
    expect(await client.getAccessToken()).toBe('second');
    expect(fake.tokenRequests()).toHaveLength(2);
  });

  it('AUTH_FAILED never echoes the client secret, even if the server does', async () => {
    fake = await startFake(
      () => ({ status: 500 }),
      () => ({
        status: 400,
        json: { error: 'invalid_request', error_description: `bad secret ${CLIENT_SECRET}` },
      }),
    );
    const { client } = clientFor(fake);
    const err = await client.getAccessToken().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PingOneAuthError);
    expect((err as PingOneAuthError).errorDescription).toBe('bad secret [REDACTED]');
    const dump = `${String(err)} ${inspect(err, { depth: 10 })} ${JSON.stringify(err)}`;
    expect(dump).not.toContain(CLIENT_SECRET);
    // Not retried: a 4xx from the token endpoint is a refusal, not a transient fault.
    expect(fake.tokenRequests()).toHaveLength(1);
  });

  it('token response of the wrong shape is INVALID_RESPONSE naming the member', async () => {
    fake = await startFake(
      () => ({ status: 500 }),
      () => ({
        status: 200,
        json: { access_token: 'x', token_type: 'Bearer', expires_in: '3600' },
      }),
    );
    const { client } = clientFor(fake);
    const err = await client.getAccessToken().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PingOneResponseError);
    expect(err).toMatchObject({
      code: 'INVALID_RESPONSE',
      status: 200,
      path: 'expires_in',
      message: 'response body "expires_in" must be a positive number',
    });
  });

  it('token request is retried on 503 with backoff', async () => {
    fake = await startFake(
      () => ({ status: 500 }),
      (_req, n) => (n < 3 ? { status: 503, json: {} } : tokenReplyFixed()),
    );
    const { client, sleeps } = clientFor(fake);
    expect(await client.getAccessToken()).toBe('fixed');
    expect(fake.tokenRequests()).toHaveLength(3);
    expect(client.tokenRequestCount()).toBe(3);
    // Full jitter with random() = 0.5: half of 100·2^(attempt-1).
    expect(sleeps).toEqual([50, 100]);
  });
});

function tokenReplyFixed() {
  return {
    status: 200,
    json: { access_token: 'fixed', token_type: 'Bearer', expires_in: 3600 },
  } as const;
}

describe('401 INVALID_TOKEN handling', () => {
  it('refreshes once and retries once, then succeeds', async () => {
    fake = await startFake((_req, n) =>
      n === 1
        ? { status: 401, json: INVALID_TOKEN_BODY }
        : { status: 200, json: userBody(USER_ID, 'alice') },
    );
    const { client } = clientFor(fake);
    const user = await client.users.get(USER_ID);
    expect(user?.id).toBe(USER_ID);
    const api = fake.apiRequests();
    expect(api).toHaveLength(2);
    expect(fake.tokenRequests()).toHaveLength(2);
    expect(api[0]!.headers.authorization).not.toBe(api[1]!.headers.authorization);
  });

  it('also for a non-idempotent create: the first attempt was rejected before acting', async () => {
    fake = await startFake((_req, n) =>
      n === 1
        ? { status: 401, json: INVALID_TOKEN_BODY }
        : { status: 201, json: userBody(USER_ID, 'bob') },
    );
    const { client } = clientFor(fake);
    const user = await client.users.create({ username: 'bob' });
    expect(user.username).toBe('bob');
    const api = fake.apiRequests();
    expect(api.map((r) => [r.method, r.body])).toEqual([
      ['POST', '{"username":"bob"}'],
      ['POST', '{"username":"bob"}'],
    ]);
  });

  it('a persistent 401 does not loop: one refresh, one retry, then API_ERROR', async () => {
    fake = await startFake(() => ({ status: 401, json: INVALID_TOKEN_BODY }));
    const { client } = clientFor(fake);
    const err = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PingOneApiError);
    expect(err).toMatchObject({ code: 'API_ERROR', status: 401, apiCode: 'ACCESS_FAILED' });
    expect((err as PingOneApiError).hasDetail('INVALID_TOKEN')).toBe(true);
    expect(fake.apiRequests()).toHaveLength(2);
    expect(fake.tokenRequests()).toHaveLength(2);
  });

  it('a 401 without INVALID_TOKEN is not retried', async () => {
    const body = {
      id: 'x',
      code: 'ACCESS_FAILED',
      message: 'denied',
      details: [{ code: 'INSUFFICIENT_PERMISSIONS', message: 'no' }],
    };
    fake = await startFake(() => ({ status: 401, json: body }));
    const { client } = clientFor(fake);
    const err = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'API_ERROR', status: 401, body });
    expect(fake.apiRequests()).toHaveLength(1);
    expect(fake.tokenRequests()).toHaveLength(1);
  });

  it('concurrent 401s trigger a single refresh', async () => {
    let firstToken: string | undefined;
    fake = await startFake((req) => {
      firstToken ??= req.headers.authorization;
      return req.headers.authorization === firstToken
        ? { status: 401, json: INVALID_TOKEN_BODY }
        : { status: 200, json: userBody(USER_ID, 'alice') };
    });
    const { client } = clientFor(fake);
    await client.getAccessToken();
    const users = await Promise.all(Array.from({ length: 20 }, () => client.users.get(USER_ID)));
    expect(users.every((u) => u?.id === USER_ID)).toBe(true);
    expect(fake.tokenRequests()).toHaveLength(2);
  });
});

describe('secrets stay out of the client surface', () => {
  it('toString, util.inspect and JSON of the client reveal neither secret nor token', async () => {
    fake = await startFake(() => ({ status: 500 }));
    const { client } = clientFor(fake);
    const token = await client.getAccessToken();
    const dumps = [
      String(client),
      inspect(client, { depth: 20, showHidden: true, getters: true }),
      JSON.stringify(client),
    ];
    for (const d of dumps) {
      expect(d).not.toContain(CLIENT_SECRET);
      expect(d).not.toContain(token);
      expect(d).not.toContain(CLIENT_ID);
    }
    expect(JSON.parse(JSON.stringify(client))).toEqual({ environmentId: ENV_ID });
  });

  it('onRequest events carry no secrets, tokens or query strings', async () => {
    fake = await startFake(() => ({
      status: 200,
      json: { _embedded: { users: [] }, count: 0, size: 0 },
    }));
    const { client, events } = clientFor(fake);
    await client.users.findByUsernameOrEmail('carol@example.com');
    const token = await client.getAccessToken();
    expect(
      events.map((e) => [e.method, e.url.replace(fake!.url, ''), e.status, e.attempt]),
    ).toEqual([
      ['POST', `/${ENV_ID}/as/token`, 200, 1],
      ['GET', apiPath('/users'), 200, 1],
    ]);
    const dump = JSON.stringify(events);
    for (const s of [CLIENT_SECRET, token, 'carol']) expect(dump).not.toContain(s);
  });
});

describe('options', () => {
  const regions: [Region, string][] = [
    ['NA', 'com'],
    ['EU', 'eu'],
    ['AP', 'asia'],
    ['CA', 'ca'],
    ['AU', 'com.au'],
    ['SG', 'sg'],
  ];
  it.each(regions)('region %s uses the .%s hosts', async (region, tld) => {
    expect(regionBaseUrls(region)).toEqual({
      apiBaseUrl: `https://api.pingone.${tld}/v1`,
      authBaseUrl: `https://auth.pingone.${tld}`,
    });
    const urls: string[] = [];
    // Transport injection (no real PingOne): record the URLs the client would call.
    const client = createPingOneClient({
      environmentId: ENV_ID,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      region,
      fetch: async (input) => {
        const url = String(input);
        urls.push(url);
        return url.endsWith('/as/token')
          ? Response.json({ access_token: 't', token_type: 'Bearer', expires_in: 3600 })
          : Response.json(userBody(USER_ID, 'alice'));
      },
    });
    await client.users.get(USER_ID);
    expect(urls).toEqual([
      `https://auth.pingone.${tld}/${ENV_ID}/as/token`,
      `https://api.pingone.${tld}/v1/environments/${ENV_ID}/users/${USER_ID}`,
    ]);
  });

  it('explicit base URLs override the region (trailing slash tolerated)', async () => {
    fake = await startFake(() => ({ status: 200, json: userBody(USER_ID, 'alice') }));
    const { client } = clientFor(fake, {
      region: 'EU',
      apiBaseUrl: `${fake.url}/v1/`,
      authBaseUrl: `${fake.url}/`,
    });
    await client.users.get(USER_ID);
    expect(fake.requests.map((r) => r.path)).toEqual([
      `/${ENV_ID}/as/token`,
      apiPath(`/users/${USER_ID}`),
    ]);
  });

  it('rejects bad options at creation with a message naming the option', () => {
    const good = { environmentId: ENV_ID, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };
    expect(() => createPingOneClient({ ...good, environmentId: '../x' })).toThrow(
      'PingOne client option "environmentId" must be a PingOne resource id',
    );
    expect(() => createPingOneClient({ ...good, clientSecret: '' })).toThrow(
      'PingOne client option "clientSecret" must be a non-empty string',
    );
    expect(() => createPingOneClient({ ...good, region: 'XX' as Region })).toThrow(
      'PingOne client option "region" must be NA, EU, AP, CA, AU, SG',
    );
    expect(() => createPingOneClient({ ...good, apiBaseUrl: 'ftp://x' })).toThrow(
      'PingOne client option "apiBaseUrl" must be an http(s) URL',
    );
    expect(() => createPingOneClient({ ...good, timeoutMs: 0 })).toThrow(
      'PingOne client option "timeoutMs" must be a positive integer',
    );
    // The secret is never part of an option error.
    try {
      createPingOneClient({ ...good, apiBaseUrl: 'not a url' });
    } catch (err) {
      expect(String(err)).not.toContain(CLIENT_SECRET);
    }
  });
});
