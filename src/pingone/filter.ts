/**
 * Safe SCIM filter builder (RFC 7644 §3.4.2.2) for PingOne `GET /users?filter=` and
 * `GET /populations?filter=`. Values are always emitted as one JSON string literal, so quotes and
 * backslashes cannot end the literal; control characters and lone surrogates are rejected before
 * any request. Only `eq`, `sw`, `ew`, `co`, `pr`, `and`, `or` and `not` can be produced.
 */
import { PingOneFilterError } from './errors.js';

/** User and population attributes PingOne documents as filterable (docs/pingone-behaviour.md §3.5, §6). */
export type FilterAttribute =
  | 'id'
  | 'username'
  | 'email'
  | 'enabled'
  | 'externalId'
  | 'accountId'
  | 'locale'
  | 'mobilePhone'
  | 'primaryPhone'
  | 'nickname'
  | 'title'
  | 'type'
  | 'timezone'
  | 'preferredLanguage'
  | 'photo.href'
  | 'population.id'
  | 'memberOfGroups.id'
  | 'name'
  | 'name.formatted'
  | 'name.given'
  | 'name.middle'
  | 'name.family'
  | 'name.honorificPrefix'
  | 'name.honorificSuffix'
  | 'address.streetAddress'
  | 'address.locality'
  | 'address.region'
  | 'address.postalCode'
  | 'address.countryCode';

const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;
// C0, DEL, C1, and the Unicode line/paragraph separators: none belongs in an identifier and
// several are treated as line breaks by log pipelines.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_VALUE_LENGTH = 1024;

const brand: unique symbol = Symbol('PingOneFilter');

/** A filter expression built by {@link filter}; its text is available via `toString()`. */
export interface Filter {
  readonly [brand]: true;
  /** The SCIM expression, e.g. `username eq "alice"`. */
  readonly expression: string;
  toString(): string;
}

function make(expression: string): Filter {
  return Object.freeze({
    [brand]: true as const,
    expression,
    toString: () => expression,
  });
}

/** True when `value` was built by {@link filter}. */
export function isFilter(value: unknown): value is Filter {
  return typeof value === 'object' && value !== null && brand in value;
}

function checkAttribute(attr: string): string {
  if (typeof attr !== 'string' || !ATTRIBUTE.test(attr)) {
    throw new PingOneFilterError('filter attribute name is not a plain SCIM attribute path');
  }
  return attr;
}

function quote(value: string): string {
  if (typeof value !== 'string') {
    throw new PingOneFilterError('filter value must be a string');
  }
  if (value.length === 0) {
    throw new PingOneFilterError('filter value must not be empty');
  }
  if (value.length > MAX_VALUE_LENGTH) {
    throw new PingOneFilterError(`filter value must be at most ${MAX_VALUE_LENGTH} characters`);
  }
  if (FORBIDDEN.test(value)) {
    throw new PingOneFilterError('filter value must not contain control characters');
  }
  if (LONE_SURROGATE.test(value)) {
    throw new PingOneFilterError('filter value must be well-formed Unicode');
  }
  // JSON.stringify escapes both `"` and `\`, so the literal cannot be terminated early.
  return JSON.stringify(value);
}

function combine(op: 'and' | 'or', parts: Filter[]): Filter {
  if (parts.length === 0) {
    throw new PingOneFilterError(`filter.${op}() needs at least one operand`);
  }
  for (const p of parts) {
    if (!isFilter(p)) throw new PingOneFilterError(`filter.${op}() operands must be filters`);
  }
  if (parts.length === 1) return parts[0]!;
  return make(parts.map((p) => `(${p.expression})`).join(` ${op} `));
}

/** Builders for safe SCIM filters. Every value is emitted as a single JSON-quoted literal. */
export const filter = {
  /** `attr eq "value"` */
  eq: (attr: FilterAttribute, value: string): Filter =>
    make(`${checkAttribute(attr)} eq ${quote(value)}`),
  /** `attr sw "value"` (starts with) */
  sw: (attr: FilterAttribute, value: string): Filter =>
    make(`${checkAttribute(attr)} sw ${quote(value)}`),
  /** `attr ew "value"` (ends with) */
  ew: (attr: FilterAttribute, value: string): Filter =>
    make(`${checkAttribute(attr)} ew ${quote(value)}`),
  /** `attr co "value"` (contains) */
  co: (attr: FilterAttribute, value: string): Filter =>
    make(`${checkAttribute(attr)} co ${quote(value)}`),
  /** `attr pr` (present) */
  pr: (attr: FilterAttribute): Filter => make(`${checkAttribute(attr)} pr`),
  /** `(a) and (b) …`; a single operand is returned unchanged. */
  and: (...parts: Filter[]): Filter => combine('and', parts),
  /** `(a) or (b) …`; a single operand is returned unchanged. */
  or: (...parts: Filter[]): Filter => combine('or', parts),
  /** `not (f)` */
  not: (f: Filter): Filter => {
    if (!isFilter(f)) throw new PingOneFilterError('filter.not() operand must be a filter');
    return make(`not (${f.expression})`);
  },
} as const;

/** Renders a `Filter | string` parameter. A raw string is passed through as written (trusted). */
export function renderFilter(value: Filter | string): string {
  return typeof value === 'string' ? value : value.expression;
}
