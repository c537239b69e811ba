/**
 * Tables of named, environment-scoped resources with one default (populations, password
 * policies): the same statements over different columns.
 */

import type { FilterNode } from '../scim/filter.js';
import { type Connection, first, insertSql, type Row, updateSql } from './database.js';
import type { RowMapping } from './mapping.js';
import { andWhere, compileOptional, type FilterColumn } from './where.js';

/** The filter columns shared by populations and password policies. */
export const NAMED_FILTER_COLUMNS: Record<string, FilterColumn> = {
  id: { sql: 'id', type: 'string', caseInsensitive: false, operators: ['eq'] },
  name: { sql: 'name_lc', type: 'string', caseInsensitive: true, operators: ['eq', 'sw'] },
};

/**
 * Builds the statements of `table` once and returns its operations: `list` (creation order;
 * throws FilterError for an unsupported attribute or operator), `get`, `findByName`
 * (case-insensitive), `getDefault`, `insert`, `update`, `delete` and `clearDefault` (no default
 * left in the environment).
 */
export function namedTable<T>(
  conn: Connection,
  table: string,
  mapping: RowMapping<T>,
  filterColumns: Record<string, FilterColumn>,
) {
  const { toRecord, params } = mapping;
  const st = {
    get: conn.statement(`SELECT * FROM ${table} WHERE env_id = ? AND id = ?`),
    byName: conn.statement(`SELECT * FROM ${table} WHERE env_id = ? AND name_lc = ?`),
    byDefault: conn.statement(
      `SELECT * FROM ${table} WHERE env_id = ? AND is_default = 1 ORDER BY seq LIMIT 1`,
    ),
    insert: conn.statement(insertSql(table, mapping.columns)),
    update: conn.statement(updateSql(table, mapping.columns)),
    delete: conn.statement(`DELETE FROM ${table} WHERE env_id = ? AND id = ?`),
    clearDefault: conn.statement(`UPDATE ${table} SET is_default = 0 WHERE env_id = ?`),
  };
  return {
    list(environmentId: string, filter: FilterNode | null): T[] {
      const where = compileOptional(filter, filterColumns);
      const sql = `SELECT * FROM ${table} WHERE env_id = ?${andWhere(where)} ORDER BY seq`;
      const rows = conn.statement(sql).all(environmentId, ...(where?.params ?? [])) as Row[];
      return rows.map(toRecord);
    },
    get: (environmentId: string, id: string) => first(st.get, toRecord, environmentId, id),
    findByName: (environmentId: string, name: string) =>
      first(st.byName, toRecord, environmentId, name.toLowerCase()),
    getDefault: (environmentId: string) => first(st.byDefault, toRecord, environmentId),
    insert: (record: T) => void st.insert.run(params(record)),
    update: (record: T) => void st.update.run(params(record)),
    delete: (environmentId: string, id: string) => void st.delete.run(environmentId, id),
    clearDefault: (environmentId: string) => void st.clearDefault.run(environmentId),
  };
}
