/**
 * Minting the tokens of a signed-in user (docs/pingone-behaviour.md §2.2, §13.2): the access token
 * (RS256 JWT with PingOne's user claims), the ID token when `openid` was granted, and a rotated,
 * opaque refresh token when the application has the REFRESH_TOKEN grant. The access token's `jti`
 * is mapped to its grant in the store, so that revoking the grant ends the token too, without a
 * grant claim PingOne does not have. Tokens are minted first and stored by the caller in the same
 * commit as the single-use claim of the code or refresh token ({@link MintedTokens.save}), a
 * commit without fsync (`redeem` in grants.ts).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { issuerOf, type LocalContext } from '../context.js';
import { signJwt } from '../crypto/signing-keys.js';
import { TOKEN_AUDIENCE } from '../pingone-applications.js';
import { ID_TOKEN_LIFETIME_SECONDS } from '../pingone-tokens.js';
import type {
  ApplicationRecord,
  GrantContext,
  RefreshTokenRecord,
  UserRecord,
} from '../store/types.js';
import { scopeClaims } from './claims.js';
import { hashSecret } from './codes.js';

/** The token endpoint's answer for a user grant. */
export interface UserTokenAnswer {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  refresh_token?: string;
  id_token?: string;
}

/** OIDC Core §3.1.3.6: the left half of the SHA-256 of the access token, base64url. */
function accessTokenHash(accessToken: string): string {
  return createHash('sha256')
    .update(accessToken, 'ascii')
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

/** When a refresh token minted now expires: its own lifetime, capped by the rolling limit. */
export function refreshExpiry(app: ApplicationRecord, grant: GrantContext, now: number): number {
  const own = now + app.settings.refreshTokenDuration * 1000;
  const rolling = app.settings.refreshTokenRollingDuration;
  return rolling === null ? own : Math.min(own, grant.authTime + rolling * 1000);
}

/** A new refresh token (when the application has the grant and time is left) and its record. */
function newRefreshToken(app: ApplicationRecord, grant: GrantContext, now: number) {
  if (!app.settings.grantTypes.includes('REFRESH_TOKEN')) return null;
  const expiresAt = refreshExpiry(app, grant, now);
  if (expiresAt <= now) return null;
  const token = randomBytes(32).toString('base64url');
  const record: RefreshTokenRecord = {
    ...grantOf(grant),
    tokenHash: hashSecret(token),
    createdAt: now,
    expiresAt,
    usedAt: null,
  };
  return { token, record };
}

/** Only the members of {@link GrantContext} (a code or refresh record carries more). */
export function grantOf(g: GrantContext): GrantContext {
  return {
    environmentId: g.environmentId,
    applicationId: g.applicationId,
    userId: g.userId,
    sessionId: g.sessionId,
    grantId: g.grantId,
    scope: g.scope,
    authTime: g.authTime,
    amr: g.amr,
    acr: g.acr,
  };
}

/** Tokens minted and not stored yet: `save()` writes the refresh token and the `jti` map. */
export interface MintedTokens {
  answer: UserTokenAnswer;
  save(): void;
}

/**
 * Mints the access token, the ID token (scope `openid`) and the refresh token of `grant`.
 * @param nonce the authorization request's nonce (ID token of the code grant only).
 */
export async function mintUserTokens(
  ctx: LocalContext,
  app: ApplicationRecord,
  grant: GrantContext,
  user: UserRecord,
  nonce: string | null,
): Promise<MintedTokens> {
  const envId = grant.environmentId;
  const key = ctx.signingKey(envId)!;
  const env = ctx.store.getEnvironment(envId)!;
  const now = ctx.clock.now();
  const iat = Math.floor(now / 1000);
  const jti = randomUUID();
  const common = {
    iss: issuerOf(ctx, envId),
    sub: user.id,
    sid: grant.sessionId,
    auth_time: Math.floor(grant.authTime / 1000),
    acr: grant.acr,
    amr: grant.amr,
    iat,
    env: envId,
    org: env.organizationId,
  };
  const scope = grant.scope.join(' ');
  const accessToken = signJwt(key, {
    ...common,
    client_id: app.id,
    aud: [TOKEN_AUDIENCE],
    scope,
    exp: iat + ctx.tokenLifetimeSeconds,
    jti,
  });
  const answer: UserTokenAnswer = {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: ctx.tokenLifetimeSeconds,
    scope,
  };
  const refresh = newRefreshToken(app, grant, now);
  if (refresh !== null) answer.refresh_token = refresh.token;
  if (grant.scope.includes('openid')) {
    answer.id_token = signJwt(key, {
      ...common,
      aud: app.id,
      exp: iat + ID_TOKEN_LIFETIME_SECONDS,
      ...(nonce !== null ? { nonce } : {}),
      at_hash: accessTokenHash(accessToken),
      ...scopeClaims(user, grant.scope),
    });
  }
  const save = () => {
    ctx.store.insertAccessToken({
      jti,
      environmentId: envId,
      grantId: grant.grantId,
      expiresAt: now + ctx.tokenLifetimeSeconds * 1000,
    });
    if (refresh !== null) ctx.store.insertRefreshToken(refresh.record);
  };
  return { answer, save };
}
