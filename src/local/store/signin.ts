/**
 * Sign-on state: sessions (`ST`), flows, authorization codes, refresh tokens and revoked grants.
 * Codes and refresh tokens are stored by their SHA-256 hash, never in clear. Flows, codes and
 * sessions are written without fsync (`Connection.relaxed`), and so is a token request's commit
 * (the code's or refresh token's use with the tokens it issues: `Store.relaxedTransaction`);
 * revocations and deleting a session (sign-off) keep `synchronous=FULL`.
 */
import { type Connection, first, insertSql, upsertSql } from './database.js';
import { json, rowMapping } from './mapping.js';
import type {
  AuthorizationCodeRecord,
  FlowRecord,
  RefreshTokenRecord,
  SessionRecord,
  Store,
} from './types.js';

const SESSION_ROW = rowMapping<SessionRecord>({
  id: 'id',
  env_id: 'environmentId',
  user_id: 'userId',
  auth_time: 'authTime',
  amr: ['amr', json],
  acr: 'acr',
  user_agent: 'userAgent',
  ip: 'ip',
  created_at: 'createdAt',
  last_used_at: 'lastUsedAt',
  expires_at: 'expiresAt',
});

const FLOW_ROW = rowMapping<FlowRecord>({
  id: 'id',
  env_id: 'environmentId',
  app_id: 'applicationId',
  status: 'status',
  request: ['request', json],
  user_id: 'userId',
  session_id: 'sessionId',
  data: ['data', json],
  created_at: 'createdAt',
  updated_at: 'updatedAt',
  expires_at: 'expiresAt',
});

const GRANT_COLUMNS = {
  env_id: 'environmentId',
  app_id: 'applicationId',
  user_id: 'userId',
  session_id: 'sessionId',
  grant_id: 'grantId',
  scope: ['scope', json],
  auth_time: 'authTime',
  amr: ['amr', json],
  acr: 'acr',
} as const;

const CODE_ROW = rowMapping<AuthorizationCodeRecord>({
  code_hash: 'codeHash',
  ...GRANT_COLUMNS,
  redirect_uri: 'redirectUri',
  nonce: 'nonce',
  code_challenge: 'codeChallenge',
  code_challenge_method: 'codeChallengeMethod',
  created_at: 'createdAt',
  expires_at: 'expiresAt',
  used_at: 'usedAt',
});

const REFRESH_ROW = rowMapping<RefreshTokenRecord>({
  token_hash: 'tokenHash',
  ...GRANT_COLUMNS,
  created_at: 'createdAt',
  expires_at: 'expiresAt',
  used_at: 'usedAt',
});

type SigninMethods = Pick<
  Store,
  | 'getSession'
  | 'listSessions'
  | 'putSession'
  | 'deleteSession'
  | 'getFlow'
  | 'putFlow'
  | 'deleteFlow'
  | 'insertAuthorizationCode'
  | 'getAuthorizationCode'
  | 'useAuthorizationCode'
  | 'insertRefreshToken'
  | 'getRefreshToken'
  | 'useRefreshToken'
  | 'insertAccessToken'
  | 'getAccessTokenGrant'
  | 'revokeGrant'
  | 'isGrantRevoked'
  | 'purgeExpired'
> & {
  /** Deletes the user's sessions, flows, codes and refresh tokens (with the user). */
  forgetUserSignOn(userId: string): void;
};

