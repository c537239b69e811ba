/**
 * The portal's languages: codes, native names and writing direction. A code here has a
 * catalogue in `catalogs.ts`; `SUPPORTED_LOCALES` may narrow the list per deployment.
 */

/** Every locale with a catalogue: PingOne's 17 languages, then Arabic and Hebrew. */
export const LOCALES = ['en', 'fr', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** Native names for the language switcher (each in itself, never translated). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
};

/** Locales written right to left. */
const RTL: ReadonlySet<string> = new Set(['ar', 'he']);

/** True when `value` is a supported locale code. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The `dir` attribute of a page in `locale`. */
export function direction(locale: Locale): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}
