/** Registers the user resources. */
import type { FastifyInstance } from 'fastify';
import type { LocalContext } from '../../context.js';
import { resource } from '../../http.js';
import { createUser } from './create.js';
import { deleteUser } from './delete.js';
import { userEnabledHandlers, userPopulationHandlers } from './enabled.js';
import { listUsers } from './list.js';
import { readUser } from './read.js';
import { updateUser } from './update.js';
import { emailVerificationActions, userAccountActions } from './verification.js';

/**
 * Registers `/users`, `/users/{id}`, `/users/{id}/enabled`, `/users/{id}/population`,
 * `/users/{id}/emailVerification`.
 */
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
    // Account verification; lock and unlock are not emulated (415).
    POST: userAccountActions(ctx),
  });
  resource(app, '/v1/environments/:envId/users/:userId/emailVerification', {
    POST: emailVerificationActions(ctx),
  });
  resource(app, '/v1/environments/:envId/users/:userId/enabled', userEnabledHandlers(ctx));
  resource(app, '/v1/environments/:envId/users/:userId/population', userPopulationHandlers(ctx));
}
