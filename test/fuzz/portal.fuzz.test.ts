/**
 * Property-based fuzz of every POST route of the portal (issue 8, part 5): 10,000+ generated form
 * submissions against a real portal and a real PingOne Local on loopback.
 *
 * The inputs: strings with control characters, NUL, lone surrogates, multi-byte and huge values
 * (up to and beyond BODY_LIMIT_BYTES); duplicated, missing and extra fields; JSON, multipart,
 * text/plain and missing content types; broken percent-encoding and raw invalid UTF-8. Most
 * submissions carry a valid session and CSRF token (taken from a fetched form page, as a browser
 * does), so they pass the CSRF gate and reach validation and the flows; the rest exercise the
 * gate. Rate limits are raised so 429s do not hide the code paths, except for a few "hot"
 * identifiers submitted often enough to trip the per-account limit.
 *
 * Properties: no 5xx; every page is HTML (redirects are 303 to a portal path); 429 carries
 * Retry-After; nothing at pino level ≥ 50 and nothing "unhandled" in either server's log; both
 * servers still answer afterwards.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHEAP_ARGON2,
  createUser,
  type LocalFixture,
  type RunningPortal,
  startLocal,
  startPortal,
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

const SEED = 20_261_129;
const RUNS = 10_400;
const BODY_LIMIT = 16_384;
const ACCOUNT_LIMIT = 60;
const HOT_IDENTIFIERS = ['hot-account-1', 'hot-account-2@example.com'];

const ROUTES = {
  '/register': ['username', 'email', 'password', 'confirmPassword', 'population'],
  '/password/forgot': ['username'],
  '/password/recover': ['recoveryCode', 'password', 'confirmPassword'],
  '/password/recover/resend': [],
  '/password/change': ['username', 'currentPassword', 'password', 'confirmPassword'],
} as const;
type Route = keyof typeof ROUTES;

/** Marks where the session's CSRF token goes, and the confirmation that copies the password. */
const CSRF = '\u0000csrf';
const SAME_AS_PASSWORD = '\u0000same';

type BodyKind = 'form' | 'json' | 'multipart' | 'text' | 'none' | 'empty' | 'other';

interface PortalCase {
  route: Route;
  query: string;
  /** plain: a fresh session; flow: one with a recovery flow under way. */
  session: 'plain' | 'flow' | 'none' | 'garbled' | 'crossed';
  sessionIndex: number;
  headers: Record<string, string>;
  body: BodyKind;
  contentType: string;
  fields: [string, string][];
  /** Broken encodings spliced into a form body: [position among the pairs, which one]. */
  splices: [number, number][];
}

// ---------------------------------------------------------------------------------------------
// Generators

const known = { username: '', email: '', password: '' };

const strong = fc.constantFrom(
  'Qx7!vL-aa.bb.cc-mZ',
  'Zr4#kP-12.34.56-wQ',
  'Mn8$tY-x1.y2.z3-Lp',
  'correct horse battery staple 9!',
  'Passw0rd!',
  'aaaaaaaa',
  '{SSHA}c2FsdHNhbHRzYWx0c2FsdHNhbHQ=',
);

/** A word of `min`–`max` characters from `alphabet` (cheaper to generate than stringMatching). */
function word(alphabet: string, min: number, max: number): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max })
    .map((chars) => chars.join(''));
}

function valueFor(field: string): fc.Arbitrary<string> {
  const hostile = anyString(BODY_LIMIT + 6_000);
  switch (field) {
    case 'username':
      return fc.oneof(
        { weight: 3, arbitrary: word('abcdefghijklmnopqrstuvwxyz0123456789._-', 3, 20) },
        { weight: 2, arbitrary: fc.constant('').map(() => known.username) },
        { weight: 1, arbitrary: fc.constant('').map(() => known.email) },
        { weight: 2, arbitrary: fc.constantFrom(...HOT_IDENTIFIERS) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 140 }) },
        { weight: 4, arbitrary: hostile },
      );
    case 'email':
      return fc.oneof(
        {
          weight: 3,
          arbitrary: fc
            .tuple(
              word('abcdefghijklmnopqrstuvwxyz0123456789.+_-', 1, 20),
              fc.constantFrom(
                'example.com',
                'example.org',
                'mail.example.co.uk',
                'xn--bcher-kva.example',
              ),
            )
            .map(([l, d]) => `${l}@${d}`),
        },
        {
          weight: 1,
          arbitrary: word('abcdefghijklmnopqrstuvwxyz', 1, 10).map((l) => `${l}@example.com`),
        },
        { weight: 3, arbitrary: hostile },
        { weight: 1, arbitrary: hostileString.map((s) => `${s}@example.com`) },
      );
    case 'password':
    case 'currentPassword':
      return fc.oneof(
        { weight: 3, arbitrary: strong },
        { weight: 1, arbitrary: fc.constant('').map(() => known.password) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 250, maxLength: 260 }) },
        { weight: 3, arbitrary: hostile },
      );
    case 'confirmPassword':
      return fc.oneof(
        { weight: 3, arbitrary: fc.constant(SAME_AS_PASSWORD) },
        { weight: 2, arbitrary: hostile },
      );
    case 'recoveryCode':
      return fc.oneof(
        { weight: 3, arbitrary: word('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8, 8) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(
              word('abcdefghjkmnpqrstuvwxyz23456789', 4, 4),
              fc.constantFrom(' ', '-', '  ', ' - '),
              word('ABCDEFGHJKMNPQRSTUVWXYZ23456789', 4, 4),
            )
            .map((p) => p.join('')),
        },
        { weight: 2, arbitrary: hostile },
      );
    default:
      return hostile;
  }
}

