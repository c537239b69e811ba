/**
 * Users operations (`/environments/{envId}/users`). The PingOne pages of each operation are
 * linked from {@link UsersApi}.
 */
import { type Api, CONTENT_TYPES, getOrNull, json, pathId } from './call.js';
import { checkUser } from './check.js';
import { PingOneResponseError } from './errors.js';
import { filter, renderFilter } from './filter.js';
import { errorFrom } from './http.js';
import type { User, UserInput } from './model.js';
import { type CollectionSpec, fetchPage, pages } from './paging.js';
import type { ListUsersParams, RequestOptions, UsersApi, UsersPage } from './types.js';

/** `GET /users` query: `filter`, `limit` (1–1000) and `cursor`, checked before any request. */
function usersQuery(
  usersUrl: string,
  params: (ListUsersParams & { cursor?: string }) | undefined,
): string {
  const q = new URLSearchParams();
  if (params?.filter !== undefined) q.set('filter', renderFilter(params.filter));
  if (params?.limit !== undefined) {
    if (!Number.isSafeInteger(params.limit) || params.limit < 1 || params.limit > 1000) {
      throw new TypeError('limit must be an integer from 1 to 1000');
    }
    q.set('limit', String(params.limit));
  }
  if (params?.cursor !== undefined) {
    if (typeof params.cursor !== 'string' || params.cursor.length === 0) {
      throw new TypeError('cursor must be a non-empty string');
    }
    q.set('cursor', params.cursor);
  }
  const s = q.toString();
  return s ? `${usersUrl}?${s}` : usersUrl;
}

/**
 * The one user of a `limit: 2` search whose `username` or `email` really is `value` (ignoring
 * case), or `null` when the page has none, several, or more pages.
 */
function soleMatch(page: UsersPage, value: string): User | null {
  if (page.users.length !== 1 || page.nextCursor !== null) return null;
  if (page.count !== undefined && page.count !== 1) return null;
  const user = page.users[0]!;
  const wanted = value.toLowerCase();
  // Defence in depth: only accept a record that really matches what was asked for.
  const matches =
    user.username.toLowerCase() === wanted ||
    (typeof user.email === 'string' && user.email.toLowerCase() === wanted);
  return matches ? user : null;
}

/** The users operations over `api`. */
export function createUsersApi(api: Api): UsersApi {
  const usersUrl = `${api.envUrl}/users`;
  const userUrl = (id: string) => `${usersUrl}/${pathId('userId', id)}`;
  const collection: CollectionSpec<User> = { url: usersUrl, name: 'users', item: checkUser };
  const write = (
    method: 'POST' | 'PUT' | 'PATCH',
    url: string,
    contentType: string,
    input: UserInput,
    opts: RequestOptions | undefined,
  ) => json(api, { method, url, contentType, body: input, opts }, checkUser);

  const users: UsersApi = {
    create: async (input, opts) => write('POST', usersUrl, CONTENT_TYPES.json, input, opts),

    import: async (input, opts) => write('POST', usersUrl, CONTENT_TYPES.userImport, input, opts),

    get: async (userId, opts) => getOrNull(api, userUrl(userId), opts, checkUser),

    list: (params, opts) => ({
      async *[Symbol.asyncIterator]() {
        for await (const page of pages(api, collection, usersQuery(usersUrl, params), opts)) {
          yield* page.items;
        }
      },
    }),

    listPage: async (params, opts) => {
      const page = await fetchPage(api, collection, usersQuery(usersUrl, params), opts);
      const nextCursor = page.nextUrl ? page.nextUrl.searchParams.get('cursor') : null;
      if (page.nextUrl && !nextCursor) {
        throw new PingOneResponseError(
          'response body "_links.next.href" must carry a cursor',
          200,
          '_links.next.href',
        );
      }
      const result: UsersPage = { users: page.items, size: page.size, nextCursor };
      if (page.count !== undefined) result.count = page.count;
      return result;
    },

    update: async (userId, input, opts) =>
      write('PUT', userUrl(userId), CONTENT_TYPES.json, input, opts),

    patch: async (userId, input, opts) =>
      write('PATCH', userUrl(userId), CONTENT_TYPES.json, input, opts),

    delete: async (userId, opts) => {
      const response = await api.call({ method: 'DELETE', url: userUrl(userId), opts });
      if (response.status !== 204 && response.status !== 200) await errorFrom(response, api.now());
    },

    findByUsernameOrEmail: async (value, opts) => {
      // `username eq "…" or email eq "…"`, the value escaped by `filter.eq`.
      const f = filter.or(filter.eq('username', value), filter.eq('email', value));
      return soleMatch(await users.listPage({ filter: f, limit: 2 }, opts), value);
    },
  };
  return users;
}
