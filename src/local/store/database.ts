/**
 * The SQLite connection (better-sqlite3 v12) and the statement helpers the per-resource store
 * modules share. WAL journal with `synchronous=FULL`: a write is on disk before the statement
 * returns, so a response sent after it survives `kill -9` and power loss (NORMAL would be enough
 * for a crash of the process alone, FULL also covers the OS). Short-lived sign-on state (flows,
 * authorization codes, sign-on sessions) is written with {@link Connection.relaxed}: NORMAL, which
 * still survives `kill -9`; an OS crash may lose it, which only means signing in again.
 */
import Database from 'better-sqlite3';
import { APPLICATION_COLUMNS_ADDED, SCHEMA } from './schema.js';

/** A row as better-sqlite3 returns it. */
export type Row = Record<string, unknown>;

/** Opens (creating if needed) the database at `path` (`:memory:` allowed), schema included. */
export function openDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // SQLite's lower() folds ASCII only; JavaScript's folds Unicode, the same as the *_lc columns.
  db.function('p1_lower', { deterministic: true }, (v: unknown) =>
    typeof v === 'string' ? v.toLowerCase() : v === null || v === undefined ? null : String(v),
  );
  db.exec(SCHEMA);
  const present = new Set(
    (db.pragma('table_info(applications)') as Array<{ name: string }>).map((c) => c.name),
  );
  for (const [column, definition] of APPLICATION_COLUMNS_ADDED) {
    if (!present.has(column))
      db.exec(`ALTER TABLE applications ADD COLUMN ${column} ${definition}`);
  }
  return db;
}

/** The connection as the store modules use it. */
export interface Connection {
  readonly db: Database.Database;
  /**
   * The prepared statement of `sql`. Each distinct text is prepared once: fixed statements are
   * asked for when a module is built, filtered ones per request (a filter's values are
   * parameters, so the text varies only with the filter's shape).
   */
  statement(sql: string): Database.Statement;
  /**
   * Runs `fn` with `synchronous=NORMAL` (no fsync at commit; the next FULL commit syncs it too).
   * Inside a transaction the transaction's commit decides (SQLite cannot switch there).
   */
  relaxed<T>(fn: () => T): T;
}

const MAX_CACHED_STATEMENTS = 500;

/** Wraps `db` with a statement cache. */
export function connect(db: Database.Database): Connection {
  const cache = new Map<string, Database.Statement>();
  const normal = db.prepare('PRAGMA synchronous = NORMAL');
  const full = db.prepare('PRAGMA synchronous = FULL');
  return {
    db,
    relaxed(fn) {
      if (db.inTransaction) return fn();
      normal.run();
      try {
        return fn();
      } finally {
        full.run();
      }
    },
    statement(sql) {
      let s = cache.get(sql);
      if (!s) {
        // Modules keep their fixed statements themselves, so dropping the cache only costs
        // re-preparing filter shapes.
        if (cache.size >= MAX_CACHED_STATEMENTS) cache.clear();
        s = db.prepare(sql);
        cache.set(sql, s);
      }
      return s;
    },
  };
}

/** The first row of `statement` mapped by `map`, or null. */
export function first<T>(
  statement: Database.Statement,
  map: (row: Row) => T,
  ...params: unknown[]
): T | null {
  const row = statement.get(...params) as Row | undefined;
  return row ? map(row) : null;
}

/** `count(*) AS n` of `statement`. */
export function count(statement: Database.Statement, ...params: unknown[]): number {
  return (statement.get(...params) as { n: number }).n;
}

/** `INSERT INTO table (...) VALUES (@...)` over named parameters. */
export function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
}

/**
 * `UPDATE table SET c = @c, ... WHERE env_id = @env_id AND id = @id` over `columns` but the key
 * and `created_at`.
 */
export function updateSql(table: string, columns: readonly string[]): string {
  const set = columns
    .filter((c) => c !== 'id' && c !== 'env_id' && c !== 'created_at')
    .map((c) => `${c} = @${c}`);
  return `UPDATE ${table} SET ${set.join(', ')} WHERE env_id = @env_id AND id = @id`;
}

/**
 * An insert that, when a row with the same `key` exists, replaces its other `columns` instead
 * (`keep` columns are written by the insert alone).
 */
export function upsertSql(
  table: string,
  key: readonly string[],
  columns: readonly string[],
  keep: readonly string[] = [],
): string {
  const set = columns
    .filter((c) => !key.includes(c) && !keep.includes(c))
    .map((c) => `${c} = excluded.${c}`);
  const all = [...key, ...columns.filter((c) => !key.includes(c))];
  return `${insertSql(table, all)} ON CONFLICT(${key.join(', ')}) DO UPDATE SET ${set.join(', ')}`;
}
