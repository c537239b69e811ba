/** Settings, the environment and its signing key: one row each, upserted. */
import { type Connection, first, upsertSql } from './database.js';
import { bool, json, rowMapping, TIMESTAMPS } from './mapping.js';
import type { EnvironmentRecord, SigningKeyRecord, Store } from './types.js';

const ENVIRONMENT_ROW = rowMapping<EnvironmentRecord>({
  id: 'id',
  name: 'name',
  organization_id: 'organizationId',
  region: 'region',
  type: 'type',
  email_unique: ['emailUnique', bool],
  ...TIMESTAMPS,
});

const SIGNING_KEY_ROW = rowMapping<SigningKeyRecord>({
  env_id: 'environmentId',
  kid: 'kid',
  private_pem: 'privateKeyPem',
  public_jwk: ['publicJwk', json],
  created_at: 'createdAt',
});

type EnvironmentMethods = Pick<
  Store,
  | 'getSetting'
  | 'setSetting'
  | 'getEnvironment'
  | 'putEnvironment'
  | 'getSigningKey'
  | 'putSigningKey'
>;

/** The settings, environment and signing key methods of the store. */
export function environmentStore(conn: Connection): EnvironmentMethods {
  const st = {
    getSetting: conn.statement('SELECT value FROM settings WHERE key = ?'),
    setSetting: conn.statement(upsertSql('settings', ['key'], ['value'])),
    getEnv: conn.statement('SELECT * FROM environments WHERE id = ?'),
    putEnv: conn.statement(
      upsertSql('environments', ['id'], ENVIRONMENT_ROW.columns, ['created_at']),
    ),
    getKey: conn.statement('SELECT * FROM signing_keys WHERE env_id = ?'),
    putKey: conn.statement(upsertSql('signing_keys', ['env_id'], SIGNING_KEY_ROW.columns)),
  };
  return {
    getSetting: (key) => first(st.getSetting, (r) => r.value as string, key),
    setSetting: (key, value) => void st.setSetting.run({ key, value }),
    getEnvironment: (id) => first(st.getEnv, ENVIRONMENT_ROW.toRecord, id),
    putEnvironment: (env) => void st.putEnv.run(ENVIRONMENT_ROW.params(env)),
    getSigningKey: (environmentId) => first(st.getKey, SIGNING_KEY_ROW.toRecord, environmentId),
    putSigningKey: (key) => void st.putKey.run(SIGNING_KEY_ROW.params(key)),
  };
}
