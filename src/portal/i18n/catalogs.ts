/**
 * The catalogues, by locale (one file per language beside this one). English, the reference set
 * of keys and every message's fallback, is always loaded. Each other catalogue is imported the
 * first time it is needed: `plugins/language.ts` loads a request's language before anything of
 * it is rendered, and the portal loads `DEFAULT_LOCALE` when it starts. A portal that serves a few
 * languages does not keep all 19 in memory (the 18 others are about 1.3 MB of heap;
 * docs/benchmarks.md, P5).
 */
import { en } from './en.js';
import type { Catalog } from './format.js';
import type { Locale } from './locales.js';

const IMPORTS: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  cs: async () => (await import('./cs.js')).cs,
  de: async () => (await import('./de.js')).de,
  es: async () => (await import('./es.js')).es,
  fr: async () => (await import('./fr.js')).fr,
  'fr-CA': async () => (await import('./fr-CA.js')).frCA,
  hu: async () => (await import('./hu.js')).hu,
  it: async () => (await import('./it.js')).it,
  ja: async () => (await import('./ja.js')).ja,
  ko: async () => (await import('./ko.js')).ko,
  nl: async () => (await import('./nl.js')).nl,
  pl: async () => (await import('./pl.js')).pl,
  pt: async () => (await import('./pt.js')).pt,
  ru: async () => (await import('./ru.js')).ru,
  th: async () => (await import('./th.js')).th,
  tr: async () => (await import('./tr.js')).tr,
  zh: async () => (await import('./zh.js')).zh,
  ar: async () => (await import('./ar.js')).ar,
  he: async () => (await import('./he.js')).he,
};

const loaded = new Map<Locale, Catalog>([['en', en]]);
const loading = new Map<Locale, Promise<Catalog>>();

/** The English catalogue: the reference set of keys, always loaded. */
export const ENGLISH: Catalog = en;

/** True when the catalogue of `locale` is loaded (then {@link catalog} returns it). */
export function isCatalogLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/**
 * The catalogue of `locale`. It must have been loaded ({@link loadCatalog}); a request's language
 * always is, so a throw here is a bug: a language used outside a request.
 */
export function catalog(locale: Locale): Catalog {
  const found = loaded.get(locale);
  if (!found) {
    throw new Error(`the ${locale} catalogue is not loaded: await loadCatalog('${locale}') first`);
  }
  return found;
}

/** Loads the catalogue of `locale` once; concurrent calls share the import. */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  const found = loaded.get(locale);
  if (found) return Promise.resolve(found);
  let pending = loading.get(locale);
  if (!pending) {
    pending = IMPORTS[locale as Exclude<Locale, 'en'>]().then(
      (imported) => {
        loaded.set(locale, imported);
        loading.delete(locale);
        return imported;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Every catalogue, loaded (for the tests and tools that check them all). */
export async function loadAllCatalogs(): Promise<Record<Locale, Catalog>> {
  const locales = ['en', ...Object.keys(IMPORTS)] as Locale[];
  const all = await Promise.all(locales.map(loadCatalog));
  return Object.fromEntries(locales.map((l, i) => [l, all[i]!])) as Record<Locale, Catalog>;
}
