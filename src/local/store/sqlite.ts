/**
 * The SQLite store (better-sqlite3 v12). WAL journal with `synchronous=FULL`: a write is on disk
 * before the statement returns, so a response sent after it survives `kill -9` and power loss
 * (NORMAL would be enough for a crash of the process alone, FULL also covers the OS).
 */
import Database from 'better-sqlite3';
import { USER_FILTER_ATTRIBUTES } from '../pingone-behaviour.js';
import type { FilterColumn, SqlCondition } from '../scim/filter.js';
import type {
  ApplicationRecord,
  EnvironmentRecord,
  HistoryEntry,
  Page,
  PasswordPolicyRecord,
  PopulationRecord,
  RecoveryRecord,
  SigningKeyRecord,
  Store,
  UserRecord,
} from './types.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS environments (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, organization_id TEXT NOT NULL, region TEXT NOT NULL,
  type TEXT NOT NULL, email_unique INTEGER NOT NULL, created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS applications (
  env_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, secret TEXT NOT NULL,
  auth_method TEXT NOT NULL, roles TEXT NOT NULL, PRIMARY KEY (env_id, id));
CREATE TABLE IF NOT EXISTS signing_keys (
  env_id TEXT PRIMARY KEY, kid TEXT NOT NULL, private_pem TEXT NOT NULL, public_jwk TEXT NOT NULL,
  created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS populations (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, env_id TEXT NOT NULL,
  name TEXT NOT NULL, name_lc TEXT NOT NULL, description TEXT, is_default INTEGER NOT NULL,
  password_policy_id TEXT, extra TEXT NOT NULL, created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS populations_name ON populations (env_id, name_lc);
CREATE TABLE IF NOT EXISTS password_policies (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, env_id TEXT NOT NULL,
  name TEXT NOT NULL, name_lc TEXT NOT NULL, is_default INTEGER NOT NULL, rules TEXT NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS password_policies_name ON password_policies (env_id, name_lc);
CREATE TABLE IF NOT EXISTS users (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, env_id TEXT NOT NULL,
  population_id TEXT NOT NULL, username TEXT NOT NULL, username_lc TEXT NOT NULL, email TEXT,
  email_lc TEXT, enabled INTEGER NOT NULL, attributes TEXT NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  pw_hash TEXT, pw_status TEXT NOT NULL, pw_changed_at INTEGER,
  pw_failures INTEGER NOT NULL DEFAULT 0, pw_locked_at INTEGER, pw_unlock_at INTEGER);
DROP INDEX IF EXISTS users_username;
DROP INDEX IF EXISTS users_email;
DROP INDEX IF EXISTS users_population;
CREATE UNIQUE INDEX IF NOT EXISTS users_by_username ON users (username_lc, env_id);
CREATE INDEX IF NOT EXISTS users_by_email ON users (email_lc, env_id);
CREATE INDEX IF NOT EXISTS users_by_population ON users (population_id, env_id);
CREATE TABLE IF NOT EXISTS password_history (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL, hash TEXT NOT NULL,
  created_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS password_history_user ON password_history (user_id, seq);
CREATE TABLE IF NOT EXISTS recovery_codes (
  user_id TEXT PRIMARY KEY, code_hash TEXT NOT NULL, expires_at INTEGER NOT NULL,
  failures INTEGER NOT NULL);
`;

// The user indexes lead with the looked-up column, not env_id: an index starting with env_id
// (one environment per database in practice) tempts the planner into scanning the whole
// environment instead of combining the username and email indexes for `... or ...` filters.

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

/** Filter columns of the users table, for `compileFilter`. */
export const USER_COLUMNS: Record<string, FilterColumn> = userColumns();

/** Filter columns of the populations table. */
export const POPULATION_COLUMNS: Record<string, FilterColumn> = {
  id: { sql: 'id', type: 'string', caseInsensitive: false, operators: ['eq'] },
  name: { sql: 'name_lc', type: 'string', caseInsensitive: true, operators: ['eq', 'sw'] },
};

/** Filter columns of the password policies table. */
export const POLICY_COLUMNS: Record<string, FilterColumn> = POPULATION_COLUMNS;

type Row = Record<string, unknown>;

/**
 * SQL of a users search: `page` takes (envId, ...where.params, afterSeq, limit + 1), `count`
 * takes (envId, ...where.params). Exported so a test can check the query plan uses the indexes.
 */
export function userSearchSql(where: SqlCondition | null): { page: string; count: string } {
  const cond = where ? ` AND ${where.sql}` : '';
  return {
    page: `SELECT * FROM users WHERE env_id = ?${cond} AND seq > ? ORDER BY seq LIMIT ?`,
    count: `SELECT count(*) AS n FROM users WHERE env_id = ?${cond}`,
  };
}

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

function userParams(u: UserRecord): Row {
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

function toPopulation(r: Row): PopulationRecord {
  return {
    id: r.id as string,
    environmentId: r.env_id as string,
    name: r.name as string,
    description: (r.description as string | null) ?? null,
    isDefault: r.is_default === 1,
    passwordPolicyId: (r.password_policy_id as string | null) ?? null,
    extra: JSON.parse(r.extra as string) as Record<string, unknown>,
    createdAt: r.created_at as number,
    updatedAt: r.updated_at as number,
  };
}

function populationParams(p: PopulationRecord): Row {
  return {
    id: p.id,
    env_id: p.environmentId,
    name: p.name,
    name_lc: p.name.toLowerCase(),
    description: p.description,
    is_default: p.isDefault ? 1 : 0,
    password_policy_id: p.passwordPolicyId,
    extra: JSON.stringify(p.extra),
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

function toPolicy(r: Row): PasswordPolicyRecord {
  return {
    id: r.id as string,
    environmentId: r.env_id as string,
    name: r.name as string,
    isDefault: r.is_default === 1,
    rules: JSON.parse(r.rules as string) as Record<string, unknown>,
    createdAt: r.created_at as number,
    updatedAt: r.updated_at as number,
  };
}

function policyParams(p: PasswordPolicyRecord): Row {
  return {
    id: p.id,
    env_id: p.environmentId,
    name: p.name,
    name_lc: p.name.toLowerCase(),
    is_default: p.isDefault ? 1 : 0,
    rules: JSON.stringify(p.rules),
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

/** Opens (creating if needed) the SQLite database at `path` (`:memory:` allowed). */
export function openSqliteStore(path: string): Store {
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

  const st = {
    getSetting: db.prepare('SELECT value FROM settings WHERE key = ?'),
    setSetting: db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ),
    getEnv: db.prepare('SELECT * FROM environments WHERE id = ?'),
    putEnv: db.prepare(
      `INSERT INTO environments (id, name, organization_id, region, type, email_unique, created_at, updated_at)
       VALUES (@id, @name, @organization_id, @region, @type, @email_unique, @created_at, @updated_at)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, organization_id = excluded.organization_id,
       region = excluded.region, type = excluded.type, email_unique = excluded.email_unique,
       updated_at = excluded.updated_at`,
    ),
    getApp: db.prepare('SELECT * FROM applications WHERE env_id = ? AND id = ?'),
    putApp: db.prepare(
      `INSERT INTO applications (env_id, id, name, secret, auth_method, roles)
       VALUES (@env_id, @id, @name, @secret, @auth_method, @roles)
       ON CONFLICT(env_id, id) DO UPDATE SET name = excluded.name, secret = excluded.secret,
       auth_method = excluded.auth_method, roles = excluded.roles`,
    ),
    getKey: db.prepare('SELECT * FROM signing_keys WHERE env_id = ?'),
    putKey: db.prepare(
      `INSERT INTO signing_keys (env_id, kid, private_pem, public_jwk, created_at)
       VALUES (@env_id, @kid, @private_pem, @public_jwk, @created_at)
       ON CONFLICT(env_id) DO UPDATE SET kid = excluded.kid, private_pem = excluded.private_pem,
       public_jwk = excluded.public_jwk, created_at = excluded.created_at`,
    ),
    getPop: db.prepare('SELECT * FROM populations WHERE env_id = ? AND id = ?'),
    findPopByName: db.prepare('SELECT * FROM populations WHERE env_id = ? AND name_lc = ?'),
    defaultPop: db.prepare(
      'SELECT * FROM populations WHERE env_id = ? AND is_default = 1 ORDER BY seq LIMIT 1',
    ),
    insertPop: db.prepare(
      `INSERT INTO populations (id, env_id, name, name_lc, description, is_default, password_policy_id, extra, created_at, updated_at)
       VALUES (@id, @env_id, @name, @name_lc, @description, @is_default, @password_policy_id, @extra, @created_at, @updated_at)`,
    ),
    updatePop: db.prepare(
      `UPDATE populations SET name = @name, name_lc = @name_lc, description = @description,
       is_default = @is_default, password_policy_id = @password_policy_id, extra = @extra,
       updated_at = @updated_at WHERE env_id = @env_id AND id = @id`,
    ),
    deletePop: db.prepare('DELETE FROM populations WHERE env_id = ? AND id = ?'),
    clearDefaultPop: db.prepare('UPDATE populations SET is_default = 0 WHERE env_id = ?'),
    countUsersInPop: db.prepare(
      'SELECT count(*) AS n FROM users WHERE env_id = ? AND population_id = ?',
    ),
    countPopsUsingPolicy: db.prepare(
      'SELECT count(*) AS n FROM populations WHERE env_id = ? AND password_policy_id = ?',
    ),
    getPolicy: db.prepare('SELECT * FROM password_policies WHERE env_id = ? AND id = ?'),
    findPolicyByName: db.prepare(
      'SELECT * FROM password_policies WHERE env_id = ? AND name_lc = ?',
    ),
    defaultPolicy: db.prepare(
      'SELECT * FROM password_policies WHERE env_id = ? AND is_default = 1 ORDER BY seq LIMIT 1',
    ),
    insertPolicy: db.prepare(
      `INSERT INTO password_policies (id, env_id, name, name_lc, is_default, rules, created_at, updated_at)
       VALUES (@id, @env_id, @name, @name_lc, @is_default, @rules, @created_at, @updated_at)`,
    ),
    updatePolicy: db.prepare(
      `UPDATE password_policies SET name = @name, name_lc = @name_lc, is_default = @is_default,
       rules = @rules, updated_at = @updated_at WHERE env_id = @env_id AND id = @id`,
    ),
    deletePolicy: db.prepare('DELETE FROM password_policies WHERE env_id = ? AND id = ?'),
    clearDefaultPolicy: db.prepare('UPDATE password_policies SET is_default = 0 WHERE env_id = ?'),
    getUser: db.prepare('SELECT * FROM users WHERE env_id = ? AND id = ?'),
    findUserByUsername: db.prepare('SELECT * FROM users WHERE env_id = ? AND username_lc = ?'),
    findUserByEmail: db.prepare(
      'SELECT * FROM users WHERE env_id = ? AND email_lc = ? ORDER BY seq LIMIT 1',
    ),
    insertUser: db.prepare(
      `INSERT INTO users (id, env_id, population_id, username, username_lc, email, email_lc, enabled,
       attributes, created_at, updated_at, pw_hash, pw_status, pw_changed_at, pw_failures, pw_locked_at, pw_unlock_at)
       VALUES (@id, @env_id, @population_id, @username, @username_lc, @email, @email_lc, @enabled,
       @attributes, @created_at, @updated_at, @pw_hash, @pw_status, @pw_changed_at, @pw_failures, @pw_locked_at, @pw_unlock_at)`,
    ),
    updateUser: db.prepare(
      `UPDATE users SET population_id = @population_id, username = @username, username_lc = @username_lc,
       email = @email, email_lc = @email_lc, enabled = @enabled, attributes = @attributes,
       updated_at = @updated_at, pw_hash = @pw_hash, pw_status = @pw_status, pw_changed_at = @pw_changed_at,
       pw_failures = @pw_failures, pw_locked_at = @pw_locked_at, pw_unlock_at = @pw_unlock_at
       WHERE env_id = @env_id AND id = @id`,
    ),
    deleteUser: db.prepare('DELETE FROM users WHERE env_id = ? AND id = ?'),
    deleteHistory: db.prepare('DELETE FROM password_history WHERE user_id = ?'),
    listHistory: db.prepare(
      'SELECT hash, created_at FROM password_history WHERE user_id = ? ORDER BY seq DESC',
    ),
    addHistory: db.prepare(
      'INSERT INTO password_history (user_id, hash, created_at) VALUES (?, ?, ?)',
    ),
    pruneHistory: db.prepare(
      `DELETE FROM password_history WHERE user_id = ? AND seq NOT IN
       (SELECT seq FROM password_history WHERE user_id = ? ORDER BY seq DESC LIMIT ?)`,
    ),
    getRecovery: db.prepare('SELECT * FROM recovery_codes WHERE user_id = ?'),
    putRecovery: db.prepare(
      `INSERT INTO recovery_codes (user_id, code_hash, expires_at, failures) VALUES (?, ?, ?, ?)
       ON CONFLICT(user_id) DO UPDATE SET code_hash = excluded.code_hash,
       expires_at = excluded.expires_at, failures = excluded.failures`,
    ),
    deleteRecovery: db.prepare('DELETE FROM recovery_codes WHERE user_id = ?'),
  };

  // Filtered statements are prepared once per distinct SQL text.
  const dynamic = new Map<string, Database.Statement>();
  function prepared(sql: string): Database.Statement {
    let s = dynamic.get(sql);
    if (!s) {
      if (dynamic.size > 500) dynamic.clear();
      s = db.prepare(sql);
      dynamic.set(sql, s);
    }
    return s;
  }

  const store: Store = {
    db,
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),

    getSetting(key) {
      const r = st.getSetting.get(key) as { value: string } | undefined;
      return r ? r.value : null;
    },
    setSetting(key, value) {
      st.setSetting.run(key, value);
    },

    getEnvironment(id) {
      const r = st.getEnv.get(id) as Row | undefined;
      if (!r) return null;
      return {
        id: r.id as string,
        name: r.name as string,
        organizationId: r.organization_id as string,
        region: r.region as string,
        type: r.type as string,
        emailUnique: r.email_unique === 1,
        createdAt: r.created_at as number,
        updatedAt: r.updated_at as number,
      } satisfies EnvironmentRecord;
    },
    putEnvironment(env) {
      st.putEnv.run({
        id: env.id,
        name: env.name,
        organization_id: env.organizationId,
        region: env.region,
        type: env.type,
        email_unique: env.emailUnique ? 1 : 0,
        created_at: env.createdAt,
        updated_at: env.updatedAt,
      });
    },

    getApplication(environmentId, id) {
      const r = st.getApp.get(environmentId, id) as Row | undefined;
      if (!r) return null;
      return {
        id: r.id as string,
        environmentId: r.env_id as string,
        name: r.name as string,
        secret: r.secret as string,
        authMethod: r.auth_method as ApplicationRecord['authMethod'],
        roles: JSON.parse(r.roles as string) as string[],
      };
    },
    putApplication(app) {
      st.putApp.run({
        env_id: app.environmentId,
        id: app.id,
        name: app.name,
        secret: app.secret,
        auth_method: app.authMethod,
        roles: JSON.stringify(app.roles),
      });
    },

    getSigningKey(environmentId) {
      const r = st.getKey.get(environmentId) as Row | undefined;
      if (!r) return null;
      return {
        environmentId: r.env_id as string,
        kid: r.kid as string,
        privateKeyPem: r.private_pem as string,
        publicJwk: JSON.parse(r.public_jwk as string) as Record<string, string>,
        createdAt: r.created_at as number,
      } satisfies SigningKeyRecord;
    },
    putSigningKey(key) {
      st.putKey.run({
        env_id: key.environmentId,
        kid: key.kid,
        private_pem: key.privateKeyPem,
        public_jwk: JSON.stringify(key.publicJwk),
        created_at: key.createdAt,
      });
    },

    listPopulations(environmentId, where) {
      const sql = `SELECT * FROM populations WHERE env_id = ?${where ? ` AND ${where.sql}` : ''} ORDER BY seq`;
      return (prepared(sql).all(environmentId, ...(where?.params ?? [])) as Row[]).map(
        toPopulation,
      );
    },
    getPopulation(environmentId, id) {
      const r = st.getPop.get(environmentId, id) as Row | undefined;
      return r ? toPopulation(r) : null;
    },
    findPopulationByName(environmentId, name) {
      const r = st.findPopByName.get(environmentId, name.toLowerCase()) as Row | undefined;
      return r ? toPopulation(r) : null;
    },
    getDefaultPopulation(environmentId) {
      const r = st.defaultPop.get(environmentId) as Row | undefined;
      return r ? toPopulation(r) : null;
    },
    insertPopulation(p) {
      st.insertPop.run(populationParams(p));
    },
    updatePopulation(p) {
      st.updatePop.run(populationParams(p));
    },
    deletePopulation(environmentId, id) {
      st.deletePop.run(environmentId, id);
    },
    clearDefaultPopulation(environmentId) {
      st.clearDefaultPop.run(environmentId);
    },
    countUsersInPopulation(environmentId, populationId) {
      return (st.countUsersInPop.get(environmentId, populationId) as { n: number }).n;
    },
    countPopulationsUsingPolicy(environmentId, policyId) {
      return (st.countPopsUsingPolicy.get(environmentId, policyId) as { n: number }).n;
    },

    listPasswordPolicies(environmentId, where) {
      const sql = `SELECT * FROM password_policies WHERE env_id = ?${where ? ` AND ${where.sql}` : ''} ORDER BY seq`;
      return (prepared(sql).all(environmentId, ...(where?.params ?? [])) as Row[]).map(toPolicy);
    },
    getPasswordPolicy(environmentId, id) {
      const r = st.getPolicy.get(environmentId, id) as Row | undefined;
      return r ? toPolicy(r) : null;
    },
    findPasswordPolicyByName(environmentId, name) {
      const r = st.findPolicyByName.get(environmentId, name.toLowerCase()) as Row | undefined;
      return r ? toPolicy(r) : null;
    },
    getDefaultPasswordPolicy(environmentId) {
      const r = st.defaultPolicy.get(environmentId) as Row | undefined;
      return r ? toPolicy(r) : null;
    },
    insertPasswordPolicy(p) {
      st.insertPolicy.run(policyParams(p));
    },
    updatePasswordPolicy(p) {
      st.updatePolicy.run(policyParams(p));
    },
    deletePasswordPolicy(environmentId, id) {
      st.deletePolicy.run(environmentId, id);
    },
    clearDefaultPasswordPolicy(environmentId) {
      st.clearDefaultPolicy.run(environmentId);
    },

    getUser(environmentId, id) {
      const r = st.getUser.get(environmentId, id) as Row | undefined;
      return r ? toUser(r) : null;
    },
    findUserByUsername(environmentId, username) {
      const r = st.findUserByUsername.get(environmentId, username.toLowerCase()) as Row | undefined;
      return r ? toUser(r) : null;
    },
    findUserByEmail(environmentId, email) {
      const r = st.findUserByEmail.get(environmentId, email.toLowerCase()) as Row | undefined;
      return r ? toUser(r) : null;
    },
    insertUser(u) {
      st.insertUser.run(userParams(u));
    },
    updateUser(u) {
      st.updateUser.run(userParams(u));
    },
    deleteUser(environmentId, id) {
      db.transaction(() => {
        st.deleteUser.run(environmentId, id);
        st.deleteHistory.run(id);
        st.deleteRecovery.run(id);
      })();
    },
    searchUsers(environmentId, where, after, limit): Page<UserRecord> {
      const sql = userSearchSql(where);
      const params = where?.params ?? [];
      const rows = prepared(sql.page).all(environmentId, ...params, after ?? 0, limit + 1) as Row[];
      const total = (prepared(sql.count).get(environmentId, ...params) as { n: number }).n;
      const more = rows.length > limit;
      const pageRows = more ? rows.slice(0, limit) : rows;
      const last = pageRows[pageRows.length - 1];
      return {
        items: pageRows.map(toUser),
        total,
        nextAfter: more && last ? (last.seq as number) : null,
      };
    },

    listPasswordHistory(userId): HistoryEntry[] {
      return (st.listHistory.all(userId) as Row[]).map((r) => ({
        hash: r.hash as string,
        createdAt: r.created_at as number,
      }));
    },
    addPasswordHistory(userId, entry, keep) {
      db.transaction(() => {
        st.addHistory.run(userId, entry.hash, entry.createdAt);
        st.pruneHistory.run(userId, userId, Math.max(keep, 1));
      })();
    },

    getRecovery(userId): RecoveryRecord | null {
      const r = st.getRecovery.get(userId) as Row | undefined;
      if (!r) return null;
      return {
        userId: r.user_id as string,
        codeHash: r.code_hash as string,
        expiresAt: r.expires_at as number,
        failures: r.failures as number,
      };
    },
    putRecovery(r) {
      st.putRecovery.run(r.userId, r.codeHash, r.expiresAt, r.failures);
    },
    deleteRecovery(userId) {
      st.deleteRecovery.run(userId);
    },

    reset() {
      db.transaction(() => {
        for (const table of [
          'recovery_codes',
          'password_history',
          'users',
          'populations',
          'password_policies',
        ]) {
          db.exec(`DELETE FROM ${table}`);
        }
      })();
    },
    close() {
      if (db.open) db.close();
    },
  };
  return store;
}
