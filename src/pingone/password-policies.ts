/**
 * Password policy operations (`/environments/{envId}/passwordPolicies`), and which policy applies
 * to a population (docs/pingone-behaviour.md §5.3). The PingOne pages of each operation are linked
 * from {@link PasswordPoliciesApi}.
 */
import { type Api, getOrNull, json, pathId } from './call.js';
import { checkPasswordPolicy, checkPopulation } from './check.js';
import { PingOneResponseError } from './errors.js';
import type { PasswordPolicy } from './model.js';
import { type CollectionSpec, listAll } from './paging.js';
import type { PasswordPoliciesApi } from './types.js';

/** The password policy operations over `api`. */
export function createPasswordPoliciesApi(api: Api): PasswordPoliciesApi {
  const collection: CollectionSpec<PasswordPolicy> = {
    url: `${api.envUrl}/passwordPolicies`,
    name: 'passwordPolicies',
    item: checkPasswordPolicy,
  };
  const policyUrl = (id: string) => `${collection.url}/${pathId('policyId', id)}`;
  const policies: PasswordPoliciesApi = {
    list: async (opts) => listAll(api, collection, collection.url, opts),

    get: async (policyId, opts) => getOrNull(api, policyUrl(policyId), opts, checkPasswordPolicy),

    forPopulation: async (populationId, opts) => {
      if (populationId !== null) {
        const population = await json(
          api,
          {
            method: 'GET',
            url: `${api.envUrl}/populations/${pathId('populationId', populationId)}`,
            opts,
          },
          checkPopulation,
        );
        if (population.passwordPolicy) {
          return json(
            api,
            { method: 'GET', url: policyUrl(population.passwordPolicy.id), opts },
            checkPasswordPolicy,
          );
        }
      }
      const all = await policies.list(opts);
      const defaults = all.filter((p) => p.default === true);
      if (defaults.length !== 1) {
        throw new PingOneResponseError(
          `response body "_embedded.passwordPolicies" must contain exactly one default policy (found ${defaults.length})`,
          200,
          '_embedded.passwordPolicies',
        );
      }
      return defaults[0]!;
    },
  };
  return policies;
}