/** The sign-on methods of the store. */
export function signinStore(conn: Connection): SigninMethods {
  const st = {
    getSession: conn.statement('SELECT * FROM signon_sessions WHERE env_id = ? AND id = ?'),
    listSessions: conn.statement(
      'SELECT * FROM signon_sessions WHERE env_id = ? AND user_id = ? ORDER BY last_used_at DESC',
    ),
    putSession: conn.statement(upsertSql('signon_sessions', ['id'], SESSION_ROW.columns)),
    deleteSession: conn.statement('DELETE FROM signon_sessions WHERE env_id = ? AND id = ?'),
    getFlow: conn.statement('SELECT * FROM flows WHERE env_id = ? AND id = ?'),
    putFlow: conn.statement(upsertSql('flows', ['id'], FLOW_ROW.columns)),
    deleteFlow: conn.statement('DELETE FROM flows WHERE env_id = ? AND id = ?'),
    insertCode: conn.statement(insertSql('authorization_codes', CODE_ROW.columns)),
    getCode: conn.statement('SELECT * FROM authorization_codes WHERE code_hash = ?'),
    useCode: conn.statement(
      'UPDATE authorization_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL',
    ),
    insertRefresh: conn.statement(insertSql('refresh_tokens', REFRESH_ROW.columns)),
    getRefresh: conn.statement('SELECT * FROM refresh_tokens WHERE token_hash = ?'),
    useRefresh: conn.statement(
      'UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL',
    ),
    insertAccess: conn.statement(
      'INSERT INTO access_tokens (jti, env_id, grant_id, expires_at) VALUES (?, ?, ?, ?)',
    ),
    getAccess: conn.statement('SELECT grant_id FROM access_tokens WHERE jti = ?'),
    revoke: conn.statement(
      `INSERT INTO revoked_grants (grant_id, env_id, revoked_at, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(grant_id) DO UPDATE SET expires_at = max(expires_at, excluded.expires_at)`,
    ),
    deleteRefreshOfGrant: conn.statement('DELETE FROM refresh_tokens WHERE grant_id = ?'),
    isRevoked: conn.statement('SELECT 1 FROM revoked_grants WHERE grant_id = ?'),
    purge: [
      'DELETE FROM flows WHERE expires_at <= ?',
      'DELETE FROM authorization_codes WHERE expires_at <= ?',
      'DELETE FROM refresh_tokens WHERE expires_at <= ?',
      'DELETE FROM signon_sessions WHERE expires_at <= ?',
      'DELETE FROM revoked_grants WHERE expires_at <= ?',
      'DELETE FROM access_tokens WHERE expires_at <= ?',
    ].map((sql) => conn.statement(sql)),
    forget: [
      'DELETE FROM signon_sessions WHERE user_id = ?',
      'DELETE FROM flows WHERE user_id = ?',
      'DELETE FROM authorization_codes WHERE user_id = ?',
      'DELETE FROM refresh_tokens WHERE user_id = ?',
    ].map((sql) => conn.statement(sql)),
  };
  const revokeGrant = conn.db.transaction(
    (environmentId: string, grantId: string, at: number, expiresAt: number) => {
      st.revoke.run(grantId, environmentId, at, expiresAt);
      st.deleteRefreshOfGrant.run(grantId);
    },
  );
  return {
    getSession: (environmentId, id) =>
      first(st.getSession, SESSION_ROW.toRecord, environmentId, id),
    listSessions: (environmentId, userId) =>
      (st.listSessions.all(environmentId, userId) as Record<string, unknown>[]).map(
        SESSION_ROW.toRecord,
      ),
    putSession: (s) => conn.relaxed(() => void st.putSession.run(SESSION_ROW.params(s))),
    deleteSession: (environmentId, id) => void st.deleteSession.run(environmentId, id),
    getFlow: (environmentId, id) => first(st.getFlow, FLOW_ROW.toRecord, environmentId, id),
    putFlow: (f) => conn.relaxed(() => void st.putFlow.run(FLOW_ROW.params(f))),
    deleteFlow: (environmentId, id) =>
      conn.relaxed(() => void st.deleteFlow.run(environmentId, id)),
    insertAuthorizationCode: (c) => conn.relaxed(() => void st.insertCode.run(CODE_ROW.params(c))),
    getAuthorizationCode: (codeHash) => first(st.getCode, CODE_ROW.toRecord, codeHash),
    useAuthorizationCode: (codeHash, at) => st.useCode.run(at, codeHash).changes === 1,
    insertRefreshToken: (t) => void st.insertRefresh.run(REFRESH_ROW.params(t)),
    getRefreshToken: (tokenHash) => first(st.getRefresh, REFRESH_ROW.toRecord, tokenHash),
    useRefreshToken: (tokenHash, at) => st.useRefresh.run(at, tokenHash).changes === 1,
    insertAccessToken: (t) =>
      void st.insertAccess.run(t.jti, t.environmentId, t.grantId, t.expiresAt),
    getAccessTokenGrant: (jti) =>
      (st.getAccess.get(jti) as { grant_id: string } | undefined)?.grant_id ?? null,
    revokeGrant: (environmentId, grantId, at, expiresAt) =>
      revokeGrant(environmentId, grantId, at, expiresAt),
    isGrantRevoked: (grantId) => st.isRevoked.get(grantId) !== undefined,
    purgeExpired(now) {
      for (const statement of st.purge) statement.run(now);
    },
    forgetUserSignOn(userId) {
      for (const statement of st.forget) statement.run(userId);
    },
  };
}
