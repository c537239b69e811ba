/** Every catalogue, by locale (one file per language beside this one). */
import { de } from './de.js';
import { en } from './en.js';
import type { Catalog } from './format.js';
import { fr } from './fr.js';
import type { Locale } from './locales.js';

/** Every catalogue, by locale; English is the reference set of keys. */
export const CATALOGS: Record<Locale, Catalog> = { en, fr, de };
