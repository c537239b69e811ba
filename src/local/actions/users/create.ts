import type { FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../auth.js';
import type { LocalContext } from '../../context.js';
import { detail, invalidData } from '../../errors.js';
import { jsonBody, requireMediaType } from '../../http.js';
import { MESSAGES } from '../../pingone-behaviour.js';
import { checkPasswordPolicy, policyForUser } from '../../policy.js';
import type { PasswordRecord, UserRecord } from '../../store/types.js';
import { newUserRecord, profileAttributes } from '../../user-record.js';
import {
  type CreateUserInput,
  createUserSchema,
  importUserSchema,
  parseBody,
} from '../../validation.js';
import { userView } from '../../views.js';
import { checkUserUniqueness, isUniqueViolation, paramsOf } from '../common.js';
import { hashPasswordValue, isPreEncoded, saveHistory } from '../password/steps.js';

const JSON_TYPE = 'application/json';
const IMPORT_TYPE = 'application/vnd.pingidentity.user.import+json';

function readInput(request: FastifyRequest): CreateUserInput {
  const type = requireMediaType(request, [JSON_TYPE, IMPORT_TYPE]);
  return parseBody(type === IMPORT_TYPE ? importUserSchema : createUserSchema, jsonBody(request));
}

function resolvePopulation(ctx: LocalContext, environmentId: string, input: CreateUserInput) {
  if (input.population) {
    const population = ctx.store.getPopulation(environmentId, input.population.id);
    if (!population) {
      throw invalidData(detail('INVALID_VALUE', 'population.id', MESSAGES.unknownPopulation));
    }
    return population;
  }
  const fallback = ctx.store.getDefaultPopulation(environmentId);
  if (!fallback) throw invalidData(detail('REQUIRED_VALUE', 'population', MESSAGES.required));
  return fallback;
}

function buildUser(
  ctx: LocalContext,
  environmentId: string,
  populationId: string,
  input: CreateUserInput,
): UserRecord {
  const now = ctx.clock.now();
  const attributes: Record<string, unknown> = {
    ...profileAttributes(input),
    mfaEnabled: input.mfaEnabled ?? false,
    emailVerified: input.emailVerified ?? false,
    lifecycle: { status: input.lifecycle?.status ?? 'ACCOUNT_OK' },
  };
  return newUserRecord({ ...input, environmentId, populationId, attributes }, now);
}

async function preparePassword(
  ctx: LocalContext,
  user: UserRecord,
  input: CreateUserInput,
): Promise<PasswordRecord> {
  const given = input.password;
  if (!given) return user.password;
  if (!isPreEncoded(given.value)) {
    const policy = policyForUser(ctx, user.environmentId, user.populationId);
    const failure = await checkPasswordPolicy(ctx, policy, user, given.value, {
      target: 'password',
      inHistory: false,
    });
    if (failure) throw failure;
  }
  return {
    ...user.password,
    hash: await hashPasswordValue(ctx, given.value, 'password'),
    status: given.forceChange ? 'MUST_CHANGE_PASSWORD' : 'OK',
    lastChangedAt: ctx.clock.now(),
  };
}

/** Inserts a new user (uniqueness checked again) and its first password in the history. */
export function saveUser(ctx: LocalContext, user: UserRecord): void {
  try {
    ctx.store.transaction(() => {
      // Checked again here: hashing yielded the event loop, another request may have won.
      checkUserUniqueness(ctx, user.environmentId, user, null);
      ctx.store.insertUser(user);
      // In the same transaction: one durable commit (fsync) per sign-up instead of two.
      if (user.password.hash) saveHistory(ctx, user.id, user.password.hash);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw invalidData(detail('UNIQUENESS_VIOLATION', 'username', MESSAGES.notUnique));
    }
    throw error;
  }
}

/** Handler of `POST /users`. */
export function createUser(ctx: LocalContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const { envId } = paramsOf(request);
    await authorize(ctx, request, envId, 'users:write');
    const input = readInput(request);
    const population = resolvePopulation(ctx, envId, input);
    const user = buildUser(ctx, envId, population.id, input);
    checkUserUniqueness(ctx, envId, user, null);
    user.password = await preparePassword(ctx, user, input);
    saveUser(ctx, user);
    reply.status(201);
    return userView(ctx, user);
  };
}
