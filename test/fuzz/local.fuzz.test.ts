/**
 * Property-based fuzz of PingOne Local's user, password and token endpoints (issue 8, part 5):
 * 10,000+ generated requests against a real PingOne Local on loopback.
 *
 * The inputs: random JSON shapes and wrong types, huge values (beyond the 64 KiB body limit),
 * malformed and non-UTF-8 bodies, hostile SCIM filters (quotes, parentheses, `or`, unknown
 * attributes, deep nesting, very long), random vendor content types on `/users/{id}/password`,
 * bad, missing, forged and foreign bearer tokens, and token requests with random grant types,
 * client authentication and bodies. User creation mostly fails validation, so few passwords are
 * hashed.
 *
 * Properties: no 5xx; every response carries a `Correlation-Id`; every 4xx is PingOne's error
 * envelope `{ id, code, message, details? }` with `id` = the correlation ID (the token endpoint
 * answers its OAuth errors as `{ error, error_description }`); nothing at pino level ≥ 50 and
 * nothing "unhandled" in the log; the server still answers afterwards.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPingOneClient } from '../../src/pingone/index.js';
import {
  CHEAP_ARGON2,
  type LocalFixture,
  localClientOptions,
  startLocal,
  strongPassword,
} from '../support/stack.js';
import {
  anyString,
  BROKEN_ENCODINGS,
  badLogLines,
  bytes,
  CONCURRENCY,
  capturingLogger,
  caseText,
  hostileString,
  percentEncode,
  runPool,
  Tally,
} from './support.js';

const SEED = 8_052_026;
const RUNS = 10_400;
const BODY_LIMIT = 64 * 1024;
const READ_ONLY = {
  clientId: 'fuzz-read-only-client',
  clientSecret: 'fuzz-read-only-secret-0123456789',
  roles: ['Identity Data Read-Only Admin'],
};

type Auth =
  | 'valid'
  | 'lowercase'
  | 'readOnly'
  | 'none'
  | 'empty'
  | 'garbage'
  | 'basic'
  | 'tampered'
  | 'algNone'
  | 'foreignEnv'
  | 'huge';

type Target = 'victim' | 'unknown' | 'weird';
type EnvTarget = 'own' | 'unknown' | 'weird';

interface LocalCase {
  endpoint: 'users' | 'user' | 'password' | 'enabled' | 'population' | 'token';
  method: string;
  env: EnvTarget;
  target: Target;
  targetIndex: number;
  weird: string;
  auth: Auth;
  /** Query string after `?` (users list), raw. */
  query: string;
  contentType: string | null;
  body: Uint8Array<ArrayBuffer> | null;
}

// ---------------------------------------------------------------------------------------------
// Generators

const USER_ATTRIBUTES = [
  'id',
  'username',
  'email',
  'population.id',
  'enabled',
  'name.given',
  'name.family',
  'address.countryCode',
  'photo.href',
  'accountId',
];
const UNKNOWN_ATTRIBUTES = [
  'password',
  'password.value',
  'lifecycle.status',
  'x',
  'username.x',
  'a.b.c.d',
  '_links',
  'emails.value',
];
const OPERATORS = [
  'eq',
  'ne',
  'co',
  'sw',
  'ew',
  'gt',
  'ge',
  'lt',
  'le',
  'pr',
  'EQ',
  'Sw',
  'like',
  'in',
  '=',
  '==',
  'regex',
];
const INJECTIONS = [
  `" or "1"="1`,
  `x") or (id pr`,
  `' OR 1=1 --`,
  `"; DROP TABLE users; --`,
  `\\" or username pr or "`,
  `%`,
  `_`,
  `\\`,
  `*`,
  `\u0000`,
  `\ud800`,
  `"\\u0000"`,
  `${'('.repeat(40)}`,
  `${')'.repeat(40)}`,
  'username eq "a" or username pr',
  'not',
  'and',
  'or or or',
];

/** A JSON-ish literal of a SCIM comparison, including broken ones. */
const filterValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileString.map((s) => JSON.stringify(s)) },
  { weight: 1, arbitrary: anyString(5_000).map((s) => JSON.stringify(s)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'true',
      'false',
      'null',
      '1',
      '-1.5e3',
      'TRUE',
      'nul',
      '01',
      '1e999',
    ),
  },
  { weight: 1, arbitrary: hostileString.map((s) => `"${s}`) },
  { weight: 1, arbitrary: hostileString.map((s) => `"${s.replace(/"/g, '')}\\"`) },
  { weight: 1, arbitrary: fc.constantFrom(...INJECTIONS) },
);

