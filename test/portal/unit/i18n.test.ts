/**
 * Unit tests of `src/portal/i18n`: every catalogue against English (keys, ICU arguments, plural
 * categories, syntax), ICU formatting, and the language negotiation rules.
 */
import { describe, expect, it } from 'vitest';
import {
  argumentNames,
  chooseLocale,
  formatDate,
  icuSource,
  LOCALES,
  type Locale,
  languageRanges,
  loadAllCatalogs,
  lookupLocale,
  negotiateLocale,
  pluralTemplates,
  translate,
} from '../../../src/portal/i18n/index.js';

const CATALOGS = await loadAllCatalogs();
const en = CATALOGS.en;
const baseKeys = Object.keys(en)
  .filter((k) => !k.includes('|'))
  .sort();

describe('catalogues', () => {
  it.each(LOCALES)('%s has every English message, non-empty', (locale) => {
    const catalog = CATALOGS[locale];
    const own = Object.keys(catalog).filter((k) => !k.includes('|'));
    expect(own.sort()).toEqual(baseKeys);
    for (const key of baseKeys) expect(catalog[key]?.trim(), `${locale} ${key}`).not.toBe('');
  });

  it.each(LOCALES)('%s: every message parses as ICU with the English arguments', (locale) => {
    for (const key of baseKeys) {
      const where = `${locale} ${key}`;
      const source = icuSource(CATALOGS[locale], key)!;
      expect(() => argumentNames(source), where).not.toThrow();
      expect(argumentNames(source), where).toEqual(argumentNames(icuSource(en, key)!));
    }
  });

  it.each(LOCALES)('%s: plural variants name categories of the language', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const key of Object.keys(CATALOGS[locale]).filter((k) => k.includes('|'))) {
      const [base = '', category = ''] = key.split('|');
      expect(Object.hasOwn(CATALOGS[locale], base), key).toBe(true);
      expect(categories, `${locale} ${key}`).toContain(category);
      expect(category, `${locale} ${key}`).not.toBe('other');
      // A form may leave the number out ("the requirement"), never add an argument.
      const known = argumentNames(icuSource(en, base)!);
      for (const name of argumentNames(CATALOGS[locale][key]!))
        expect(known, `${locale} ${key}`).toContain(name);
    }
  });
});

describe('ICU formatting', () => {
  it('formats placeholders and picks plural forms by the locale rules', () => {
    expect(translate('fr', 'flash.resendCooldown', { count: 42 })).toBe(
      'Veuillez patienter 42 secondes avant de demander un autre code.',
    );
    const marked = (locale: Locale, count: number) =>
      translate(locale, 'error.password.policyMarked', { count });
    expect([marked('en', 1), marked('en', 3)]).toEqual([
      'Choose a password that meets the requirement marked ✗.',
      'Choose a password that meets the 3 requirements marked ✗.',
    ]);
    // French "one" covers 0 and 1 (CLDR), unlike English.
    expect(marked('fr', 0)).toBe('Choisissez un mot de passe qui respecte l’exigence marquée ✗.');
    expect(marked('de', 2)).toBe(
      'Wählen Sie ein Passwort, das die 2 mit ✗ markierten Anforderungen erfüllt.',
    );
  });

  it('turns key|category variants into one ICU plural message', () => {
    expect(icuSource({ a: '{count} things #1', 'a|one': 'one {count} thing' }, 'a')).toBe(
      "{count, plural, one {one # thing} other {# things '#'1}}",
    );
    expect(icuSource({ b: 'plain {name}' }, 'b')).toBe('plain {name}');
  });

  it('writes numbers per locale, in plain arguments and in plurals', () => {
    expect(translate('en', 'error.tooLong', { max: 12345 })).toContain('12,345');
    expect(translate('de', 'error.tooLong', { max: 12345 })).toContain('12.345');
    expect(translate('de', 'flash.resendCooldown', { count: 1500 })).toContain('1.500');
  });

  it('gives the browser the plural templates, other last', () => {
    expect(pluralTemplates('en', 'recover.resendWait')).toEqual([
      ['one', 'You can ask for a new code in {count} second.'],
      ['other', 'You can ask for a new code in {count} seconds.'],
    ]);
  });

  it('writes dates per locale', () => {
    const iso = '2026-03-04T05:06:07Z';
    expect(formatDate('en', iso)).toMatch(/Mar 4, 2026.*5:06:07.*UTC/);
    expect(formatDate('de', iso)).toMatch(/04\.03\.2026.*05:06:07.*UTC/);
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });
});

