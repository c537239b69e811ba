/**
 * The built-in resources (`/resources`, `/resources/{id}`, `/resources/{id}/scopes`), read-only,
 * and the resource grants of an application (`/applications/{id}/grants`: list, create, read,
 * replace, delete). A grant names one resource and scopes of that resource.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authorize } from '../auth.js';
import { envBaseOf, iso, type LocalContext } from '../context.js';
import { detail, invalidData, notFound } from '../errors.js';
import { jsonBody, requireMediaType, resource } from '../http.js';
import { MESSAGES } from '../pingone-behaviour.js';
import type { GrantRecord, ResourceRecord, ResourceScopeRecord } from '../store/types.js';
import { parseBody } from '../validation.js';
import { loadApplication } from './applications.js';
import { freshRecord, guarded, listAnswer } from './common.js';

const href = (url: string) => ({ href: url });

function resourceView(ctx: LocalContext, r: ResourceRecord) {
  const envBase = envBaseOf(ctx, r.environmentId);
  const self = `${envBase}/resources/${r.id}`;
  return {
    _links: { self: href(self), environment: href(envBase), scopes: href(`${self}/scopes`) },
    id: r.id,
    environment: { id: r.environmentId },
    name: r.name,
    description: r.description,
    type: r.type,
    audience: r.audience,
    accessTokenValiditySeconds: r.accessTokenValiditySeconds,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

function scopeView(ctx: LocalContext, s: ResourceScopeRecord) {
  const resourceHref = `${envBaseOf(ctx, s.environmentId)}/resources/${s.resourceId}`;
  return {
    _links: { self: href(`${resourceHref}/scopes/${s.id}`), resource: href(resourceHref) },
    id: s.id,
    environment: { id: s.environmentId },
    resource: { id: s.resourceId },
    name: s.name,
    description: s.description,
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
  };
}

function grantView(ctx: LocalContext, g: GrantRecord) {
  const envBase = envBaseOf(ctx, g.environmentId);
  const appHref = `${envBase}/applications/${g.applicationId}`;
  return {
    _links: {
      self: href(`${appHref}/grants/${g.id}`),
      application: href(appHref),
      resource: href(`${envBase}/resources/${g.resourceId}`),
    },
    id: g.id,
    environment: { id: g.environmentId },
    application: { id: g.applicationId },
    resource: { id: g.resourceId },
    scopes: g.scopeIds.map((id) => ({ id })),
    createdAt: iso(g.createdAt),
    updatedAt: iso(g.updatedAt),
  };
}

function loadResource(ctx: LocalContext, envId: string, id: string): ResourceRecord {
  const r = ctx.store.getResource(envId, id);
  if (!r) throw notFound('resource', id);
  return r;
}

const ref = z.object({ id: z.string().min(1).max(256) }).strict();

const grantSchema = z
  .object({
    resource: ref,
    scopes: z.array(ref).min(1).max(100),
    ...Object.fromEntries(
      ['_links', 'id', 'environment', 'application', 'createdAt', 'updatedAt'].map((k) => [
        k,
        z.unknown().optional(),
      ]),
    ),
  })
  .strict();

/** The granted resource and scope IDs: every scope must belong to the resource, once. */
function readGrant(ctx: LocalContext, request: FastifyRequest, envId: string) {
  requireMediaType(request, ['application/json']);
  const input = parseBody(grantSchema, jsonBody(request));
  const resourceRecord = ctx.store.getResource(envId, input.resource.id);
  if (!resourceRecord) {
    throw invalidData(detail('INVALID_VALUE', 'resource.id', MESSAGES.unknownResource));
  }
  const known = new Set(ctx.store.listResourceScopes(envId, resourceRecord.id).map((s) => s.id));
  const ids = input.scopes.map((s) => s.id);
  const problems = ids.flatMap((id, i) =>
    known.has(id) ? [] : [detail('INVALID_VALUE', `scopes[${i}].id`, MESSAGES.unknownScope)],
  );
  if (new Set(ids).size !== ids.length) {
    problems.push(detail('INVALID_VALUE', 'scopes', MESSAGES.duplicateValue));
  }
  if (problems.length > 0) throw invalidData(...problems);
  return { resourceId: resourceRecord.id, scopeIds: ids };
}

/** Registers the resource and grant routes. */
export function resourceRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/v1/environments/:envId/resources', {
    GET: guarded(ctx, 'resources:read', ({ envId }, request) => {
      const all = ctx.store.listResources(envId);
      return listAnswer(ctx, request, 'resources', all, (r) => resourceView(ctx, r));
    }),
  });
  resource(app, '/v1/environments/:envId/resources/:id', {
    GET: guarded(ctx, 'resources:read', ({ envId, id }) => {
      return resourceView(ctx, loadResource(ctx, envId, id!));
    }),
  });
  resource(app, '/v1/environments/:envId/resources/:id/scopes', {
    GET: guarded(ctx, 'resources:read', ({ envId, id }, request) => {
      const r = loadResource(ctx, envId, id!);
      const scopes = ctx.store.listResourceScopes(envId, r.id);
      return listAnswer(ctx, request, 'scopes', scopes, (s) => scopeView(ctx, s));
    }),
  });

  const grantsPath = '/v1/environments/:envId/applications/:id/grants';
  resource(app, grantsPath, {
    GET: guarded(ctx, 'applications:read', ({ envId, id }, request) => {
      const application = loadApplication(ctx, envId, id!);
      const grants = ctx.store.listGrants(envId, application.id);
      return listAnswer(ctx, request, 'grants', grants, (g) => grantView(ctx, g));
    }),
    POST: guarded(ctx, 'applications:write', ({ envId, id }, request, reply) => {
      const application = loadApplication(ctx, envId, id!);
      const grant: GrantRecord = {
        ...freshRecord(ctx, envId),
        applicationId: application.id,
        ...readGrant(ctx, request, envId),
      };
      ctx.store.insertGrant(grant);
      reply.status(201);
      return grantView(ctx, grant);
    }),
  });
  const loadGrant = (envId: string, appId: string, grantId: string) => {
    const application = loadApplication(ctx, envId, appId);
    const grant = ctx.store.getGrant(envId, application.id, grantId);
    if (!grant) throw notFound('grant', grantId);
    return grant;
  };
  resource(app, `${grantsPath}/:grantId`, {
    GET: async (request) => {
      const { envId, id, grantId } = grantParams(request);
      await authorize(ctx, request, envId, 'applications:read');
      return grantView(ctx, loadGrant(envId, id, grantId));
    },
    PUT: async (request) => {
      const { envId, id, grantId } = grantParams(request);
      await authorize(ctx, request, envId, 'applications:write');
      const existing = loadGrant(envId, id, grantId);
      const input = readGrant(ctx, request, envId);
      const grant = { ...existing, ...input, updatedAt: ctx.clock.now() };
      ctx.store.updateGrant(grant);
      return grantView(ctx, grant);
    },
    DELETE: async (request, reply) => {
      const { envId, id, grantId } = grantParams(request);
      await authorize(ctx, request, envId, 'applications:write');
      const existing = loadGrant(envId, id, grantId);
      ctx.store.deleteGrant(envId, existing.applicationId, existing.id);
      return reply.status(204).send();
    },
  });
}

function grantParams(request: FastifyRequest) {
  return request.params as { envId: string; id: string; grantId: string };
}
