/**
 * Request-body schemas (zod) and the translation of their failures into PingOne's
 * 400 INVALID_DATA details, one per problem, each naming its `target`.
 */
import { type ZodIssue, type ZodTypeAny, z } from 'zod';
import type { PingOneErrorDetail } from '../pingone/model.js';
import { detail, invalidData } from './errors.js';
import { booleanFromString, EMAIL_PATTERN, MESSAGES } from './pingone-behaviour.js';

// Patterns from components.schemas.User of the OpenAPI description.
const PRINTABLE = /^[\p{L}\p{M}\p{Zs}\p{S}\p{N}\p{P}]*$/u;
const PERSON_NAME = /^[\p{L}\p{M}\p{N}' .-]*$/u;
const STREET = /^[\p{L}\p{M}\p{N}\p{Zs}\p{P}\n\r]*$/u;

const text = (max: number, pattern: RegExp = PRINTABLE) =>
  z.string().min(1).max(max).regex(pattern);

/** A boolean that may also arrive as the JSON string "true"/"false" (`booleanFromString`). */
export const lenientBoolean = z.preprocess(booleanFromString, z.boolean());

/** `email` as PingOne validates it. */
export const emailSchema = z
  .string()
  .max(254)
  .refine((v) => EMAIL_PATTERN.test(v), { message: MESSAGES.invalidEmail });

const nameSchema = z
  .object({
    formatted: text(256, PERSON_NAME),
    given: text(256),
    middle: text(256),
    family: text(256, PERSON_NAME),
    honorificPrefix: text(256),
    honorificSuffix: text(256),
  })
  .partial()
  .strict();

const addressSchema = z
  .object({
    streetAddress: text(256, STREET),
    locality: text(256),
    region: text(256),
    postalCode: text(40),
    countryCode: z.string().regex(/^[A-Z]{2}$/),
  })
  .partial()
  .strict();

/** Profile attributes a client may write (create, import, PUT, PATCH). */
const profile = {
  email: emailSchema,
  name: nameSchema,
  nickname: text(256),
  title: text(256),
  type: text(256),
  preferredLanguage: text(256),
  locale: text(256),
  timezone: z
    .string()
    .max(256)
    .regex(/^\w+\/\w+$/),
  primaryPhone: z.string().min(1).max(32),
  mobilePhone: z.string().min(1).max(32),
  address: addressSchema,
  photo: z.object({ href: z.string().min(1).max(1024) }).strict(),
  externalId: z.string().min(1).max(1024),
  accountId: z.string().min(1).max(256),
};

/** Names of the profile attributes kept in `UserRecord.attributes`. */
export const PROFILE_ATTRIBUTES = Object.keys(profile).filter((k) => k !== 'email');

const username = z.string().min(1).max(128).regex(PRINTABLE);
const population = z.object({ id: z.string().min(1).max(256) }).strict();

const optionalProfile = Object.fromEntries(
  Object.entries(profile).map(([k, v]) => [k, v.optional()]),
) as { [K in keyof typeof profile]: z.ZodOptional<(typeof profile)[K]> };

/** `POST /users` with `application/json`. */
export const createUserSchema = z
  .object({
    username,
    population: population.optional(),
    ...optionalProfile,
    enabled: z.boolean().optional(),
    mfaEnabled: z.boolean().optional(),
    emailVerified: z.literal(false).optional(),
  })
  .strict();

/** `POST /users` with `application/vnd.pingidentity.user.import+json`. */
export const importUserSchema = createUserSchema
  .extend({
    emailVerified: z.boolean().optional(),
    password: z
      .object({ value: z.string().min(1).max(4096), forceChange: lenientBoolean.optional() })
      .strict()
      .optional(),
    lifecycle: z
      .object({
        status: z.enum(['ACCOUNT_OK', 'VERIFICATION_REQUIRED']),
        suppressVerificationCode: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** A validated create/import body. */
export type CreateUserInput = z.infer<typeof importUserSchema>;

/** Members of a user that PUT/PATCH accept but ignore (read-only, echoed by GET-then-PUT). */
export const READ_ONLY_USER_MEMBERS = [
  '_links',
  '_embedded',
  'id',
  'environment',
  'account',
  'createdAt',
  'updatedAt',
  'enabled',
  'identityProvider',
  'lifecycle',
  'verifyStatus',
  'emailVerified',
  'mfaEnabled',
  'population',
  'lastSignOn',
  'memberOfGroupIDs',
  'memberOfGroupNames',
] as const;

const nullableProfile = Object.fromEntries(
  Object.entries(profile).map(([k, v]) => [k, v.nullable().optional()]),
) as { [K in keyof typeof profile]: z.ZodOptional<z.ZodNullable<(typeof profile)[K]>> };

/** `PUT`/`PATCH /users/{id}` (`null` clears an attribute). */
export const updateUserSchema = z
  .object({
    username: username.optional(),
    ...nullableProfile,
    ...Object.fromEntries(READ_ONLY_USER_MEMBERS.map((k) => [k, z.unknown().optional()])),
  })
  .strict();

/** A validated PUT/PATCH body. */
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

function targetOf(path: (string | number)[]): string | undefined {
  return path.length === 0 ? undefined : path.join('.');
}

function issueDetails(issue: ZodIssue): PingOneErrorDetail[] {
  const target = targetOf(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        detail('INVALID_VALUE', targetOf([...issue.path, key]), MESSAGES.unknownAttribute),
      );
    case 'invalid_type':
      if (issue.received === 'undefined') {
        return [detail('REQUIRED_VALUE', target, MESSAGES.required)];
      }
      return [detail('INVALID_VALUE', target, MESSAGES.wrongType(issue.expected))];
    case 'too_small':
      if (issue.type === 'string' && issue.minimum === 1) {
        return [detail('EMPTY_VALUE', target, MESSAGES.empty)];
      }
      return [
        detail('OUT_OF_RANGE', target, MESSAGES.tooSmall(issue.minimum), {
          rangeMinimumValue: Number(issue.minimum),
        }),
      ];
    case 'too_big':
      return [
        detail('SIZE_LIMIT_EXCEEDED', target, MESSAGES.tooBig(issue.maximum), {
          maximumValue: Number(issue.maximum),
        }),
      ];
    case 'invalid_string':
      return [detail('INVALID_VALUE', target, MESSAGES.patternMismatch)];
    case 'invalid_enum_value':
      return [
        detail('INVALID_VALUE', target, MESSAGES.notAllowedValue, {
          allowedValues: issue.options.map(String),
        }),
      ];
    case 'invalid_literal':
      return [
        detail('INVALID_VALUE', target, MESSAGES.mustEqual(JSON.stringify(issue.expected)), {
          allowedValues: [String(issue.expected)],
        }),
      ];
    default:
      return [detail('INVALID_VALUE', target, issue.message)];
  }
}

/**
 * Parses `body` with `schema`.
 * @throws 400 INVALID_DATA with one detail per problem.
 */
export function parseBody<S extends ZodTypeAny>(schema: S, body: unknown): z.infer<S> {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidData(detail('INVALID_VALUE', undefined, MESSAGES.bodyNotObject));
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data as z.infer<S>;
  throw invalidData(...result.error.issues.flatMap(issueDetails));
}
