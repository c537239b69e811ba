/**
 * Helpers shared by the flow plugins: PRG failure redirects, PingOne error translation and the
 * policy panel.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type PasswordPolicy,
  PingOneApiError,
  PingOneAuthError,
  PingOneFilterError,
  PingOneNetworkError,
  PingOneResponseError,
  type RequestOptions,
} from '../../pingone/index.js';
import { deadlineSignal } from '../deadline.js';
import { PortalError } from '../errors.js';
import { getOrInsert, newMap } from '../maps.js';
import type { FieldError } from '../plugins/session.js';
import type { BrowserPolicyData } from '../policy-engine.js';
import {
  checklistItems,
  describeFailures,
  type FailedRule,
  failedItemIds,
} from '../policy-view.js';
import { safeError } from '../tasks.js';
import { MAX_EMAIL, MAX_USERNAME, type PolicyPanel } from '../views/pages.js';

/**
 * Per-call PingOne options: the request id travels as `X-Ping-External-Transaction-ID`, and one
 * deadline (`PINGONE_TIMEOUT_MS` from the request's first PingOne call) bounds every call and
 * retry of the request, so a hung PingOne answers the user within that budget.
 */
export function txn(request: FastifyRequest): RequestOptions {
  return new Txn(request);
}

/** {@link txn}'s options: one small object, its getter on the prototype (not one per call). */
class Txn implements RequestOptions {
  readonly transactionId: string;
  readonly #request: FastifyRequest;
  constructor(request: FastifyRequest) {
    this.transactionId = request.id;
    this.#request = request;
  }
  // A getter, so the timer starts at the first real PingOne call: a page served from the
  // policy cache makes none, and a timer per page view was 3.8 % of GET /register's CPU.
  get signal(): AbortSignal {
    const request = this.#request;
    return deadlineSignal(request, request.server.portal.config.pingoneTimeoutMs);
  }
}

/** Longest value (UTF-16 units) redisplayed after a failed POST: a valid username or e-mail. */
const MAX_REDISPLAY = Math.max(MAX_EMAIL, 2 * MAX_USERNAME);

/** Redirects with 303 See Other (POST → GET). */
export function seeOther(reply: FastifyReply, location: string): FastifyReply {
  return reply.code(303).header('location', location).send();
}

/**
 * Stores the errors and the non-secret `values` of a failed form in the session and redirects
 * back to it (PRG). Never pass passwords or codes in `values`.
 */
export function failForm(
  request: FastifyRequest,
  reply: FastifyReply,
  form: string,
  errors: Record<string, FieldError>,
  values: Record<string, string> = {},
): FastifyReply {
  // Values ride in the session cookie: one longer than any valid field (it failed validation
  // anyway) is dropped, so the cookie stays far below the 4 KB browsers keep.
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    kept[name] = value.length > MAX_REDISPLAY ? '' : value;
  }
  request.session.form = { form, errors, values: kept };
  return seeOther(reply, form);
}

/** Back to `form` with the password rules in `failed` named under the password field. */
export function failPolicy(
  request: FastifyRequest,
  reply: FastifyReply,
  form: string,
  policy: PasswordPolicy,
  failed: FailedRule[],
  values: Record<string, string> = {},
): FastifyReply {
  const password = policyError(request, policy, failed, form === CHANGE_FORM);
  return failForm(request, reply, form, { password }, values);
}

/** The one form whose checklist has the rules about the current password. */
const CHANGE_FORM = '/password/change';

/** Collects non-null field errors. */
export function collect(checks: Record<string, FieldError | null>): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const [name, error] of Object.entries(checks)) if (error) out[name] = error;
  return out;
}

/** Population whose policy the recovery and change pages show (the user is not known yet). */
export function displayPopulation(app: FastifyInstance): string | null {
  const p = app.portal.config.population;
  return p.mode === 'fixed' ? p.id : null;
}

/**
 * Converts a failure of a PingOne call that the flow did not expect into the portal error the
 * user sees (never a success, never PingOne's raw text).
 */
