/**
 * Populations operations (`/environments/{envId}/populations`). The PingOne pages of each
 * operation are linked from {@link PopulationsApi}.
 */
import { type Api, getOrNull, pathId } from './call.js';
import { checkPopulation } from './check.js';
import { renderFilter } from './filter.js';
import type { Population } from './model.js';
import { type CollectionSpec, listAll } from './paging.js';
import type { PopulationsApi } from './types.js';

/** The populations operations over `api`. */
export function createPopulationsApi(api: Api): PopulationsApi {
  const collection: CollectionSpec<Population> = {
    url: `${api.envUrl}/populations`,
    name: 'populations',
    item: checkPopulation,
  };
  return {
    list: async (params, opts) => {
      const first =
        params?.filter === undefined
          ? collection.url
          : `${collection.url}?${new URLSearchParams({ filter: renderFilter(params.filter) })}`;
      return listAll(api, collection, first, opts);
    },

    get: async (populationId, opts) =>
      getOrNull(
        api,
        `${collection.url}/${pathId('populationId', populationId)}`,
        opts,
        checkPopulation,
      ),
  };
}
