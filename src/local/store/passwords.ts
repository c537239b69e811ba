/** Password history and recovery codes, keyed by user id. */
import { type Connection, first, type Row, upsertSql } from './database.js';
import { rowMapping } from './mapping.js';
import type { RecoveryRecord, Store } from './types.js';

const RECOVERY_ROW = rowMapping<RecoveryRecord>({
  user_id: 'userId',
  code_hash: 'codeHash',
  expires_at: 'expiresAt',
  failures: 'failures',
});

type PasswordMethods = Pick<
  Store,
  'listPasswordHistory' | 'addPasswordHistory' | 'getRecovery' | 'putRecovery' | 'deleteRecovery'
> & {
  /** Deletes the user's history and recovery code (with the user). */
  forgetUser(userId: string): void;
};

/** The password history and recovery code methods of the store. */
export function passwordStore(conn: Connection): PasswordMethods {
  const st = {
    listHistory: conn.statement(
      'SELECT hash, created_at FROM password_history WHERE user_id = ? ORDER BY seq DESC',
    ),
    addHistory: conn.statement(
      'INSERT INTO password_history (user_id, hash, created_at) VALUES (?, ?, ?)',
    ),
    deleteHistory: conn.statement('DELETE FROM password_history WHERE user_id = ?'),
    getRecovery: conn.statement('SELECT * FROM recovery_codes WHERE user_id = ?'),
    putRecovery: conn.statement(upsertSql('recovery_codes', ['user_id'], RECOVERY_ROW.columns)),
    deleteRecovery: conn.statement('DELETE FROM recovery_codes WHERE user_id = ?'),
  };
  // The kept count is written into the statement: with `LIMIT ?` SQLite prepares the statement
  // again at every run (7.6 µs against 2.3 µs, docs/benchmarks.md, P2). One statement per count
  // (the policies' history counts, a handful), cached by the connection.
  const pruneHistory = (keep: number) =>
    conn.statement(
      `DELETE FROM password_history WHERE user_id = ? AND seq NOT IN
       (SELECT seq FROM password_history WHERE user_id = ? ORDER BY seq DESC LIMIT ${Math.max(Math.floor(keep) || 1, 1)})`,
    );
  const addHistory = conn.db.transaction(
    (userId: string, hash: string, at: number, keep: number) => {
      st.addHistory.run(userId, hash, at);
      pruneHistory(keep).run(userId, userId);
    },
  );
  return {
    listPasswordHistory: (userId) =>
      (st.listHistory.all(userId) as Row[]).map((r) => ({
        hash: r.hash as string,
        createdAt: r.created_at as number,
      })),
    addPasswordHistory: (userId, entry, keep) =>
      addHistory(userId, entry.hash, entry.createdAt, keep),
    getRecovery: (userId) => first(st.getRecovery, RECOVERY_ROW.toRecord, userId),
    putRecovery: (r) => void st.putRecovery.run(RECOVERY_ROW.params(r)),
    deleteRecovery: (userId) => void st.deleteRecovery.run(userId),
    forgetUser(userId) {
      st.deleteHistory.run(userId);
      st.deleteRecovery.run(userId);
    },
  };
}
