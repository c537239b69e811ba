/**
 * `GET /v1/environments/{envId}/users/{userId}` (`expand=population` supported).
 * Steps: authorize → loadUser → render.
 */
import type { FastifyRequest } from 'fastify';
import { authorize } from '../../auth.js';
import type { LocalContext } from '../../context.js';
import { expandedUserView, loadUser, paramsOf } from '../common.js';

/** Handler of `GET /users/{userId}`. */
export function readUser(ctx: LocalContext) {
  return async (request: FastifyRequest) => {
    const { envId, userId } = paramsOf(request);
    authorize(ctx, request, envId, 'users:read');
    return expandedUserView(ctx, request, loadUser(ctx, envId, userId!));
  };
}
