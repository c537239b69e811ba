/**
 * Populations (docs/pingone-behaviour.md §6): list (`filter` on `name` eq/sw and `id` eq), read, create, update
 * (PUT), delete (only without users and when not the default).
 * Steps: authorize → readInput → checkPolicyReference → checkNameUnique → saveDefaultFlag → save.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authorize } from '../auth.js';
import type { LocalContext } from '../context.js';
import { detail, invalidData, notFound } from '../errors.js';
import { jsonBody, requireMediaType, resource } from '../http.js';
import { MESSAGES, OTHER_PAGE } from '../pingone-behaviour.js';
import type { PopulationRecord } from '../store/types.js';
import { parseBody } from '../validation.js';
import { populationView } from '../views.js';
import { paramsOf, parseLimit } from './common.js';
import { filteredCollection } from './filter.js';

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

function checkNameUnique(ctx: LocalContext, envId: string, name: string, selfId: string | null) {
  const other = ctx.store.findPopulationByName(envId, name);
  if (other && other.id !== selfId) {
    throw invalidData(detail('UNIQUENESS_VIOLATION', 'name', MESSAGES.notUnique));
  }
}

function extraOf(input: PopulationInput): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const key of ['preferredLanguage', 'theme', 'alternativeIdentifiers'] as const) {
    if (input[key] !== undefined && input[key] !== null) extra[key] = input[key];
  }
  return extra;
}

function save(ctx: LocalContext, record: PopulationRecord, insert: boolean): void {
  ctx.store.transaction(() => {
    if (record.isDefault) ctx.store.clearDefaultPopulation(record.environmentId);
    if (insert) ctx.store.insertPopulation(record);
    else ctx.store.updatePopulation(record);
  });
}

function view(ctx: LocalContext, p: PopulationRecord) {
  return populationView(ctx, p, ctx.store.countUsersInPopulation(p.environmentId, p.id));
}

function load(ctx: LocalContext, envId: string, id: string): PopulationRecord {
  const p = ctx.store.getPopulation(envId, id);
  if (!p) throw notFound('population', id);
  return p;
}

/** Registers the population resources. */
export function populationRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/v1/environments/:envId/populations', {
    GET: async (request) => {
      const { envId } = paramsOf(request);
      authorize(ctx, request, envId, 'populations:read');
      const limit = parseLimit(
        (request.query as Record<string, unknown>).limit,
        OTHER_PAGE.defaultLimit,
        OTHER_PAGE.maxLimit,
        OTHER_PAGE.maxLimit,
      );
      return filteredCollection(
        ctx,
        request,
        { name: 'populations', limit },
        (filter) => ctx.store.listPopulations(envId, filter),
        (p) => view(ctx, p),
      );
    },
    POST: async (request, reply) => {
      const { envId } = paramsOf(request);
      authorize(ctx, request, envId, 'populations:write');
      requireMediaType(request, ['application/json']);
      const input = parseBody(populationSchema, jsonBody(request));
      checkPolicyReference(ctx, envId, input);
      checkNameUnique(ctx, envId, input.name, null);
      const now = ctx.clock.now();
      const record: PopulationRecord = {
        id: randomUUID(),
        environmentId: envId,
        name: input.name,
        description: input.description ?? null,
        isDefault: input.default === true,
        passwordPolicyId: input.passwordPolicy?.id ?? null,
        extra: extraOf(input),
        createdAt: now,
        updatedAt: now,
      };
      save(ctx, record, true);
      reply.status(201);
      return view(ctx, record);
    },
  });
  resource(app, '/v1/environments/:envId/populations/:id', {
    GET: async (request) => {
      const { envId, id } = paramsOf(request);
      authorize(ctx, request, envId, 'populations:read');
      return view(ctx, load(ctx, envId, id!));
    },
    PUT: async (request) => {
      const { envId, id } = paramsOf(request);
      authorize(ctx, request, envId, 'populations:write');
      const existing = load(ctx, envId, id!);
      requireMediaType(request, ['application/json']);
      const input = parseBody(populationSchema, jsonBody(request));
      checkPolicyReference(ctx, envId, input);
      checkNameUnique(ctx, envId, input.name, existing.id);
      const record: PopulationRecord = {
        ...existing,
        name: input.name,
        description: input.description ?? null,
        // PingOne keeps the default flag unless the body sets it.
        isDefault: input.default ?? existing.isDefault,
        passwordPolicyId: input.passwordPolicy?.id ?? null,
        extra: extraOf(input),
        updatedAt: ctx.clock.now(),
      };
      save(ctx, record, false);
      return view(ctx, record);
    },
    DELETE: async (request, reply) => {
      const { envId, id } = paramsOf(request);
      authorize(ctx, request, envId, 'populations:write');
      const existing = load(ctx, envId, id!);
      if (existing.isDefault || ctx.store.countUsersInPopulation(envId, existing.id) > 0) {
        throw invalidData(detail('CONSTRAINT_VIOLATION', 'population', MESSAGES.populationInUse));
      }
      ctx.store.deletePopulation(envId, existing.id);
      return reply.status(204).send();
    },
  });
}
