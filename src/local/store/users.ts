/**
 * Users: lookups, writes and the filtered, keyset-paged search. The filter columns map SCIM
 * attribute names onto the users table (`USER_FILTER_ATTRIBUTES` lists the operators).
 */
import { USER_FILTER_ATTRIBUTES } from '../pingone-behaviour.js';
import { type Connection, first, insertSql, type Row, updateSql } from './database.js';
import type { Page, Store, UserRecord } from './types.js';
import { andWhere, compileOptional, type FilterColumn, type SqlCondition } from './where.js';

/** JSON path of each profile attribute a filter may name, inside `users.attributes`. */
function userColumns(): Record<string, FilterColumn> {
  const direct: Record<string, Omit<FilterColumn, 'operators'>> = {
    id: { sql: 'id', type: 'string', caseInsensitive: false },
    username: { sql: 'username_lc', type: 'string', caseInsensitive: true },
    email: { sql: 'email_lc', type: 'string', caseInsensitive: true },
    'population.id': { sql: 'population_id', type: 'string', caseInsensitive: false },
    enabled: { sql: 'enabled', type: 'boolean', caseInsensitive: false },
  };
  const columns: Record<string, FilterColumn> = {};
  for (const [attr, operators] of Object.entries(USER_FILTER_ATTRIBUTES)) {
    const base = direct[attr] ?? {
      sql: `p1_lower(json_extract(attributes, '$.${attr}'))`,
      type: 'string' as const,
      caseInsensitive: true,
    };
    columns[attr] = { ...base, operators };
  }
  return columns;
}

/** Filter columns of the users table. */
export const USER_COLUMNS: Record<string, FilterColumn> = userColumns();

/**
 * SQL of a users search: `page` takes (envId, ...where.params, afterSeq, limit + 1), `count`
 * takes (envId, ...where.params). Exported so a test can check the query plan uses the indexes.
 */
export function userSearchSql(where: SqlCondition | null): { page: string; count: string } {
  const cond = andWhere(where);
  return {
    page: `SELECT * FROM users WHERE env_id = ?${cond} AND seq > ? ORDER BY seq LIMIT ?`,
    count: `SELECT count(*) AS n FROM users WHERE env_id = ?${cond}`,
  };
}

const USER_FIELDS = [
  'id',
  'env_id',
  'population_id',
  'username',
  'username_lc',
  'email',
  'email_lc',
  'enabled',
  'attributes',
  'created_at',
  'updated_at',
  'pw_hash',
  'pw_status',
  'pw_changed_at',
  'pw_failures',
  'pw_locked_at',
  'pw_unlock_at',
] as const;

function toUser(r: Row): UserRecord {
  return {
    id: r.id as string,
    environmentId: r.env_id as string,
    populationId: r.population_id as string,
    username: r.username as string,
    email: (r.email as string | null) ?? null,
    enabled: r.enabled === 1,
    attributes: JSON.parse(r.attributes as string) as Record<string, unknown>,
    createdAt: r.created_at as number,
    updatedAt: r.updated_at as number,
    password: {
      hash: (r.pw_hash as string | null) ?? null,
      status: r.pw_status as UserRecord['password']['status'],
      lastChangedAt: (r.pw_changed_at as number | null) ?? null,
      failures: r.pw_failures as number,
      lockedAt: (r.pw_locked_at as number | null) ?? null,
      unlockAt: (r.pw_unlock_at as number | null) ?? null,
    },
  };
}

function userParams(u: UserRecord): Record<(typeof USER_FIELDS)[number], unknown> {
  return {
    id: u.id,
    env_id: u.environmentId,
    population_id: u.populationId,
    username: u.username,
    username_lc: u.username.toLowerCase(),
    email: u.email,
    email_lc: u.email === null ? null : u.email.toLowerCase(),
    enabled: u.enabled ? 1 : 0,
    attributes: JSON.stringify(u.attributes),
    created_at: u.createdAt,
    updated_at: u.updatedAt,
    pw_hash: u.password.hash,
    pw_status: u.password.status,
    pw_changed_at: u.password.lastChangedAt,
    pw_failures: u.password.failures,
    pw_locked_at: u.password.lockedAt,
    pw_unlock_at: u.password.unlockAt,
  };
}

type UserMethods = Pick<
  Store,
  | 'getUser'
  | 'findUserByUsername'
  | 'findUserByEmail'
  | 'insertUser'
  | 'updateUser'
  | 'deleteUser'
  | 'searchUsers'
>;

/** The user methods of the store; `deleteUser` removes the user's row only. */
export function userStore(conn: Connection): UserMethods {
  const updated = USER_FIELDS.filter((c) => c !== 'id' && c !== 'env_id' && c !== 'created_at');
  const st = {
    get: conn.statement('SELECT * FROM users WHERE env_id = ? AND id = ?'),
    byUsername: conn.statement('SELECT * FROM users WHERE env_id = ? AND username_lc = ?'),
    byEmail: conn.statement(
      'SELECT * FROM users WHERE env_id = ? AND email_lc = ? ORDER BY seq LIMIT 1',
    ),
    insert: conn.statement(insertSql('users', USER_FIELDS)),
    update: conn.statement(updateSql('users', updated)),
    delete: conn.statement('DELETE FROM users WHERE env_id = ? AND id = ?'),
  };
  return {
    getUser: (environmentId, id) => first(st.get, toUser, environmentId, id),
    findUserByUsername: (environmentId, username) =>
      first(st.byUsername, toUser, environmentId, username.toLowerCase()),
    findUserByEmail: (environmentId, email) =>
      first(st.byEmail, toUser, environmentId, email.toLowerCase()),
    insertUser: (u) => void st.insert.run(userParams(u)),
    updateUser: (u) => void st.update.run(userParams(u)),
    deleteUser: (environmentId, id) => void st.delete.run(environmentId, id),
    searchUsers(environmentId, filter, after, limit): Page<UserRecord> {
      const where = compileOptional(filter, USER_COLUMNS);
      const sql = userSearchSql(where);
      const params = where?.params ?? [];
      const rows = conn
        .statement(sql.page)
        .all(environmentId, ...params, after ?? 0, limit + 1) as Row[];
      const total = (conn.statement(sql.count).get(environmentId, ...params) as { n: number }).n;
      const more = rows.length > limit;
      const pageRows = more ? rows.slice(0, limit) : rows;
      const last = pageRows[pageRows.length - 1];
      return {
        items: pageRows.map(toUser),
        total,
        nextAfter: more && last ? (last.seq as number) : null,
      };
    },
  };
}
