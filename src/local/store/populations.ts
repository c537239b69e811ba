/** Populations and password policies: the two named tables, and the counts that guard deletes. */
import { type Connection, count, type Row } from './database.js';
import { NAMED_FILTER_COLUMNS, namedTable } from './named.js';
import type { PasswordPolicyRecord, PopulationRecord, Store } from './types.js';

const POPULATION_FIELDS = [
  'id',
  'env_id',
  'name',
  'name_lc',
  'description',
  'is_default',
  'password_policy_id',
  'extra',
  'created_at',
  'updated_at',
] as const;

const POLICY_FIELDS = [
  'id',
  'env_id',
  'name',
  'name_lc',
  'is_default',
  'rules',
  'created_at',
  'updated_at',
] as const;

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

function populationParams(
  p: PopulationRecord,
): Record<(typeof POPULATION_FIELDS)[number], unknown> {
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

function policyParams(p: PasswordPolicyRecord): Record<(typeof POLICY_FIELDS)[number], unknown> {
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
  const t = namedTable(conn, {
    table: 'populations',
    columns: POPULATION_FIELDS,
    filterColumns: NAMED_FILTER_COLUMNS,
    toRecord: toPopulation,
    params: populationParams,
  });
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
  const t = namedTable(conn, {
    table: 'password_policies',
    columns: POLICY_FIELDS,
    filterColumns: NAMED_FILTER_COLUMNS,
    toRecord: toPolicy,
    params: policyParams,
  });
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
