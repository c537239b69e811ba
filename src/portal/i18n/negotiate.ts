/**
 * Which language a request is answered in: the explicit choice (`?lang=`, remembered), then the
 * signed-in user's `preferredLanguage` and `locale` from PingOne, then `Accept-Language`, then
 * `DEFAULT_LOCALE`, each against the deployment's `SUPPORTED_LOCALES`.
 */
import { LOCALES, type Locale } from './locales.js';

/** Deprecated tags still sent by old browsers and systems (BCP 47 registry). */
const ALIASES: Record<string, string> = { iw: 'he' };

/**
 * The language ranges of an `Accept-Language` value (or a PingOne `preferredLanguage`, which
 * has the same syntax), best first: q-values honoured, ties in written order, `q=0` and `*`
 * dropped. Bounded: a long header is cut, not parsed in full.
 */
export function languageRanges(header: string | undefined | null): string[] {
  if (!header) return [];
  return header
    .slice(0, 512)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attrs] = part.trim().split(';');
      const q = attrs.map((a) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/i.exec(a)).find(Boolean);
      return { tag: tag.trim().toLowerCase().replaceAll('_', '-'), q: q ? Number(q[1]) : 1, index };
    })
    .filter((r) => r.q > 0 && /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/.test(r.tag))
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((r) => r.tag);
}

/**
 * The supported locale a language tag falls back to (RFC 4647 §3.4 lookup): the tag itself,
 * else the tag with its last subtag dropped, and so on (`fr-CH` → `fr`, `zh-Hant-TW` → `zh`,
 * `fr-CA` → `fr-CA` when supported, else `fr`); null when none is supported.
 */
export function lookupLocale(tag: string, supported: readonly Locale[]): Locale | null {
  const byLower = new Map(supported.map((l) => [l.toLowerCase(), l]));
  let range = tag.toLowerCase();
  while (range) {
    range = ALIASES[range] ?? range;
    const hit = byLower.get(range);
    if (hit) return hit;
    // A single-letter subtag (`x-…`, extensions) goes with the one after it.
    range = range.replace(/(?:-[a-z0-9])?-[a-z0-9]+$|^[a-z]+$/, '');
  }
  return null;
}

// Browsers send a few distinct values: the answer is remembered per header and supported list
// (parsing the header on every request was 0.7 % of the event loop during registrations,
// docs/benchmarks.md, P2). Bounded: at most 500 headers per list, each cut as the parser cuts it.
const answers = new WeakMap<readonly Locale[], Map<string, Locale | null>>();
const MAX_REMEMBERED = 500;

/** The first range of `header` with a supported locale, or null. */
export function matchRanges(
  header: string | undefined | null,
  supported: readonly Locale[],
): Locale | null {
  if (!header) return null;
  const key = header.length > 512 ? header.slice(0, 512) : header;
  let remembered = answers.get(supported);
  if (!remembered) {
    remembered = new Map();
    answers.set(supported, remembered);
  }
  const known = remembered.get(key);
  if (known !== undefined) return known;
  let hit: Locale | null = null;
  for (const range of languageRanges(key)) {
    hit = lookupLocale(range, supported);
    if (hit) break;
  }
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(key, hit);
  return hit;
}

/** Picks the best supported locale from an `Accept-Language` header, or `fallback`. */
export function negotiateLocale(
  header: string | undefined,
  fallback: Locale,
  supported: readonly Locale[] = LOCALES,
): Locale {
  return matchRanges(header, supported) ?? fallback;
}

/** What a request tells about its language, strongest first. */
export interface LocaleSignals {
  /** The explicit choice: `?lang=` now, or the remembered one. */
  chosen?: string | null;
  /** The signed-in user's PingOne `preferredLanguage` (an `Accept-Language` value). */
  preferredLanguage?: string | null;
  /** The signed-in user's PingOne `locale` (an RFC 5646 tag). */
  userLocale?: string | null;
  acceptLanguage?: string;
}

/** Applies the rules in order; an unknown or unsupported value passes to the next rule. */
export function chooseLocale(
  signals: LocaleSignals,
  supported: readonly Locale[],
  fallback: Locale,
): Locale {
  const chosen = signals.chosen ? supported.find((l) => l === signals.chosen) : undefined;
  return (
    chosen ??
    matchRanges(signals.preferredLanguage, supported) ??
    matchRanges(signals.userLocale, supported) ??
    matchRanges(signals.acceptLanguage, supported) ??
    fallback
  );
}
