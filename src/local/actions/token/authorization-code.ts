/**
 * `grant_type=authorization_code` (docs/pingone-behaviour.md §13.1). Steps: findCode (this
 * client's, unexpired) → refuseReplay (a used code revokes what it issued) → checkRedirectUri →
 * checkVerifier (PKCE) → grantUser → mintUserTokens → redeem (the code's atomic single use and
 * the tokens, one commit). Every refusal before redeem leaves the code usable: bad input changes
 * nothing.
 */
import { createHash } from 'node:crypto';
import type { LocalContext } from '../../context.js';
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
import type { ApplicationRecord, AuthorizationCodeRecord } from '../../store/types.js';

const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

function findCode(
  ctx: LocalContext,
  app: ApplicationRecord,
  code: string,
): AuthorizationCodeRecord {
  const record = ctx.store.getAuthorizationCode(hashSecret(code));
  if (!record || record.applicationId !== app.id || record.environmentId !== app.environmentId) {
    throw invalidGrant(TOKEN_MESSAGES.codeInvalid);
  }
  return record;
}

function refuseReplay(ctx: LocalContext, record: AuthorizationCodeRecord): void {
  if (record.usedAt === null) return;
  revokeGrantOf(ctx, record);
  throw invalidGrant(TOKEN_MESSAGES.codeInvalid);
}

function checkUnexpired(ctx: LocalContext, record: AuthorizationCodeRecord): void {
  if (record.expiresAt <= ctx.clock.now()) throw invalidGrant(TOKEN_MESSAGES.codeInvalid);
}

function checkRedirectUri(record: AuthorizationCodeRecord, form: OAuthForm): void {
  if (requiredParameter(form, 'redirect_uri') !== record.redirectUri) {
    throw invalidGrant(TOKEN_MESSAGES.redirectMismatch);
  }
}

/** RFC 7636 §4.6. A verifier without a challenge is refused too (OAuth 2.1 §4.1.3). */
function checkVerifier(record: AuthorizationCodeRecord, form: OAuthForm): void {
  const verifier = form.get('code_verifier');
  if (record.codeChallenge === null) {
    if (verifier !== undefined) throw invalidGrant(TOKEN_MESSAGES.verifierUnexpected);
    return;
  }
  if (verifier === undefined || verifier === '') throw invalidGrant(TOKEN_MESSAGES.verifierMissing);
  const derived =
    record.codeChallengeMethod === 'plain'
      ? verifier
      : createHash('sha256').update(verifier, 'ascii').digest('base64url');
  if (!VERIFIER.test(verifier) || derived !== record.codeChallenge) {
    throw invalidGrant(TOKEN_MESSAGES.verifierMismatch);
  }
}

/** The authorization-code grant for an authenticated application. */
export async function authorizationCodeGrant(
  ctx: LocalContext,
  app: ApplicationRecord,
  form: OAuthForm,
) {
  const record = findCode(ctx, app, requiredParameter(form, 'code'));
  refuseReplay(ctx, record);
  checkUnexpired(ctx, record);
  checkRedirectUri(record, form);
  checkVerifier(record, form);
  const user = grantUser(ctx, record);
  const minted = await mintUserTokens(ctx, app, grantOf(record), user, record.nonce);
  // Two concurrent redemptions: one wins, the other is a replay.
  const use = () => ctx.store.useAuthorizationCode(record.codeHash, ctx.clock.now());
  return redeem(ctx, record, use, minted, TOKEN_MESSAGES.codeInvalid);
}