const extraField = fc.tuple(
  fc.oneof(
    fc.constantFrom(
      '_csrf',
      'population',
      'username',
      'password',
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'lang',
      'id',
      'enabled',
      'lifecycle[status]',
      'password[value]',
      '',
    ),
    hostileString,
  ),
  anyString(2_000),
);

/** The fields of one submission: each expected field present, missing or repeated, plus extras. */
function fieldsFor(route: Route): fc.Arbitrary<[string, string][]> {
  const perField = ROUTES[route].map((name) =>
    fc
      .oneof(
        { weight: 14, arbitrary: valueFor(name).map((v) => [v]) },
        { weight: 1, arbitrary: fc.constant([] as string[]) },
        { weight: 1, arbitrary: fc.array(valueFor(name), { minLength: 2, maxLength: 3 }) },
      )
      .map((values) => values.map((v) => [name, v] as [string, string])),
  );
  const csrf = fc.oneof(
    { weight: 16, arbitrary: fc.constant([['_csrf', CSRF]] as [string, string][]) },
    { weight: 1, arbitrary: fc.constant([] as [string, string][]) },
    {
      weight: 1,
      arbitrary: fc.constant([
        ['_csrf', CSRF],
        ['_csrf', CSRF],
      ] as [string, string][]),
    },
    { weight: 1, arbitrary: fc.constant([['_csrf', '']] as [string, string][]) },
    { weight: 1, arbitrary: hostileString.map((v) => [['_csrf', v]] as [string, string][]) },
  );
  return fc
    .tuple(csrf, fc.tuple(...perField), fc.array(extraField, { maxLength: 3 }), fc.boolean())
    .map(([token, groups, extras, reversed]) => {
      const pairs = [...token, ...groups.flat(), ...extras];
      return reversed ? pairs.reverse() : pairs;
    });
}

const FORM_TYPES = [
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=UTF-8',
  'APPLICATION/X-WWW-FORM-URLENCODED',
  'application/x-www-form-urlencoded; charset=iso-8859-1',
  'application/x-www-form-urlencoded;;;',
];
const OTHER_TYPES = [
  'application/xml',
  'application/x-www-form-urlencodedx',
  'application/vnd.pingidentity.user.import+json',
  'text/html',
  'image/png',
  '*/*',
  'application/octet-stream',
];

const bodyKind = fc.oneof(
  { weight: 40, arbitrary: fc.constant<BodyKind>('form') },
  { weight: 2, arbitrary: fc.constant<BodyKind>('json') },
  { weight: 2, arbitrary: fc.constant<BodyKind>('multipart') },
  { weight: 2, arbitrary: fc.constant<BodyKind>('text') },
  { weight: 2, arbitrary: fc.constant<BodyKind>('none') },
  { weight: 1, arbitrary: fc.constant<BodyKind>('empty') },
  { weight: 1, arbitrary: fc.constant<BodyKind>('other') },
);

