/**
 * Shared pieces of the fuzz suites: hostile string arbitraries, a percent-encoder that can
 * encode lone surrogates (WTF-8), a bounded-concurrency runner, log capture and the checks on
 * captured log lines.
 *
 * The suites draw their cases with `fc.sample` from a fixed seed (so a run is reproducible),
 * send them 12 at a time, and collect every broken invariant with the case that broke it, so a
 * failure names the request to replay.
 */
import fc from 'fast-check';
import pino, { type Logger } from 'pino';

/** Requests in flight at once. */
export const CONCURRENCY = 12;

/** One code point or lone surrogate that tends to break naive input handling. */
const HOSTILE_CHARS = [
  '\0',
  '\x01',
  '\x07',
  '\b',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\x1b',
  '\x7f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u202e',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '\uffff',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  'é',
  'ß',
  'İ',
  'ﬁ',
  '漢',
  '𝄞',
  '😀',
  '👩‍👩‍👧',
  'e\u0301',
  '"',
  "'",
  '<',
  '>',
  '&',
  '%',
  '+',
  '=',
  ';',
  '\\',
  '/',
  '@',
  '{',
  '}',
  '$',
];

/** A short string made of hostile characters and ordinary text (cheap to generate). */
export const hostileString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_CHARS) },
      // Printable ASCII.
      {
        weight: 4,
        arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      },
      // Any code point, surrogate halves included.
      {
        weight: 2,
        arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
      },
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

/** A long string: `length` repetitions of one unit (ASCII, 2-, 3- or 4-byte UTF-8, NUL). */
export function longString(maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom('a', 'é', '漢', '😀', '\0', '%', 'A1!'),
      fc.oneof(
        fc.integer({ min: 100, max: 400 }),
        fc.integer({ min: 1000, max: maxLength }),
        fc.constant(maxLength),
      ),
    )
    .map(([unit, length]) => unit.repeat(Math.max(1, Math.floor(length / unit.length))));
}

/** Any string a hostile client might send, short or huge. */
export function anyString(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: hostileString },
    { weight: 1, arbitrary: longString(maxLength) },
    { weight: 1, arbitrary: fc.constant('') },
  );
}

const UNRESERVED = /[A-Za-z0-9\-_.~]/;

/**
 * Percent-encodes `value` as a form does, except that a lone surrogate is encoded as its WTF-8
 * bytes (e.g. `%ED%A0%80`) instead of throwing like `encodeURIComponent`.
 */
export function percentEncode(value: string): string {
  if ((value as string & { isWellFormed(): boolean }).isWellFormed())
    return encodeURIComponent(value);
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    let codePoint = unit;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        codePoint = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    const ch = String.fromCodePoint(codePoint);
    if (ch.length === 1 && UNRESERVED.test(ch)) {
      out += ch;
      continue;
    }
    for (const byte of wtf8(codePoint))
      out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function wtf8(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [
    0xf0 | (cp >> 18),
    0x80 | ((cp >> 12) & 0x3f),
    0x80 | ((cp >> 6) & 0x3f),
    0x80 | (cp & 0x3f),
  ];
}

/** Broken percent-encoding and raw bytes to splice into a urlencoded body. */
export const BROKEN_ENCODINGS: readonly Uint8Array[] = [
  '%',
  '%%',
  '%zz',
  '%2',
  '%G0',
  '%C3%28',
  '%E2%82',
  '%ED%A0%80',
  '%F4%90%80%80',
  '%FF%FE',
  '%00',
  '%u0041',
  '&&&',
  '===',
  '&=&',
  '+++',
  '[]=x',
  'a[b]=c',
  '__proto__=x',
  'constructor[prototype][x]=1',
  'hasOwnProperty=1',
  'toString=x',
]
  .map((s) => new TextEncoder().encode(s))
  .concat([
    new Uint8Array([0xc3, 0x28]),
    new Uint8Array([0xff]),
    new Uint8Array([0xed, 0xa0, 0x80]),
    new Uint8Array([0x00]),
    new Uint8Array([0xe2, 0x82]),
  ]);

/** Concatenates byte chunks. */
export function bytes(parts: readonly (Uint8Array | string)[]): Uint8Array<ArrayBuffer> {
  const encoded = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p));
  const out = new Uint8Array(encoded.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of encoded) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Runs `fn` over `items` with at most `concurrency` calls in flight. */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** A pino logger whose JSON lines land in `lines`. */
export function capturingLogger(level: string): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = pino({ level }, { write: (line: string) => lines.push(line) });
  return { logger, lines };
}

/** Log lines at error level or above (pino level ≥ 50), or that mention an unhandled error. */
export function badLogLines(lines: readonly string[]): string[] {
  return lines.filter((line) => {
    let level = 0;
    try {
      level = (JSON.parse(line) as { level?: number }).level ?? 0;
    } catch {
      return true; // not pino JSON: something wrote to the log directly
    }
    return level >= 50 || /unhandled/i.test(line);
  });
}

/** A printable, size-bounded description of a failing case. */
export function caseText(value: unknown): string {
  const text = JSON.stringify(value, (_k, v) =>
    v instanceof Uint8Array
      ? `<${v.length} bytes: ${Buffer.from(v.subarray(0, 120)).toString('latin1')}>`
      : v,
  );
  return text.length > 600 ? `${text.slice(0, 600)}…(${text.length} chars)` : text;
}

/** Counts occurrences of keys (statuses, codes) for the summary and the coverage assertions. */
export class Tally {
  readonly counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  toString(): string {
    return [...this.counts]
      .sort()
      .map(([k, n]) => `${k}=${n}`)
      .join(' ');
  }
}
