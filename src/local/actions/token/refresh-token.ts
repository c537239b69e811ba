/**
 * `grant_type=refresh_token` (docs/pingone-behaviour.md §13.1): rotation. Steps: findToken (this
 * client's, unexpired, grant not revoked) → refuseReuse (a rotated token revokes the grant) →
 * narrowScope → grantUser → mintUserTokens (a new refresh token, whose expiry keeps to the
 * application's rolling limit) → redeem (rotation: the old token's atomic single use and the new
 * tokens, one commit).
 */
import type { LocalContext } from '../../context.js';
import { OAuthError } from '../../http.js';
import type { OAuthForm } from '../../oauth/client-auth.js';
import { hashSecret } from '../../oauth/codes.js';
import {
  grantUser,
  invalidGrant,
  redeem,
  requiredParameter,
  revokeGrantOf,
} from '../../oauth/grants.js';
import { grantOf, mintUserTokens } from '../../oauth/user-tokens.js';
import { TOKEN_MESSAGES } from '../../pingone-tokens.js';
import type { ApplicationRecord, GrantContext, RefreshTokenRecord } from '../../store/types.js';

function findToken(ctx: LocalContext, app: ApplicationRecord, token: string): RefreshTokenRecord {
  const record = ctx.store.getRefreshToken(hashSecret(token));
  if (
    !record ||
    record.applicationId !== app.id ||
    record.environmentId !== app.environmentId ||
    ctx.store.isGrantRevoked(record.grantId)
  ) {
    throw invalidGrant(TOKEN_MESSAGES.refreshInvalid);
  }
  return record;
}

function refuseReuse(ctx: LocalContext, record: RefreshTokenRecord): void {
  if (record.usedAt === null) return;
  revokeGrantOf(ctx, record);
  throw invalidGrant(TOKEN_MESSAGES.refreshInvalid);
}

function checkUnexpired(ctx: LocalContext, record: RefreshTokenRecord): void {
  if (record.expiresAt <= ctx.clock.now()) throw invalidGrant(TOKEN_MESSAGES.refreshInvalid);
}

/** RFC 6749 §6: `scope` may narrow the grant, never widen it. */
function narrowScope(record: RefreshTokenRecord, form: OAuthForm): GrantContext {
  const grant = grantOf(record);
  const raw = form.get('scope');
  if (raw === undefined) return grant;
  const requested = raw.split(' ').filter((s) => s.length > 0);
  const extra = requested.find((s) => !record.scope.includes(s));
  if (extra !== undefined) {
    throw new OAuthError(400, 'invalid_scope', TOKEN_MESSAGES.scopeWidened(extra));
  }
  return requested.length === 0 ? grant : { ...grant, scope: requested };
}

/** The refresh-token grant for an authenticated application. */
export async function refreshTokenGrant(
  ctx: LocalContext,
  app: ApplicationRecord,
  form: OAuthForm,
) {
  const record = findToken(ctx, app, requiredParameter(form, 'refresh_token'));
  refuseReuse(ctx, record);
  checkUnexpired(ctx, record);
  const grant = narrowScope(record, form);
  const user = grantUser(ctx, grant);
  // The narrowed scope is what later refreshes may use: the new token carries it.
  const minted = await mintUserTokens(ctx, app, grant, user, null);
  const use = () => ctx.store.useRefreshToken(record.tokenHash, ctx.clock.now());
  return redeem(ctx, record, use, minted, TOKEN_MESSAGES.refreshInvalid);
}
