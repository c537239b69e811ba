/**
 * PingOne's languages (docs/pingone-behaviour.md §15): the reserved languages every environment
 * has, and the language the e-mails to a user are written in.
 */
import type { LanguageRecord, Store, UserRecord } from './store/types.js';

/**
 * The reserved languages PingOne ships translated catalogues for, in locale order, with their
 * names [D: the table of https://developer.pingidentity.com/pingone-api/platform/reference/localization/languages.html
 * for 14 of them ("French (Canadian)" included); O: 17 with cs, hu, pl, whose names are the ISO
 * ones, I]. Every environment has them all, with `customerAdded: false`.
 */
export const RESERVED_LANGUAGES = [
  ['cs', 'Czech'],
  ['de', 'German'],
  ['en', 'English'],
  ['es', 'Spanish'],
  ['fr', 'French'],
  ['fr-CA', 'French (Canadian)'],
  ['hu', 'Hungarian'],
  ['it', 'Italian'],
  ['ja', 'Japanese'],
  ['ko', 'Korean'],
  ['nl', 'Dutch'],
  ['pl', 'Polish'],
  ['pt', 'Portuguese'],
  ['ru', 'Russian'],
  ['th', 'Thai'],
  ['tr', 'Turkish'],
  ['zh', 'Chinese'],
] as const;

/** A reserved language's locale: the locales PingOne Local's e-mails are written in. */
export type ReservedLocale = (typeof RESERVED_LANGUAGES)[number][0];

/** Every reserved locale, in order. */
export const RESERVED_LOCALES: readonly ReservedLocale[] = RESERVED_LANGUAGES.map(([l]) => l);

/**
 * The language of a new environment [O: a new environment's `fr` is neither enabled nor the
 * default, and Ping's Terraform provider hands the default back to `en`, enabled, when it
 * releases another; choice L1]: English, enabled and the default; every other one disabled.
 */
export const INITIAL_DEFAULT_LOCALE: ReservedLocale = 'en';

/** Paging of `GET /languages` [D: `limit` 1–5000, default 25]. */
export const LANGUAGES_PAGE = { defaultLimit: 25, maxLimit: 5000 } as const;

/** The reserved languages as new records of `environmentId` (English enabled and default). */
export function reservedLanguageRecords(
  environmentId: string,
  now: number,
  newId: () => string,
): LanguageRecord[] {
  return RESERVED_LANGUAGES.map(([locale, name]) => ({
    id: newId(),
    environmentId,
    locale,
    name,
    enabled: locale === INITIAL_DEFAULT_LOCALE,
    isDefault: locale === INITIAL_DEFAULT_LOCALE,
    customerAdded: false,
    createdAt: now,
    updatedAt: now,
  }));
}

/**
 * The language ranges of a `preferredLanguage` value (an `Accept-Language` field value, RFC 7231
 * §5.3.5), best first: q-values sort them (ties keep their order), `q=0` and `*` are dropped, as
 * is anything that is not a language tag.
 */
export function languageRanges(value: string): string[] {
  const ranges: Array<{ tag: string; q: number; index: number }> = [];
  value.split(',').forEach((part, index) => {
    const [rawTag = '', ...params] = part.split(';').map((s) => s.trim());
    const tag = rawTag.replace(/_/g, '-');
    if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return;
    const qParam = params.find((p) => /^q\s*=/i.test(p));
    const q = qParam === undefined ? 1 : Number(qParam.replace(/^q\s*=\s*/i, ''));
    if (!(q > 0 && q <= 1)) return;
    ranges.push({ tag, q, index });
  });
  return ranges.sort((a, b) => b.q - a.q || a.index - b.index).map((r) => r.tag);
}

/**
 * The enabled locale a tag falls back to (RFC 4647 §3.4 lookup): the tag itself, else the tag
 * with its last subtag removed, and so on (`fr-CH` → `fr`, `zh-Hant-TW` → `zh`), ignoring case.
 */
export function lookupLocale(tag: string, enabled: readonly string[]): string | null {
  const byLower = new Map(enabled.map((l) => [l.toLowerCase(), l]));
  const subtags = tag.toLowerCase().split('-');
  for (let n = subtags.length; n > 0; n--) {
    const found = byLower.get(subtags.slice(0, n).join('-'));
    if (found) return found;
  }
  return null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * The language of the e-mails PingOne Local sends `user` (docs/pingone-behaviour.md §15.4, choice
 * L3): the first enabled language among the user's `preferredLanguage` ranges, then the user's
 * `locale`, then the preferred language of the user's population, each with region fallback;
 * else the environment's default language.
 */
export function mailLocale(store: Store, user: UserRecord): string {
  const languages = store.listLanguages(user.environmentId);
  const enabled = languages.filter((l) => l.enabled).map((l) => l.locale);
  const population = store.getPopulation(user.environmentId, user.populationId);
  const wishes = [
    ...languageRanges(text(user.attributes.preferredLanguage) ?? ''),
    ...languageRanges(text(user.attributes.locale) ?? ''),
    ...languageRanges(text(population?.extra.preferredLanguage) ?? ''),
  ];
  for (const wish of wishes) {
    const found = lookupLocale(wish, enabled);
    if (found) return found;
  }
  return languages.find((l) => l.isDefault)?.locale ?? INITIAL_DEFAULT_LOCALE;
}
