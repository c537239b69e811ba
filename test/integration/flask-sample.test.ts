/**
 * Ping's own registration samples (pingidentity/pingone-sample-registration) must work against
 * PingOne Local unchanged. Each request is replayed byte for byte as the Python sample's
 * `requests` / `requests_oauthlib` send it (header names and values, `json.dumps` spacing, the
 * `forceChange: "false"` string, the bodyless sendRecoveryCode with `Content-Length: 0`, the
 * `urllib.parse.quote`d filter), over node:http so nothing is added or normalised. The assertions
 * are the sample's own reads: `raise_for_status()` (any 2xx) and the JSON members it uses, with
 * their types. The Spring sample's extra behaviour (following `_links["password.set"]`, exact
 * 200/201 checks, Java's `URLEncoder` filter with `+` for spaces) is covered at the end.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WORKER_ROLES } from '../../src/local/pingone-applications.js';
import {
  advanceClock,
  type LocalFixture,
  latestRecoveryCode,
  startLocal,
  UUID,
  uniqueUsername,
} from './support.js';

const POST_CLIENT_ID = '7d2c1e90-5b4a-4c3d-8e2f-1a0b9c8d7e6f';
const POST_CLIENT_SECRET = 'flask-sample-post-secret-0123456789';

// Satisfy the Standard policy (the sample's own regex is checked against them below).
const PASSWORD = 'Kx7#mQ2$vL9p';
const RECOVERED = 'Rt5!wN8&zB3c';
const CHANGED = 'Hq4%jD6*uY1e';

/** Headers `requests.Session` sends on every request (requests 2.x defaults). */
const REQUESTS_DEFAULTS = {
  'User-Agent': 'python-requests/2.31.0',
  'Accept-Encoding': 'gzip, deflate',
  Accept: '*/*',
  Connection: 'keep-alive',
};

let fixture: LocalFixture;

beforeAll(async () => {
  fixture = await startLocal({
    extraApplications: [
      {
        clientId: POST_CLIENT_ID,
        clientSecret: POST_CLIENT_SECRET,
        tokenAuthMethod: 'client_secret_post',
        roles: [...DEFAULT_WORKER_ROLES],
        name: 'Flask sample (client_secret_post)',
      },
    ],
  });
});

afterAll(async () => {
  await fixture?.close();
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: the samples read arbitrary JSON members.
  json(): any;
}

/** Sends exactly these headers and body bytes (node:http adds only `Host`). */
function send(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, setHost: true }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text,
          json: () => JSON.parse(text),
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : Buffer.from(body, 'utf8'));
  });
}

