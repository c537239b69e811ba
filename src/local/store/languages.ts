/** The environment's languages: a named table keyed by locale, with one default. */
import type { Connection } from './database.js';
import { bool, rowMapping, TIMESTAMPS } from './mapping.js';
import { namedTable } from './named.js';
import type { LanguageRecord, Store } from './types.js';

const LANGUAGE_ROW = rowMapping<LanguageRecord>({
  id: 'id',
  env_id: 'environmentId',
  locale: 'locale',
  name: 'name',
  name_lc: (r) => r.name.toLowerCase(),
  enabled: ['enabled', bool],
  is_default: ['isDefault', bool],
  customer_added: ['customerAdded', bool],
  ...TIMESTAMPS,
});

type LanguageMethods = Pick<
  Store,
  'listLanguages' | 'getLanguage' | 'insertLanguage' | 'updateLanguage' | 'clearDefaultLanguage'
>;

/** The language methods of the store. */
export function languageStore(conn: Connection): LanguageMethods {
  // No filter columns: `GET /languages` takes no `filter` (docs/pingone-behaviour.md §15).
  const t = namedTable(conn, 'languages', LANGUAGE_ROW, {});
  return {
    listLanguages: (environmentId) => t.list(environmentId, null),
    getLanguage: t.get,
    insertLanguage: t.insert,
    updateLanguage: t.update,
    clearDefaultLanguage: t.clearDefault,
  };
}
