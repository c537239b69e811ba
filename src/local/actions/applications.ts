/**
 * OIDC applications (`/v1/environments/{envId}/applications`): list, create, read, replace (PUT),
 * delete, and the client secret (read, and regenerate with POST). The seeded Worker is listed
 * among them. Steps of a write: authorize → load (PUT) → readInput (zod shape, then
 * the combination rules of `applicationRuleProblems`) → build → putApplication.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { envBaseOf, iso, type LocalContext } from '../context.js';
import { detail, invalidData, notFound } from '../errors.js';
import { jsonBody, requireMediaType, resource } from '../http.js';
import { APPLICATIONS, applicationRuleProblems, isCorsOrigin } from '../pingone-applications.js';
import { MESSAGES } from '../pingone-behaviour.js';
import { CORS_MESSAGES, CORS_SETTINGS } from '../pingone-tokens.js';
import { oidcSettings } from '../seed.js';
import type {
  ApplicationRecord,
  ApplicationType,
  CorsSettings,
  TokenAuthMethod,
} from '../store/types.js';
import { parseBody } from '../validation.js';
import { freshRecord, guarded, listAnswer } from './common.js';

const A = APPLICATIONS;

/** An absolute URI without fragment or wildcard (redirect URIs may use an app's own scheme). */
function isRedirectUri(value: string): boolean {
  if (value.includes('*') || value.includes('#')) return false;
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !value.includes('#');
  } catch {
    return false;
  }
}

const unique = (list: readonly string[]) => new Set(list).size === list.length;

const uriList = z
  .array(z.string().min(1).max(A.uriMax).refine(isRedirectUri, { message: MESSAGES.invalidUri }))
  .max(A.urisMax)
  .refine(unique, { message: MESSAGES.duplicateValue });

/** `corsSettings` (`CORS_SETTINGS`); the behaviour/origins rules are in `applicationRuleProblems`. */
const corsSettingsSchema = z
  .object({
    behavior: z.enum(CORS_SETTINGS.behaviors),
    origins: z
      .array(
        z.string().max(A.uriMax).refine(isCorsOrigin, { message: CORS_MESSAGES.invalidOrigin }),
      )
      .max(CORS_SETTINGS.originsMax)
      .refine(unique, { message: MESSAGES.duplicateValue })
      .optional(),
  })
  .strict();

const duration = z.number().int().min(A.durationMin).max(A.durationMax);

/** Members of an application a client may send back unchanged (GET-then-PUT), ignored. */
const READ_ONLY = ['_links', 'id', 'environment', 'createdAt', 'updatedAt'] as const;

const applicationSchema = z
  .object({
    name: z.string().min(1).max(A.nameMax),
    description: z.string().max(A.descriptionMax).nullable().optional(),
    enabled: z.boolean().optional(),
    protocol: z.enum(['OPENID_CONNECT']),
    type: z.enum(A.types),
    grantTypes: z
      .array(z.enum(A.grantTypes))
      .min(1)
      .refine(unique, { message: MESSAGES.duplicateValue }),
    responseTypes: z
      .array(z.enum(A.responseTypes))
      .refine(unique, { message: MESSAGES.duplicateValue })
      .optional(),
    redirectUris: uriList.optional(),
    postLogoutRedirectUris: uriList.optional(),
    loginPageUrl: z
      .string()
      .min(1)
      .max(A.uriMax)
      .refine(isHttpUrl, { message: MESSAGES.invalidUrl })
      .nullable()
      .optional(),
    tokenEndpointAuthMethod: z.enum(A.authMethods),
    pkceEnforcement: z.enum(A.pkce).optional(),
    refreshTokenDuration: duration.optional(),
    refreshTokenRollingDuration: duration.nullable().optional(),
    corsSettings: corsSettingsSchema.nullable().optional(),
    // Accepted as on PingOne; PingOne Local gives created applications no roles.
    assignActorRoles: z.boolean().optional(),
    ...Object.fromEntries(READ_ONLY.map((k) => [k, z.unknown().optional()])),
  })
  .strict();

type ApplicationInput = z.infer<typeof applicationSchema>;

/** The body's fields as a record's, after the shape and the combination rules. */
function readInput(request: FastifyRequest) {
  requireMediaType(request, ['application/json']);
  const input: ApplicationInput = parseBody(applicationSchema, jsonBody(request));
  const settings = oidcSettings({
    description: input.description ?? null,
    grantTypes: input.grantTypes,
    responseTypes: input.responseTypes ?? [],
    redirectUris: input.redirectUris ?? [],
    postLogoutRedirectUris: input.postLogoutRedirectUris ?? [],
    loginPageUrl: input.loginPageUrl ?? null,
    pkceEnforcement: input.pkceEnforcement ?? 'OPTIONAL',
    refreshTokenDuration: input.refreshTokenDuration ?? A.refreshTokenDefault,
    refreshTokenRollingDuration: input.refreshTokenRollingDuration ?? null,
    corsSettings: input.corsSettings
      ? { behavior: input.corsSettings.behavior, origins: input.corsSettings.origins ?? [] }
      : null,
  });
  const problems = applicationRuleProblems({
    ...settings,
    type: input.type,
    tokenEndpointAuthMethod: input.tokenEndpointAuthMethod,
  });
  if (problems.length > 0) {
    throw invalidData(
      ...problems.map((p) =>
        detail(
          p.message === MESSAGES.redirectUrisRequired ? 'REQUIRED_VALUE' : 'INVALID_VALUE',
          p.target,
          p.message,
        ),
      ),
    );
  }
  return {
    name: input.name,
    enabled: input.enabled ?? false,
    type: input.type as ApplicationType,
    authMethod: input.tokenEndpointAuthMethod as TokenAuthMethod,
    settings,
  };
}

