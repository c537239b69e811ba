/** Populations and password policies: the two named tables, and the counts that guard deletes. */
import { type Connection, count } from './database.js';
import { bool, json, rowMapping, TIMESTAMPS } from './mapping.js';
import { NAMED_FILTER_COLUMNS, namedTable } from './named.js';
import type { PasswordPolicyRecord, PopulationRecord, Store } from './types.js';

const lowerName = (r: { name: string }) => r.name.toLowerCase();

const POPULATION_ROW = rowMapping<PopulationRecord>({
  id: 'id',
  env_id: 'environmentId',
  name: 'name',
  name_lc: lowerName,
  description: 'description',
  is_default: ['isDefault', bool],
  password_policy_id: 'passwordPolicyId',
  extra: ['extra', json],
  ...TIMESTAMPS,
});

const POLICY_ROW = rowMapping<PasswordPolicyRecord>({
  id: 'id',
  env_id: 'environmentId',
  name: 'name',
  name_lc: lowerName,
  is_default: ['isDefault', bool],
  rules: ['rules', json],
  ...TIMESTAMPS,
});

type PopulationMethods = Pick<
  Store,
  | 'listPopulations'
  | 'getPopulation'
  | 'findPopulationByName'
  | 'getDefaultPopulation'
  | 'insertPopulation'
  | 'updatePopulation'
  | 'deletePopulation'
  | 'clearDefaultPopulation'
  | 'countUsersInPopulation'
  | 'countPopulationsUsingPolicy'
>;

/** The population methods of the store. */
export function populationStore(conn: Connection): PopulationMethods {
  const t = namedTable(conn, 'populations', POPULATION_ROW, NAMED_FILTER_COLUMNS);
  const usersIn = conn.statement(
    'SELECT count(*) AS n FROM users WHERE env_id = ? AND population_id = ?',
  );
  const usingPolicy = conn.statement(
    'SELECT count(*) AS n FROM populations WHERE env_id = ? AND password_policy_id = ?',
  );
  return {
    listPopulations: t.list,
    getPopulation: t.get,
    findPopulationByName: t.findByName,
    getDefaultPopulation: t.getDefault,
    insertPopulation: t.insert,
    updatePopulation: t.update,
    deletePopulation: t.delete,
    clearDefaultPopulation: t.clearDefault,
    countUsersInPopulation: (environmentId, populationId) =>
      count(usersIn, environmentId, populationId),
    countPopulationsUsingPolicy: (environmentId, policyId) =>
      count(usingPolicy, environmentId, policyId),
  };
}

type PolicyMethods = Pick<
  Store,
  | 'listPasswordPolicies'
  | 'getPasswordPolicy'
  | 'findPasswordPolicyByName'
  | 'getDefaultPasswordPolicy'
  | 'insertPasswordPolicy'
  | 'updatePasswordPolicy'
  | 'deletePasswordPolicy'
  | 'clearDefaultPasswordPolicy'
>;

/** The password policy methods of the store. */
export function passwordPolicyStore(conn: Connection): PolicyMethods {
  const t = namedTable(conn, 'password_policies', POLICY_ROW, NAMED_FILTER_COLUMNS);
  return {
    listPasswordPolicies: t.list,
    getPasswordPolicy: t.get,
    findPasswordPolicyByName: t.findByName,
    getDefaultPasswordPolicy: t.getDefault,
    insertPasswordPolicy: t.insert,
    updatePasswordPolicy: t.update,
    deletePasswordPolicy: t.delete,
    clearDefaultPasswordPolicy: t.clearDefault,
  };
}
