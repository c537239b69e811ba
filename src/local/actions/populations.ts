/**
 * Populations (docs/pingone-behaviour.md §6): list (`filter` on `name` eq/sw and `id` eq), read, create, update
 * (PUT), delete (only without users and when not the default).
 * Steps (actions/named-resource.ts): authorize → readInput (checkPolicyReference) → checkNameUnique →
 * save (clearing the other defaults).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { LocalContext } from '../context.js';
import { detail, invalidData } from '../errors.js';
import { jsonBody, requireMediaType } from '../http.js';
import { MESSAGES, OTHER_PAGE } from '../pingone-behaviour.js';
import type { PopulationRecord } from '../store/types.js';
import { parseBody } from '../validation.js';
import { populationView } from '../views.js';
import { parseLimit } from './common.js';
import { namedResourceRoutes } from './named-resource.js';

const READ_ONLY = ['_links', 'id', 'environment', 'userCount', 'createdAt', 'updatedAt'] as const;

const populationSchema = z
  .object({
    name: z.string().min(1).max(256),
    description: z.string().max(1024).nullable().optional(),
    default: z.boolean().nullable().optional(),
    passwordPolicy: z
      .object({ id: z.string().min(1) })
      .strict()
      .nullable()
      .optional(),
    preferredLanguage: z.string().min(1).max(256).nullable().optional(),
    theme: z
      .object({ id: z.string().min(1) })
      .strict()
      .nullable()
      .optional(),
    alternativeIdentifiers: z.array(z.string().min(1).max(256)).max(100).nullable().optional(),
    ...Object.fromEntries(READ_ONLY.map((k) => [k, z.unknown().optional()])),
  })
  .strict();

type PopulationInput = z.infer<typeof populationSchema>;

function checkPolicyReference(ctx: LocalContext, envId: string, input: PopulationInput): void {
  const id = input.passwordPolicy?.id;
  if (id && !ctx.store.getPasswordPolicy(envId, id)) {
    throw invalidData(detail('INVALID_VALUE', 'passwordPolicy.id', MESSAGES.unknownPasswordPolicy));
  }
}

function extraOf(input: PopulationInput): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const key of ['preferredLanguage', 'theme', 'alternativeIdentifiers'] as const) {
    if (input[key] !== undefined && input[key] !== null) extra[key] = input[key];
  }
  return extra;
}

function readInput(ctx: LocalContext, request: FastifyRequest, envId: string): PopulationInput {
  requireMediaType(request, ['application/json']);
  const input = parseBody(populationSchema, jsonBody(request));
  checkPolicyReference(ctx, envId, input);
  return input;
}

/** Registers the population resources. */
export function populationRoutes(app: FastifyInstance, ctx: LocalContext): void {
  namedResourceRoutes<PopulationRecord, PopulationInput>(app, ctx, {
    collection: 'populations',
    kind: 'population',
    readLimit: (request) =>
      parseLimit(
        (request.query as Record<string, unknown>).limit,
        OTHER_PAGE.defaultLimit,
        OTHER_PAGE.maxLimit,
        OTHER_PAGE.maxLimit,
      ),
    readInput: (request, envId) => readInput(ctx, request, envId),
    fieldsOf: (input) => ({
      description: input.description ?? null,
      passwordPolicyId: input.passwordPolicy?.id ?? null,
      extra: extraOf(input),
    }),
    view: (p) => populationView(ctx, p, ctx.store.countUsersInPopulation(p.environmentId, p.id)),
    checkDeletable(p) {
      if (p.isDefault || ctx.store.countUsersInPopulation(p.environmentId, p.id) > 0) {
        throw invalidData(detail('CONSTRAINT_VIOLATION', 'population', MESSAGES.populationInUse));
      }
    },
    store: {
      list: ctx.store.listPopulations,
      get: ctx.store.getPopulation,
      findByName: ctx.store.findPopulationByName,
      insert: ctx.store.insertPopulation,
      update: ctx.store.updatePopulation,
      clearDefault: ctx.store.clearDefaultPopulation,
      delete: ctx.store.deletePopulation,
    },
  });
}
