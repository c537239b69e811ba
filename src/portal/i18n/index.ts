/**
 * Message catalogues (en, fr, de), locale negotiation and formatting.
 */
import { de } from './de.js';
import { en, type MessageKey } from './en.js';
import { fr } from './fr.js';

export type { MessageKey } from './en.js';

/** Supported locales. */
export const LOCALES = ['en', 'fr', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** Native names for the language switcher (not translated on purpose). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
};

/** Every catalogue, by locale. */
export const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, fr, de };

/** Parameters substituted into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** A translate function bound to one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** True when `value` is a supported locale code. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Returns `{name}` placeholders used in a message, sorted. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** True when the catalogues have `key` (every locale has exactly the English keys). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/**
 * The plural form of `key` for `count`: `key|<category>` (`Intl.PluralRules` category: one,
 * other, many…) when the catalogue has it, else `key` itself, which holds the "other" form.
 */
export function pluralKey(locale: Locale, key: MessageKey, count: number): MessageKey {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const form = `${key}|${rules.select(count)}`;
  return Object.hasOwn(CATALOGS[locale], form) ? (form as MessageKey) : key;
}

/**
 * Formats `key` in `locale`; unknown placeholders are left as written. A numeric `count`
 * parameter picks the plural form ({@link pluralKey}).
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const form = typeof params?.count === 'number' ? pluralKey(locale, key, params.count) : key;
  const message = CATALOGS[locale][form] ?? en[form];
  if (!params || !message.includes('{')) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** Binds {@link translate} to a locale. */
export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/**
 * Picks the best supported locale from an `Accept-Language` header (q-values honoured, region
 * subtags ignored), or `fallback`.
 */
export function negotiateLocale(header: string | undefined, fallback: Locale): Locale {
  if (!header) return fallback;
  const ranked = header
    .slice(0, 512)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attrs] = part.trim().split(';');
      const q = attrs.map((a) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(a)).find(Boolean);
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q[1]) : 1, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const r of ranked) if (isLocale(r.lang)) return r.lang;
  return fallback;
}
