/**
 * Helpers for the observability suites: the real `startPortal` (src/portal/server.ts, the code
 * `npm start` runs) pointed at a test PingOne Local as if it were a tenant, with its log lines
 * captured, and a parser for Prometheus' text exposition format.
 */
import type { RunningLocal } from '../../src/local/index.js';
import { type RunningPortal, startPortal } from '../../src/portal/server.js';
import { TEST_PORTAL_ENV } from '../support/stack.js';

export const SESSION_SECRET = 'observe-session-secret-0123456789abcdef';

/** A portal from `startPortal` and the JSON log lines it wrote. */
export interface ObservedPortal extends RunningPortal {
  logs: string[];
  /** Parsed log lines. */
  entries(): Record<string, unknown>[];
}

/** Starts the portal through `startPortal` against `local` (a "tenant" on loopback). */
export async function startObservedPortal(
  local: RunningLocal,
  env: Record<string, string> = {},
): Promise<ObservedPortal> {
  const logs: string[] = [];
  const running = await startPortal(
    {
      ...TEST_PORTAL_ENV,
      SESSION_SECRET,
      PINGONE_ENVIRONMENT_ID: local.environmentId,
      PINGONE_CLIENT_ID: local.clientId,
      PINGONE_CLIENT_SECRET: local.clientSecret,
      PINGONE_API_URL: local.apiBaseUrl,
      PINGONE_AUTH_URL: local.authBaseUrl,
      ...env,
    },
    {
      logDestination: {
        write(line: string) {
          logs.push(line);
        },
      },
    },
  );
  return Object.assign(running, {
    logs,
    entries: () => logs.map((l) => JSON.parse(l) as Record<string, unknown>),
  });
}

/** One sample of a scrape. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A parsed scrape: samples plus `# TYPE` declarations. */
export interface Scrape {
  text: string;
  samples: Sample[];
  types: Map<string, string>;
  /** The value of the one sample named `name` whose labels include `labels`; 0 when none. */
  value(name: string, labels?: Record<string, string>): number;
  /** Samples named `name`. */
  all(name: string): Sample[];
}

/** Parses Prometheus' text format (0.0.4). */
export function parseScrape(text: string): Scrape {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.startsWith('# TYPE ')) {
      const [, , name, type] = line.split(' ');
      types.set(name!, type!);
      continue;
    }
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[l[1]!] = l[2]!.replace(/\\(.)/g, (_x, c: string) => (c === 'n' ? '\n' : c));
    }
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  const matches = (s: Sample, labels: Record<string, string>) =>
    Object.entries(labels).every(([k, v]) => s.labels[k] === v);
  return {
    text,
    samples,
    types,
    all: (name) => samples.filter((s) => s.name === name),
    value(name, labels = {}) {
      const found = samples.filter((s) => s.name === name && matches(s, labels));
      if (found.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} matches several`);
      return found[0]?.value ?? 0;
    },
  };
}

/** GETs `url` and parses the scrape (throws unless 200). */
export async function scrape(url: string, token?: string): Promise<Scrape> {
  const res = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const text = await res.text();
  if (res.status !== 200) throw new Error(`scrape answered ${res.status}: ${text}`);
  return parseScrape(text);
}
