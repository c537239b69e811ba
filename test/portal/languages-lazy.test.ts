/**
 * The catalogues load on first use (src/portal/i18n/catalogs.ts): the default language when the
 * portal starts, any other the first time a request asks for it, and only that one. This file
 * loads nothing itself, so that every catalogue it sees was loaded by the portal.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isCatalogLoaded, LOCALES, translate } from '../../src/portal/i18n/index.js';
import { Browser, type Harness, startHarness } from './harness.js';

// A catalogue whose import fails, as a file missing from a broken deployment would.
vi.mock('../../src/portal/i18n/ko.js', () => {
  throw new Error('ko.js could not be read');
});

const loadedNow = () => LOCALES.filter(isCatalogLoaded);

let h: Harness;
let atStart: string[];
beforeAll(async () => {
  h = await startHarness({ DEFAULT_LOCALE: 'de' });
  atStart = loadedNow();
});
afterAll(async () => {
  await h?.close();
});

describe('catalogues loaded on first use', () => {
  it('holds English and the default language once started, and answers early errors in it', async () => {
    expect(atStart).toEqual(['en', 'de']);
    const missing = await new Browser(h.url).get('/no-such-page');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<html lang="de" dir="ltr">');
  });

  it('loads a language the first time a request asks for it, and only that one', async () => {
    const before = loadedNow();
    expect(before).not.toContain('ja');
    expect(before).not.toContain('he');
    // Twelve concurrent first requests in Japanese share one import (loadCatalog).
    const pages = await Promise.all(
      Array.from({ length: 12 }, () =>
        new Browser(h.url).get('/register', { 'accept-language': 'ja,en;q=0.5' }),
      ),
    );
    for (const page of pages) {
      expect(page.status).toBe(200);
      expect(page.body).toContain('<html lang="ja" dir="ltr">');
      expect(page.body).toContain(`<h1>${translate('ja', 'register.title')}</h1>`);
    }
    const chosen = await new Browser(h.url).get('/password/forgot?lang=he');
    expect(chosen.status).toBe(200);
    expect(chosen.body).toContain('<html lang="he" dir="rtl">');
    expect(loadedNow()).toEqual(
      LOCALES.filter((l) => before.includes(l) || l === 'ja' || l === 'he'),
    );
  });

  it('answers in the default language when a catalogue cannot be imported, and says so in the log', async () => {
    const page = await new Browser(h.url).get('/register?lang=ko');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="de" dir="ltr">');
    expect(page.body).toContain(`<h1>${translate('de', 'register.title')}</h1>`);
    expect(isCatalogLoaded('ko')).toBe(false);
    const failed = h.logs.filter((l) => l.includes('"catalogue_load_failed"'));
    expect(failed.length).toBeGreaterThan(0);
    expect(JSON.parse(failed[0]!)).toMatchObject({ level: 50, locale: 'ko' });
  });
});
