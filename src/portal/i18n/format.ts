/**
 * ICU MessageFormat (intl-messageformat) over the catalogues. Catalogues are authored as ICU
 * messages; a message that depends on a count may instead be written as plural variants,
 * `key|one`, `key|few`… (CLDR categories) beside `key` (the "other" form), which are turned
 * into one `{count, plural, …}` message when first used. Numbers are formatted per locale.
 */
import { IntlMessageFormat } from 'intl-messageformat';

/** One locale's messages: key → ICU message (plural variants as `key|category`). */
export type Catalog = Readonly<Record<string, string>>;

/** Parameters of a message; numbers are formatted for the locale. */
export type MessageParams = Record<string, string | number>;

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

/** CLDR plural categories a `key|category` variant may name (`other` is the base key). */
export const PLURAL_VARIANTS = ['zero', 'one', 'two', 'few', 'many'] as const;

/** ICU element types (`TYPE` of @formatjs/icu-messageformat-parser). */
const ARGUMENT = 1;
const SELECT = 5;
const PLURAL = 6;

/**
 * The ICU source of `key`: the message itself, or, when it has `key|category` variants,
 * `{count, plural, one {…} … other {…}}` with `{count}` written as `#` (formatted per locale).
 */
export function icuSource(catalog: Catalog, key: string): string | undefined {
  const base = catalog[key];
  if (base === undefined) return undefined;
  const variants = PLURAL_VARIANTS.filter((c) => Object.hasOwn(catalog, `${key}|${c}`));
  if (variants.length === 0) return base;
  // A literal `#` inside a plural branch would mean the count: quote it.
  const branch = (text: string) => text.replaceAll('#', "'#'").replaceAll('{count}', '#');
  const forms = variants.map((c) => `${c} {${branch(catalog[`${key}|${c}`]!)}}`);
  return `{count, plural, ${forms.join(' ')} other {${branch(base)}}}`;
}

/** A parsed message and the names of its plain `{name}` arguments (numbers get formatted). */
export interface CompiledMessage {
  format: IntlMessageFormat;
  plainArguments: ReadonlySet<string>;
}

/** Parses an ICU message (throws on a syntax error); tags like `<b>` stay plain text. */
export function compileMessage(locale: string, source: string): CompiledMessage {
  const format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
  const plainArguments = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const el of elements) {
      if (el.type === ARGUMENT) plainArguments.add(el.value);
      if (el.type === SELECT || el.type === PLURAL)
        for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(format.getAst());
  return { format, plainArguments };
}

/**
 * Every argument name an ICU message uses (plain, number, date, select, plural), sorted and
 * unique: two translations of a message must use the same ones.
 */
export function argumentNames(source: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const el of elements) {
      if (el.type >= ARGUMENT && el.type <= PLURAL && 'value' in el) names.add(el.value);
      if (el.type === SELECT || el.type === PLURAL)
        for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(source, 'en', undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats `message` with `params`; a number in a plain `{name}` is written for the locale, a
 * plain `{name}` without a value stays as written.
 */
export function formatMessage(
  locale: string,
  message: CompiledMessage,
  params: MessageParams = {},
): string {
  let numbers = numberFormats.get(locale);
  if (!numbers) {
    numbers = new Intl.NumberFormat(locale);
    numberFormats.set(locale, numbers);
  }
  // A plain argument without a value is left as written (`{name}`), as before ICU: a view may
  // split the message there and put markup in its place (views/pages.ts, recover.sentTo).
  const values: MessageParams = {};
  for (const name of message.plainArguments) values[name] = `{${name}}`;
  for (const [name, value] of Object.entries(params))
    values[name] =
      typeof value === 'number' && message.plainArguments.has(name) ? numbers.format(value) : value;
  return String(message.format.format(values));
}

/** A date and time for people reading `locale`, in UTC (the zone is named). */
export function formatDateTime(locale: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}
