/**
 * Portal test harness: a real PingOne Local and a real portal listener on 127.0.0.1 (port 0), from
 * `test/support/stack.ts`, plus a tiny cookie-keeping HTTP "browser" and page helpers.
 */
import type { RunningLocal } from '../../src/local/index.js';
import { createPingOneClient } from '../../src/pingone/index.js';
import { keepCookies, localClientOptions, type Stack, startStack } from '../support/stack.js';

export {
  addFault,
  advanceClock,
  clearFaults,
  createUser,
  disableUser,
  findRecoveryCode as recoveryCode,
  localClientOptions,
  readMailbox as mailTo,
  strongPassword,
  unique,
} from '../support/stack.js';

export const SESSION_SECRET = 'test-session-secret-0123456789abcdef';

/** A portal wired to its own PingOne Local. */
export type Harness = Stack;

/**
 * Starts PingOne Local and the portal (debug logs, 60 s policy cache). `env` overrides the test
 * defaults, and may be computed from the running Local.
 */
export function startHarness(
  env: Record<string, string> | ((local: RunningLocal) => Promise<Record<string, string>>) = {},
  options: { now?: () => number; timeoutMs?: number } = {},
): Promise<Harness> {
  return startStack({
    ...options,
    sessionSecret: SESSION_SECRET,
    env: async (local) => ({
      POLICY_CACHE_SECONDS: '60',
      LOG_LEVEL: 'debug',
      ...(typeof env === 'function' ? await env(local) : env),
    }),
  });
}

/** A response as the tests look at it. */
export interface Page {
  status: number;
  headers: Headers;
  body: string;
  setCookies: string[];
}

/** A cookie-keeping HTTP client (no redirects followed). */
export class Browser {
  readonly cookies = new Map<string, string>();
  lastBody = '';
  constructor(
    readonly base: string,
    readonly defaultHeaders: Record<string, string> = {},
  ) {}

  async request(
    method: string,
    path: string,
    body?: string,
    headers: Record<string, string> = {},
  ): Promise<Page> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${this.base}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...this.defaultHeaders,
        ...(cookie ? { cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body } : {}),
    });
    const setCookies = res.headers.getSetCookie();
    keepCookies(this.cookies, setCookies);
    const text = await res.text();
    if ((res.headers.get('content-type') ?? '').startsWith('text/html')) this.lastBody = text;
    return { status: res.status, headers: res.headers, body: text, setCookies };
  }

  get(path: string, headers?: Record<string, string>): Promise<Page> {
    return this.request('GET', path, undefined, headers);
  }

  /** The CSRF token of the last HTML page. */
  csrf(): string {
    const m = /name="_csrf" value="([^"]+)"/.exec(this.lastBody);
    if (!m?.[1]) throw new Error('no CSRF token on the last page');
    return m[1];
  }

  /**
   * POSTs a form. The CSRF token of the last page is added unless `csrf` is given (`null`
   * sends none).
   */
  post(
    path: string,
    fields: Record<string, string | string[]>,
    options: { csrf?: string | null; headers?: Record<string, string> } = {},
  ): Promise<Page> {
    const params = new URLSearchParams();
    const token = options.csrf === undefined ? this.csrf() : options.csrf;
    if (token !== null) params.append('_csrf', token);
    for (const [k, v] of Object.entries(fields)) {
      for (const item of Array.isArray(v) ? v : [v]) params.append(k, item);
    }
    return this.request('POST', path, params.toString(), options.headers);
  }
}

/**
 * Normalises a page for SAME() comparisons: CSRF tokens, reference ids and the recover page's
 * echo of what the person typed removed.
 */
export function normalise(body: string): string {
  return body
    .replace(/name="_csrf" value="[^"]+"/g, 'name="_csrf" value="*"')
    .replace(
      /<strong id="recover-identifier">[^<]*<\/strong>/g,
      '<strong id="recover-identifier">*</strong>',
    )
    .replace(/<code id="error-reference">[^<]+<\/code>/g, '<code id="error-reference">*</code>');
}

/** Set-Cookie names and attributes without values. */
export function cookieShapes(setCookies: string[]): string[] {
  return setCookies.map((sc) => sc.replace(/=[^;]*/, '=*')).sort();
}

/** Text of an element by id (first match), tags stripped. */
export function textOf(body: string, id: string): string | null {
  const m = new RegExp(`id="${id}"[^>]*>([\\s\\S]*?)</`).exec(body);
  return m?.[1] ? m[1].replace(/<[^>]+>/g, '').trim() : null;
}

/** Creates a population in PingOne Local (worker token) and returns its id. */
export async function createPopulation(
  local: RunningLocal,
  body: { name: string; description?: string; passwordPolicy?: { id: string } },
): Promise<string> {
  const client = createPingOneClient(localClientOptions(local));
  const res = await fetch(`${local.apiBaseUrl}/environments/${local.environmentId}/populations`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await client.getAccessToken()}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`population refused: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}
