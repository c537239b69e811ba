/**
 * `GET /v1/environments/{envId}/users`: SCIM `filter`, `limit`, keyset `cursor`
 * (docs/pingone-behaviour.md §3.5). Steps: authorize → readQuery → withFilter(searchUsers) → render.
 */
import type { FastifyRequest } from 'fastify';
import { authorize } from '../../auth.js';
import type { LocalContext } from '../../context.js';
import { detail, invalidData } from '../../errors.js';
import { MESSAGES, USERS_PAGE } from '../../pingone-behaviour.js';
import { collectionView } from '../../views.js';
import { expandedUserView, paramsOf, parseLimit } from '../common.js';
import { filterParam, withFilter } from '../filter.js';

interface ListQuery {
  filter: string | undefined;
  /** Kept in `_links.self`/`next` so that following `next` keeps the expansion. */
  expand: string | undefined;
  limit: number;
  after: number | null;
}

function readQuery(request: FastifyRequest): ListQuery {
  const q = request.query as Record<string, unknown>;
  const filter = filterParam(q.filter);
  const limit = parseLimit(
    q.limit,
    USERS_PAGE.defaultLimit,
    USERS_PAGE.maxLimit,
    USERS_PAGE.specMaxLimit,
  );
  const expand = typeof q.expand === 'string' ? q.expand : undefined;
  return { filter, expand, limit, after: decodeCursor(q.cursor) };
}

/** Cursors are opaque: base64url of the last row's sequence number. */
export function encodeCursor(after: number): string {
  return Buffer.from(`u:${after}`).toString('base64url');
}

function decodeCursor(raw: unknown): number | null {
  if (raw === undefined) return null;
  const text = typeof raw === 'string' ? Buffer.from(raw, 'base64url').toString('utf8') : '';
  const m = /^u:(\d{1,15})$/.exec(text);
  if (!m) throw invalidData(detail('INVALID_VALUE', 'cursor', MESSAGES.invalidCursor));
  return Number(m[1]);
}

function pageHref(
  ctx: LocalContext,
  envId: string,
  query: ListQuery,
  after: number | null,
): string {
  const params = new URLSearchParams();
  if (query.filter !== undefined) params.set('filter', query.filter);
  if (query.expand !== undefined) params.set('expand', query.expand);
  params.set('limit', String(query.limit));
  if (after !== null) params.set('cursor', encodeCursor(after));
  return `${ctx.urls.baseUrl}/v1/environments/${envId}/users?${params.toString()}`;
}

/** Handler of `GET /users`. */
export function listUsers(ctx: LocalContext) {
  return async (request: FastifyRequest) => {
    const { envId } = paramsOf(request);
    await authorize(ctx, request, envId, 'users:read');
    const query = readQuery(request);
    const page = withFilter(
      query.filter,
      (filter) => ctx.store.searchUsers(envId, filter, query.after, query.limit),
      { nameSupported: true },
    );
    return collectionView(
      'users',
      page.items.map((u) => expandedUserView(ctx, request, u)),
      pageHref(ctx, envId, query, query.after),
      page.total,
      page.nextAfter !== null ? pageHref(ctx, envId, query, page.nextAfter) : undefined,
    );
  };
}
