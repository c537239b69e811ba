/**
 * The routes of a named, environment-scoped resource with one default (populations, password
 * policies): list (filtered), create, read, replace (PUT) and delete, the same steps for both.
 * Steps of a write: authorize → load (PUT) → readInput → checkNameUnique → build → save
 * (clearing the other defaults in the same transaction).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authorize } from '../auth.js';
import type { LocalContext } from '../context.js';
import { detail, invalidData, notFound } from '../errors.js';
import { resource } from '../http.js';
import type { Permission } from '../pingone-applications.js';
import { MESSAGES } from '../pingone-behaviour.js';
import type { FilterNode } from '../scim/filter.js';
import { paramsOf } from './common.js';
import { filteredCollection } from './filter.js';

/** The members every named resource record has. */
export interface NamedRecord {
  id: string;
  environmentId: string;
  name: string;
  isDefault: boolean;
  createdAt: number;
  updatedAt: number;
}

/** The members every named resource body has. */
export interface NamedInput {
  name: string;
  default?: boolean | null | undefined;
}

/** What the routes need to know about one resource. */
export interface NamedResource<R extends NamedRecord, I extends NamedInput> {
  /** Path segment, collection name and permission prefix (`populations:read`/`:write`). */
  collection: 'populations' | 'passwordPolicies';
  /** Name in 404 messages (`population`). */
  kind: string;
  /** Caps the list at this many items, after reading `limit` (populations). */
  readLimit?: (request: FastifyRequest) => number;
  /** Reads and validates the body, including checks against other resources. */
  readInput(request: FastifyRequest, envId: string): I;
  /** The resource's own members, from a POST or PUT body (PUT replaces them all). */
  fieldsOf(input: I): Omit<R, keyof NamedRecord>;
  view(record: R): unknown;
  /** Fails when the record may not be deleted (the default, or one still in use). */
  checkDeletable(record: R): void;
  store: {
    list(envId: string, filter: FilterNode | null): R[];
    get(envId: string, id: string): R | null;
    findByName(envId: string, name: string): R | null;
    insert(record: R): void;
    update(record: R): void;
    clearDefault(envId: string): void;
    delete(envId: string, id: string): void;
  };
}

/** Registers the collection and item routes of `spec`. */
export function namedResourceRoutes<R extends NamedRecord, I extends NamedInput>(
  app: FastifyInstance,
  ctx: LocalContext,
  spec: NamedResource<R, I>,
): void {
  const { store } = spec;
  const read: Permission = `${spec.collection}:read`;
  const write: Permission = `${spec.collection}:write`;

  function load(envId: string, id: string): R {
    const record = store.get(envId, id);
    if (!record) throw notFound(spec.kind, id);
    return record;
  }
  function checkNameUnique(envId: string, name: string, selfId: string | null): void {
    const other = store.findByName(envId, name);
    if (other && other.id !== selfId) {
      throw invalidData(detail('UNIQUENESS_VIOLATION', 'name', MESSAGES.notUnique));
    }
  }
  function save(envId: string, record: R, insert: boolean): void {
    ctx.store.transaction(() => {
      if (record.isDefault) store.clearDefault(envId);
      if (insert) store.insert(record);
      else store.update(record);
    });
  }

  resource(app, `/v1/environments/:envId/${spec.collection}`, {
    GET: async (request) => {
      const { envId } = paramsOf(request);
      await authorize(ctx, request, envId, read);
      const limit = spec.readLimit?.(request);
      return filteredCollection(
        ctx,
        request,
        { name: spec.collection, limit },
        (filter) => store.list(envId, filter),
        spec.view,
      );
    },
    POST: async (request, reply) => {
      const { envId } = paramsOf(request);
      await authorize(ctx, request, envId, write);
      const input = spec.readInput(request, envId);
      checkNameUnique(envId, input.name, null);
      const now = ctx.clock.now();
      const record = {
        id: randomUUID(),
        environmentId: envId,
        name: input.name,
        isDefault: input.default === true,
        ...spec.fieldsOf(input),
        createdAt: now,
        updatedAt: now,
      } as R;
      save(envId, record, true);
      reply.status(201);
      return spec.view(record);
    },
  });
  resource(app, `/v1/environments/:envId/${spec.collection}/:id`, {
    GET: async (request) => {
      const { envId, id } = paramsOf(request);
      await authorize(ctx, request, envId, read);
      return spec.view(load(envId, id!));
    },
    PUT: async (request) => {
      const { envId, id } = paramsOf(request);
      await authorize(ctx, request, envId, write);
      const existing = load(envId, id!);
      const input = spec.readInput(request, envId);
      checkNameUnique(envId, input.name, existing.id);
      const record: R = {
        ...existing,
        name: input.name,
        // PingOne keeps the default flag unless the body sets it.
        isDefault: input.default ?? existing.isDefault,
        ...spec.fieldsOf(input),
        updatedAt: ctx.clock.now(),
      };
      save(envId, record, false);
      return spec.view(record);
    },
    DELETE: async (request, reply) => {
      const { envId, id } = paramsOf(request);
      await authorize(ctx, request, envId, write);
      const existing = load(envId, id!);
      spec.checkDeletable(existing);
      store.delete(envId, existing.id);
      return reply.status(204).send();
    },
  });
}