const portalCase: fc.Arbitrary<PortalCase> = fc
  .constantFrom(...(Object.keys(ROUTES) as Route[]))
  .chain((route) =>
    fc.record({
      route: fc.constant(route),
      query: fc.oneof(
        { weight: 12, arbitrary: fc.constant('') },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '?lang=fr',
            '?lang=de',
            '?lang=xx',
            '?lang=%zz',
            '?lang=fr&lang=de',
            '?%',
            '?a=%C3%28',
          ),
        },
      ),
      session: fc.oneof(
        {
          weight: 20,
          arbitrary: fc.constant<PortalCase['session']>(
            route === '/password/recover' || route === '/password/recover/resend'
              ? 'flow'
              : 'plain',
          ),
        },
        { weight: 2, arbitrary: fc.constantFrom<PortalCase['session']>('plain', 'flow') },
        {
          weight: 1,
          arbitrary: fc.constantFrom<PortalCase['session']>('none', 'garbled', 'crossed'),
        },
      ),
      sessionIndex: fc.nat(),
      headers: fc.oneof(
        { weight: 12, arbitrary: fc.constant({}) },
        {
          weight: 1,
          arbitrary: fc.constantFrom<Record<string, string>>(
            { 'sec-fetch-site': 'same-origin' },
            { 'sec-fetch-site': 'cross-site' },
            { 'sec-fetch-site': 'same-site' },
            { origin: 'null' },
            { origin: 'http://evil.example' },
            { origin: 'not a url' },
            { 'accept-language': 'de-DE,de;q=0.9' },
            { 'accept-language': '*;q=x, ;;, fr' },
            { 'x-forwarded-for': '1.2.3.4' },
          ),
        },
      ),
      body: bodyKind,
      contentType: fc.constantFrom(...FORM_TYPES),
      fields: fieldsFor(route),
      splices: fc.oneof(
        { weight: 5, arbitrary: fc.constant([] as [number, number][]) },
        {
          weight: 1,
          arbitrary: fc.array(fc.tuple(fc.nat(8), fc.nat(BROKEN_ENCODINGS.length - 1)), {
            minLength: 1,
            maxLength: 3,
          }),
        },
      ),
    }),
  );

// ---------------------------------------------------------------------------------------------
// Sending

interface SessionPair {
  cookie: string;
  csrf: string;
}

function resolveFields(c: PortalCase, csrf: string): [string, string][] {
  const password = c.fields.find(([name]) => name === 'password')?.[1] ?? '';
  return c.fields.map(([name, value]) => [
    name,
    value === CSRF ? csrf : value === SAME_AS_PASSWORD ? password : value,
  ]);
}

function buildBody(
  c: PortalCase,
  fields: [string, string][],
): { body?: Uint8Array<ArrayBuffer>; type?: string } {
  const urlencoded = () => {
    const parts: (string | Uint8Array)[] = [];
    fields.forEach(([name, value], i) => {
      for (const [at, which] of c.splices) if (at === i) parts.push(BROKEN_ENCODINGS[which]!, '&');
      if (i > 0) parts.push('&');
      parts.push(`${percentEncode(name)}=${percentEncode(value)}`);
    });
    for (const [at, which] of c.splices)
      if (at >= fields.length) parts.push('&', BROKEN_ENCODINGS[which]!);
    return bytes(parts);
  };
  switch (c.body) {
    case 'form':
      return { body: urlencoded(), type: c.contentType };
    case 'text':
      return { body: urlencoded(), type: 'text/plain;charset=UTF-8' };
    case 'none':
      return { body: urlencoded() };
    case 'empty':
      return { type: c.contentType };
    case 'other':
      return { body: urlencoded(), type: OTHER_TYPES[c.sessionIndex % OTHER_TYPES.length]! };
    case 'json':
      return {
        body: bytes([JSON.stringify(Object.fromEntries(fields))]),
        type: 'application/json',
      };
    case 'multipart': {
      const boundary = 'fuzzboundary7MA4YWxkTrZu0gW';
      const parts = fields.map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, '%22')}"\r\n\r\n${value}\r\n`,
      );
      return {
        body: bytes([...parts, `--${boundary}--\r\n`]),
        type: `multipart/form-data; boundary=${boundary}`,
      };
    }
  }
}

interface Outcome {
  status: number;
  problems: string[];
}

async function send(
  base: string,
  c: PortalCase,
  plain: SessionPair[],
  flows: SessionPair[],
): Promise<Outcome> {
  const pool = c.session === 'flow' ? flows : plain;
  const own = pool[c.sessionIndex % pool.length]!;
  const other = plain[(c.sessionIndex + 1) % plain.length]!;
  const headers: Record<string, string> = { ...c.headers };
  if (c.session === 'plain' || c.session === 'flow') headers.cookie = own.cookie;
  if (c.session === 'crossed') headers.cookie = other.cookie;
  if (c.session === 'garbled') headers.cookie = `${own.cookie.slice(0, -6)}AAAAAA`;
  const { body, type } = buildBody(c, resolveFields(c, own.csrf));
  if (type !== undefined) headers['content-type'] = type;
  const res = await fetch(`${base}${c.route}${c.query}`, {
    method: 'POST',
    redirect: 'manual',
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await res.text();
  const problems: string[] = [];
  const status = res.status;
  if (status >= 500) problems.push(`status ${status}`);
  if (status >= 300 && status < 400) {
    const location = res.headers.get('location') ?? '';
    if (status !== 303 || !/^\/[a-z/]*$/.test(location))
      problems.push(`redirect ${status} to "${location}"`);
  } else {
    if (!/^text\/html; charset=utf-8$/i.test(res.headers.get('content-type') ?? '')) {
      problems.push(`content-type ${res.headers.get('content-type')}`);
    }
    if (!/^<!doctype html>/i.test(text)) problems.push('body is not an HTML page');
    if (![200, 400, 403, 404, 405, 413, 429].includes(status)) problems.push(`status ${status}`);
  }
  if (status === 429 && !/^\d+$/.test(res.headers.get('retry-after') ?? '')) {
    problems.push('429 without Retry-After');
  }
  return { status, problems };
}

/** A session cookie and its CSRF token, as a browser gets them from a form page. */
async function openSession(base: string, path: string): Promise<SessionPair> {
  const res = await fetch(`${base}${path}`, { redirect: 'manual' });
  const html = await res.text();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('session='));
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!cookie || !csrf) throw new Error(`no session from ${path}`);
  return { cookie, csrf };
}

