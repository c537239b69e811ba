/**
 * Password policies (docs/pingone-behaviour.md §5): list (`filter` on `name`/`id`), read, create, update (PUT),
 * delete (not the default, not referenced by a population).
 * Steps (actions/named-resource.ts): authorize → readInput (checkAges) → checkNameUnique →
 * save (clearing the other defaults).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { LocalContext } from '../context.js';
import { detail, invalidData } from '../errors.js';
import { jsonBody, requireMediaType } from '../http.js';
import { EXPIRY_WARNING_DAYS, MESSAGES, POLICY_LENGTH_DEFAULTS } from '../pingone-behaviour.js';
import type { PasswordPolicyRecord } from '../store/types.js';
import { parseBody } from '../validation.js';
import { policyView } from '../views.js';
import { namedResourceRoutes } from './named-resource.js';

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

/** Registers the password policy resources. */
export function passwordPolicyRoutes(app: FastifyInstance, ctx: LocalContext): void {
  namedResourceRoutes<PasswordPolicyRecord, PolicyInput>(app, ctx, {
    collection: 'passwordPolicies',
    kind: 'password policy',
    readInput(request) {
      const input = readInput(request);
      checkAges(input);
      return input;
    },
    fieldsOf: (input) => ({ rules: rulesOf(input) }),
    view: (p) => policyView(ctx, p),
    checkDeletable(p) {
      if (p.isDefault || ctx.store.countPopulationsUsingPolicy(p.environmentId, p.id) > 0) {
        throw invalidData(detail('CONSTRAINT_VIOLATION', 'passwordPolicy', MESSAGES.policyInUse));
      }
    },
    store: {
      list: ctx.store.listPasswordPolicies,
      get: ctx.store.getPasswordPolicy,
      findByName: ctx.store.findPasswordPolicyByName,
      insert: ctx.store.insertPasswordPolicy,
      update: ctx.store.updatePasswordPolicy,
      clearDefault: ctx.store.clearDefaultPasswordPolicy,
      delete: ctx.store.deletePasswordPolicy,
    },
  });
}
