/**
 * The SQLite store: one connection (`database.ts`) shared by a module per resource, composed
 * here into the {@link Store} interface.
 */
import type Database from 'better-sqlite3';
import { applicationStore } from './applications.js';
import { connect, openDatabase } from './database.js';
import { environmentStore } from './environments.js';
import { languageStore } from './languages.js';
import { passwordStore } from './passwords.js';
import { passwordPolicyStore, populationStore } from './populations.js';
import { RESETTABLE_TABLES } from './schema.js';
import { signinStore } from './signin.js';
import type { Store } from './types.js';
import { userStore } from './users.js';
import { verificationStore } from './verification.js';

/**
 * The store over an open database (see `openDatabase`). `close()` closes the database, so a
 * caller sharing it (the mailbox) must be done with it first.
 */
export function createSqliteStore(db: Database.Database): Store {
  const conn = connect(db);
  const users = userStore(conn);
  const passwords = passwordStore(conn);
  const { forgetUserSignOn, ...signin } = signinStore(conn);
  const { forgetUserCodes, ...verification } = verificationStore(conn);
  // One better-sqlite3 transaction function, built once, that runs the function it is given.
  const inTransaction = db.transaction((fn: () => unknown) => fn());
  const transaction = <T>(fn: () => T): T => inTransaction(fn) as T;
  const resetStatements = RESETTABLE_TABLES.map((table) => db.prepare(`DELETE FROM ${table}`));
  return {
    transaction,
    relaxedTransaction: (fn) => conn.relaxed(() => transaction(fn)),
    ...environmentStore(conn),
    ...applicationStore(conn),
    ...populationStore(conn),
    ...passwordPolicyStore(conn),
    ...languageStore(conn),
    ...users,
    ...signin,
    ...verification,
    deleteUser(environmentId, id) {
      transaction(() => {
        users.deleteUser(environmentId, id);
        passwords.forgetUser(id);
        forgetUserSignOn(id);
        forgetUserCodes(id);
      });
    },
    listPasswordHistory: passwords.listPasswordHistory,
    addPasswordHistory: passwords.addPasswordHistory,
    getRecovery: passwords.getRecovery,
    putRecovery: passwords.putRecovery,
    deleteRecovery: passwords.deleteRecovery,
    reset() {
      transaction(() => {
        for (const statement of resetStatements) statement.run();
      });
    },
    close() {
      if (db.open) db.close();
    },
  };
}

/** Opens (creating if needed) the SQLite database at `path` (`:memory:` allowed) as a store. */
export function openSqliteStore(path: string): Store {
  return createSqliteStore(openDatabase(path));
}
