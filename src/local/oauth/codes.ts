/**
 * Authorization codes (docs/pingone-behaviour.md §12.4): 256 random bits, handed out once and
 * stored only as their SHA-256 hash with a fresh `grantId`, so that the token endpoint can
 * revoke everything one code issued when the code is replayed.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { LocalContext } from '../context.js';
import { SIGN_ON } from '../pingone-behaviour.js';
import type { FlowRecord, SessionRecord } from '../store/types.js';

/** SHA-256 of a high-entropy secret (code, refresh token), base64url: what the store keeps. */
export function hashSecret(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('base64url');
}

/**
 * Issues the authorization code that ends `flow` for `session`: single use, `SIGN_ON.codeTtlSeconds`
 * long, bound to the flow's client, redirect URI, scopes, nonce and PKCE challenge.
 * @returns the code in clear (it is not kept).
 */
export function issueAuthorizationCode(
  ctx: LocalContext,
  flow: FlowRecord,
  session: SessionRecord,
): string {
  const code = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  const request = flow.request;
  ctx.store.insertAuthorizationCode({
    codeHash: hashSecret(code),
    environmentId: flow.environmentId,
    applicationId: flow.applicationId,
    userId: session.userId,
    sessionId: session.id,
    grantId: randomUUID(),
    scope: request.scope,
    authTime: session.authTime,
    amr: session.amr,
    acr: session.acr,
    redirectUri: request.redirectUri,
    nonce: request.nonce,
    codeChallenge: request.codeChallenge,
    codeChallengeMethod: request.codeChallengeMethod,
    createdAt: now,
    expiresAt: now + SIGN_ON.codeTtlSeconds * 1000,
    usedAt: null,
  });
  return code;
}
