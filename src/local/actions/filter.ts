/**
 * The `filter` query parameter of list endpoints: parsed here, compiled by the store. A
 * malformed filter, or one naming an attribute or operator the store does not support, is
 * 400 INVALID_DATA with detail INVALID_FILTER.
 */
import type { FastifyRequest } from 'fastify';
import type { LocalContext } from '../context.js';
import { detail, invalidData } from '../errors.js';
import { MESSAGES } from '../pingone-behaviour.js';
import { FilterError, type FilterNode, parseFilter } from '../scim/filter.js';
import { collectionView } from '../views.js';
import { requestHref } from './common.js';

/** The raw `filter` parameter. @throws 400 INVALID_FILTER when it is repeated. */
export function filterParam(raw: unknown): string | undefined {
  if (raw !== undefined && typeof raw !== 'string') throw invalidFilter('repeated parameter');
  return raw;
}

/**
 * Runs `query` with `filter` parsed (null when absent). `nameSupported`: the detail's
 * `innerError` names the supported attributes or operators (as on `GET /users`).
 * @throws 400 INVALID_FILTER when parsing or `query` fails with a FilterError.
 */
export function withFilter<T>(
  filter: string | undefined,
  query: (tree: FilterNode | null) => T,
  options: { nameSupported?: boolean } = {},
): T {
  try {
    return query(filter === undefined ? null : parseFilter(filter));
  } catch (error) {
    if (!(error instanceof FilterError)) throw error;
    const inner: Record<string, unknown> = {};
    if (options.nameSupported) {
      if (error.supportedAttributes) inner.supportedAttributes = error.supportedAttributes;
      if (error.supportedOperators) inner.supportedOperators = error.supportedOperators;
    }
    throw invalidFilter(error.message, Object.keys(inner).length > 0 ? inner : undefined);
  }
}

function invalidFilter(reason: string, inner?: Record<string, unknown>) {
  return invalidData(detail('INVALID_FILTER', 'filter', MESSAGES.invalidFilter(reason), inner));
}

/**
 * A whole-collection `GET` (populations, password policies): `list` runs with the request's
 * filter, the first `limit` items are rendered by `view`, `count` is every match.
 */
export function filteredCollection<T>(
  ctx: LocalContext,
  request: FastifyRequest,
  collection: { name: string; limit?: number },
  list: (tree: FilterNode | null) => T[],
  view: (item: T) => unknown,
) {
  const filter = filterParam((request.query as Record<string, unknown>).filter);
  const all = withFilter(filter, list);
  return collectionView(
    collection.name,
    all.slice(0, collection.limit ?? all.length).map(view),
    requestHref(ctx, request),
    all.length,
  );
}
