/**
 * Compiles a parsed SCIM filter (`scim/filter.ts`) to a parameterised SQL condition over a
 * table's filter columns, so a filter never runs as a scan in JavaScript and never reaches SQL
 * as text. Each store module keeps its own column map.
 */
import { FilterError, type FilterNode } from '../scim/filter.js';

/** How one filterable attribute maps to SQL. */
export interface FilterColumn {
  /** SQL expression of the stored value, already lower-cased for case-insensitive strings. */
  sql: string;
  type: 'string' | 'boolean';
  /** Lower-case the literal (the column holds lower-cased text). */
  caseInsensitive: boolean;
  operators: readonly string[];
}

/** A parameterised SQL condition. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/**
 * Compiles a parsed filter to SQL over `columns` (keys are attribute names; matching is
 * case-insensitive as in SCIM).
 * @throws FilterError for an attribute or operator that is not supported.
 */
export function compileFilter(
  node: FilterNode,
  columns: Record<string, FilterColumn>,
): SqlCondition {
  const byLower = new Map(Object.entries(columns).map(([k, v]) => [k.toLowerCase(), v] as const));
  const attributes = Object.keys(columns);
  const params: unknown[] = [];

  function column(attr: string): FilterColumn {
    const col = byLower.get(attr.toLowerCase());
    if (!col) throw new FilterError(`unsupported attribute "${attr}"`, { attributes });
    return col;
  }
  function walk(n: FilterNode): string {
    switch (n.kind) {
      case 'and':
      case 'or':
        return `(${walk(n.left)} ${n.kind.toUpperCase()} ${walk(n.right)})`;
      case 'not':
        // NULL (attribute absent) must count as "does not match", so NOT turns it into true.
        return `(NOT coalesce(${walk(n.expr)}, 0))`;
      case 'pr': {
        const col = column(n.attr);
        if (!col.operators.includes('pr')) throw unsupportedOp(n.attr, 'pr', col);
        return col.type === 'string'
          ? `(${col.sql} IS NOT NULL AND ${col.sql} <> '')`
          : `(${col.sql} IS NOT NULL)`;
      }
      case 'compare': {
        const col = column(n.attr);
        if (!col.operators.includes(n.op)) throw unsupportedOp(n.attr, n.op, col);
        if (col.type === 'boolean') {
          if (typeof n.value !== 'boolean') {
            throw new FilterError(`"${n.attr}" must be compared with true or false`);
          }
          params.push(n.value ? 1 : 0);
          return `(${col.sql} = ?)`;
        }
        if (typeof n.value !== 'string') {
          throw new FilterError(`"${n.attr}" must be compared with a quoted string`);
        }
        const v = col.caseInsensitive ? n.value.toLowerCase() : n.value;
        switch (n.op) {
          case 'eq':
            params.push(v);
            return `(${col.sql} = ?)`;
          case 'ne':
            params.push(v);
            return `(${col.sql} <> ?)`;
          case 'sw':
            // A range instead of LIKE keeps the lookup on the index.
            params.push(v, `${v}\u{10FFFF}`);
            return `(${col.sql} >= ? AND ${col.sql} < ?)`;
          case 'ew':
            params.push(`%${escapeLike(v)}`);
            return `(${col.sql} LIKE ? ESCAPE '\\')`;
          case 'co':
            params.push(`%${escapeLike(v)}%`);
            return `(${col.sql} LIKE ? ESCAPE '\\')`;
          default:
            throw unsupportedOp(n.attr, n.op, col);
        }
      }
    }
  }
  const sql = walk(node);
  return { sql, params };
}

function unsupportedOp(attr: string, op: string, col: FilterColumn): FilterError {
  return new FilterError(`operator "${op}" is not supported on "${attr}"`, {
    operators: [...col.operators],
  });
}

/** `filter` compiled over `columns`, or null for no filter. */
export function compileOptional(
  filter: FilterNode | null,
  columns: Record<string, FilterColumn>,
): SqlCondition | null {
  return filter ? compileFilter(filter, columns) : null;
}

/** ` AND condition` to append after a WHERE clause, or nothing. */
export function andWhere(where: SqlCondition | null): string {
  return where ? ` AND ${where.sql}` : '';
}
