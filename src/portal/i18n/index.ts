/**
 * The portal's languages: catalogues of ICU messages, locale negotiation and formatting. See
 * docs/portal.md "Languages" for the design and how to add a language.
 */
import { catalog, ENGLISH } from './catalogs.js';
import type { MessageKey } from './en.js';
import {
  type CompiledMessage,
  compileMessage,
  formatDateTime,
  formatMessage,
  icuSource,
  type MessageParams,
  PLURAL_VARIANTS,
} from './format.js';
import type { Locale } from './locales.js';

export { isCatalogLoaded, loadAllCatalogs, loadCatalog } from './catalogs.js';
export type { MessageKey } from './en.js';
export { argumentNames, type Catalog, icuSource, type MessageParams } from './format.js';
export { direction, isLocale, LOCALE_NAMES, LOCALES, type Locale } from './locales.js';
export {
  chooseLocale,
  type LocaleSignals,
  languageRanges,
  lookupLocale,
  negotiateLocale,
} from './negotiate.js';

/** A translate function bound to one locale (`t(key, params)`). */
export interface Translate {
  (key: MessageKey, params?: MessageParams): string;
  readonly locale: Locale;
}

/** True when the catalogues have `key` (every locale has the English keys). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(ENGLISH, key);
}

const compiled = new Map<string, CompiledMessage>();

/** The parsed message of `key` in `locale` (English when the catalogue lacks it), cached. */
function message(locale: Locale, key: string): CompiledMessage {
  const id = `${locale}\u0000${key}`;
  let hit = compiled.get(id);
  if (!hit) {
    const own = icuSource(catalog(locale), key);
    hit = compileMessage(own === undefined ? 'en' : locale, own ?? icuSource(ENGLISH, key)!);
    compiled.set(id, hit);
  }
  return hit;
}

/** Formats `key` in `locale` as ICU MessageFormat (plural, select, number). */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(locale, message(locale, key), params);
}

/** Binds {@link translate} to a locale. */
export function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = Object.assign((key: MessageKey, params?: MessageParams) => translate(locale, key, params), {
      locale,
    });
    translators.set(locale, t);
  }
  return t;
}

// One translator per locale, shared by every request in that language.
const translators = new Map<Locale, Translate>();

/**
 * The plural forms of a `{count}` message for the browser: `[category, text]` for each variant
 * the locale's catalogue has, `other` last; `{count}` is left for the page's script to fill.
 */
export function pluralTemplates(locale: Locale, key: MessageKey): [string, string][] {
  const mine = catalog(locale);
  const own = Object.hasOwn(mine, key) ? mine : ENGLISH;
  const forms = PLURAL_VARIANTS.filter((c) => Object.hasOwn(own, `${key}|${c}`)).map(
    (c): [string, string] => [c, own[`${key}|${c}`]!],
  );
  return [...forms, ['other', own[key]!]];
}

/** A date and time (ISO 8601) as written in `locale`. */
export function formatDate(locale: Locale, iso: string): string {
  return formatDateTime(locale, iso);
}
