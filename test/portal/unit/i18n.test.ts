/** Unit tests of `src/portal/i18n`: catalogues, language negotiation and placeholders. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/portal/i18n/en.js';
import {
  CATALOGS,
  LOCALES,
  negotiateLocale,
  placeholders,
  translate,
} from '../../../src/portal/i18n/index.js';

describe('i18n', () => {
  it('every locale defines exactly the English keys with the same placeholders', () => {
    const keys = Object.keys(en).sort();
    for (const locale of LOCALES) {
      const catalog = CATALOGS[locale] as Record<string, string>;
      expect(Object.keys(catalog).sort(), locale).toEqual(keys);
      for (const key of keys) {
        expect(catalog[key]?.trim().length, `${locale} ${key}`).toBeGreaterThan(0);
        expect(placeholders(catalog[key]!), `${locale} ${key}`).toEqual(
          placeholders((en as Record<string, string>)[key]!),
        );
      }
    }
  });

  it('negotiates Accept-Language with q-values and falls back', () => {
    expect(negotiateLocale('de-CH, fr;q=0.9, en;q=0.8', 'en')).toBe('de');
    expect(negotiateLocale('es, fr;q=0.5, de;q=0.7', 'en')).toBe('de');
    expect(negotiateLocale('es, it', 'fr')).toBe('fr');
    expect(negotiateLocale(undefined, 'en')).toBe('en');
    expect(negotiateLocale('de;q=0, fr', 'en')).toBe('fr');
  });

  it('formats placeholders', () => {
    expect(translate('fr', 'flash.resendCooldown', { count: 42 })).toBe(
      'Veuillez patienter 42 secondes avant de demander un autre code.',
    );
  });

  it('picks plural forms with Intl.PluralRules in every language', () => {
    const marked = (locale: 'en' | 'fr' | 'de', count: number) =>
      translate(locale, 'error.password.policyMarked', { count });
    expect([marked('en', 1), marked('en', 3)]).toEqual([
      'Choose a password that meets the requirement marked ✗.',
      'Choose a password that meets the 3 requirements marked ✗.',
    ]);
    expect([marked('fr', 1), marked('fr', 2)]).toEqual([
      'Choisissez un mot de passe qui respecte l’exigence marquée ✗.',
      'Choisissez un mot de passe qui respecte les 2 exigences marquées ✗.',
    ]);
    expect([marked('de', 1), marked('de', 2)]).toEqual([
      'Wählen Sie ein Passwort, das die mit ✗ markierte Anforderung erfüllt.',
      'Wählen Sie ein Passwort, das die 2 mit ✗ markierten Anforderungen erfüllt.',
    ]);
  });

  it('defines a plural form only next to its base key, with a real category', () => {
    const categories = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
    for (const key of Object.keys(en).filter((k) => k.includes('|'))) {
      const [base, category] = key.split('|');
      expect(Object.hasOwn(en, base!), key).toBe(true);
      expect(categories.has(category!), key).toBe(true);
    }
  });
});