describe('language negotiation', () => {
  const all = LOCALES;

  it('orders Accept-Language ranges by q-value, then written order; drops q=0 and junk', () => {
    expect(languageRanges('de-CH, fr;q=0.9, en;q=0.8')).toEqual(['de-ch', 'fr', 'en']);
    expect(languageRanges('es, fr;q=0.5, de;q=0.7')).toEqual(['es', 'de', 'fr']);
    expect(languageRanges('de;q=0, *, fr;Q=0.2, <x>')).toEqual(['fr']);
    expect(languageRanges(undefined)).toEqual([]);
  });

  it('falls back from a region or script to the language', () => {
    expect(lookupLocale('fr-CH', all)).toBe('fr');
    expect(lookupLocale('de-AT-x-private', all)).toBe('de');
    expect(lookupLocale('EN-us', all)).toBe('en');
    expect(lookupLocale('pt-BR', all)).toBe('pt');
    expect(lookupLocale('zh-TW', all)).toBe('zh');
    expect(lookupLocale('zh-Hant-HK', all)).toBe('zh');
    expect(lookupLocale('fr-CA', all)).toBe('fr-CA');
    expect(lookupLocale('fr-ca', ['en', 'fr'])).toBe('fr');
    expect(lookupLocale('iw-IL', all)).toBe('he');
    expect(lookupLocale('es-MX', ['en', 'fr'])).toBeNull();
  });

  it('takes the best supported Accept-Language range, else the fallback', () => {
    expect(negotiateLocale('de-CH, fr;q=0.9, en;q=0.8', 'en')).toBe('de');
    expect(negotiateLocale('xx, fr;q=0.5, de;q=0.7', 'en')).toBe('de');
    expect(negotiateLocale('xx, yy', 'fr')).toBe('fr');
    expect(negotiateLocale(undefined, 'en')).toBe('en');
    expect(negotiateLocale('de;q=0, fr', 'en')).toBe('fr');
    // SUPPORTED_LOCALES narrows: an unsupported first choice passes to the next.
    expect(negotiateLocale('de, fr;q=0.8', 'en', ['en', 'fr'])).toBe('fr');
  });
  it('answers a header it has seen before the same way, per supported list, past its cache bound', () => {
    const narrow = ['en', 'fr'] as const;
    // Remembered answers must not leak from one supported list to another.
    expect(negotiateLocale('de, fr;q=0.8', 'en', all)).toBe('de');
    expect(negotiateLocale('de, fr;q=0.8', 'en', narrow)).toBe('fr');
    expect(negotiateLocale('de, fr;q=0.8', 'en', all)).toBe('de');
    // Far more distinct values than the cache keeps: every answer stays right.
    for (let i = 0; i < 1500; i++) {
      const header = `x${i}, ${i % 2 ? 'ja' : 'ko'};q=0.5`;
      expect(negotiateLocale(header, 'en', all)).toBe(i % 2 ? 'ja' : 'ko');
    }
    expect(negotiateLocale('de, fr;q=0.8', 'en', narrow)).toBe('fr');
  });

  it('answers a repeated header the same, per supported list (answers are remembered)', () => {
    const header = 'de-AT, fr;q=0.9';
    const narrow: Locale[] = ['en', 'fr'];
    for (let i = 0; i < 3; i++) {
      expect(negotiateLocale(header, 'en')).toBe('de');
      expect(negotiateLocale(header, 'en', narrow)).toBe('fr');
      expect(negotiateLocale(header, 'en', ['en'])).toBe('en');
    }
    // More distinct headers than are remembered: the answers stay right.
    for (let i = 0; i < 1200; i++) {
      expect(negotiateLocale(`x${i}, de;q=0.${(i % 9) + 1}`, 'en', narrow)).toBe('en');
    }
    expect(negotiateLocale(header, 'en', narrow)).toBe('fr');
    // A header beyond what the parser reads is cut the same way.
    expect(negotiateLocale(`fr, ${'xx, '.repeat(300)}de`, 'en')).toBe('fr');
  });

  it('applies the rules in order: choice, preferredLanguage, locale, Accept-Language, default', () => {
    const signals = {
      chosen: 'de',
      preferredLanguage: 'fr-FR, en;q=0.5',
      userLocale: 'en-GB',
      acceptLanguage: 'de',
    };
    expect(chooseLocale(signals, all, 'en')).toBe('de');
    expect(chooseLocale({ ...signals, chosen: 'xx' }, all, 'en')).toBe('fr');
    expect(chooseLocale({ ...signals, chosen: null, preferredLanguage: 'xx' }, all, 'de')).toBe(
      'en',
    );
    expect(chooseLocale({ userLocale: 'xx-YY', acceptLanguage: 'fr-BE' }, all, 'en')).toBe('fr');
    expect(chooseLocale({ acceptLanguage: 'xx' }, all, 'de')).toBe('de');
    // A choice outside SUPPORTED_LOCALES is ignored.
    expect(chooseLocale({ chosen: 'de', acceptLanguage: 'fr' }, ['en', 'fr'], 'en')).toBe('fr');
  });
});
