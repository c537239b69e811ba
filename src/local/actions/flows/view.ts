/**
 * The flow resource (docs/pingone-behaviour.md §12.2): `{_links, id, status, resumeUrl, createdAt,
 * expiresAt, _embedded}`. Every link is the flow's own URL, named after an action the flow's
 * status allows now; `_embedded` holds the application's name, the user once identified, and
 * the password policy while a new password is asked for.
 */
import { iso, type LocalContext } from '../../context.js';
import { policyForUser } from '../../policy.js';
import type { FlowRecord, PasswordPolicyRecord } from '../../store/types.js';
import { allowedActions } from './actions.js';
import { flowUrlOf, resumeUrlOf } from './lifecycle.js';

/** Statuses in which the flow asks for a new password (and embeds the policy for it). */
const NEW_PASSWORD_STATUSES = [
  'MUST_CHANGE_PASSWORD',
  'PASSWORD_EXPIRED',
  'RECOVERY_CODE_REQUIRED',
];

/** What `/as/resume` (or the completing action in `pi.flow` mode) hands back. */
export interface AuthorizeResponse {
  code: string;
  state?: string;
}

function policyView(policy: PasswordPolicyRecord) {
  return { id: policy.id, name: policy.name, ...policy.rules };
}

function embedded(ctx: LocalContext, flow: FlowRecord) {
  const out: Record<string, unknown> = {};
  const app = ctx.store.getApplication(flow.environmentId, flow.applicationId);
  if (app) out.application = { name: app.name };
  const user = flow.userId ? ctx.store.getUser(flow.environmentId, flow.userId) : null;
  // RECOVERY_CODE_REQUIRED names no user: password.forgot answers alike for unknown usernames.
  if (user && flow.status !== 'RECOVERY_CODE_REQUIRED') {
    out.user = { id: user.id, username: user.username };
  }
  if (NEW_PASSWORD_STATUSES.includes(flow.status)) {
    const policy = user
      ? policyForUser(ctx, user.environmentId, user.populationId)
      : ctx.store.getDefaultPasswordPolicy(flow.environmentId);
    if (policy) out.passwordPolicy = policyView(policy);
  }
  return out;
}

/** The flow as the Flows API shows it. */
export function flowView(ctx: LocalContext, flow: FlowRecord, response?: AuthorizeResponse) {
  const self = { href: flowUrlOf(ctx, flow) };
  const links: Record<string, { href: string }> = { self };
  for (const action of allowedActions(ctx, flow)) links[action] = self;
  return {
    _links: links,
    id: flow.id,
    environment: { id: flow.environmentId },
    status: flow.status,
    resumeUrl: resumeUrlOf(ctx, flow),
    createdAt: iso(flow.createdAt),
    expiresAt: iso(flow.expiresAt),
    _embedded: embedded(ctx, flow),
    ...(response ? { authorizeResponse: response } : {}),
  };
}
