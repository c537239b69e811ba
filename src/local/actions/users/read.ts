/**
 * `GET /v1/environments/{envId}/users/{userId}` (`expand=population`; `include=memberOfGroupIDs`
 * / `memberOfGroupNames`, empty arrays since PingOne Local has no groups).
 * Steps: authorize → loadUser → render → addIncludes.
 */
import type { FastifyRequest } from 'fastify';
import { authorizeSelf } from '../../auth.js';
import type { LocalContext } from '../../context.js';
import { USER_INCLUDE_MEMBERS } from '../../pingone-behaviour.js';
import { expandedUserView, loadUser, paramsOf } from '../common.js';

function includesOf(request: FastifyRequest): string[] {
  const raw = (request.query as Record<string, unknown>).include;
  const values = Array.isArray(raw) ? raw : [raw];
  return values
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(','))
    .filter((v) => (USER_INCLUDE_MEMBERS as readonly string[]).includes(v));
}

/** Handler of `GET /users/{userId}`. */
export function readUser(ctx: LocalContext) {
  return async (request: FastifyRequest) => {
    const { envId, userId } = paramsOf(request);
    // The user's own token may read them with p1:read:user (docs/pingone-behaviour.md §13.7).
    await authorizeSelf(ctx, request, envId, userId!, {
      permission: 'users:read',
      scope: 'p1:read:user',
    });
    const view = expandedUserView(ctx, request, loadUser(ctx, envId, userId!));
    const included = Object.fromEntries(includesOf(request).map((name) => [name, []]));
    return { ...view, ...included };
  };
}
