/** Settings, the environment, its applications and its signing key: one row each, upserted. */
import { type Connection, first, type Row, upsertSql } from './database.js';
import type { ApplicationRecord, EnvironmentRecord, SigningKeyRecord, Store } from './types.js';

function toEnvironment(r: Row): EnvironmentRecord {
  return {
    id: r.id as string,
    name: r.name as string,
    organizationId: r.organization_id as string,
    region: r.region as string,
    type: r.type as string,
    emailUnique: r.email_unique === 1,
    createdAt: r.created_at as number,
    updatedAt: r.updated_at as number,
  };
}

function toApplication(r: Row): ApplicationRecord {
  return {
    id: r.id as string,
    environmentId: r.env_id as string,
    name: r.name as string,
    secret: r.secret as string,
    authMethod: r.auth_method as ApplicationRecord['authMethod'],
    roles: JSON.parse(r.roles as string) as string[],
  };
}

function toSigningKey(r: Row): SigningKeyRecord {
  return {
    environmentId: r.env_id as string,
    kid: r.kid as string,
    privateKeyPem: r.private_pem as string,
    publicJwk: JSON.parse(r.public_jwk as string) as Record<string, string>,
    createdAt: r.created_at as number,
  };
}

type EnvironmentMethods = Pick<
  Store,
  | 'getSetting'
  | 'setSetting'
  | 'getEnvironment'
  | 'putEnvironment'
  | 'getApplication'
  | 'putApplication'
  | 'getSigningKey'
  | 'putSigningKey'
>;

/** The settings, environment, application and signing key methods of the store. */
export function environmentStore(conn: Connection): EnvironmentMethods {
  const st = {
    getSetting: conn.statement('SELECT value FROM settings WHERE key = ?'),
    setSetting: conn.statement(upsertSql('settings', ['key'], ['value'])),
    getEnv: conn.statement('SELECT * FROM environments WHERE id = ?'),
    putEnv: conn.statement(
      upsertSql(
        'environments',
        ['id'],
        ['name', 'organization_id', 'region', 'type', 'email_unique', 'updated_at'],
        ['created_at'],
      ),
    ),
    getApp: conn.statement('SELECT * FROM applications WHERE env_id = ? AND id = ?'),
    putApp: conn.statement(
      upsertSql('applications', ['env_id', 'id'], ['name', 'secret', 'auth_method', 'roles']),
    ),
    getKey: conn.statement('SELECT * FROM signing_keys WHERE env_id = ?'),
    putKey: conn.statement(
      upsertSql('signing_keys', ['env_id'], ['kid', 'private_pem', 'public_jwk', 'created_at']),
    ),
  };
  return {
    getSetting: (key) => first(st.getSetting, (r) => r.value as string, key),
    setSetting: (key, value) => void st.setSetting.run({ key, value }),
    getEnvironment: (id) => first(st.getEnv, toEnvironment, id),
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
    getApplication: (environmentId, id) => first(st.getApp, toApplication, environmentId, id),
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
    getSigningKey: (environmentId) => first(st.getKey, toSigningKey, environmentId),
    putSigningKey(key) {
      st.putKey.run({
        env_id: key.environmentId,
        kid: key.kid,
        private_pem: key.privateKeyPem,
        public_jwk: JSON.stringify(key.publicJwk),
        created_at: key.createdAt,
      });
    },
  };
}
