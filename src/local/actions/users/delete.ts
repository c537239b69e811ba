/** `DELETE /v1/environments/{envId}/users/{userId}` → 204. Steps: authorize → loadUser → deleteUser. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../auth.js';
import type { LocalContext } from '../../context.js';
import { loadUser, paramsOf } from '../common.js';

/** Handler of `DELETE /users/{userId}`. */
export function deleteUser(ctx: LocalContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const { envId, userId } = paramsOf(request);
    await authorize(ctx, request, envId, 'users:write');
    loadUser(ctx, envId, userId!);
    ctx.store.deleteUser(envId, userId!);
    return reply.status(204).send();
  };
}
