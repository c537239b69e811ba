/**
 * `PUT` (replace) and `PATCH` (merge) `/v1/environments/{envId}/users/{userId}` (docs/pingone-behaviour.md §3.6):
 * `null` clears; read-only members are ignored; `population`, `enabled`, `mfaEnabled` cannot be
 * changed here. PATCH also accepts the user's own token with `p1:update:user` for the attributes
 * users may change themselves (docs/pingone-behaviour.md §13.7).
 * Steps: actorOf → loadUser → readInput → checkSelfUpdatable → applyChanges → checkUserUniqueness → saveUser.
 */
import type { FastifyRequest } from 'fastify';
import { authorize, authorizeSelf, type SelfServiceActor } from '../../auth.js';
import type { LocalContext } from '../../context.js';
import { detail, insufficientPermissions, invalidData } from '../../errors.js';
import { jsonBody, requireMediaType } from '../../http.js';
import { MESSAGES } from '../../pingone-behaviour.js';
import { SELF_UPDATABLE_ATTRIBUTES } from '../../pingone-tokens.js';
import type { UserRecord } from '../../store/types.js';
import {
  PROFILE_ATTRIBUTES,
  parseBody,
  type UpdateUserInput,
  updateUserSchema,
} from '../../validation.js';
import { userView } from '../../views.js';
import { checkUserUniqueness, isUniqueViolation, loadUser, paramsOf } from '../common.js';

function readInput(request: FastifyRequest, user: UserRecord): UpdateUserInput {
  requireMediaType(request, ['application/json']);
  const input = parseBody(updateUserSchema, jsonBody(request));
  const population = (input as Record<string, unknown>).population as
    | { id?: unknown }
    | undefined
    | null;
  if (population && population.id !== user.populationId) {
    throw invalidData(detail('INVALID_VALUE', 'population', MESSAGES.populationNotChangeable));
  }
  return input;
}

function applyChanges(
  user: UserRecord,
  input: UpdateUserInput,
  replace: boolean,
  now: number,
): UserRecord {
  const attributes: Record<string, unknown> = {
    mfaEnabled: user.attributes.mfaEnabled,
    emailVerified: user.attributes.emailVerified,
    lifecycle: user.attributes.lifecycle,
  };
  for (const name of PROFILE_ATTRIBUTES) {
    const value = (input as Record<string, unknown>)[name];
    if (value === undefined) {
      if (!replace && user.attributes[name] !== undefined) attributes[name] = user.attributes[name];
    } else if (value !== null) {
      attributes[name] = value;
    }
  }
  let email = user.email;
  if (input.email !== undefined) email = input.email;
  else if (replace) email = null;
  if (input.username === undefined && replace) {
    throw invalidData(detail('REQUIRED_VALUE', 'username', MESSAGES.required));
  }
  return {
    ...user,
    username: input.username ?? user.username,
    email,
    attributes,
    updatedAt: now,
  };
}

function saveUser(ctx: LocalContext, user: UserRecord): void {
  try {
    ctx.store.transaction(() => {
      checkUserUniqueness(ctx, user.environmentId, user, user.id);
      ctx.store.updateUser(user);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw invalidData(detail('UNIQUENESS_VIOLATION', 'username', MESSAGES.notUnique));
    }
    throw error;
  }
}

const SELF_UPDATABLE: ReadonlySet<string> = new Set(SELF_UPDATABLE_ATTRIBUTES);

/**
 * A user changing themself may touch only {@link SELF_UPDATABLE_ATTRIBUTES}: an administrator's
 * attribute in the body (even unchanged) is 403, read-only members are ignored as for a Worker.
 */
function checkSelfUpdatable(actor: SelfServiceActor, input: UpdateUserInput, user: UserRecord) {
  if (actor.kind !== 'user') return;
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined || SELF_UPDATABLE.has(name)) continue;
    if (name === 'population') continue; // a different population is refused by readInput
    if (name === 'username' && value === user.username) continue;
    throw insufficientPermissions();
  }
}

/** The actor: PATCH also accepts the user's own token with p1:update:user. */
async function actorOf(ctx: LocalContext, request: FastifyRequest, replace: boolean) {
  const { envId, userId } = paramsOf(request);
  if (replace)
    return { kind: 'worker' as const, ...(await authorize(ctx, request, envId, 'users:write')) };
  return authorizeSelf(ctx, request, envId, userId!, {
    permission: 'users:write',
    scope: 'p1:update:user',
  });
}

/** Handler of `PUT` (replace = true) and `PATCH` (replace = false) on `/users/{userId}`. */
export function updateUser(ctx: LocalContext, replace: boolean) {
  return async (request: FastifyRequest) => {
    const { envId, userId } = paramsOf(request);
    const actor = await actorOf(ctx, request, replace);
    const user = loadUser(ctx, envId, userId!);
    const input = readInput(request, user);
    checkSelfUpdatable(actor, input, user);
    const updated = applyChanges(user, input, replace, ctx.clock.now());
    saveUser(ctx, updated);
    return userView(ctx, updated);
  };
}
