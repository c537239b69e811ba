/**
 * Applications, the built-in resources with their scopes, and the resource grants of
 * applications. Applications are upserted (the seed re-writes the apps it owns at every start);
 * resources and scopes are only inserted (by the seed); grants go with their application.
 */
import { type Connection, first, insertSql, type Row, updateSql, upsertSql } from './database.js';
import { bool, json, rowMapping, TIMESTAMPS } from './mapping.js';
import type {
  ApplicationRecord,
  GrantRecord,
  OidcSettings,
  ResourceRecord,
  ResourceScopeRecord,
  Store,
} from './types.js';

const APPLICATION_ROW = rowMapping<ApplicationRecord>({
  env_id: 'environmentId',
  id: 'id',
  name: 'name',
  secret: 'secret',
  auth_method: 'authMethod',
  roles: ['roles', json],
  type: 'type',
  enabled: ['enabled', bool],
  settings: ['settings', json],
  ...TIMESTAMPS,
});

const RESOURCE_ROW = rowMapping<ResourceRecord>({
  id: 'id',
  env_id: 'environmentId',
  name: 'name',
  type: 'type',
  audience: 'audience',
  description: 'description',
  token_validity: 'accessTokenValiditySeconds',
  ...TIMESTAMPS,
});

const SCOPE_ROW = rowMapping<ResourceScopeRecord>({
  id: 'id',
  env_id: 'environmentId',
  resource_id: 'resourceId',
  name: 'name',
  description: 'description',
  ...TIMESTAMPS,
});

const GRANT_ROW = rowMapping<GrantRecord>({
  id: 'id',
  env_id: 'environmentId',
  app_id: 'applicationId',
  resource_id: 'resourceId',
  scopes: ['scopeIds', json],
  ...TIMESTAMPS,
});

/** Settings of a Worker whose row predates them (the added columns' defaults). */
const WORKER_SETTINGS: OidcSettings = {
  description: null,
  grantTypes: ['CLIENT_CREDENTIALS'],
  responseTypes: [],
  redirectUris: [],
  postLogoutRedirectUris: [],
  loginPageUrl: null,
  pkceEnforcement: 'OPTIONAL',
  refreshTokenDuration: 2_592_000,
  refreshTokenRollingDuration: null,
  corsSettings: null,
};

function toApplication(row: Row): ApplicationRecord {
  const app = APPLICATION_ROW.toRecord(row);
  return { ...app, settings: { ...WORKER_SETTINGS, ...app.settings } };
}

type ApplicationMethods = Pick<
  Store,
  | 'listApplications'
  | 'getApplication'
  | 'putApplication'
  | 'deleteApplication'
  | 'listResources'
  | 'getResource'
  | 'findResourceByName'
  | 'insertResource'
  | 'listResourceScopes'
  | 'insertResourceScope'
  | 'listGrants'
  | 'listGrantedScopeNames'
  | 'getGrant'
  | 'insertGrant'
  | 'updateGrant'
  | 'deleteGrant'
>;

/** The application, resource and grant methods of the store. */
export function applicationStore(conn: Connection): ApplicationMethods {
  const st = {
    listApps: conn.statement('SELECT * FROM applications WHERE env_id = ? ORDER BY rowid'),
    getApp: conn.statement('SELECT * FROM applications WHERE env_id = ? AND id = ?'),
    putApp: conn.statement(
      upsertSql('applications', ['env_id', 'id'], APPLICATION_ROW.columns, ['created_at']),
    ),
    deleteApp: conn.statement('DELETE FROM applications WHERE env_id = ? AND id = ?'),
    deleteAppGrants: conn.statement(
      'DELETE FROM application_grants WHERE env_id = ? AND app_id = ?',
    ),
    listResources: conn.statement('SELECT * FROM resources WHERE env_id = ? ORDER BY seq'),
    getResource: conn.statement('SELECT * FROM resources WHERE env_id = ? AND id = ?'),
    resourceByName: conn.statement('SELECT * FROM resources WHERE env_id = ? AND name = ?'),
    insertResource: conn.statement(insertSql('resources', RESOURCE_ROW.columns)),
    listScopes: conn.statement(
      'SELECT * FROM resource_scopes WHERE env_id = ? AND resource_id = ? ORDER BY seq',
    ),
    insertScope: conn.statement(insertSql('resource_scopes', SCOPE_ROW.columns)),
    listGrants: conn.statement(
      'SELECT * FROM application_grants WHERE env_id = ? AND app_id = ? ORDER BY seq',
    ),
    grantedScopeNames: conn
      .statement(
        `SELECT DISTINCT s.name FROM application_grants AS g
         JOIN json_each(g.scopes) AS j
         JOIN resource_scopes AS s
           ON s.id = j.value AND s.env_id = g.env_id AND s.resource_id = g.resource_id
         WHERE g.env_id = ? AND g.app_id = ?`,
      )
      .pluck(),
    getGrant: conn.statement(
      'SELECT * FROM application_grants WHERE env_id = ? AND app_id = ? AND id = ?',
    ),
    insertGrant: conn.statement(insertSql('application_grants', GRANT_ROW.columns)),
    updateGrant: conn.statement(updateSql('application_grants', GRANT_ROW.columns)),
    deleteGrant: conn.statement(
      'DELETE FROM application_grants WHERE env_id = ? AND app_id = ? AND id = ?',
    ),
  };
  return {
    listApplications: (environmentId) =>
      (st.listApps.all(environmentId) as Row[]).map(toApplication),
    getApplication: (environmentId, id) => first(st.getApp, toApplication, environmentId, id),
    putApplication: (app) => void st.putApp.run(APPLICATION_ROW.params(app)),
    deleteApplication(environmentId, id) {
      conn.db.transaction(() => {
        st.deleteAppGrants.run(environmentId, id);
        st.deleteApp.run(environmentId, id);
      })();
    },
    listResources: (environmentId) =>
      (st.listResources.all(environmentId) as Row[]).map(RESOURCE_ROW.toRecord),
    getResource: (environmentId, id) =>
      first(st.getResource, RESOURCE_ROW.toRecord, environmentId, id),
    findResourceByName: (environmentId, name) =>
      first(st.resourceByName, RESOURCE_ROW.toRecord, environmentId, name),
    insertResource: (r) => void st.insertResource.run(RESOURCE_ROW.params(r)),
    listResourceScopes: (environmentId, resourceId) =>
      (st.listScopes.all(environmentId, resourceId) as Row[]).map(SCOPE_ROW.toRecord),
    insertResourceScope: (s) => void st.insertScope.run(SCOPE_ROW.params(s)),
    listGrants: (environmentId, applicationId) =>
      (st.listGrants.all(environmentId, applicationId) as Row[]).map(GRANT_ROW.toRecord),
    listGrantedScopeNames: (environmentId, applicationId) =>
      st.grantedScopeNames.all(environmentId, applicationId) as string[],
    getGrant: (environmentId, applicationId, id) =>
      first(st.getGrant, GRANT_ROW.toRecord, environmentId, applicationId, id),
    insertGrant: (g) => void st.insertGrant.run(GRANT_ROW.params(g)),
    updateGrant: (g) => void st.updateGrant.run(GRANT_ROW.params(g)),
    deleteGrant: (environmentId, applicationId, id) =>
      void st.deleteGrant.run(environmentId, applicationId, id),
  };
}
