/**
 * Password policies (docs/pingone-behaviour.md §5): list (`filter` on `name`/`id`), read, create, update (PUT),
 * delete (not the default, not referenced by a population).
 * Steps: authorize → readInput → checkAges → checkNameUnique → saveDefaultFlag → save.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authorize } from '../auth.js';
import type { LocalContext } from '../context.js';
import { detail, invalidData, notFound } from '../errors.js';
import { jsonBody, requireMediaType, resource } from '../http.js';
import { EXPIRY_WARNING_DAYS, MESSAGES, POLICY_LENGTH_DEFAULTS } from '../pingone-behaviour.js';
import type { PasswordPolicyRecord } from '../store/types.js';
import { parseBody } from '../validation.js';
import { policyView } from '../views.js';
import { paramsOf } from './common.js';
import { filteredCollection } from './filter.js';

const READ_ONLY = [
  '_links',
  'id',
  'environment',
  'populationCount',
  'createdAt',
  'updatedAt',
] as const;
const positive = z.number().int().min(1);
const sequence = (min: number) =>
  z.object({ maxLength: z.number().int().min(min).max(3) }).strict();
const CHARSETS = [
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'abcdefghijklmnopqrstuvwxyz',
  '0123456789',
  '~!@#$%^&*()-_=+[]{}|;:,.<>/?',
] as const;

const policySchema = z
  .object({
    name: z.string().min(1).max(256),
    description: z.string().max(1024).optional(),
    default: z.boolean().optional(),
    excludesCommonlyUsed: z.boolean(),
    excludesProfileData: z.boolean(),
    notSimilarToCurrent: z.boolean(),
    length: z
      .object({
        min: z.number().int().min(8).max(32).optional(),
        max: z.number().int().min(8).max(255).optional(),
      })
      .strict()
      .optional(),
    minCharacters: z
      .object(Object.fromEntries(CHARSETS.map((c) => [c, positive.optional()])))
      .strict()
      .optional(),
    maxRepeatedCharacters: positive.optional(),
    minUniqueCharacters: positive.optional(),
    minComplexity: positive.optional(),
    history: z
      .object({ count: positive.optional(), retentionDays: positive.optional() })
      .strict()
      .optional(),
    lockout: z
      .object({ failureCount: positive.optional(), durationSeconds: positive.optional() })
      .strict()
      .optional(),
    maxAgeDays: positive.optional(),
    minAgeDays: positive.optional(),
    numberSequenceRule: sequence(2).optional(),
    alphabetSequenceRule: sequence(2).optional(),
    qwertySequenceRule: sequence(3).optional(),
    shiftedNumberRowSequenceRule: sequence(3).optional(),
    ...Object.fromEntries(READ_ONLY.map((k) => [k, z.unknown().optional()])),
  })
  .strict();

type PolicyInput = z.infer<typeof policySchema>;

/** `null` clears a member (docs/pingone-behaviour.md §1.2): the same as leaving it out of a POST or PUT. */
function withoutNulls(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
}

function readInput(request: FastifyRequest): PolicyInput {
  requireMediaType(request, ['application/json']);
  const input = parseBody(policySchema, withoutNulls(jsonBody(request)));
  if (input.length) {
    const length = {
      min: input.length.min ?? POLICY_LENGTH_DEFAULTS.min,
      max: input.length.max ?? POLICY_LENGTH_DEFAULTS.max,
    };
    if (length.max < length.min) {
      throw invalidData(detail('INVALID_VALUE', 'length.max', MESSAGES.lengthMaxBelowMin));
    }
    input.length = length;
  }
  return input;
}

function checkAges(input: PolicyInput): void {
  if (
    input.maxAgeDays !== undefined &&
    input.maxAgeDays <= (input.minAgeDays ?? 0) + EXPIRY_WARNING_DAYS
  ) {
    throw invalidData(
      detail('INVALID_VALUE', 'maxAgeDays', MESSAGES.maxAgeTooSmall(EXPIRY_WARNING_DAYS)),
    );
  }
}

function rulesOf(input: PolicyInput): Record<string, unknown> {
  const { name: _n, default: _d, ...rest } = input;
  for (const key of READ_ONLY) delete (rest as Record<string, unknown>)[key];
  return rest;
}

function checkNameUnique(ctx: LocalContext, envId: string, name: string, selfId: string | null) {
  const other = ctx.store.findPasswordPolicyByName(envId, name);
  if (other && other.id !== selfId) {
    throw invalidData(detail('UNIQUENESS_VIOLATION', 'name', MESSAGES.notUnique));
  }
}

function save(ctx: LocalContext, record: PasswordPolicyRecord, insert: boolean): void {
  ctx.store.transaction(() => {
    if (record.isDefault) ctx.store.clearDefaultPasswordPolicy(record.environmentId);
    if (insert) ctx.store.insertPasswordPolicy(record);
    else ctx.store.updatePasswordPolicy(record);
  });
}

function load(ctx: LocalContext, envId: string, id: string): PasswordPolicyRecord {
  const p = ctx.store.getPasswordPolicy(envId, id);
  if (!p) throw notFound('password policy', id);
  return p;
}

/** Registers the password policy resources. */
export function passwordPolicyRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/v1/environments/:envId/passwordPolicies', {
    GET: async (request) => {
      const { envId } = paramsOf(request);
      authorize(ctx, request, envId, 'passwordPolicies:read');
      return filteredCollection(
        ctx,
        request,
        { name: 'passwordPolicies' },
        (filter) => ctx.store.listPasswordPolicies(envId, filter),
        (p) => policyView(ctx, p),
      );
    },
    POST: async (request, reply) => {
      const { envId } = paramsOf(request);
      authorize(ctx, request, envId, 'passwordPolicies:write');
      const input = readInput(request);
      checkAges(input);
      checkNameUnique(ctx, envId, input.name, null);
      const now = ctx.clock.now();
      const record: PasswordPolicyRecord = {
        id: randomUUID(),
        environmentId: envId,
        name: input.name,
        isDefault: input.default === true,
        rules: rulesOf(input),
        createdAt: now,
        updatedAt: now,
      };
      save(ctx, record, true);
      reply.status(201);
      return policyView(ctx, record);
    },
  });
  resource(app, '/v1/environments/:envId/passwordPolicies/:id', {
    GET: async (request) => {
      const { envId, id } = paramsOf(request);
      authorize(ctx, request, envId, 'passwordPolicies:read');
      return policyView(ctx, load(ctx, envId, id!));
    },
    PUT: async (request) => {
      const { envId, id } = paramsOf(request);
      authorize(ctx, request, envId, 'passwordPolicies:write');
      const existing = load(ctx, envId, id!);
      const input = readInput(request);
      checkAges(input);
      checkNameUnique(ctx, envId, input.name, existing.id);
      const record: PasswordPolicyRecord = {
        ...existing,
        name: input.name,
        isDefault: input.default ?? existing.isDefault,
        rules: rulesOf(input),
        updatedAt: ctx.clock.now(),
      };
      save(ctx, record, false);
      return policyView(ctx, record);
    },
    DELETE: async (request, reply) => {
      const { envId, id } = paramsOf(request);
      authorize(ctx, request, envId, 'passwordPolicies:write');
      const existing = load(ctx, envId, id!);
      if (existing.isDefault || ctx.store.countPopulationsUsingPolicy(envId, existing.id) > 0) {
        throw invalidData(detail('CONSTRAINT_VIOLATION', 'passwordPolicy', MESSAGES.policyInUse));
      }
      ctx.store.deletePasswordPolicy(envId, existing.id);
      return reply.status(204).send();
    },
  });
}
