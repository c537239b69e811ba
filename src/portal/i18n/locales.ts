/**
 * The portal's languages: codes, native names and writing direction. A code here has a
 * catalogue in `catalogs.ts`; `SUPPORTED_LOCALES` may narrow the list per deployment.
 */

/** Every locale with a catalogue: PingOne's 17 languages, then Arabic and Hebrew. */
export const LOCALES = [
  'en',
  'cs',
  'de',
  'es',
  'fr',
  'fr-CA',
  'hu',
  'it',
  'ja',
  'ko',
  'nl',
  'pl',
  'pt',
  'ru',
  'th',
  'tr',
  'zh',
  'ar',
  'he',
] as const;
export type Locale = (typeof LOCALES)[number];

/** Native names for the language switcher (each in itself, never translated). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  cs: 'Čeština',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  'fr-CA': 'Français (Canada)',
  hu: 'Magyar',
  it: 'Italiano',
  ja: '日本語',
  ko: '한국어',
  nl: 'Nederlands',
  pl: 'Polski',
  pt: 'Português',
  ru: 'Русский',
  th: 'ไทย',
  tr: 'Türkçe',
  zh: '中文',
  ar: 'العربية',
  he: 'עברית',
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
