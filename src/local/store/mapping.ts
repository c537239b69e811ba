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

function getPath(record: unknown, path: string): unknown {
  let value = record;
  for (const key of path.split('.')) value = (value as Record<string, unknown>)[key];
  return value;
}

function setPath(record: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let target = record;
  for (const key of keys) {
    target[key] ??= {};
    target = target[key] as Record<string, unknown>;
  }
  target[last] = value;
}

/** Builds the mapping of a table from its `column: spec` declaration. */
export function rowMapping<T>(spec: Record<string, ColumnSpec<T>>): RowMapping<T> {
  const entries = Object.entries(spec);
  return {
    columns: entries.map(([column]) => column),
    toRecord(row) {
      const record: Record<string, unknown> = {};
      for (const [column, s] of entries) {
        if (typeof s === 'function') continue;
        const [path, codec] = typeof s === 'string' ? [s, null] : s;
        const value = row[column] ?? null;
        setPath(record, path, codec && value !== null ? codec.fromColumn(value) : value);
      }
      return record as T;
    },
    params(record) {
      const row: Row = {};
      for (const [column, s] of entries) {
        if (typeof s === 'function') {
          row[column] = s(record);
        } else {
          const [path, codec] = typeof s === 'string' ? [s, null] : s;
          const value = getPath(record, path) ?? null;
          row[column] = codec ? codec.toColumn(value) : value;
        }
      }
      return row;
    },
  };
}