const attribute = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...USER_ATTRIBUTES) },
  { weight: 2, arbitrary: fc.constantFrom(...UNKNOWN_ATTRIBUTES) },
  { weight: 1, arbitrary: hostileString },
);

const { filter } = fc.letrec<{ filter: string; leaf: string }>((tie) => ({
  leaf: fc.oneof(
    fc
      .tuple(attribute, fc.constantFrom(...OPERATORS), filterValue)
      .map(([a, o, v]) => `${a} ${o} ${v}`),
    attribute.map((a) => `${a} pr`),
  ),
  filter: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: tie('leaf') },
    {
      weight: 2,
      arbitrary: fc
        .tuple(tie('filter'), fc.constantFrom('and', 'or', 'AND', 'Or', 'xor', ''), tie('filter'))
        .map(([l, op, r]) => `${l} ${op} ${r}`),
    },
    { weight: 1, arbitrary: tie('filter').map((f) => `(${f})`) },
    { weight: 1, arbitrary: tie('filter').map((f) => `not (${f})`) },
    { weight: 1, arbitrary: tie('filter').map((f) => `not ${f}`) },
  ),
}));

/** Filters PingOne Local accepts, so lists reach the SQL as well as the parser. */
const validFilter: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('username', 'email', 'name.given', 'name.family'),
    fc.constantFrom('eq', 'sw', 'ew', 'co'),
    hostileString,
    fc.constantFrom('', ' and enabled eq true', ' or id pr', ' and not (email pr)'),
  )
  .map(([a, o, v, tail]) => `${a} ${o} ${JSON.stringify(v)}${tail}`);

const hostileFilter: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: filter },
  { weight: 4, arbitrary: validFilter },
  // Deep nesting around a valid leaf, within and beyond the depth limit.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 300 }), fc.constantFrom('(', 'not ('))
      .map(([n, open]) => `${open.repeat(n)}username pr${')'.repeat(n)}`),
  },
  // Long chains of or/and, around the length limit.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 10, max: 800 }), fc.constantFrom(' or ', ' and ', ' OR '))
      .map(([n, op]) => Array.from({ length: n }, (_, i) => `username eq "u${i}"`).join(op)),
  },
  { weight: 1, arbitrary: anyString(5_000) },
  { weight: 1, arbitrary: fc.constantFrom(...INJECTIONS) },
);

/** The query string of a users list. */
const listQuery: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(hostileFilter, { freq: 6, nil: undefined }),
    fc.option(
      fc.constantFrom('0', '1', '-1', '200', '1000', '1001', 'abc', '1.5', '99999999', ''),
      { freq: 3, nil: undefined },
    ),
    fc.option(fc.oneof(fc.base64String({ maxLength: 20 }), hostileString), {
      freq: 4,
      nil: undefined,
    }),
    fc.option(fc.constantFrom('population', 'population,x', 'x', ''), { freq: 4, nil: undefined }),
    fc.nat(9),
  )
  .map(([f, limit, cursor, expand, twist]) => {
    const parts: string[] = [];
    if (f !== undefined) parts.push(`filter=${percentEncode(f)}`);
    if (limit !== undefined) parts.push(`limit=${percentEncode(limit)}`);
    if (cursor !== undefined) parts.push(`cursor=${percentEncode(cursor)}`);
    if (expand !== undefined) parts.push(`expand=${percentEncode(expand)}`);
    // Repeated parameters and broken encodings.
    if (twist === 0 && f !== undefined) parts.push(`filter=${percentEncode(f)}`);
    if (twist === 1) parts.push('filter=%zz');
    if (twist === 2) parts.push('filter=%C3%28');
    if (twist === 3) parts.push('%=%');
    if (twist === 4) parts.push('limit=1&limit=2');
    return parts.join('&');
  });

