/** Every catalogue, by locale (one file per language beside this one). */
import { ar } from './ar.js';
import { cs } from './cs.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import type { Catalog } from './format.js';
import { fr } from './fr.js';
import { frCA } from './fr-CA.js';
import { he } from './he.js';
import { hu } from './hu.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import type { Locale } from './locales.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { th } from './th.js';
import { tr } from './tr.js';
import { zh } from './zh.js';

/** Every catalogue, by locale; English is the reference set of keys. */
export const CATALOGS: Record<Locale, Catalog> = {
  en,
  cs,
  de,
  es,
  fr,
  'fr-CA': frCA,
  hu,
  it,
  ja,
  ko,
  nl,
  pl,
  pt,
  ru,
  th,
  tr,
  zh,
  ar,
  he,
};
