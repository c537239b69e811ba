/** Registers the user resources. */
import type { FastifyInstance } from 'fastify';
import { authorize } from '../../auth.js';
import type { LocalContext } from '../../context.js';
import { unsupportedMediaType } from '../../errors.js';
import { resource } from '../../http.js';
import { loadUser, paramsOf } from '../common.js';
import { createUser } from './create.js';
import { deleteUser } from './delete.js';
import { userEnabledHandlers, userPopulationHandlers } from './enabled.js';
import { listUsers } from './list.js';
import { readUser } from './read.js';
import { updateUser } from './update.js';

/** Registers `/users`, `/users/{id}`, `/users/{id}/enabled`, `/users/{id}/population`. */
export function userRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/v1/environments/:envId/users', {
    GET: listUsers(ctx),
    POST: createUser(ctx),
  });
  resource(app, '/v1/environments/:envId/users/:userId', {
    GET: readUser(ctx),
    PUT: updateUser(ctx, true),
    PATCH: updateUser(ctx, false),
    DELETE: deleteUser(ctx),
    // Account actions (lock, unlock, verify...) are not emulated: every vendor type is 415.
    POST: async (request) => {
      const { envId, userId } = paramsOf(request);
      await authorize(ctx, request, envId, 'users:write');
      loadUser(ctx, envId, userId!);
      throw unsupportedMediaType();
    },
  });
  resource(app, '/v1/environments/:envId/users/:userId/enabled', userEnabledHandlers(ctx));
  resource(app, '/v1/environments/:envId/users/:userId/population', userPopulationHandlers(ctx));
}
