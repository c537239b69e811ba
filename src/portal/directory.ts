/**
 * Cached reads of PingOne configuration the pages need: populations and the password policy that
 * applies to one. Entries live `ttlMs`; concurrent misses share one request (single-flight); a
 * failed refresh serves the previous value when there is one (stale-on-error).
 */
import type {
  PasswordPolicy,
  PingOneClient,
  Population,
  RequestOptions,
} from '../pingone/index.js';
import type { PortalConfig } from './config.js';

/** A keyed TTL cache with single-flight loading. */
export interface TtlCache<T> {
  get(key: string, load: () => Promise<T>): Promise<T>;
  /** The value of `key` when it is cached and fresh (no load, no promise), else undefined. */
  peek(key: string): T | undefined;
  clear(): void;
}

/** Creates a {@link TtlCache}. */
export function createTtlCache<T>(ttlMs: number, now: () => number = Date.now): TtlCache<T> {
  const values = new Map<string, { value: T; expiresAt: number }>();
  const inflight = new Map<string, Promise<T>>();
  return {
    get(key, load) {
      const hit = values.get(key);
      if (hit && hit.expiresAt > now()) return Promise.resolve(hit.value);
      const running = inflight.get(key);
      if (running) return running;
      const p = load()
        .then((value) => {
          values.set(key, { value, expiresAt: now() + ttlMs });
          return value;
        })
        .catch((err: unknown) => {
          if (hit) return hit.value;
          throw err;
        })
        .finally(() => inflight.delete(key));
      inflight.set(key, p);
      return p;
    },
    peek(key) {
      const hit = values.get(key);
      return hit && hit.expiresAt > now() ? hit.value : undefined;
    },
    clear() {
      values.clear();
    },
  };
}

/** Population and policy look-ups used by the flows. */
export interface Directory {
  /** Every population (cached). */
  populations(opts?: RequestOptions): Promise<Population[]>;
  /** The environment's default population, or null. */
  defaultPopulation(opts?: RequestOptions): Promise<Population | null>;
  /** The policy that applies to a population (`null` → the default population's). */
  policyFor(populationId: string | null, opts?: RequestOptions): Promise<PasswordPolicy>;
  /** The population whose description lists the e-mail's domain, or null. */
  populationForEmail(email: string, opts?: RequestOptions): Promise<Population | null>;
  /** The configured registration choices as `{id, name}` (POPULATION_MODE=choice). */
  choices(opts?: RequestOptions): Promise<{ id: string; name: string }[]>;
  clear(): void;
}

/** True when a population's description lists `domain` (split on spaces, commas, semicolons). */
export function descriptionListsDomain(description: string | undefined, domain: string): boolean {
  if (!description) return false;
  const wanted = domain.toLowerCase();
  return description
    .toLowerCase()
    .split(/[\s,;]+/)
    .map((token) => token.replace(/^@/, '').replace(/[.)]+$/, ''))
    .some((token) => token === wanted);
}

/** The policy cache's key for the environment's default policy. */
const DEFAULT_POLICY_KEY = '(environment default)';

/** Creates the {@link Directory} over a PingOne client. */
export function createDirectory(
  client: PingOneClient,
  config: Pick<PortalConfig, 'policyCacheMs' | 'population'>,
  now: () => number = Date.now,
): Directory {
  const populationCache = createTtlCache<Population[]>(config.policyCacheMs, now);
  const policyCache = createTtlCache<PasswordPolicy>(config.policyCacheMs, now);
  const populations = (opts?: RequestOptions) =>
    populationCache.get('all', () => client.populations.list({}, opts));
  const defaultPopulation = async (opts?: RequestOptions) =>
    (await populations(opts)).find((p) => p.default === true) ?? null;
  const loadPolicyFor = async (populationId: string | null, opts?: RequestOptions) => {
    // The default population may carry its own policy; when populations cannot be read (a
    // worker without that permission), the environment's default policy is the answer.
    const id = populationId ?? (await defaultPopulation(opts).catch(() => null))?.id ?? null;
    return policyCache.get(id ?? DEFAULT_POLICY_KEY, () =>
      client.passwordPolicies.forPopulation(id, opts),
    );
  };

  return {
    populations,
    defaultPopulation,
    policyFor(populationId, opts) {
      // Every page with a checklist asks: when both caches are fresh, answer without a chain of
      // promises and closures (1.3 KB of garbage per GET /register, a heap profile showed).
      const all = populationId === null ? populationCache.peek('all') : undefined;
      if (populationId !== null || all !== undefined) {
        const id = populationId ?? all?.find((p) => p.default === true)?.id ?? null;
        const cached = policyCache.peek(id ?? DEFAULT_POLICY_KEY);
        if (cached !== undefined) return Promise.resolve(cached);
      }
      return loadPolicyFor(populationId, opts);
    },
    async populationForEmail(email, opts) {
      const domain = email.slice(email.lastIndexOf('@') + 1);
      if (!domain) return null;
      return (
        (await populations(opts)).find((p) => descriptionListsDomain(p.description, domain)) ?? null
      );
    },
    async choices(opts) {
      if (config.population.mode !== 'choice') return [];
      const all = await populations(opts);
      return config.population.ids.map((id) => ({
        id,
        name: all.find((p) => p.id === id)?.name ?? id,
      }));
    },
    clear() {
      populationCache.clear();
      policyCache.clear();
    },
  };
}
