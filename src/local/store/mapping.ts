/**
 * How a record maps onto a table row, declared once per table: each column is read from and
 * written to a record property (a dotted path for nested members), optionally through a codec,
 * or is computed from the record on write only (the lower-cased lookup columns).
 */
import type { Row } from './database.js';

/** Converts a property to its column value and back. */
export interface Codec {
  toColumn(value: unknown): unknown;
  fromColumn(value: unknown): unknown;
}

/** Booleans as 0/1. */
export const bool: Codec = {
  toColumn: (v) => (v ? 1 : 0),
  fromColumn: (v) => v === 1,
};

/** Objects and arrays as JSON text. */
export const json: Codec = {
  toColumn: (v) => JSON.stringify(v),
  fromColumn: (v) => JSON.parse(v as string),
};

/** The `created_at`/`updated_at` columns of a record's `createdAt`/`updatedAt`. */
export const TIMESTAMPS = { created_at: 'createdAt', updated_at: 'updatedAt' } as const;

/** A column: a property path, a path with its codec, or a write-only function of the record. */
export type ColumnSpec<T> =
  | string
  | readonly [path: string, codec: Codec]
  | ((record: T) => unknown);

/** The mapping of one table. */
export interface RowMapping<T> {
  /** Every column a record writes, in declaration order. */
  columns: readonly string[];
  toRecord(row: Row): T;
  /** Named parameters (`@column`) of the record. */
  params(record: T): Row;
}

/** A stored column: the property path split once into its parents and its last key. */
interface StoredColumn {
  column: string;
  parents: readonly string[];
  key: string;
  codec: Codec | null;
}

function getPath(record: unknown, { parents, key }: StoredColumn): unknown {
  let value = record as Record<string, unknown>;
  for (const parent of parents) value = value[parent] as Record<string, unknown>;
  return value[key];
}

function setPath(record: Record<string, unknown>, { parents, key }: StoredColumn, value: unknown) {
  let target = record;
  for (const parent of parents) {
    target[parent] ??= {};
    target = target[parent] as Record<string, unknown>;
  }
  target[key] = value;
}

/**
 * Builds the mapping of a table from its `column: spec` declaration. Paths are split once here:
 * every row read or written goes through these functions.
 */
export function rowMapping<T>(spec: Record<string, ColumnSpec<T>>): RowMapping<T> {
  const stored: StoredColumn[] = [];
  const computed: Array<{ column: string; compute: (record: T) => unknown }> = [];
  for (const [column, s] of Object.entries(spec)) {
    if (typeof s === 'function') {
      computed.push({ column, compute: s });
    } else {
      const [path, codec] = typeof s === 'string' ? [s, null] : s;
      const keys = path.split('.');
      stored.push({ column, parents: keys.slice(0, -1), key: keys[keys.length - 1]!, codec });
    }
  }
  return {
    columns: Object.keys(spec),
    toRecord(row) {
      const record: Record<string, unknown> = {};
      for (const c of stored) {
        const value = row[c.column] ?? null;
        setPath(record, c, c.codec && value !== null ? c.codec.fromColumn(value) : value);
      }
      return record as T;
    },
    params(record) {
      const row: Row = {};
      for (const c of stored) {
        const value = getPath(record, c) ?? null;
        row[c.column] = c.codec ? c.codec.toColumn(value) : value;
      }
      for (const { column, compute } of computed) row[column] = compute(record);
      return row;
    },
  };
}