/** Wrong types for any attribute. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, [], {}, [1, 'a'], { value: 1 }),
  fc.integer(),
  fc.double(),
  hostileString,
);

/** A user-shaped object: mostly invalid (so few passwords are hashed), sometimes valid. */
const userShape: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      username: fc.oneof(
        { weight: 3, arbitrary: hostileString },
        { weight: 2, arbitrary: fc.constant(null).map(() => `fuzz-${randomUUID().slice(0, 8)}`) },
        { weight: 1, arbitrary: anyString(70_000) },
        { weight: 1, arbitrary: wrongType },
      ),
      email: fc.oneof(
        hostileString,
        hostileString.map((s) => `${s}@example.com`),
        wrongType,
      ),
      population: fc.oneof(
        fc.record({ id: fc.oneof(fc.uuid(), hostileString, wrongType) }),
        wrongType,
        fc.constant({ id: 'x', extra: 1 }),
      ),
      name: fc.oneof(
        fc.record(
          { given: fc.oneof(hostileString, wrongType), family: hostileString },
          { requiredKeys: [] },
        ),
        wrongType,
      ),
      enabled: wrongType,
      emailVerified: wrongType,
      password: fc.oneof(
        fc.record(
          {
            value: fc.oneof(
              hostileString,
              fc.constantFrom('{SSHA}', '{BCRYPT}$2a$04$', '{SSHA256}!!!', '{MD5}abc', '{BCRYPT}x'),
              wrongType,
            ),
            forceChange: wrongType,
          },
          { requiredKeys: [] },
        ),
        wrongType,
      ),
      lifecycle: fc.oneof(
        fc.record({ status: fc.oneof(fc.constantFrom('ACCOUNT_OK', 'LOCKED', 'x'), wrongType) }),
        wrongType,
      ),
      address: fc.oneof(fc.record({ countryCode: fc.oneof(hostileString, wrongType) }), wrongType),
      photo: fc.oneof(fc.record({ href: anyString(3_000) }), wrongType),
    },
    { requiredKeys: [] },
  )
  .chain((user) =>
    fc
      .tuple(fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }), fc.nat(7))
      .map(([extra, mode]) => (mode === 0 ? { ...user, ...extra } : user)),
  );

