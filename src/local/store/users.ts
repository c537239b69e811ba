/**
 * Users: lookups, writes and the filtered, keyset-paged search. The filter columns map SCIM
 * attribute names onto the users table (`USER_FILTER_ATTRIBUTES` lists the operators).
 */
import { USER_FILTER_ATTRIBUTES } from '../pingone-behaviour.js';
import { type Connection, first, insertSql, type Row, updateSql } from './database.js';
import { bool, json, rowMapping, TIMESTAMPS } from './mapping.js';
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

const USER_ROW = rowMapping<UserRecord>({
  id: 'id',
  env_id: 'environmentId',
  population_id: 'populationId',
  username: 'username',
  username_lc: (u) => u.username.toLowerCase(),
  email: 'email',
  email_lc: (u) => u.email?.toLowerCase() ?? null,
  enabled: ['enabled', bool],
  attributes: ['attributes', json],
  ...TIMESTAMPS,
  pw_hash: 'password.hash',
  pw_status: 'password.status',
  pw_changed_at: 'password.lastChangedAt',
  pw_failures: 'password.failures',
  pw_locked_at: 'password.lockedAt',
  pw_unlock_at: 'password.unlockAt',
});

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
  const st = {
    get: conn.statement('SELECT * FROM users WHERE env_id = ? AND id = ?'),
    byUsername: conn.statement('SELECT * FROM users WHERE env_id = ? AND username_lc = ?'),
    byEmail: conn.statement(
      'SELECT * FROM users WHERE env_id = ? AND email_lc = ? ORDER BY seq LIMIT 1',
    ),
    insert: conn.statement(insertSql('users', USER_ROW.columns)),
    update: conn.statement(updateSql('users', USER_ROW.columns)),
    delete: conn.statement('DELETE FROM users WHERE env_id = ? AND id = ?'),
  };
  return {
    getUser: (environmentId, id) => first(st.get, USER_ROW.toRecord, environmentId, id),
    findUserByUsername: (environmentId, username) =>
      first(st.byUsername, USER_ROW.toRecord, environmentId, username.toLowerCase()),
    findUserByEmail: (environmentId, email) =>
      first(st.byEmail, USER_ROW.toRecord, environmentId, email.toLowerCase()),
    insertUser: (u) => void st.insert.run(USER_ROW.params(u)),
    updateUser: (u) => void st.update.run(USER_ROW.params(u)),
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
        items: pageRows.map(USER_ROW.toRecord),
        total,
        nextAfter: more && last ? (last.seq as number) : null,
      };
    },
  };
}
