/** `GET /v1/environments/{envId}`. Steps: authorize → loadEnvironment → render. */
import type { FastifyInstance } from 'fastify';
import { authorize } from '../auth.js';
import type { LocalContext } from '../context.js';
import { notFound } from '../errors.js';
import { resource } from '../http.js';
import { environmentView } from '../views.js';
import { paramsOf } from './common.js';

/** Registers the environment resource. */
export function environmentRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/v1/environments/:envId', {
    GET: async (request) => {
      const { envId } = paramsOf(request);
      await authorize(ctx, request, envId, 'environments:read');
      const env = ctx.store.getEnvironment(envId);
      if (!env) throw notFound('environment', envId);
      return environmentView(ctx, env);
    },
  });
}
