/**
 * `grant_type=client_credentials` (docs/pingone-behaviour.md §2.1): a Worker's token, authorized
 * by its roles. Steps: checkScope → mintAccessToken.
 */
import { randomUUID } from 'node:crypto';
import { issuerOf, type LocalContext } from '../../context.js';
import { signJwt } from '../../crypto/signing-keys.js';
import { OAuthError } from '../../http.js';
import type { OAuthForm } from '../../oauth/client-auth.js';
import { BUILT_IN_SCOPE_NAMES, TOKEN_AUDIENCE } from '../../pingone-applications.js';
import { MESSAGES } from '../../pingone-behaviour.js';
import type { ApplicationRecord } from '../../store/types.js';

/** Refuses any requested scope: a Worker's token carries its roles only (`BUILT_IN_SCOPE_NAMES`). */
function checkScope(form: OAuthForm): void {
  // RFC 6749 §3.3: space-delimited; blank means none requested.
  const requested = (form.get('scope') ?? '').split(' ').filter((s) => s.length > 0);
  const first = requested[0];
  if (first === undefined) return;
  const known = BUILT_IN_SCOPE_NAMES.has(first);
  throw new OAuthError(
    400,
    'invalid_scope',
    known ? MESSAGES.tokenScopeNotGranted(first) : MESSAGES.tokenScopeUnknown(first),
  );
}

function mintAccessToken(ctx: LocalContext, app: ApplicationRecord) {
  const environmentId = app.environmentId;
  const key = ctx.signingKey(environmentId)!;
  const iat = Math.floor(ctx.clock.now() / 1000);
  const env = ctx.store.getEnvironment(environmentId)!;
  const token = signJwt(key, {
    client_id: app.id,
    iss: issuerOf(ctx, environmentId),
    aud: [TOKEN_AUDIENCE],
    scope: '',
    iat,
    exp: iat + ctx.tokenLifetimeSeconds,
    jti: randomUUID(),
    env: environmentId,
    org: env.organizationId,
  });
  return { access_token: token, token_type: 'Bearer', expires_in: ctx.tokenLifetimeSeconds };
}

/** The client_credentials grant for an authenticated application. */
export async function clientCredentialsGrant(
  ctx: LocalContext,
  app: ApplicationRecord,
  form: OAuthForm,
) {
  checkScope(form);
  return mintAccessToken(ctx, app);
}
