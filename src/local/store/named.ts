/**
 * Tables of named, environment-scoped resources with one default (populations, password
 * policies): the same statements over different columns.
 */

import type { FilterNode } from '../scim/filter.js';
import { type Connection, first, insertSql, type Row, updateSql } from './database.js';
import { andWhere, compileOptional, type FilterColumn } from './where.js';

/** A table's description: its name, the columns a record writes and how rows map. */
export interface NamedTableSpec<T> {
  table: string;
  /** Every column `params` fills (besides the `seq` key). */
  columns: readonly string[];
  filterColumns: Record<string, FilterColumn>;
  toRecord(row: Row): T;
  params(record: T): Row;
}

/** The operations of a named table. */
export interface NamedTable<T> {
  /** In creation order. @throws FilterError for an unsupported attribute or operator. */
  list(environmentId: string, filter: FilterNode | null): T[];
  get(environmentId: string, id: string): T | null;
  /** Case-insensitive. */
  findByName(environmentId: string, name: string): T | null;
  getDefault(environmentId: string): T | null;
  insert(record: T): void;
  update(record: T): void;
  delete(environmentId: string, id: string): void;
  /** Sets `is_default` to 0 on every row of the environment. */
  clearDefault(environmentId: string): void;
}

/** The filter columns shared by populations and password policies. */
export const NAMED_FILTER_COLUMNS: Record<string, FilterColumn> = {
  id: { sql: 'id', type: 'string', caseInsensitive: false, operators: ['eq'] },
  name: { sql: 'name_lc', type: 'string', caseInsensitive: true, operators: ['eq', 'sw'] },
};

/** Builds the statements of `spec.table` once and returns its operations. */
export function namedTable<T>(conn: Connection, spec: NamedTableSpec<T>): NamedTable<T> {
  const { table, toRecord } = spec;
  const updated = spec.columns.filter((c) => c !== 'id' && c !== 'env_id' && c !== 'created_at');
  const st = {
    get: conn.statement(`SELECT * FROM ${table} WHERE env_id = ? AND id = ?`),
    byName: conn.statement(`SELECT * FROM ${table} WHERE env_id = ? AND name_lc = ?`),
    byDefault: conn.statement(
      `SELECT * FROM ${table} WHERE env_id = ? AND is_default = 1 ORDER BY seq LIMIT 1`,
    ),
    insert: conn.statement(insertSql(table, spec.columns)),
    update: conn.statement(updateSql(table, updated)),
    delete: conn.statement(`DELETE FROM ${table} WHERE env_id = ? AND id = ?`),
    clearDefault: conn.statement(`UPDATE ${table} SET is_default = 0 WHERE env_id = ?`),
  };
  return {
    list(environmentId, filter) {
      const where = compileOptional(filter, spec.filterColumns);
      const sql = `SELECT * FROM ${table} WHERE env_id = ?${andWhere(where)} ORDER BY seq`;
      const rows = conn.statement(sql).all(environmentId, ...(where?.params ?? [])) as Row[];
      return rows.map(toRecord);
    },
    get: (environmentId, id) => first(st.get, toRecord, environmentId, id),
    findByName: (environmentId, name) =>
      first(st.byName, toRecord, environmentId, name.toLowerCase()),
    getDefault: (environmentId) => first(st.byDefault, toRecord, environmentId),
    insert: (record) => void st.insert.run(spec.params(record)),
    update: (record) => void st.update.run(spec.params(record)),
    delete: (environmentId, id) => void st.delete.run(environmentId, id),
    clearDefault: (environmentId) => void st.clearDefault.run(environmentId),
  };
}