export function upstreamError(err: unknown, what: string): PortalError {
  if (err instanceof PortalError) return err;
  const cause = { cause: err };
  if (err instanceof PingOneNetworkError) {
    return new PortalError('UPSTREAM_UNAVAILABLE', `${what}: ${err.code}`, cause);
  }
  if (err instanceof PingOneApiError) {
    const detail = `${what}: HTTP ${err.status} ${err.apiCode}`;
    if (err.status === 429 || err.status >= 500) {
      const retryAfterSeconds = err.retryAfterMs ? Math.ceil(err.retryAfterMs / 1000) : undefined;
      return new PortalError('UPSTREAM_UNAVAILABLE', detail, { ...cause, retryAfterSeconds });
    }
    return new PortalError('UPSTREAM_REFUSED', detail, cause);
  }
  if (err instanceof PingOneAuthError) {
    return new PortalError('UPSTREAM_REFUSED', `${what}: token refused`, cause);
  }
  if (err instanceof PingOneResponseError) {
    return new PortalError(
      'UPSTREAM_INVALID',
      `${what}: ${err.path ?? 'malformed response'}`,
      cause,
    );
  }
  if (err instanceof PingOneFilterError) {
    return new PortalError('BAD_REQUEST', `${what}: filter value refused`, cause);
  }
  return new PortalError('INTERNAL', what, cause);
}

/** PingOne's policy-violation detail (`innerError.unsatisfiedRequirements`) as failed rules. */
export function policyViolation(err: unknown): FailedRule[] | null {
  if (!(err instanceof PingOneApiError)) return null;
  for (const d of err.details) {
    const unmet = d.innerError?.unsatisfiedRequirements;
    if (Array.isArray(unmet) && unmet.every((r) => typeof r === 'string')) {
      const minMessage = d.innerError?.minCharacters;
      const charset =
        typeof minMessage === 'string'
          ? /character set '([^']+)'/.exec(minMessage)?.[1]
          : undefined;
      return (unmet as string[]).map((rule) =>
        rule === 'minCharacters' && charset ? { rule, charset } : { rule },
      );
    }
  }
  return null;
}

/**
 * The field error for failed policy rules: one short sentence when the checklist shows every
 * failed rule (their ids ride in `failed`, and the page marks them ✗), else the failed rules
 * named, in the request's language.
 */
export function policyError(
  request: FastifyRequest,
  policy: PasswordPolicy,
  failed: FailedRule[],
  hasCurrentPassword = false,
): FieldError {
  const ids = failedItemIds(policy, failed, { hasCurrentPassword });
  if (ids && ids.length > 0) {
    return {
      key: 'error.password.policyMarked',
      params: { count: ids.length, failed: ids.join(' ') },
    };
  }
  const rules = describeFailures(policy, failed)
    .map((d) => request.t(d.key, d.params))
    .join('; ');
  return { key: 'error.password.policy', params: { rules } };
}

/** The checklist panel for a policy. */
export function policyPanel(
  request: FastifyRequest,
  policy: PasswordPolicy,
  hasCurrentPassword: boolean,
): PolicyPanel {
  // The directory caches each policy object for POLICY_CACHE_SECONDS: derive its panels once per
  // object, not per page view (the page renders them per locale once, too: views/pages.ts).
  return getOrInsert(getOrInsert(panelsByPolicy, policy, newMap), hasCurrentPassword, () => {
    const items = checklistItems(policy, { hasCurrentPassword });
    return { items, data: request.server.portal.policy.browserData(policy, items) };
  });
}

const panelsByPolicy = new WeakMap<PasswordPolicy, Map<boolean, PolicyPanel>>();

/**
 * The checklist panel for a population's policy, or null when PingOne cannot be reached (the
 * form still works: the policy is enforced on submit).
 */
export async function loadPanel(
  request: FastifyRequest,
  populationId: string | null,
  hasCurrentPassword: boolean,
): Promise<PolicyPanel | null> {
  try {
    const policy = await request.server.portal.directory.policyFor(populationId, txn(request));
    return policyPanel(request, policy, hasCurrentPassword);
  } catch (err) {
    request.log.warn(
      { event: 'policy_unavailable', err: safeError(err) },
      'password policy unavailable',
    );
    return null;
  }
}

/**
 * Choice mode: the checklist data of every offered population, so the page can switch the
 * checklist when the selection changes. Populations whose policy cannot be read are left out.
 */
export async function choicePanels(
  request: FastifyRequest,
  populationIds: string[],
): Promise<Record<string, BrowserPolicyData>> {
  const { directory, policy } = request.server.portal;
  const out: Record<string, BrowserPolicyData> = {};
  for (const id of populationIds) {
    const applicable = await directory.policyFor(id, txn(request)).catch(() => null);
    if (!applicable) continue;
    const items = checklistItems(applicable, { hasCurrentPassword: false });
    out[id] = policy.browserData(applicable, items, (item) => request.t(item.key, item.params));
  }
  return out;
}
