/**
 * `/v1/environments/{envId}/users/{userId}/password`: one URL, operations chosen by method and
 * vendor content type (docs/pingone-behaviour.md §4.1). Unknown type → 415; known type with the wrong method → 405.
 * Steps: actorOf (Worker roles, or the user's own token for the self-change) → loadUser → dispatch.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authorize, authorizeSelf, type SelfServiceActor } from '../../auth.js';
import type { LocalContext } from '../../context.js';
import { methodNotAllowed, unsupportedMediaType } from '../../errors.js';
import { mediaType, resource } from '../../http.js';
import type { UserRecord } from '../../store/types.js';
import { loadUser, paramsOf } from '../common.js';
import { checkPassword } from './check.js';
import { forceChange, unlockPassword } from './force-change.js';
import { recoverPassword, sendRecoveryCode } from './recovery.js';
import { resetPassword } from './reset.js';
import { setPassword } from './set.js';
import { readPasswordState } from './state.js';

type Operation = (
  ctx: LocalContext,
  request: FastifyRequest,
  user: UserRecord,
  actor: SelfServiceActor,
) => Promise<unknown>;

const V = 'application/vnd.pingidentity.';

/** Media type → [method, operation]. */
const OPERATIONS: Record<string, ['PUT' | 'POST', Operation]> = {
  [`${V}password.check+json`]: ['POST', checkPassword],
  [`${V}password.set+json`]: ['PUT', (c, r, u) => setPassword(c, r, u, false)],
  [`${V}password.setvalue+json`]: ['PUT', (c, r, u) => setPassword(c, r, u, true)],
  [`${V}password.reset+json`]: ['PUT', resetPassword],
  [`${V}password.forcechange+json`]: ['POST', (c, _r, u) => forceChange(c, u)],
  [`${V}password.forcechange`]: ['POST', (c, _r, u) => forceChange(c, u)],
  [`${V}password.unlock+json`]: ['POST', (c, _r, u) => unlockPassword(c, u)],
  [`${V}password.unlock`]: ['POST', (c, _r, u) => unlockPassword(c, u)],
  [`${V}password.sendrecoverycode+json`]: ['POST', (c, _r, u) => sendRecoveryCode(c, u)],
  [`${V}password.recover+json`]: ['POST', recoverPassword],
};

const SELF_CHANGE = `${V}password.reset+json`;

/**
 * The actor of a password operation: only `password.reset` (the self-change) accepts a user
 * token, with `p1:reset:userPassword` (docs/pingone-behaviour.md §13.7).
 */
async function actorOf(
  ctx: LocalContext,
  request: FastifyRequest,
  envId: string,
  userId: string,
): Promise<SelfServiceActor> {
  if (mediaType(request) === SELF_CHANGE) {
    return authorizeSelf(ctx, request, envId, userId, {
      permission: 'passwords:write',
      scope: 'p1:reset:userPassword',
    });
  }
  return { kind: 'worker', ...(await authorize(ctx, request, envId, 'passwords:write')) };
}

function dispatch(ctx: LocalContext, method: 'PUT' | 'POST') {
  return async (request: FastifyRequest) => {
    const { envId, userId } = paramsOf(request);
    const actor = await actorOf(ctx, request, envId, userId!);
    const operation = OPERATIONS[mediaType(request)];
    if (!operation) throw unsupportedMediaType();
    if (operation[0] !== method) throw methodNotAllowed([operation[0]]);
    const user = loadUser(ctx, envId, userId!);
    return operation[1](ctx, request, user, actor);
  };
}

/** Registers the password resource. */
export function passwordRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/v1/environments/:envId/users/:userId/password', {
    GET: async (request) => {
      const { envId, userId } = paramsOf(request);
      await authorizeSelf(ctx, request, envId, userId!, {
        permission: 'passwords:read',
        scope: 'p1:read:userPassword',
      });
      return readPasswordState(ctx, request, loadUser(ctx, envId, userId!));
    },
    PUT: dispatch(ctx, 'PUT'),
    POST: dispatch(ctx, 'POST'),
  });
}
