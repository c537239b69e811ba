/** `GET /users/{userId}/password`: the password state (docs/pingone-behaviour.md §4.2), `expand=passwordPolicy`. */
import type { FastifyRequest } from 'fastify';
import type { LocalContext } from '../../context.js';
import { policyForUser } from '../../policy.js';
import type { UserRecord } from '../../store/types.js';
import { passwordStateView, policyView } from '../../views.js';

/** Returns the state object, with `_embedded.passwordPolicy` when asked to expand it. */
export async function readPasswordState(
  ctx: LocalContext,
  request: FastifyRequest,
  user: UserRecord,
) {
  const policy = policyForUser(ctx, user.environmentId, user.populationId);
  const state = passwordStateView(ctx, user, policy);
  const expand = (request.query as Record<string, unknown>).expand;
  if (policy && typeof expand === 'string' && expand.split(',').includes('passwordPolicy')) {
    return { ...state, _embedded: { passwordPolicy: policyView(ctx, policy) } };
  }
  return state;
}