/** Python's `json.dumps` with default arguments: `", "` and `": "` separators, ASCII only. */
function pythonJsonDumps(value: unknown): string {
  const ascii = (s: string) =>
    JSON.stringify(s).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  const dump = (v: unknown): string => {
    if (v === null) return 'null';
    if (typeof v === 'string') return ascii(v);
    if (typeof v === 'number' || typeof v === 'boolean') return JSON.stringify(v);
    if (Array.isArray(v)) return `[${v.map(dump).join(', ')}]`;
    return `{${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${ascii(k)}: ${dump(x)}`)
      .join(', ')}}`;
  };
  return dump(value);
}

/** Python's `urllib.parse.quote(s)` (safe `/`): everything but `A-Za-z0-9_.-~/` is %-encoded. */
function pythonQuote(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9_.\-~/]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/** Java's `URLEncoder.encode(s, UTF-8)`: `+` for spaces, `*-._` and alphanumerics kept. */
function javaUrlEncode(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) => {
      const c = String.fromCharCode(b);
      if (c === ' ') return '+';
      return /[A-Za-z0-9*\-._]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/**
 * `OAuth2Session(client=BackendApplicationClient(client_id)).fetch_token(token_url,
 * client_secret=…, include_client_id=…)`: HTTP Basic (raw `id:secret`, as `requests.auth.
 * HTTPBasicAuth` encodes it) unless include_client_id, then both in the form body.
 */
async function fetchToken(includeClientId: boolean): Promise<string> {
  const { local } = fixture;
  const clientId = includeClientId ? POST_CLIENT_ID : local.clientId;
  const clientSecret = includeClientId ? POST_CLIENT_SECRET : local.clientSecret;
  const body = includeClientId
    ? `grant_type=client_credentials&client_id=${clientId}&client_secret=${clientSecret}`
    : 'grant_type=client_credentials';
  const headers: Record<string, string> = {
    ...REQUESTS_DEFAULTS,
    Accept: 'application/json',
    'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
    'Content-Length': String(Buffer.byteLength(body)),
  };
  if (!includeClientId) {
    headers.Authorization = `Basic ${Buffer.from(`${clientId}:${clientSecret}`, 'latin1').toString('base64')}`;
  }
  const res = await send(
    `${local.authBaseUrl}/${local.environmentId}/as/token`,
    'POST',
    headers,
    body,
  );
  expect(res.status, res.text).toBe(200);
  // oauthlib's parse_token_response needs access_token and token_type; expires_in becomes expires_at.
  const token = res.json();
  expect(token).toEqual({
    access_token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
    token_type: 'Bearer',
    expires_in: 3600,
  });
  return token.access_token as string;
}

/** The sample's `environment_url`: `{API_URL}environments/{ENVIRONMENT_ID}`. */
function environmentUrl(): string {
  return `${fixture.local.apiBaseUrl}/environments/${fixture.local.environmentId}`;
}

/** A `requests` call through the OAuth2Session: defaults + bearer + the sample's own headers. */
function sampleCall(
  token: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  extraHeaders: Record<string, string> = {},
  json?: unknown,
): Promise<RawResponse> {
  const body = json === undefined ? undefined : pythonJsonDumps(json);
  const headers: Record<string, string> = {
    ...REQUESTS_DEFAULTS,
    ...extraHeaders,
    Authorization: `Bearer ${token}`,
  };
  // requests sets Content-Length: 0 on bodyless requests other than GET and HEAD.
  if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
  else if (method !== 'GET') headers['Content-Length'] = '0';
  return send(url, method, headers, body);
}

/** `response.raise_for_status()`: anything but 2xx raises. */
function raiseForStatus(res: RawResponse): void {
  expect(res.status >= 200 && res.status < 300, `HTTP ${res.status}: ${res.text}`).toBe(true);
}

/** app.py `log_error`: `details[0].message`, else `message`. */
function sampleErrorMessage(res: RawResponse): string {
  const body = res.json();
  const details = body.details;
  const message = details && details.length > 0 ? details[0].message : body.message;
  expect(typeof message).toBe('string');
  return message as string;
}

/** The password-policy members the samples read. */
interface SamplePolicy {
  name?: unknown;
  default?: unknown;
  minCharacters?: Record<string, unknown>;
  maxRepeatedCharacters?: unknown;
  length?: { min?: unknown; max?: unknown };
}

/** passwords.py `get_password_pattern`, ported line by line (its output is a browser regex). */
function samplePasswordPattern(policies: SamplePolicy[]): string | null {
  const chosen = policies.filter(
    (p) =>
      (p.default === true && p.minCharacters && p.maxRepeatedCharacters) || p.name === 'Standard',
  );
  if (chosen.length === 0) return null;
  const policy = chosen[0]!;
  let pattern = '^(?:';
  for (const [set, number] of Object.entries(policy.minCharacters as Record<string, number>)) {
    pattern += `(?=(?:.*[${set.replace(/[{}()[\].+*?^$\\|-]/g, '\\$&')}]){${String(number)},})`;
  }
  pattern += ')';
  pattern += `(?!.*(.)\\1{${String(policy.maxRepeatedCharacters)},})`;
  pattern += `.{${String(policy.length?.min)},${String(policy.length?.max)}}$`;
  return pattern;
}

describe("Ping's Flask registration sample, replayed request for request", () => {
  it('gets a worker token the way requests_oauthlib does, with Basic and with client_secret_post', async () => {
    const basic = await fetchToken(false);
    const post = await fetchToken(true);
    expect(basic).not.toBe(post);
    // Both tokens work on the API.
    for (const token of [basic, post]) {
      raiseForStatus(await sampleCall(token, 'GET', `${environmentUrl()}/populations`));
    }
  });

  it('registers: reads populations and policies, creates the user, sets the password with forceChange "false"', async () => {
    const token = await fetchToken(false);

    // GET /register: populations.get_all() and passwords.get_password_pattern().
    const populations = await sampleCall(token, 'GET', `${environmentUrl()}/populations`);
    raiseForStatus(populations);
    const list = populations.json()._embedded.populations as Array<Record<string, unknown>>;
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) {
      expect(p.id).toEqual(expect.stringMatching(UUID));
      expect(typeof p.name).toBe('string');
    }

    const policies = await sampleCall(token, 'GET', `${environmentUrl()}/passwordPolicies`);
    raiseForStatus(policies);
    const all = policies.json()._embedded.passwordPolicies as SamplePolicy[];
    const chosen = all.find(
      (p) =>
        (p.default === true && p.minCharacters && p.maxRepeatedCharacters) || p.name === 'Standard',
    )!;
    expect(chosen).toBeDefined();
    expect(chosen.default).toBe(true);
    expect(typeof chosen.name).toBe('string');
    expect(typeof chosen.maxRepeatedCharacters).toBe('number');
    expect(Number.isInteger(chosen.length?.min)).toBe(true);
    expect(Number.isInteger(chosen.length?.max)).toBe(true);
    expect(Object.keys(chosen.minCharacters ?? {}).length).toBeGreaterThan(0);
    for (const n of Object.values(chosen.minCharacters ?? {}))
      expect(Number.isInteger(n)).toBe(true);
    // The pattern the sample renders into the page accepts our password and refuses a weak one.
    const pattern = new RegExp(samplePasswordPattern(all)!, 'u');
    expect(pattern.test(PASSWORD)).toBe(true);
    expect(pattern.test('password')).toBe(false);

    // POST /register: users.create(...) then passwords.set_password(user_id, password).
    const username = uniqueUsername('flask');
    const email = `${username}@example.com`;
    const created = await sampleCall(
      token,
      'POST',
      `${environmentUrl()}/users`,
      { 'Content-type': 'application/json' },
      { email, username, population: { id: list[0]!.id } },
    );
    raiseForStatus(created);
    expect(created.json().id).toEqual(expect.stringMatching(UUID));
    expect(created.json().username).toBe(username);
    const userId = created.json().id as string;

    const set = await sampleCall(
      token,
      'PUT',
      `${environmentUrl()}/users/${userId}/password`,
      { 'Content-Type': 'application/vnd.pingidentity.password.set+json' },
      { value: PASSWORD, forceChange: 'false' },
    );
    raiseForStatus(set);
    expect(set.json().status).toBe('OK');

    // The password really is set (and forceChange "false" meant false).
    const check = await sampleCall(
      token,
      'POST',
      `${environmentUrl()}/users/${userId}/password`,
      { 'Content-Type': 'application/vnd.pingidentity.password.check+json' },
      { password: PASSWORD },
    );
    raiseForStatus(check);
    expect(check.json().status).toBe('OK');
  });

  it('a rejected password: the sample reads details[0].message, then deletes the user', async () => {
    const token = await fetchToken(false);
    const username = uniqueUsername('flask-weak');
    const created = await sampleCall(
      token,
      'POST',
      `${environmentUrl()}/users`,
      { 'Content-type': 'application/json' },
      {
        email: `${username}@example.com`,
        username,
        population: { id: await defaultPopulationId(token) },
      },
    );
    raiseForStatus(created);
    const userId = created.json().id as string;

    const set = await sampleCall(
      token,
      'PUT',
      `${environmentUrl()}/users/${userId}/password`,
      { 'Content-Type': 'application/vnd.pingidentity.password.set+json' },
      { value: 'aaaa', forceChange: 'false' },
    );
    expect(set.status).toBe(400);
    expect(sampleErrorMessage(set)).toBe(
      'User password did not satisfy password policy requirements',
    );

    const removed = await sampleCall(token, 'DELETE', `${environmentUrl()}/users/${userId}`);
    raiseForStatus(removed);
    expect(removed.text).toBe('');
    const gone = await sampleCall(token, 'GET', `${environmentUrl()}/users/${userId}`);
    expect(gone.status).toBe(404);
    expect(gone.json().code).toBe('NOT_FOUND');
  });

  it('forgot password: quoted filter, bodyless sendRecoveryCode, recover, then change with reset+json', async () => {
    const token = await fetchToken(false);
    const username = uniqueUsername('flask-forgot');
    // A sub-address: `quote` turns its `+` into `%2B` (a raw `+` would read as a space).
    const email = `${username}+reset@Example.com`;
    const created = await sampleCall(
      token,
      'POST',
      `${environmentUrl()}/users`,
      { 'Content-type': 'application/json' },
      { email, username, population: { id: await defaultPopulationId(token) } },
    );
    raiseForStatus(created);
    const userId = created.json().id as string;
    raiseForStatus(
      await sampleCall(
        token,
        'PUT',
        `${environmentUrl()}/users/${userId}/password`,
        { 'Content-Type': 'application/vnd.pingidentity.password.set+json' },
        { value: PASSWORD, forceChange: 'false' },
      ),
    );

    // users.find(): the form field may hold the username or the e-mail.
    for (const entered of [username, email, email.toLowerCase()]) {
      const query = pythonQuote(`email eq "${entered}" or username eq "${entered}"`);
      expect(query).toContain('%20eq%20%22');
      const found = await sampleCall(token, 'GET', `${environmentUrl()}/users?filter=${query}`);
      raiseForStatus(found);
      expect(found.json()._embedded.users[0].id).toBe(userId);
    }

    // passwords.send_recovery_code(): POST, vendor type, no body at all.
    const sent = await sampleCall(token, 'POST', `${environmentUrl()}/users/${userId}/password`, {
      'Content-Type': 'application/vnd.pingidentity.password.sendRecoveryCode+json',
    });
    raiseForStatus(sent);
    const code = await latestRecoveryCode(fixture.local, email);

    // A mistyped code: the sample shows details[0].message.
    const mistyped = await sampleCall(
      token,
      'POST',
      `${environmentUrl()}/users/${userId}/password`,
      { 'Content-Type': 'application/vnd.pingidentity.password.recover+json' },
      { recoveryCode: code === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA', newPassword: RECOVERED },
    );
    expect(mistyped.status).toBe(400);
    expect(sampleErrorMessage(mistyped)).toBe(
      'The provided password recovery code was invalid or expired',
    );

    const recovered = await sampleCall(
      token,
      'POST',
      `${environmentUrl()}/users/${userId}/password`,
      { 'Content-Type': 'application/vnd.pingidentity.password.recover+json' },
      { recoveryCode: code, newPassword: RECOVERED },
    );
    raiseForStatus(recovered);

    // passwords.change_password() sends the Worker token, which PingOne refuses for a
    // self-change (it needs the user's own token with p1:reset:userPassword): 403, as there, and
    // the password stays as it was.
    await advanceClock(fixture.local, 86_401);
    const later = await fetchToken(false);
    const changed = await sampleCall(
      later,
      'PUT',
      `${environmentUrl()}/users/${userId}/password`,
      { 'Content-Type': 'application/vnd.pingidentity.password.reset+json' },
      { currentPassword: RECOVERED, newPassword: CHANGED },
    );
    expect(changed.status).toBe(403);
    const check = await sampleCall(
      later,
      'POST',
      `${environmentUrl()}/users/${userId}/password`,
      { 'Content-Type': 'application/vnd.pingidentity.password.check+json' },
      { password: RECOVERED },
    );
    raiseForStatus(check);
  });
});

describe('client secrets that form-encoding changes', () => {
  it("accepts requests' raw Basic credentials and the RFC 6749 form-encoded ones for the same secret", async () => {
    // A secret chosen through PINGONE_LOCAL_CLIENT_SECRET may hold `+`, `%` and `/`.
    const secret = 'flask+sample%2Fsecret/0123456789%zz';
    const own = await startLocal({ clientSecret: secret });
    try {
      const url = `${own.local.authBaseUrl}/${own.local.environmentId}/as/token`;
      const attempt = async (pair: string) => {
        const body = 'grant_type=client_credentials';
        const res = await send(
          url,
          'POST',
          {
            ...REQUESTS_DEFAULTS,
            Accept: 'application/json',
            'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
            'Content-Length': String(body.length),
            Authorization: `Basic ${Buffer.from(pair, 'latin1').toString('base64')}`,
          },
          body,
        );
        return res.status;
      };
      const id = own.local.clientId;
      // requests.auth.HTTPBasicAuth: the secret as it is.
      expect(await attempt(`${id}:${secret}`)).toBe(200);
      // golang.org/x/oauth2 and our client: form-encoded first.
      expect(await attempt(`${id}:${encodeURIComponent(secret)}`)).toBe(200);
      // Neither reading of a wrong secret passes.
      expect(await attempt(`${id}:${secret.replace('+', ' ')}x`)).toBe(401);
      expect(await attempt(`${id}:${secret.slice(0, -1)}`)).toBe(401);
    } finally {
      await own.close();
    }
  });
});

describe("Ping's Spring sample: the calls that differ from the Flask one", () => {
  /** RestTemplate's headers for a `Map`/bean response (Jackson on the classpath). */
  const REST_TEMPLATE = { Accept: 'application/json, application/*+json', 'User-Agent': 'Java/17' };

  it('follows _links["password.set"].href from the 201 and gets exactly 200 for {"value"} alone', async () => {
    const token = await fetchToken(false);
    const username = uniqueUsername('spring');
    const body = JSON.stringify({
      username,
      email: `${username}@example.com`,
      population: { id: await defaultPopulationId(token) },
    });
    const created = await send(
      `${environmentUrl()}/users`,
      'POST',
      {
        ...REST_TEMPLATE,
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(body)),
        Authorization: `Bearer ${token}`,
      },
      body,
    );
    // RegistrationController: `result.getStatusCode() == HttpStatus.CREATED`.
    expect(created.status).toBe(201);
    const link = created.json()._links['password.set'].href as string;
    expect(link).toBe(`${environmentUrl()}/users/${created.json().id}/password`);

    // setPassword(): the sample escapes regex characters with backslashes before sending.
    const escaped = PASSWORD.replace(/[{}()[\].+*?^$\\|]/g, '\\$&');
    const setBody = JSON.stringify({ value: escaped });
    const set = await send(
      link,
      'PUT',
      {
        ...REST_TEMPLATE,
        'Content-Type': 'application/vnd.pingidentity.password.set+json',
        'Content-Length': String(Buffer.byteLength(setBody)),
        Authorization: `Bearer ${token}`,
      },
      setBody,
    );
    // `passwordResult.getStatusCode() == HttpStatus.OK`.
    expect(set.status).toBe(200);
    expect(set.json().status).toBe('OK');
  });

  it('finds the user with a URLEncoder filter (+ for spaces) and reads the default policy with a bodyless Content-Type', async () => {
    const token = await fetchToken(false);
    const username = uniqueUsername('spring-find');
    const created = await sampleCall(
      token,
      'POST',
      `${environmentUrl()}/users`,
      { 'Content-type': 'application/json' },
      { email: `${username}@example.com`, username },
    );
    raiseForStatus(created);
    const query = javaUrlEncode(`email eq "${username}" or username eq "${username}"`);
    expect(query).toContain('+eq+%22');
    const found = await send(`${environmentUrl()}/users?filter=${query}`, 'GET', {
      ...REST_TEMPLATE,
      Authorization: `Bearer ${token}`,
    });
    expect(found.status).toBe(200);
    expect(found.json()._embedded.users.map((u: { id: string }) => u.id)).toEqual([
      created.json().id,
    ]);

    const policies = await send(`${environmentUrl()}/passwordPolicies`, 'GET', {
      ...REST_TEMPLATE,
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
    });
    expect(policies.status).toBe(200);
    const def = policies
      .json()
      ._embedded.passwordPolicies.find((p: { default: boolean }) => p.default);
    expect(def).toMatchObject({
      minCharacters: expect.any(Object),
      length: { min: expect.any(Number), max: expect.any(Number) },
      maxRepeatedCharacters: expect.any(Number),
    });
  });
});

async function defaultPopulationId(token: string): Promise<string> {
  const res = await sampleCall(token, 'GET', `${environmentUrl()}/populations`);
  raiseForStatus(res);
  const def = (res.json()._embedded.populations as Array<{ id: string; default?: boolean }>).find(
    (p) => p.default === true,
  );
  return def!.id;
}