/** A password-operation body: right keys with wrong values, wrong keys, random JSON. */
const passwordShape: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      value: fc.oneof(hostileString, fc.constant(strongPassword()), anyString(70_000), wrongType),
      forceChange: wrongType,
      bypassPolicy: wrongType,
    },
    { requiredKeys: [] },
  ),
  fc.record(
    { password: fc.oneof(hostileString, anyString(5_000), wrongType) },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      recoveryCode: fc.oneof(hostileString, fc.constantFrom('ABCD1234', ''), wrongType),
      newPassword: fc.oneof(hostileString, wrongType),
    },
    { requiredKeys: [] },
  ),
  fc.record({ currentPassword: hostileString, newPassword: hostileString }, { requiredKeys: [] }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A body as bytes: JSON of `shape`, or broken JSON, invalid UTF-8, huge, empty. */
function jsonBytes(shape: fc.Arbitrary<unknown>): fc.Arbitrary<Uint8Array<ArrayBuffer> | null> {
  return fc.oneof(
    { weight: 12, arbitrary: shape.map((v) => bytes([JSON.stringify(v) ?? 'null'])) },
    { weight: 1, arbitrary: fc.constant(null) },
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(
          '',
          ' ',
          '{',
          '{"username":',
          '{"username":"a"',
          'null',
          '[]',
          '"x"',
          '1e999',
          '{"a":1,"a":2}',
          '{"__proto__":{"admin":true},"username":"p"}',
          '{"constructor":{"prototype":{"x":1}}}',
          '\ufeff{"username":"bom"}',
          "{'username':'single'}",
          '{"username":"\\ud800"}',
          '{"value":"\\u0000"}',
          `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
          `${'{"a":'.repeat(3_000)}1${'}'.repeat(3_000)}`,
        )
        .map((s) => bytes([s])),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...BROKEN_ENCODINGS).map((b) => bytes(['{"username":"', b, '"}'])),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: BODY_LIMIT - 10, max: BODY_LIMIT + 5_000 })
        .map((n) => bytes([`{"username":"${'x'.repeat(n)}"}`])),
    },
  );
}

const V = 'application/vnd.pingidentity.';
const PASSWORD_TYPES = [
  `${V}password.check+json`,
  `${V}password.set+json`,
  `${V}password.setvalue+json`,
  `${V}password.setValue+json`,
  `${V}password.reset+json`,
  `${V}password.forcechange+json`,
  `${V}password.forceChange`,
  `${V}password.unlock+json`,
  `${V}password.sendrecoverycode+json`,
  `${V}password.sendRecoveryCode+json`,
  `${V}password.recover+json`,
  `${V}password.check+json; charset=utf-8`,
  `${V.toUpperCase()}PASSWORD.CHECK+JSON`,
  `${V}user.import+json`,
  `${V}password.+json`,
  `${V}password.check`,
  `${V}password.check+xml`,
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
  ';',
  'application/vnd.pingidentity.password.check+json;;;',
];

const randomVendorType = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PASSWORD_TYPES) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz.+-ABC'), { maxLength: 24 })
      .map((c) => `${V}${c.join('')}`),
  },
);

const auth = fc.oneof(
  { weight: 14, arbitrary: fc.constant<Auth>('valid') },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Auth>(
      'lowercase',
      'readOnly',
      'none',
      'empty',
      'garbage',
      'basic',
      'tampered',
      'algNone',
      'foreignEnv',
      'huge',
    ),
  },
);

const common = {
  env: fc.oneof(
    { weight: 20, arbitrary: fc.constant<EnvTarget>('own') },
    { weight: 1, arbitrary: fc.constantFrom<EnvTarget>('unknown', 'weird') },
  ),
  target: fc.oneof(
    { weight: 12, arbitrary: fc.constant<Target>('victim') },
    { weight: 1, arbitrary: fc.constantFrom<Target>('unknown', 'weird') },
  ),
  targetIndex: fc.nat(),
  weird: fc.constantFrom(
    '%00',
    '%zz',
    '..',
    '%2F',
    'a%C3%28',
    'x'.repeat(300),
    '%E2%80%AE',
    '%20',
    "'",
    '%22',
  ),
  auth,
};

const tokenBody: fc.Arbitrary<{
  contentType: string | null;
  body: Uint8Array<ArrayBuffer> | null;
}> = fc
  .record({
    grant: fc.oneof(
      { weight: 3, arbitrary: fc.constant('client_credentials') },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          'authorization_code',
          'password',
          'refresh_token',
          'CLIENT_CREDENTIALS',
          'urn:ietf:params:oauth:grant-type:jwt-bearer',
          '',
        ),
      },
      { weight: 1, arbitrary: hostileString },
    ),
    fields: fc.array(
      fc.tuple(
        fc.constantFrom(
          'grant_type',
          'client_id',
          'client_secret',
          'scope',
          'code',
          'redirect_uri',
          'x',
        ),
        fc.oneof(hostileString, fc.constant('VALID_ID'), fc.constant('VALID_SECRET')),
      ),
      { maxLength: 3 },
    ),
    omitGrant: fc.boolean(),
    splice: fc.option(fc.constantFrom(...BROKEN_ENCODINGS), { freq: 5, nil: undefined }),
    contentType: fc.oneof(
      { weight: 6, arbitrary: fc.constant('application/x-www-form-urlencoded') },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'application/json',
          'text/plain',
          'APPLICATION/X-WWW-FORM-URLENCODED; charset=utf-8',
          'multipart/form-data',
        ),
      },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    huge: fc.nat(30),
  })
  .map(({ grant, fields, omitGrant, splice, contentType, huge }) => {
    const pairs: (string | Uint8Array)[] = [];
    if (!omitGrant) pairs.push(`grant_type=${percentEncode(grant)}`);
    for (const [k, v] of fields) pairs.push(`${k}=${percentEncode(v)}`);
    if (splice) pairs.push(splice);
    if (huge === 0) pairs.push(`scope=${'s'.repeat(BODY_LIMIT)}`);
    const joined: (string | Uint8Array)[] = [];
    pairs.forEach((p, i) => {
      if (i > 0) joined.push('&');
      joined.push(p);
    });
    return { contentType, body: bytes(joined) };
  });

const tokenAuth = fc.constantFrom(
  'valid-basic',
  'valid-basic',
  'wrong-secret',
  'unknown-client',
  'basic-garbage',
  'basic-no-colon',
  'bearer',
  'none',
  'none',
  'post-credentials',
  'read-only-basic',
);

const localCase: fc.Arbitrary<LocalCase> = fc.oneof(
  // GET /users with hostile filters.
  {
    weight: 6,
    arbitrary: fc.record({
      ...common,
      endpoint: fc.constant('users' as const),
      method: fc.oneof(
        { weight: 12, arbitrary: fc.constant('GET') },
        { weight: 1, arbitrary: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS') },
      ),
      query: listQuery,
      contentType: fc.constant(null),
      body: fc.constant(null),
    }),
  },
  // POST /users (create and import).
  {
    weight: 5,
    arbitrary: fc.record({
      ...common,
      endpoint: fc.constant('users' as const),
      method: fc.constant('POST'),
      query: fc.constant(''),
      contentType: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom('application/json', `${V}user.import+json`) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            null,
            'text/plain',
            'application/JSON; charset=utf-8',
            `${V}password.set+json`,
            'application/x-www-form-urlencoded',
          ),
        },
      ),
      body: jsonBytes(userShape),
    }),
  },
  // /users/{id}: read, replace, update, delete, account actions.
  {
    weight: 4,
    arbitrary: fc.record({
      ...common,
      endpoint: fc.constant('user' as const),
      method: fc.constantFrom('GET', 'PUT', 'PATCH', 'PATCH', 'PUT', 'DELETE', 'POST', 'OPTIONS'),
      query: fc.constantFrom('', 'expand=population', 'include=memberOfGroupIDs', 'expand=%zz'),
      contentType: fc.constantFrom(
        'application/json',
        'application/json',
        null,
        'text/plain',
        `${V}user.unlock+json`,
      ),
      body: jsonBytes(userShape),
    }),
  },
  // /users/{id}/password with random vendor types.
  {
    weight: 7,
    arbitrary: fc.record({
      ...common,
      endpoint: fc.constant('password' as const),
      method: fc.constantFrom('GET', 'PUT', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE'),
      query: fc.constant(''),
      contentType: fc.option(randomVendorType, { freq: 12, nil: null }),
      body: jsonBytes(passwordShape),
    }),
  },
  // /users/{id}/enabled and /population.
  {
    weight: 1,
    arbitrary: fc.record({
      ...common,
      endpoint: fc.constantFrom('enabled' as const, 'population' as const),
      method: fc.constantFrom('GET', 'PUT', 'POST'),
      query: fc.constant(''),
      contentType: fc.constantFrom('application/json', null, 'text/plain'),
      body: jsonBytes(
        fc.oneof(
          fc.record({ enabled: wrongType }),
          fc.record({ id: fc.oneof(fc.uuid(), wrongType) }),
          fc.jsonValue({ maxDepth: 2 }),
        ),
      ),
    }),
  },
  // POST /{envId}/as/token.
  {
    weight: 4,
    arbitrary: fc
      .record({
        ...common,
        endpoint: fc.constant('token' as const),
        method: fc.oneof(
          { weight: 12, arbitrary: fc.constant('POST') },
          { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT') },
        ),
        query: fc.constant(''),
        tokenAuth,
        form: tokenBody,
      })
      .map(({ tokenAuth: a, form, ...rest }) => ({
        ...rest,
        auth: a as unknown as Auth,
        contentType: form.contentType,
        body: form.body,
      })),
  },
);

// ---------------------------------------------------------------------------------------------
// Sending

interface Context {
  baseUrl: string;
  envId: string;
  clientId: string;
  clientSecret: string;
  token: string;
  readOnlyToken: string;
  victims: string[];
}

function b64(s: string): string {
  return Buffer.from(s).toString('base64url');
}

function authorization(ctx: Context, c: LocalCase): string | undefined {
  const basic = (id: string, secret: string) =>
    `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
  if (c.endpoint === 'token') {
    switch (c.auth as unknown as string) {
      case 'valid-basic':
        return basic(ctx.clientId, ctx.clientSecret);
      case 'wrong-secret':
        return basic(ctx.clientId, `${ctx.clientSecret}x`);
      case 'unknown-client':
        return basic(randomUUID(), ctx.clientSecret);
      case 'basic-garbage':
        return 'Basic !!!not-base64';
      case 'basic-no-colon':
        return `Basic ${Buffer.from('nocolon').toString('base64')}`;
      case 'bearer':
        return `Bearer ${ctx.token}`;
      case 'read-only-basic':
        return basic(READ_ONLY.clientId, READ_ONLY.clientSecret);
      default:
        return undefined;
    }
  }
  switch (c.auth) {
    case 'valid':
      return `Bearer ${ctx.token}`;
    case 'lowercase':
      return `bearer ${ctx.token}`;
    case 'readOnly':
      return `Bearer ${ctx.readOnlyToken}`;
    case 'none':
      return undefined;
    case 'empty':
      return 'Bearer ';
    case 'garbage':
      return 'Bearer a.b.c';
    case 'basic':
      return basic(ctx.clientId, ctx.clientSecret);
    case 'tampered':
      return `Bearer ${ctx.token.slice(0, -4)}AAAA`;
    case 'algNone':
      return `Bearer ${b64(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64(JSON.stringify({ env: ctx.envId, client_id: ctx.clientId, exp: 9_999_999_999 }))}.`;
    case 'foreignEnv': {
      const [h, p, s] = ctx.token.split('.');
      const claims = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>;
      return `Bearer ${h}.${b64(JSON.stringify({ ...claims, env: randomUUID() }))}.${s}`;
    }
    case 'huge':
      return `Bearer ${'a'.repeat(12_000)}`;
  }
}

function urlOf(ctx: Context, c: LocalCase): string {
  const env = c.env === 'own' ? ctx.envId : c.env === 'unknown' ? randomUUID() : c.weird;
  if (c.endpoint === 'token') return `${ctx.baseUrl}/${env}/as/token`;
  const base = `${ctx.baseUrl}/v1/environments/${env}/users`;
  if (c.endpoint === 'users') return c.query ? `${base}?${c.query}` : base;
  const user =
    c.target === 'victim'
      ? ctx.victims[c.targetIndex % ctx.victims.length]!
      : c.target === 'unknown'
        ? randomUUID()
        : c.weird;
  const path = c.endpoint === 'user' ? `${base}/${user}` : `${base}/${user}/${c.endpoint}`;
  return c.query && c.endpoint === 'user' ? `${path}?${c.query}` : path;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const OAUTH_ERRORS = [
  'invalid_request',
  'invalid_client',
  'unsupported_grant_type',
  'invalid_grant',
  'unauthorized_client',
  'invalid_scope',
];

/** The problems with one response, if any. */
function check(c: LocalCase, status: number, headers: Headers, text: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`status ${status}`);
  const correlationId = headers.get('correlation-id') ?? '';
  if (!UUID.test(correlationId)) problems.push(`correlation-id "${correlationId}"`);
  if (status < 400) {
    if (status !== 204 && text !== '') {
      try {
        JSON.parse(text);
      } catch {
        problems.push('2xx body is not JSON');
      }
    }
    return problems;
  }
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return [...problems, `${status} body is not JSON: ${text.slice(0, 100)}`];
  }
  if (c.endpoint === 'token' && 'error' in body) {
    const keys = Object.keys(body).sort().join(',');
    if (keys !== 'error,error_description') problems.push(`OAuth error keys ${keys}`);
    if (!OAUTH_ERRORS.includes(body.error as string))
      problems.push(`OAuth error ${String(body.error)}`);
    if (typeof body.error_description !== 'string' || body.error_description === '')
      problems.push('no error_description');
    return problems;
  }
  const extra = Object.keys(body).filter((k) => !['id', 'code', 'message', 'details'].includes(k));
  if (extra.length > 0) problems.push(`unexpected keys ${extra.join(',')}`);
  if (body.id !== correlationId) problems.push('id is not the correlation id');
  if (typeof body.code !== 'string' || !/^[A-Z_]+$/.test(body.code))
    problems.push(`code ${String(body.code)}`);
  if (typeof body.message !== 'string' || body.message === '') problems.push('no message');
  if ('details' in body) {
    const details = body.details;
    if (!Array.isArray(details) || details.length === 0)
      problems.push('details is not a non-empty array');
    else {
      for (const d of details as Record<string, unknown>[]) {
        if (typeof d.code !== 'string' || typeof d.message !== 'string')
          problems.push('detail without code/message');
        if ('target' in d && typeof d.target !== 'string')
          problems.push('detail target is not a string');
      }
    }
  }
  return problems;
}

async function send(
  ctx: Context,
  c: LocalCase,
): Promise<{ status: number; code: string; problems: string[] }> {
  const headers: Record<string, string> = {};
  const auth = authorization(ctx, c);
  if (auth !== undefined) headers.authorization = auth;
  if (c.contentType !== null) headers['content-type'] = c.contentType;
  let body = c.body;
  if (body && c.endpoint === 'token') {
    body = bytes([
      Buffer.from(body)
        .toString('latin1')
        .replace('VALID_ID', ctx.clientId)
        .replace('VALID_SECRET', encodeURIComponent(ctx.clientSecret)),
    ]);
  }
  const withBody = body !== null && c.method !== 'GET';
  const res = await fetch(urlOf(ctx, c), {
    method: c.method,
    headers,
    ...(withBody ? { body } : {}),
  });
  const text = await res.text();
  const problems = check(c, res.status, res.headers, text);
  let code = '';
  try {
    const parsed = JSON.parse(text) as { code?: string; error?: string };
    code = parsed.code ?? parsed.error ?? '';
  } catch {
    // checked above
  }
  return { status: res.status, code, problems };
}

// ---------------------------------------------------------------------------------------------

describe('PingOne Local fuzz: user, password and token endpoints under hostile requests', () => {
  const log = capturingLogger('warn');
  let fixture: LocalFixture;
  const ctx = {} as Context;

  beforeAll(async () => {
    fixture = await startLocal({
      logger: log.logger,
      argon2: CHEAP_ARGON2,
      extraApplications: [READ_ONLY],
    });
    const { local } = fixture;
    const client = createPingOneClient(localClientOptions(local));
    const readOnly = createPingOneClient({
      ...localClientOptions(local),
      clientId: READ_ONLY.clientId,
      clientSecret: READ_ONLY.clientSecret,
    });
    const victims: string[] = [];
    for (let i = 0; i < 8; i++) {
      const username = `victim${i}-${randomUUID().slice(0, 6)}`;
      const user = await client.users.import({
        username,
        email: `${username}@example.com`,
        password: { value: strongPassword(), forceChange: false },
      });
      victims.push(user.id);
    }
    Object.assign(ctx, {
      baseUrl: local.baseUrl,
      envId: local.environmentId,
      clientId: local.clientId,
      clientSecret: local.clientSecret,
      token: await client.getAccessToken(),
      readOnlyToken: await readOnly.getAccessToken(),
      victims,
    } satisfies Context);
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it(`answers ${RUNS} generated requests without a 5xx, always in PingOne's error shape`, async () => {
    const cases = fc.sample(localCase, { seed: SEED, numRuns: RUNS });
    const statuses = new Tally();
    const codes = new Tally();
    const failures: string[] = [];
    let sent = 0;
    const started = performance.now();
    await runPool(cases, CONCURRENCY, async (c, i) => {
      let outcome: { status: number; code: string; problems: string[] };
      try {
        sent++;
        outcome = await send(ctx, c);
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
        outcome = { status: 0, code: '', problems: [`request failed: ${cause}`] };
      }
      statuses.add(`${c.endpoint}:${outcome.status}`);
      if (outcome.code) codes.add(outcome.code);
      if (outcome.problems.length > 0 && failures.length < 20) {
        failures.push(`#${i} ${outcome.problems.join(', ')}: ${caseText(c)}`);
      }
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `PingOne Local fuzz: ${sent} requests in ${seconds}s\nstatuses ${statuses}\ncodes ${codes}`,
    );

    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(10_000);
    // The fuzz got past authentication into validation, filters and the password operations.
    expect(codes.get('INVALID_DATA')).toBeGreaterThan(1_000);
    expect(codes.get('ACCESS_FAILED')).toBeGreaterThan(100);
    expect(codes.get('INVALID_REQUEST')).toBeGreaterThan(100);
    expect(codes.get('invalid_client')).toBeGreaterThan(50);
    expect(statuses.get('users:200')).toBeGreaterThan(50);
    expect(statuses.get('token:200')).toBeGreaterThan(10);

    // Still alive, and nothing unexpected in the log.
    const alive = await fetch(`${ctx.baseUrl}/v1/environments/${ctx.envId}/users?limit=1`, {
      headers: { authorization: `Bearer ${ctx.token}` },
    });
    expect(alive.status).toBe(200);
    expect(badLogLines(log.lines)).toEqual([]);
  }, 480_000);
});
