/** The tables and indexes of PingOne Local's SQLite database (created when absent). */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS environments (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, organization_id TEXT NOT NULL, region TEXT NOT NULL,
  type TEXT NOT NULL, email_unique INTEGER NOT NULL, created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS applications (
  env_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, secret TEXT NOT NULL,
  auth_method TEXT NOT NULL, roles TEXT NOT NULL, PRIMARY KEY (env_id, id));
CREATE TABLE IF NOT EXISTS resources (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, env_id TEXT NOT NULL,
  name TEXT NOT NULL, type TEXT NOT NULL, audience TEXT NOT NULL, description TEXT NOT NULL,
  token_validity INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS resources_name ON resources (env_id, name);
CREATE TABLE IF NOT EXISTS resource_scopes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, env_id TEXT NOT NULL,
  resource_id TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS resource_scopes_name ON resource_scopes (resource_id, name);
CREATE TABLE IF NOT EXISTS application_grants (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, env_id TEXT NOT NULL,
  app_id TEXT NOT NULL, resource_id TEXT NOT NULL, scopes TEXT NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS application_grants_app ON application_grants (app_id, env_id);
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
CREATE TABLE IF NOT EXISTS signon_sessions (
  id TEXT PRIMARY KEY, env_id TEXT NOT NULL, user_id TEXT NOT NULL, auth_time INTEGER NOT NULL,
  amr TEXT NOT NULL, acr TEXT NOT NULL, user_agent TEXT, ip TEXT, created_at INTEGER NOT NULL,
  last_used_at INTEGER NOT NULL, expires_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS signon_sessions_user ON signon_sessions (user_id, env_id);
CREATE TABLE IF NOT EXISTS flows (
  id TEXT PRIMARY KEY, env_id TEXT NOT NULL, app_id TEXT NOT NULL, status TEXT NOT NULL,
  request TEXT NOT NULL, user_id TEXT, session_id TEXT, data TEXT NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS authorization_codes (
  code_hash TEXT PRIMARY KEY, env_id TEXT NOT NULL, app_id TEXT NOT NULL, user_id TEXT NOT NULL,
  session_id TEXT NOT NULL, grant_id TEXT NOT NULL, redirect_uri TEXT NOT NULL,
  scope TEXT NOT NULL, nonce TEXT, code_challenge TEXT, code_challenge_method TEXT,
  auth_time INTEGER NOT NULL, amr TEXT NOT NULL, acr TEXT NOT NULL, created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL, used_at INTEGER);
CREATE TABLE IF NOT EXISTS refresh_tokens (
  token_hash TEXT PRIMARY KEY, env_id TEXT NOT NULL, app_id TEXT NOT NULL,
  user_id TEXT NOT NULL, session_id TEXT NOT NULL, grant_id TEXT NOT NULL, scope TEXT NOT NULL,
  auth_time INTEGER NOT NULL, amr TEXT NOT NULL, acr TEXT NOT NULL, created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL, used_at INTEGER);
CREATE INDEX IF NOT EXISTS refresh_tokens_grant ON refresh_tokens (grant_id);
CREATE TABLE IF NOT EXISTS revoked_grants (
  grant_id TEXT PRIMARY KEY, env_id TEXT NOT NULL, revoked_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS access_tokens (
  jti TEXT PRIMARY KEY, env_id TEXT NOT NULL, grant_id TEXT NOT NULL, expires_at INTEGER NOT NULL);
`;

/**
 * Columns added to `applications` after its first release: added to an older database's table
 * with these defaults (a Worker), which the seed then overwrites for the apps it owns.
 */
export const APPLICATION_COLUMNS_ADDED = [
  ['type', "TEXT NOT NULL DEFAULT 'WORKER'"],
  ['enabled', 'INTEGER NOT NULL DEFAULT 1'],
  ['settings', "TEXT NOT NULL DEFAULT '{}'"],
  ['created_at', 'INTEGER NOT NULL DEFAULT 0'],
  ['updated_at', 'INTEGER NOT NULL DEFAULT 0'],
] as const;

// The user indexes lead with the looked-up column, not env_id: an index starting with env_id
// (one environment per database in practice) tempts the planner into scanning the whole
// environment instead of combining the username and email indexes for `... or ...` filters.

/** Tables `reset()` empties, children first (settings, environments, apps and keys stay). */
export const RESETTABLE_TABLES = [
  'access_tokens',
  'revoked_grants',
  'refresh_tokens',
  'authorization_codes',
  'flows',
  'signon_sessions',
  'recovery_codes',
  'password_history',
  'users',
  'populations',
  'password_policies',
] as const;
