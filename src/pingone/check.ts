/**
 * Response checkers. Each takes an already-parsed JSON value and either returns it typed or
 * throws {@link PingOneResponseError} naming the JSON path of the first offending member,
 * e.g. `response body "_embedded.users[0].id" must be a PingOne resource id`.
 *
 * The shapes and their types live in `./model.ts` as zod schemas; this module only applies them
 * and turns zod's first issue into the client's error.
 */
import type { z } from 'zod';
import { PingOneResponseError } from './errors.js';
import {
  CollectionEnvelopeSchema,
  CollectionItemsSchema,
  type EmailVerification,
  EmailVerificationSchema,
  type PasswordPolicy,
  PasswordPolicySchema,
  type PasswordState,
  PasswordStateSchema,
  type PingOneErrorBody,
  PingOneErrorBodySchema,
  type Population,
  PopulationSchema,
  type TokenResponse,
  TokenResponseSchema,
  type User,
  UserSchema,
} from './model.js';

export { BEARER_TOKEN, RESOURCE_ID } from './model.js';

/** Where a value came from: the HTTP status and the raw response, for the error. */
export interface CheckContext {
  status: number;
  response?: Response;
}

/** A checker of one item of a collection, at `path`. */
export type ItemCheck<T> = (ctx: CheckContext, v: unknown, path: string) => T;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends a key to a JSON path: `a.b`, `a[0]`, and `a["0123456789"]` for a key with syntax in it. */
function join(path: string, key: PropertyKey): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const name = String(key);
  if (!IDENTIFIER.test(name)) return `${path}[${JSON.stringify(name)}]`;
  return path === '' ? name : `${path}.${name}`;
}

function fail(ctx: CheckContext, path: string, what: string): never {
  const subject = path === '' ? 'response body' : `response body "${path}"`;
  throw new PingOneResponseError(
    `${subject} must be ${what}`,
    ctx.status,
    path === '' ? null : path,
    ctx.response,
  );
}

/** Parses `v` (found at `path`) with `schema`; the first zod issue becomes the error. */
function parse<S extends z.ZodTypeAny>(
  schema: S,
  ctx: CheckContext,
  v: unknown,
  path: string,
): z.output<S> {
  const result = schema.safeParse(v);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  fail(ctx, issue.path.reduce<string>(join, path), issue.message);
}

/** Checks a user resource (docs/pingone-behaviour.md §3.4). */
export function checkUser(ctx: CheckContext, v: unknown, path = ''): User {
  return parse(UserSchema, ctx, v, path);
}

/** Checks a password state object (docs/pingone-behaviour.md §4.2); `user.id` must be the user asked about. */
export function checkPasswordState(
  ctx: CheckContext,
  v: unknown,
  expectedUserId: string,
): PasswordState {
  const state = parse(PasswordStateSchema, ctx, v, '');
  if (state.user.id !== expectedUserId) fail(ctx, 'user.id', 'the requested user id');
  return state;
}

/** Checks a user returned by an action on the user: it must be the user asked about. */
export function checkUserOf(ctx: CheckContext, v: unknown, expectedUserId: string): User {
  const user = checkUser(ctx, v);
  if (user.id !== expectedUserId) fail(ctx, 'id', 'the requested user id');
  return user;
}

/** Checks an e-mail verification answer (docs/pingone-behaviour.md §3.8); `user.id` must match. */
export function checkEmailVerification(
  ctx: CheckContext,
  v: unknown,
  expectedUserId: string,
): EmailVerification {
  const answer = parse(EmailVerificationSchema, ctx, v, '');
  if (answer.user.id !== expectedUserId) fail(ctx, 'user.id', 'the requested user id');
  return answer;
}

/** Checks a population (docs/pingone-behaviour.md §6). */
export function checkPopulation(ctx: CheckContext, v: unknown, path = ''): Population {
  return parse(PopulationSchema, ctx, v, path);
}

/** Checks a password policy (docs/pingone-behaviour.md §5.1). */
export function checkPasswordPolicy(ctx: CheckContext, v: unknown, path = ''): PasswordPolicy {
  return parse(PasswordPolicySchema, ctx, v, path);
}

/** A checked collection page: items, counts and the `_links.next.href` (if any). */
export interface CheckedPage<T> {
  items: T[];
  count?: number;
  size: number;
  next: string | null;
}

/** Checks PingOne's collection envelope and each item of `_embedded.<name>`. */
export function checkCollection<T>(
  ctx: CheckContext,
  v: unknown,
  name: string,
  item: ItemCheck<T>,
): CheckedPage<T> {
  const envelope = parse(CollectionEnvelopeSchema, ctx, v, '');
  const at = `_embedded.${name}`;
  const raw = parse(CollectionItemsSchema, ctx, envelope._embedded[name], at);
  const items = raw.map((entry, i) => item(ctx, entry, `${at}[${i}]`));
  const size = envelope.size ?? items.length;
  const next = envelope._links?.next?.href ?? null;
  const { count } = envelope;
  return count === undefined ? { items, size, next } : { items, count, size, next };
}

/** Checks a client_credentials token response (docs/pingone-behaviour.md §2.1). */
export function checkTokenResponse(ctx: CheckContext, v: unknown): TokenResponse {
  return parse(TokenResponseSchema, ctx, v, '');
}

/** Returns the value as a PingOne error envelope (docs/pingone-behaviour.md §7.1), or `null` when it is not one. */
export function asErrorBody(v: unknown): PingOneErrorBody | null {
  const result = PingOneErrorBodySchema.safeParse(v);
  return result.success ? result.data : null;
}
