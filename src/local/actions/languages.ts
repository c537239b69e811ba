/**
 * Languages (docs/pingone-behaviour.md §15): `GET /languages` (paged: `limit`, `cursor`),
 * `GET /languages/{id}` and `PUT /languages/{id}` (enable, disable, make the default).
 * PUT steps: authorize → load → readInput (the locale cannot change) → checkDefaultRules →
 * save (clearing the other default in the same transaction).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authorize } from '../auth.js';
import type { LocalContext } from '../context.js';
import { detail, invalidData, LocalError } from '../errors.js';
import { jsonBody, requireMediaType, resource } from '../http.js';
import { LANGUAGES_PAGE, RESERVED_LANGUAGES } from '../languages.js';
import { MESSAGES } from '../pingone-behaviour.js';
import type { LanguageRecord } from '../store/types.js';
import { parseBody } from '../validation.js';
import { collectionView, languageView } from '../views.js';
import { paramsOf, parseLimit } from './common.js';

const READ_ONLY = ['_links', 'id', 'environment', 'customerAdded', 'createdAt', 'updatedAt'];

const languageSchema = z
  .object({
    locale: z.string().min(1).max(256),
    enabled: z.boolean(),
    default: z.boolean(),
    name: z.string().min(1).max(256).nullable().optional(),
    ...Object.fromEntries(READ_ONLY.map((k) => [k, z.unknown().optional()])),
  })
  .strict();

type LanguageInput = z.infer<typeof languageSchema>;

/** 404 with PingOne's language message [O]. */
function languageNotFound(environmentId: string, id: string): LocalError {
  return new LocalError(404, 'NOT_FOUND', MESSAGES.languageNotFound(environmentId, id));
}

function load(ctx: LocalContext, envId: string, id: string): LanguageRecord {
  const language = ctx.store.getLanguage(envId, id);
  if (!language) throw languageNotFound(envId, id);
  return language;
}

/** Cursors are opaque: base64url of the offset of the page's first language. */
function encodeCursor(offset: number): string {
  return Buffer.from(`l:${offset}`).toString('base64url');
}

function decodeCursor(raw: unknown): number {
  if (raw === undefined) return 0;
  const text = typeof raw === 'string' ? Buffer.from(raw, 'base64url').toString('utf8') : '';
  const m = /^l:(\d{1,6})$/.exec(text);
  if (!m) throw invalidData(detail('INVALID_VALUE', 'cursor', MESSAGES.invalidCursor));
  return Number(m[1]);
}

function readPage(request: FastifyRequest) {
  const q = request.query as Record<string, unknown>;
  const { defaultLimit, maxLimit } = LANGUAGES_PAGE;
  return {
    limit: parseLimit(q.limit, defaultLimit, maxLimit, maxLimit),
    offset: decodeCursor(q.cursor),
  };
}

function listLanguages(ctx: LocalContext) {
  return async (request: FastifyRequest) => {
    const { envId } = paramsOf(request);
    await authorize(ctx, request, envId, 'languages:read');
    const { limit, offset } = readPage(request);
    const all = ctx.store.listLanguages(envId);
    const pageHref = (at: number) => {
      const params = new URLSearchParams({ limit: String(limit) });
      if (at > 0) params.set('cursor', encodeCursor(at));
      return `${ctx.urls.baseUrl}/v1/environments/${envId}/languages?${params.toString()}`;
    };
    const next = offset + limit < all.length ? pageHref(offset + limit) : undefined;
    return collectionView(
      'languages',
      all.slice(offset, offset + limit).map((l) => languageView(ctx, l)),
      pageHref(offset),
      all.length,
      next,
    );
  };
}

function readInput(request: FastifyRequest, existing: LanguageRecord): LanguageInput {
  requireMediaType(request, ['application/json']);
  const input = parseBody(languageSchema, jsonBody(request));
  if (input.locale !== existing.locale) {
    throw invalidData(detail('INVALID_VALUE', 'locale', MESSAGES.notChangeable));
  }
  return input;
}

/** Choice L2: only an enabled language is the default, and there is always one. */
function checkDefaultRules(existing: LanguageRecord, input: LanguageInput): void {
  if (input.default && !input.enabled) {
    throw invalidData(detail('INVALID_VALUE', 'default', MESSAGES.languageDefaultNeedsEnabled));
  }
  if (existing.isDefault && !input.default) {
    throw invalidData(detail('INVALID_VALUE', 'default', MESSAGES.languageDefaultRequired));
  }
}

/** The stock name of a reserved locale, used when a PUT leaves `name` out [D: "If omitted, the ISO standard name is used"]. */
function stockName(existing: LanguageRecord): string {
  return RESERVED_LANGUAGES.find(([locale]) => locale === existing.locale)?.[1] ?? existing.name;
}

function updateLanguage(ctx: LocalContext) {
  return async (request: FastifyRequest) => {
    const { envId, id } = paramsOf(request);
    await authorize(ctx, request, envId, 'languages:write');
    const existing = load(ctx, envId, id!);
    const input = readInput(request, existing);
    checkDefaultRules(existing, input);
    const updated: LanguageRecord = {
      ...existing,
      name: input.name ?? stockName(existing),
      enabled: input.enabled,
      isDefault: input.default,
      updatedAt: ctx.clock.now(),
    };
    ctx.store.transaction(() => {
      if (updated.isDefault) ctx.store.clearDefaultLanguage(envId);
      ctx.store.updateLanguage(updated);
    });
    return languageView(ctx, updated);
  };
}

/** Registers the language resources. */
export function languageRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/v1/environments/:envId/languages', { GET: listLanguages(ctx) });
  resource(app, '/v1/environments/:envId/languages/:id', {
    GET: async (request) => {
      const { envId, id } = paramsOf(request);
      await authorize(ctx, request, envId, 'languages:read');
      return languageView(ctx, load(ctx, envId, id!));
    },
    PUT: updateLanguage(ctx),
  });
}