/** A session with a recovery flow under way for `identifier`. */
async function openFlow(base: string, identifier: string): Promise<SessionPair> {
  const s = await openSession(base, '/password/forgot');
  const res = await fetch(`${base}/password/forgot`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: `_csrf=${encodeURIComponent(s.csrf)}&username=${encodeURIComponent(identifier)}`,
  });
  await res.text();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('session='));
  if (res.status !== 303 || res.headers.get('location') !== '/password/recover' || !cookie) {
    throw new Error(`forgot answered ${res.status}`);
  }
  return { cookie, csrf: s.csrf };
}

// ---------------------------------------------------------------------------------------------

describe('portal fuzz: every POST route under hostile form submissions', () => {
  const localLog = capturingLogger('warn');
  let fixture: LocalFixture;
  let portal: RunningPortal;

  beforeAll(async () => {
    fixture = await startLocal({ logger: localLog.logger, argon2: CHEAP_ARGON2 });
    portal = await startPortal(fixture.local, {
      sessionSecret: 'fuzz-session-secret-0123456789abcdef',
      env: {
        LOG_LEVEL: 'warn',
        BODY_LIMIT_BYTES: String(BODY_LIMIT),
        RATE_LIMIT_IP_PER_MINUTE: '1000000',
        RATE_LIMIT_ACCOUNT_PER_HOUR: String(ACCOUNT_LIMIT),
        POLICY_CACHE_SECONDS: '600',
      },
    });
    const user = await createUser(portal, { password: strongPassword() });
    Object.assign(known, user);
  });

  afterAll(async () => {
    await portal?.close();
    await fixture?.close();
  });

  it(`answers ${RUNS} generated submissions with HTML pages or redirects, never a 5xx`, async () => {
    const base = portal.url;
    const plain = await Promise.all(
      ['/register', '/password/change', '/password/forgot']
        .flatMap((p) => [p, p, p, p, p])
        .map((p) => openSession(base, p)),
    );
    const flowIdentifiers = [
      known.username,
      known.email,
      ...HOT_IDENTIFIERS,
      'nobody-here',
      'x@example.org',
      'ünïcödé',
      '漢字ユーザー',
    ];
    const flows: SessionPair[] = [];
    for (const id of flowIdentifiers) flows.push(await openFlow(base, id));

    const cases = fc.sample(portalCase, { seed: SEED, numRuns: RUNS });
    const statuses = new Tally();
    const failures: string[] = [];
    let sent = 0;
    const started = performance.now();
    await runPool(cases, CONCURRENCY, async (c, i) => {
      let outcome: Outcome;
      try {
        sent++;
        outcome = await send(base, c, plain, flows);
      } catch (error) {
        // The server closed the connection or never answered.
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
        outcome = { status: 0, problems: [`request failed: ${cause}`] };
      }
      statuses.add(String(outcome.status));
      if (outcome.problems.length > 0 && failures.length < 20) {
        failures.push(`#${i} ${outcome.problems.join(', ')}: ${caseText(c)}`);
      }
    });
    await portal.drain();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`portal fuzz: ${sent} submissions in ${seconds}s; statuses ${statuses}`);

    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(10_000);
    // The fuzz reached the flows (303 after validation), the CSRF gate, the parsers, the body
    // limit and the per-account rate limit.
    expect(statuses.get('303')).toBeGreaterThan(3_000);
    expect(statuses.get('403')).toBeGreaterThan(100);
    expect(statuses.get('400')).toBeGreaterThan(100);
    expect(statuses.get('413')).toBeGreaterThan(10);
    expect(statuses.get('429')).toBeGreaterThan(10);

    // Both servers are alive and their logs hold no error.
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toMatch(/^<!doctype html>/i);
    const health = await fetch(
      `${fixture.local.baseUrl}/${fixture.local.environmentId}/as/.well-known/openid-configuration`,
    );
    expect(health.status).toBe(200);
    expect(badLogLines(portal.logs)).toEqual([]);
    expect(badLogLines(localLog.lines)).toEqual([]);
  }, 480_000);
});
