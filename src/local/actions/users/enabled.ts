/**
 * `PUT /users/{userId}/enabled` `{ enabled }` and `PUT /users/{userId}/population` `{ id }`
 * (notes §3.1). Steps: authorize → loadUser → readInput → saveUser.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authorize } from '../../auth.js';
import type { LocalContext } from '../../context.js';
import { detail, invalidData } from '../../errors.js';
import { jsonBody, requireMediaType } from '../../http.js';
import { parseBody } from '../../validation.js';
import { userView } from '../../views.js';
import { loadUser, paramsOf } from '../common.js';

const enabledSchema = z.object({ enabled: z.boolean() }).strict();
const populationSchema = z.object({ id: z.string().min(1) }).strict();

/** Handler of `PUT /users/{userId}/enabled`; responds `{ enabled }` with the user's links. */
export function setUserEnabled(ctx: LocalContext) {
  return async (request: FastifyRequest) => {
    const { envId, userId } = paramsOf(request);
    authorize(ctx, request, envId, 'users:write');
    const user = loadUser(ctx, envId, userId!);
    requireMediaType(request, ['application/json']);
    const { enabled } = parseBody(enabledSchema, jsonBody(request));
    ctx.store.updateUser({ ...user, enabled, updatedAt: ctx.clock.now() });
    return { enabled };
  };
}

/** Handler of `PUT /users/{userId}/population`; responds with the user. */
export function setUserPopulation(ctx: LocalContext) {
  return async (request: FastifyRequest) => {
    const { envId, userId } = paramsOf(request);
    authorize(ctx, request, envId, 'users:write');
    const user = loadUser(ctx, envId, userId!);
    requireMediaType(request, ['application/json']);
    const { id } = parseBody(populationSchema, jsonBody(request));
    if (!ctx.store.getPopulation(envId, id)) {
      throw invalidData(detail('INVALID_VALUE', 'id', 'must reference an existing population'));
    }
    const updated = { ...user, populationId: id, updatedAt: ctx.clock.now() };
    ctx.store.updateUser(updated);
    return userView(ctx, updated);
  };
}
