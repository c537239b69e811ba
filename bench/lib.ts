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

export type Status = 'met' | 'missed' | 'report';

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
  const label: Record<Status, string> = { met: 'met', missed: '**missed**', report: 'reported' };
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