const href = (url: string) => ({ href: url });

/** `corsSettings` as given; `origins` left out when empty (as for ALLOW_NO_ORIGINS). */
const corsView = (cors: CorsSettings) =>
  cors.origins.length > 0
    ? { behavior: cors.behavior, origins: cors.origins }
    : { behavior: cors.behavior };

/** The application resource (PingOne's members; empty lists and unset values left out). */
export function applicationView(ctx: LocalContext, app: ApplicationRecord) {
  const envBase = envBaseOf(ctx, app.environmentId);
  const self = `${envBase}/applications/${app.id}`;
  const s = app.settings;
  const list = (name: string, values: string[]) => (values.length > 0 ? { [name]: values } : {});
  return {
    _links: {
      self: href(self),
      environment: href(envBase),
      secret: href(`${self}/secret`),
      grants: href(`${self}/grants`),
    },
    environment: { id: app.environmentId },
    id: app.id,
    name: app.name,
    ...(s.description !== null ? { description: s.description } : {}),
    enabled: app.enabled,
    type: app.type,
    protocol: 'OPENID_CONNECT',
    createdAt: iso(app.createdAt),
    updatedAt: iso(app.updatedAt),
    grantTypes: s.grantTypes,
    ...list('responseTypes', s.responseTypes),
    ...list('redirectUris', s.redirectUris),
    ...list('postLogoutRedirectUris', s.postLogoutRedirectUris),
    ...(s.loginPageUrl !== null ? { loginPageUrl: s.loginPageUrl } : {}),
    tokenEndpointAuthMethod: app.authMethod,
    pkceEnforcement: s.pkceEnforcement,
    refreshTokenDuration: s.refreshTokenDuration,
    ...(s.refreshTokenRollingDuration !== null
      ? { refreshTokenRollingDuration: s.refreshTokenRollingDuration }
      : {}),
    ...(s.corsSettings !== null ? { corsSettings: corsView(s.corsSettings) } : {}),
  };
}

function secretView(ctx: LocalContext, app: ApplicationRecord) {
  const self = `${envBaseOf(ctx, app.environmentId)}/applications/${app.id}`;
  return {
    _links: { self: href(`${self}/secret`), application: href(self) },
    environment: { id: app.environmentId },
    secret: app.secret,
  };
}

/** Loads an application or fails with 404 NOT_FOUND. */
export function loadApplication(ctx: LocalContext, envId: string, id: string): ApplicationRecord {
  const app = ctx.store.getApplication(envId, id);
  if (!app) throw notFound('application', id);
  return app;
}

const newSecret = () => randomBytes(A.secretBytes).toString('base64url');

/** Registers the application resources. */
export function applicationRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/v1/environments/:envId/applications', {
    GET: guarded(ctx, 'applications:read', ({ envId }, request) => {
      const apps = ctx.store.listApplications(envId);
      return listAnswer(ctx, request, 'applications', apps, (a) => applicationView(ctx, a));
    }),
    POST: guarded(ctx, 'applications:write', ({ envId }, request, reply) => {
      const record: ApplicationRecord = {
        ...freshRecord(ctx, envId),
        secret: newSecret(),
        roles: [],
        ...readInput(request),
      };
      ctx.store.putApplication(record);
      reply.status(201);
      return applicationView(ctx, record);
    }),
  });
  resource(app, '/v1/environments/:envId/applications/:id', {
    GET: guarded(ctx, 'applications:read', ({ envId, id }) => {
      return applicationView(ctx, loadApplication(ctx, envId, id!));
    }),
    PUT: guarded(ctx, 'applications:write', ({ envId, id }, request) => {
      const existing = loadApplication(ctx, envId, id!);
      const input = readInput(request);
      if (input.type !== existing.type) {
        throw invalidData(detail('INVALID_VALUE', 'type', MESSAGES.notChangeable));
      }
      const record: ApplicationRecord = { ...existing, ...input, updatedAt: ctx.clock.now() };
      ctx.store.putApplication(record);
      return applicationView(ctx, record);
    }),
    DELETE: guarded(ctx, 'applications:write', ({ envId, id }, _request, reply) => {
      const existing = loadApplication(ctx, envId, id!);
      ctx.store.deleteApplication(envId, existing.id);
      return reply.status(204).send();
    }),
  });
  resource(app, '/v1/environments/:envId/applications/:id/secret', {
    GET: guarded(ctx, 'applications:read', ({ envId, id }) => {
      return secretView(ctx, loadApplication(ctx, envId, id!));
    }),
    POST: guarded(ctx, 'applications:write', ({ envId, id }) => {
      const existing = loadApplication(ctx, envId, id!);
      // The previous secret stops working at once (no `previous` grace period).
      const record = { ...existing, secret: newSecret(), updatedAt: ctx.clock.now() };
      ctx.store.putApplication(record);
      return secretView(ctx, record);
    }),
  });
}
