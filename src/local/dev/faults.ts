/**
 * Fault injection for PingOne Local: rules that make the next N matching requests fail the way
 * PingOne fails (429 with `Retry-After`, 500, 503, malformed JSON) or answer late.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { errorBody, type ValidationIssue, validationIssues } from './errors.js';

/** Answer with an error status instead of running the route. */
export interface FaultResponse {
  /** 400..599. */
  status: number;
  /** Seconds for `Retry-After`. Defaults to 1 for 429 and 503; otherwise sent only when given. */
  retryAfter?: number;
  /** `pingone` (default): PingOne's error envelope. `malformed`: truncated JSON (`{"id": `). */
  body?: 'pingone' | 'malformed';
}

/**
 * Wait `delayMs` (real time, not the PingOne Local clock) once the request has been received,
 * then run the route as usual, even if the client has given up meanwhile.
 */
export interface FaultDelay {
  delayMs: number;
}

export type FaultAction = FaultResponse | FaultDelay;

/** A fault rule as submitted. */
export interface FaultRule {
  /** HTTP method (case-insensitive) or `*` for any. */
  method: string;
  /**
   * Request path without the query string. A value starting with `^` is a RegExp source; any
   * other value is a glob that must start with `/`, where `*` matches within one path segment and
   * `**` matches across segments.
   */
  path: string;
  /** How many matching requests the rule applies to (1..1000). */
  count: number;
  action: FaultAction;
}

/** A stored rule. */
export interface Fault extends FaultRule {
  id: string;
  /** Matching requests still to be faulted; the rule disappears when it reaches 0. */
  remaining: number;
}

/** Holds the rules; shared by {@link faultInjectionPlugin} and the dev API. */
export interface FaultInjector {
  /** Validates and stores a rule (rules apply in the order added). @throws FaultRuleError */
  add(rule: unknown): Fault;
  /** Active rules, oldest first. */
  list(): Fault[];
  /** Removes one rule; `false` if there was none with that id. */
  remove(id: string): boolean;
  /** Removes every rule and lets every request that is being delayed continue at once. */
  clear(): void;
  /** Lets every request that is being delayed continue at once; the rules stay. */
  release(): void;
  /** Consumes one use of the first rule matching the request, if any. */
  take(method: string, path: string): FaultAction | null;
  /** Waits `ms` milliseconds, or less if `clear()` is called meanwhile. */
  wait(ms: number): Promise<void>;
}

/** One problem with a submitted rule: `target` is the JSON path of the bad member. */
export type FaultRuleIssue = ValidationIssue;

/** Thrown by {@link FaultInjector.add} for an invalid rule. */
export class FaultRuleError extends Error {
  override readonly name = 'FaultRuleError';
  constructor(readonly issues: FaultRuleIssue[]) {
    super(`invalid fault rule: ${issues.map((i) => `${i.target} ${i.message}`).join('; ')}`);
  }
}

const METHODS = ['*', 'GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

const ruleSchema = z
  .object({
    method: z
      .string()
      .transform((m) => m.toUpperCase())
      .pipe(z.enum(METHODS)),
    path: z
      .string()
      .min(1)
      .max(500)
      .refine((p) => p.startsWith('/') || p.startsWith('^'), {
        message: 'must start with "/" (glob) or "^" (regular expression)',
      })
      .refine((p) => !p.startsWith('^') || compiles(p), {
        message: 'is not a valid regular expression',
      }),
    count: z.number().int().min(1).max(1000),
    action: z.unknown(),
  })
  .strict();

const responseSchema = z
  .object({
    status: z.number().int().min(400).max(599),
    retryAfter: z.number().int().min(0).max(86_400).optional(),
    body: z.enum(['pingone', 'malformed']).optional(),
  })
  .strict();

const delaySchema = z.object({ delayMs: z.number().int().min(0).max(60_000) }).strict();

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a submitted rule.
 * @returns the normalised rule (method upper-cased), or the list of issues.
 */
export function parseFaultRule(
  input: unknown,
): { ok: true; rule: FaultRule } | { ok: false; issues: FaultRuleIssue[] } {
  const base = ruleSchema.safeParse(input);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, issues: base.success ? [] : validationIssues(base.error) };
  }
  const rawAction = (input as { action?: unknown }).action;
  const isDelay = rawAction !== null && typeof rawAction === 'object' && 'delayMs' in rawAction;
  const action = (isDelay ? delaySchema : responseSchema).safeParse(rawAction);
  if (!base.success || !action.success) {
    return {
      ok: false,
      issues: [
        ...(base.success ? [] : validationIssues(base.error)),
        ...(action.success ? [] : validationIssues(action.error, ['action'])),
      ],
    };
  }
  return { ok: true, rule: { ...base.data, action: action.data } };
}

