/**
 * Steps shared by the authorization-code and refresh-token grants: required parameters, the
 * grant's user, and revoking a grant when a code or refresh token is replayed.
 */
import type { LocalContext } from '../context.js';
import { OAuthError } from '../http.js';
import { TOKEN_MESSAGES } from '../pingone-tokens.js';
import type { GrantContext, UserRecord } from '../store/types.js';
import type { OAuthForm } from './client-auth.js';
import type { MintedTokens, UserTokenAnswer } from './user-tokens.js';

/** The value of a required form parameter. @throws OAuthError 400 invalid_request. */
export function requiredParameter(form: OAuthForm, name: string): string {
  const value = form.get(name);
  if (value === undefined || value === '') {
    throw new OAuthError(400, 'invalid_request', TOKEN_MESSAGES.missingParameter(name));
  }
  return value;
}

/** 400 invalid_grant with `description`. */
export function invalidGrant(description: string): OAuthError {
  return new OAuthError(400, 'invalid_grant', description);
}

/**
 * Revokes everything issued under the grant (its refresh tokens at once, its access tokens when
 * next presented), remembered as long as an access token can live.
 */
export function revokeGrantOf(ctx: LocalContext, grant: GrantContext): void {
  const now = ctx.clock.now();
  ctx.store.revokeGrant(
    grant.environmentId,
    grant.grantId,
    now,
    now + ctx.tokenLifetimeSeconds * 1000,
  );
}

/** The grant's user, still there and enabled. @throws OAuthError 400 invalid_grant. */
export function grantUser(ctx: LocalContext, grant: GrantContext): UserRecord {
  const user = ctx.store.getUser(grant.environmentId, grant.userId);
  if (!user?.enabled) throw invalidGrant(TOKEN_MESSAGES.userUnusable);
  return user;
}

/**
 * Claims a single-use code or refresh token (`claim` true when this request used it) and stores
 * the minted tokens, in one commit without fsync (`synchronous=NORMAL`: it survives `kill -9`; an
 * OS crash can only lose it whole, and then the tokens it issued are unknown and refused, as if
 * the request had never been made). A lost claim is a replay: the grant is revoked (after the
 * rolled-back transaction, so the revocation stays, with a full sync) and the request refused
 * with `description`.
 */
export function redeem(
  ctx: LocalContext,
  grant: GrantContext,
  claim: () => boolean,
  minted: MintedTokens,
  description: string,
): UserTokenAnswer {
  const won = ctx.store.relaxedTransaction(() => {
    if (!claim()) return false;
    minted.save();
    return true;
  });
  if (!won) {
    revokeGrantOf(ctx, grant);
    throw invalidGrant(description);
  }
  return minted.answer;
}
