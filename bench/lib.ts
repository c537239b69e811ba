/**
 * Pure helpers of the benchmark (no timing, no I/O): statistics, the HTTP form session used by the
 * load loops, and the Markdown report. Tested in test/bench.
 */
import { randomInt } from 'node:crypto';

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A random password the standard policy always accepts: 14 distinct characters from all four
 * classes (no repeats for `maxRepeatedCharacters`, nothing from the profile, never a common one).
 */
export function newPassword(): string {
  const pick = (pool: string, n: number) => {
    const chars = [...pool];
    return Array.from({ length: n }, () => chars.splice(randomInt(chars.length), 1)[0]!);
  };
  const chars = [
    ...pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 4),
    ...pick('abcdefghijkmnpqrstuvwxyz', 4),
    ...pick('23456789', 3),
    ...pick('!#%*+-=?@^_~', 3),
  ];
  return pick(chars.join(''), chars.length).join('');
}

/** Extracts the `_csrf` hidden field from a portal form page. */
export function csrfToken(html: string): string {
  const match =
    /name="_csrf"\s+value="([^"]+)"/.exec(html) ?? /value="([^"]+)"\s+name="_csrf"/.exec(html);
  if (!match) throw new Error('no _csrf field in the page');
  return match[1]!;
}

/** Extracts the recovery code (8 characters A–Z0–9 alone on a line) from a mail's text. */
export function recoveryCodeFrom(text: string): string {
  const match = /^\s*([A-Z0-9]{8})\s*$/m.exec(text);
  if (!match) throw new Error('no recovery code in the mail');
  return match[1]!;
}

/** A minimal cookie jar: name → value from `Set-Cookie` headers; deletions honoured. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      if (eq <= 0) continue;
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
  }
}

/** `skipped`: the row could not be measured on this machine (its result says why). */
export type Status = 'met' | 'missed' | 'report' | 'skipped';

export interface Row {
  id: string;
  scenario: string;
  result: string;
  baseline: string;
  ratio: string;
  target: string;
  status: Status;
}

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  node: string;
  memory: string;
}

/** Formats a ratio as a percentage with one decimal. */
export function pct(ratio: number): string {
  return `${(ratio * 100).toFixed(1)} %`;
}

/** The results table in Markdown. */
export function renderTable(rows: readonly Row[]): string {
  const header =
    '| Id | Scenario | Result (median) | Baseline (same run) | Ratio | Target | Status |\n' +
    '|---|---|---|---|---|---|---|';
  const label: Record<Status, string> = {
    met: 'met',
    missed: '**missed**',
    report: 'reported',
    skipped: 'not measured',
  };
  const lines = rows.map(
    (r) =>
      `| ${r.id} | ${r.scenario} | ${r.result} | ${r.baseline} | ${r.ratio} | ${r.target} | ${label[r.status]} |`,
  );
  return [header, ...lines].join('\n');
}

/** Replaces the generated block of docs/benchmarks.md (or appends it), keeping the prose. */
export function spliceResults(doc: string, block: string): string {
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const wrapped = `${start}\n${block}\n${end}`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i === -1 || j === -1 || j < i) return `${doc.trimEnd()}\n\n${wrapped}\n`;
  return doc.slice(0, i) + wrapped + doc.slice(j + end.length);
}

// ---------------------------------------------------------------------------------------------
// Scenarios and results

/** What a scenario is known by: its issue id (P1…P7) and the name of what it measures. */
export interface ScenarioId {
  id: string;
  name: string;
  /** Names of the scenarios whose results this one uses (they run first, in the same portal). */
  needs?: readonly string[];
}

/** How a scenario is shown in logs and in the report: `P1 · page-throughput`. */
export function label(s: ScenarioId): string {
  return `${s.id} · ${s.name}`;
}

/**
 * The scenarios `--only` asks for (ids or names, case-insensitive), with the ones they need, in
 * the order of `all`. No `--only`: all of them. An unknown entry is an error naming the valid ones.
 */
export function selectScenarios<S extends ScenarioId>(
  all: readonly S[],
  only: readonly string[] | null,
): S[] {
  if (only === null) return [...all];
  const byKey = new Map<string, S>();
  for (const s of all) {
    byKey.set(s.id.toLowerCase(), s);
    byKey.set(s.name.toLowerCase(), s);
  }
  const chosen = new Set<S>();
  const add = (key: string) => {
    const s = byKey.get(key.trim().toLowerCase());
    if (!s) {
      throw new Error(`--only: unknown scenario "${key}" (one of: ${all.map(label).join(', ')})`);
    }
    if (chosen.has(s)) return;
    chosen.add(s);
    for (const need of s.needs ?? []) add(need);
  };
  for (const key of only) if (key.trim()) add(key);
  if (chosen.size === 0) throw new Error('--only: name at least one scenario');
  return all.filter((s) => chosen.has(s));
}

/** A form post's outcome, as a failed flow is reported. */
export interface Outcome {
  status: number;
  location: string | null;
  body: string;
}

/** The report line of a failed step: status, redirect and the page's first error text. */
export function failureKey(step: string, res: Outcome): string {
  const message =
    /<(?:p|li|div)[^>]*(?:role="alert"|class="[^"]*error[^"]*")[^>]*>([\s\S]*?)<\/(?:p|li|div)>/.exec(
      res.body,
    )?.[1];
  const text = message
    ?.replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${step}: ${res.status}${res.location ? ` → ${res.location}` : ''}${text ? ` "${text}"` : ''}`;
}

/** What the scenarios of one run report: table rows, notes, and failed flows counted by outcome. */
export class Results {
  readonly rows: Row[] = [];
  readonly notes: string[] = [];
  readonly failures = new Map<string, number>();

  row(row: Row): void {
    this.rows.push(row);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  /** Counts one failed step (`failureKey`), or a failure described by `what` alone. */
  failed(step: string, res?: Outcome): void {
    const key = res ? failureKey(step, res) : step;
    this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
  }

  /** The table (rows in P1…P7 order, stable within an id), then the notes and the failures. */
  render(): string {
    const order = (r: Row) => Number(/^P(\d+)/.exec(r.id)?.[1] ?? Number.MAX_SAFE_INTEGER);
    const rows = this.rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => order(a.r) - order(b.r) || a.i - b.i)
      .map(({ r }) => r);
    return [
      renderTable(rows),
      ...(this.notes.length ? ['', ...this.notes.map((n) => `- ${n}`)] : []),
      ...[...this.failures].map(([k, n]) => `- failed ${k}: ${n}×`),
    ].join('\n');
  }
}

/** The sum of a Prometheus text exposition's samples of `name`, of those whose labels hold `label`. */
export function sampleSum(text: string, name: string, label = ''): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (match?.[1] === name && (match[2] ?? '').includes(label)) sum += Number(match[3]);
  }
  return sum;
}