function compileMatcher(path: string): (requestPath: string) => boolean {
  if (path.startsWith('^')) {
    const re = new RegExp(path);
    return (p) => re.test(p);
  }
  const source = path
    .split(/(\*\*|\*)/)
    .map((part) => {
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  const re = new RegExp(`^${source}$`);
  return (p) => re.test(p);
}

/** Creates an empty injector. */
export function createFaultInjector(): FaultInjector {
  const rules: Array<{ fault: Fault; matches: (path: string) => boolean }> = [];
  const waiting = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();

  const snapshot = (fault: Fault): Fault => ({ ...fault, action: { ...fault.action } });
  const release = () => {
    for (const w of waiting) {
      clearTimeout(w.timer);
      w.resolve();
    }
    waiting.clear();
  };

  return {
    add(input) {
      const parsed = parseFaultRule(input);
      if (!parsed.ok) throw new FaultRuleError(parsed.issues);
      const fault: Fault = { id: randomUUID(), ...parsed.rule, remaining: parsed.rule.count };
      rules.push({ fault, matches: compileMatcher(fault.path) });
      return snapshot(fault);
    },
    list: () => rules.map((r) => snapshot(r.fault)),
    remove(id) {
      const index = rules.findIndex((r) => r.fault.id === id);
      if (index < 0) return false;
      rules.splice(index, 1);
      return true;
    },
    clear() {
      rules.length = 0;
      release();
    },
    release,
    take(method, path) {
      const m = method.toUpperCase();
      const index = rules.findIndex(
        (r) => (r.fault.method === '*' || r.fault.method === m) && r.matches(path),
      );
      if (index < 0) return null;
      const { fault } = rules[index]!;
      fault.remaining -= 1;
      if (fault.remaining <= 0) rules.splice(index, 1);
      return { ...fault.action };
    },
    wait(ms) {
      return new Promise<void>((resolve) => {
        const entry = {
          timer: setTimeout(() => {
            waiting.delete(entry);
            resolve();
          }, ms),
          resolve,
        };
        waiting.add(entry);
      });
    },
  };
}

const ERRORS: Record<number, { code: string; message: string; detail?: string }> = {
  400: { code: 'INVALID_REQUEST', message: 'The request could not be completed.' },
  401: {
    code: 'ACCESS_FAILED',
    message: 'The request could not be completed. You do not have access to this resource.',
    detail: 'INVALID_TOKEN',
  },
  403: {
    code: 'ACCESS_FAILED',
    message: 'The request could not be completed. You do not have access to this resource.',
    detail: 'INSUFFICIENT_PERMISSIONS',
  },
  404: { code: 'NOT_FOUND', message: 'The requested resource was not found.' },
  429: {
    code: 'REQUEST_LIMITED',
    message: 'The request could not be completed. The request rate limit was exceeded.',
    detail: 'LIMIT_EXCEEDED',
  },
  500: { code: 'UNEXPECTED_ERROR', message: 'An unexpected error occurred.' },
  503: { code: 'UNEXPECTED_ERROR', message: 'The service is temporarily unavailable.' },
};

/** The PingOne `code` a faulted response with this status carries. */
export function faultErrorFor(status: number): { code: string; message: string; detail?: string } {
  return (
    ERRORS[status] ??
    (status >= 500
      ? { code: 'UNEXPECTED_ERROR', message: 'An unexpected error occurred.' }
      : { code: 'INVALID_REQUEST', message: 'The request could not be completed.' })
  );
}

function sendFault(reply: FastifyReply, action: FaultResponse): FastifyReply {
  const retryAfter =
    action.retryAfter ?? (action.status === 429 || action.status === 503 ? 1 : undefined);
  reply.code(action.status).header('Cache-Control', 'no-store');
  if (retryAfter !== undefined) reply.header('Retry-After', String(retryAfter));
  if (action.body === 'malformed') {
    return reply.header('Content-Type', 'application/json').send('{"id": ');
  }
  const error = faultErrorFor(action.status);
  const details = error.detail ? [{ code: error.detail, message: error.message }] : undefined;
  return reply
    .header('Content-Type', 'application/json')
    .send(errorBody(reply, error.code, error.message, details));
}

/** Options of {@link faultInjectionPlugin}. */
export interface FaultInjectionOptions {
  faults: FaultInjector;
}

function isDevApiPath(path: string): boolean {
  return path === '/_local' || path.startsWith('/_local/');
}

const faultInjection: FastifyPluginAsync<FaultInjectionOptions> = async (app, opts) => {
  if (!opts?.faults || typeof opts.faults.take !== 'function') {
    throw new TypeError('faultInjectionPlugin: option "faults" (a FaultInjector) is required');
  }
  const { faults } = opts;
  const delays = new WeakMap<FastifyRequest, number>();
  // Callback-style hooks (no promise per request); a fault is answered without `done()`.
  app.addHook('onRequest', (request, reply, done) => {
    const path = request.url.split('?', 1)[0] ?? '/';
    if (isDevApiPath(path)) return done();
    const action = faults.take(request.method, path);
    if (!action) return done();
    if ('delayMs' in action) {
      delays.set(request, action.delayMs);
      return done();
    }
    request.log.info({ status: action.status }, 'fault injected');
    sendFault(reply, action);
  });
  // The wait comes once the whole request (body included) is in, like a PingOne that is slow to
  // process: a client that gives up meanwhile does not stop the request from being carried out.
  app.addHook('preHandler', (request, _reply, done) => {
    const delayMs = delays.get(request);
    if (delayMs === undefined) return done();
    faults.wait(delayMs).then(() => done(), done);
  });
  // Delayed requests would otherwise hold close() for up to a minute.
  app.addHook('preClose', async () => faults.release());
};

/**
 * Fastify plugin (not encapsulated: it applies to every route of the app) that answers matching
 * requests according to the rules in `faults`. Requests under `/_local/` are never faulted.
 */
export const faultInjectionPlugin = fp(faultInjection, {
  name: 'pingone-local-fault-injection',
  fastify: '5.x',
});
