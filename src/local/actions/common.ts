import { randomUUID } from 'node:crypto';
/**
 * Steps shared by several endpoints: reading path parameters, loading resources (404 when
 * absent), uniqueness checks, request URLs.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../auth.js';
import type { LocalContext } from '../context.js';
import { detail, invalidData, notFound } from '../errors.js';
import type { Permission } from '../pingone-applications.js';
import { MESSAGES } from '../pingone-behaviour.js';
import type { UserRecord } from '../store/types.js';
import { collectionView, populationView, userView } from '../views.js';

/** Path parameters of management routes. */
export interface EnvParams {
  envId: string;
  userId?: string;
  id?: string;
}

/** The path parameters. */
export function paramsOf(request: FastifyRequest): EnvParams {
  return request.params as EnvParams;
}

/** Loads a user or fails with 404 NOT_FOUND. */
export function loadUser(ctx: LocalContext, environmentId: string, userId: string): UserRecord {
  const user = ctx.store.getUser(environmentId, userId);
  if (!user) throw notFound('user', userId);
  return user;
}

/** The absolute URL of the request (for `_links.self`). */
export function requestHref(ctx: LocalContext, request: FastifyRequest): string {
  return `${ctx.urls.baseUrl}${request.url}`;
}

/**
 * Fails with 400 INVALID_DATA / UNIQUENESS_VIOLATION when another user has the username, or the
 * email while the environment enforces unique email addresses (docs/pingone-behaviour.md §3.7).
 */
export function checkUserUniqueness(
  ctx: LocalContext,
  environmentId: string,
  candidate: { username: string; email: string | null },
  selfId: string | null,
): void {
  const byName = ctx.store.findUserByUsername(environmentId, candidate.username);
  const problems = [];
  if (byName && byName.id !== selfId) {
    problems.push(detail('UNIQUENESS_VIOLATION', 'username', MESSAGES.notUnique));
  }
  if (candidate.email !== null && ctx.store.getEnvironment(environmentId)?.emailUnique) {
    const byEmail = ctx.store.findUserByEmail(environmentId, candidate.email);
    if (byEmail && byEmail.id !== selfId) {
      problems.push(detail('UNIQUENESS_VIOLATION', 'email', MESSAGES.notUnique));
    }
  }
  if (problems.length > 0) throw invalidData(...problems);
}

/** True for SQLite's unique-constraint failure (a concurrent insert won the race). */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

/** Parses `limit`: an integer within [min, specMax], then capped at `cap`. */
export function parseLimit(raw: unknown, dflt: number, cap: number, specMax: number): number {
  if (raw === undefined) return dflt;
  if (typeof raw !== 'string' || !/^\d{1,7}$/.test(raw)) {
    throw invalidData(detail('INVALID_VALUE', 'limit', MESSAGES.notAnInteger));
  }
  const n = Number(raw);
  if (n < 1 || n > specMax) {
    throw invalidData(
      detail('OUT_OF_RANGE', 'limit', MESSAGES.outOfRange(1, specMax), {
        rangeMinimumValue: 1,
        rangeMaximumValue: specMax,
      }),
    );
  }
  return Math.min(n, cap);
}

/**
 * The user resource, with `_embedded.population` when the query asks for `expand=population`.
 */
export function expandedUserView(ctx: LocalContext, request: FastifyRequest, user: UserRecord) {
  const view = userView(ctx, user);
  const expand = (request.query as Record<string, unknown>).expand;
  if (typeof expand !== 'string' || !expand.split(',').includes('population')) return view;
  const population = ctx.store.getPopulation(user.environmentId, user.populationId);
  if (!population) return view;
  const userCount = ctx.store.countUsersInPopulation(user.environmentId, population.id);
  return { ...view, _embedded: { population: populationView(ctx, population, userCount) } };
}

/** A whole, unpaged collection: `items` rendered by `view` under `_embedded[name]`. */
export function listAnswer<T>(
  ctx: LocalContext,
  request: FastifyRequest,
  name: string,
  items: T[],
  view: (item: T) => unknown,
) {
  return collectionView(name, items.map(view), requestHref(ctx, request), items.length);
}

/**
 * A route handler that first checks the bearer token for `permission` in the path's
 * environment, then runs `handle` with the path parameters.
 */
export function guarded<R>(
  ctx: LocalContext,
  permission: Permission,
  handle: (params: EnvParams, request: FastifyRequest, reply: FastifyReply) => R,
) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<Awaited<R>> => {
    const params = paramsOf(request);
    await authorize(ctx, request, params.envId, permission);
    return await handle(params, request, reply);
  };
}

/** The members every new record starts with: a fresh id, its environment and both timestamps. */
export function freshRecord(ctx: LocalContext, environmentId: string) {
  const now = ctx.clock.now();
  return { id: randomUUID(), environmentId, createdAt: now, updatedAt: now };
}
