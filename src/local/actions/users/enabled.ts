/**
 * `GET`/`PUT /users/{userId}/enabled` `{ enabled }` and `GET`/`PUT /users/{userId}/population`
 * `{ id }` (docs/pingone-behaviour.md §3.1; OpenAPI `UserEnabled`, `UserPopulation`).
 * Steps: authorize → loadUser → readInput → saveUser → render.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
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

/** Handler of `GET /users/{userId}/enabled`. */
export function readUserEnabled(ctx: LocalContext) {
  return async (request: FastifyRequest) => {
    const { envId, userId } = paramsOf(request);
    await authorize(ctx, request, envId, 'users:read');
    return enabledView(ctx, loadUser(ctx, envId, userId!));
  };
}

/** Handler of `PUT /users/{userId}/enabled`; responds with the enabled resource. */
export function setUserEnabled(ctx: LocalContext) {
  return async (request: FastifyRequest) => {
    const { envId, userId } = paramsOf(request);
    await authorize(ctx, request, envId, 'users:write');
    const user = loadUser(ctx, envId, userId!);
    requireMediaType(request, ['application/json']);
    const { enabled } = parseBody(enabledSchema, jsonBody(request));
    const updated = { ...user, enabled, updatedAt: ctx.clock.now() };
    ctx.store.updateUser(updated);
    return enabledView(ctx, updated);
  };
}

/** Handler of `GET /users/{userId}/population`. */
export function readUserPopulation(ctx: LocalContext) {
  return async (request: FastifyRequest) => {
    const { envId, userId } = paramsOf(request);
    await authorize(ctx, request, envId, 'users:read');
    return populationOfUserView(ctx, loadUser(ctx, envId, userId!));
  };
}

/** Handler of `PUT /users/{userId}/population`; responds with the user's population resource. */
export function setUserPopulation(ctx: LocalContext) {
  return async (request: FastifyRequest) => {
    const { envId, userId } = paramsOf(request);
    await authorize(ctx, request, envId, 'users:write');
    const user = loadUser(ctx, envId, userId!);
    requireMediaType(request, ['application/json']);
    const { id } = parseBody(populationSchema, jsonBody(request));
    if (!ctx.store.getPopulation(envId, id)) {
      throw invalidData(detail('INVALID_VALUE', 'id', MESSAGES.unknownPopulation));
    }
    const updated = { ...user, populationId: id, updatedAt: ctx.clock.now() };
    ctx.store.updateUser(updated);
    return populationOfUserView(ctx, updated);
  };
}
