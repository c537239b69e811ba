/**
 * `GET`/`PUT /users/{userId}/enabled` `{ enabled }` and `GET`/`PUT /users/{userId}/population`
 * `{ id }` (docs/pingone-behaviour.md §3.1; OpenAPI `UserEnabled`, `UserPopulation`).
 * Steps: authorize → loadUser → readInput → saveUser → render.
 */
import type { RouteHandlerMethod } from 'fastify';
import { type ZodTypeAny, z } from 'zod';
import { authorize } from '../../auth.js';
import { envBaseOf, type LocalContext } from '../../context.js';
import { detail, invalidData } from '../../errors.js';
import { jsonBody, requireMediaType } from '../../http.js';
import { MESSAGES, userSubresourceLinks } from '../../pingone-behaviour.js';
import type { UserRecord } from '../../store/types.js';
import { parseBody } from '../../validation.js';
import { loadUser, paramsOf } from '../common.js';

// `_links` is accepted and ignored so that GET-then-PUT round-trips.
const enabledSchema = z.object({ _links: z.unknown().optional(), enabled: z.boolean() }).strict();
const populationSchema = z
  .object({ _links: z.unknown().optional(), id: z.string().min(1) })
  .strict();

function userHref(ctx: LocalContext, user: UserRecord): string {
  return `${envBaseOf(ctx, user.environmentId)}/users/${user.id}`;
}

/** The `/users/{id}/enabled` resource [O]: `{ _links: { self, user }, enabled }`. */
function enabledView(ctx: LocalContext, user: UserRecord) {
  return { _links: userSubresourceLinks(userHref(ctx, user), 'enabled'), enabled: user.enabled };
}

/** The `/users/{id}/population` resource (OpenAPI `UserPopulation`): `{ _links, id }`. */
function populationOfUserView(ctx: LocalContext, user: UserRecord) {
  return {
    _links: userSubresourceLinks(userHref(ctx, user), 'population'),
    id: user.populationId,
  };
}

/**
 * `GET` and `PUT` of a user subresource: `PUT` validates the body with `schema`, applies it to
 * the user (`apply` may refuse it) and answers the subresource as `view` renders it.
 */
function userSubresource<S extends ZodTypeAny>(
  ctx: LocalContext,
  spec: {
    schema: S;
    view(ctx: LocalContext, user: UserRecord): unknown;
    apply(user: UserRecord, input: z.infer<S>): UserRecord;
  },
): { GET: RouteHandlerMethod; PUT: RouteHandlerMethod } {
  return {
    GET: async (request) => {
      const { envId, userId } = paramsOf(request);
      await authorize(ctx, request, envId, 'users:read');
      return spec.view(ctx, loadUser(ctx, envId, userId!));
    },
    PUT: async (request) => {
      const { envId, userId } = paramsOf(request);
      await authorize(ctx, request, envId, 'users:write');
      const user = loadUser(ctx, envId, userId!);
      requireMediaType(request, ['application/json']);
      const input = parseBody(spec.schema, jsonBody(request));
      const updated = { ...spec.apply(user, input), updatedAt: ctx.clock.now() };
      ctx.store.updateUser(updated);
      return spec.view(ctx, updated);
    },
  };
}

/** Handlers of `GET`/`PUT /users/{userId}/enabled`; PUT responds with the enabled resource. */
export function userEnabledHandlers(ctx: LocalContext) {
  return userSubresource(ctx, {
    schema: enabledSchema,
    view: enabledView,
    apply: (user, { enabled }) => ({ ...user, enabled }),
  });
}

/** Handlers of `GET`/`PUT /users/{userId}/population`; PUT responds with the population resource. */
export function userPopulationHandlers(ctx: LocalContext) {
  return userSubresource(ctx, {
    schema: populationSchema,
    view: populationOfUserView,
    apply(user, { id }) {
      if (!ctx.store.getPopulation(user.environmentId, id)) {
        throw invalidData(detail('INVALID_VALUE', 'id', MESSAGES.unknownPopulation));
      }
      return { ...user, populationId: id };
    },
  });
}
