/**
 * PingOne Local's choices about access tokens, permissions and roles, applications and resources
 * (the counterpart of `pingone-behaviour.ts` for issue 10's sign-in work). `docs/pingone-local.md`
 * lists each choice; change them here only. Labels as in `docs/pingone-behaviour.md`.
 */
import { MESSAGES } from './pingone-behaviour.js';
import { CORS_MESSAGES } from './pingone-tokens.js';
import type { CorsSettings } from './store/types.js';

/** Audience of access tokens [O]. */
export const TOKEN_AUDIENCE = 'https://api.pingone.com';

/** Permissions checked by PingOne Local's endpoints. */
export type Permission =
  | 'environments:read'
  | 'populations:read'
  | 'populations:write'
  | 'passwordPolicies:read'
  | 'passwordPolicies:write'
  | 'users:read'
  | 'users:write'
  | 'passwords:read'
  | 'passwords:write'
  | 'applications:read'
  | 'applications:write'
  | 'resources:read'
  | 'languages:read'
  | 'languages:write';

/** Role names PingOne uses [D] and the permissions PingOne Local grants each of them [I]. */
export const ROLE_PERMISSIONS: Record<string, readonly Permission[]> = {
  'Identity Data Admin': [
    'users:read',
    'users:write',
    'passwords:read',
    'passwords:write',
    'populations:read',
  ],
  'Identity Data Read-Only Admin': ['users:read', 'passwords:read', 'populations:read'],
  'Environment Admin': [
    'environments:read',
    'populations:read',
    'populations:write',
    'passwordPolicies:read',
    'passwordPolicies:write',
    'applications:read',
    'resources:read',
    // [D: adding a language "requires Environment Admin permissions"; reading is I]
    // (docs/pingone-behaviour.md §15).
    'languages:read',
    'languages:write',
  ],
  // PingOne's role for managing applications [D role name:
  // https://developer.pingidentity.com/pingone-api/platform/roles.html]; its permissions here [I].
  'Client Application Developer': ['applications:read', 'applications:write', 'resources:read'],
};

/** Roles of the seeded Worker app [issue 10: it also manages applications]. */
export const DEFAULT_WORKER_ROLES = [
  'Identity Data Admin',
  'Environment Admin',
  'Client Application Developer',
] as const;

/** Stock names of seeded resources [I]. */
export const SEED_NAMES = {
  environment: 'PingOne Local',
  population: 'Default',
  worker: 'PingOne Local Worker',
  readOnlyWorker: 'PingOne Local Read-Only Worker',
  webApp: 'PingOne Local Web App',
} as const;

/**
 * Applications (https://developer.pingidentity.com/pingone-api/platform/applications/application-management.html,
 * the OpenAPI `ApplicationOIDC` schema). [D]: the four types, the grant, response and auth-method
 * names, `pkceEnforcement`'s options, `refreshTokenDuration` 60–2147483647 (default 2592000) and
 * not above `refreshTokenRollingDuration`, `enabled` false when absent (create-application pages).
 * [I]: the subset implemented (no DEVICE_CODE, TOKEN_EXCHANGE, CIBA, PRIVATE_KEY_JWT,
 * CLIENT_SECRET_JWT, SAML), the limits and the combination rules of {@link applicationRuleProblems}.
 */
export const APPLICATIONS = {
  types: ['WEB_APP', 'SINGLE_PAGE_APP', 'NATIVE_APP', 'WORKER'],
  grantTypes: ['AUTHORIZATION_CODE', 'IMPLICIT', 'REFRESH_TOKEN', 'CLIENT_CREDENTIALS'],
  responseTypes: ['CODE', 'TOKEN', 'ID_TOKEN'],
  authMethods: ['CLIENT_SECRET_BASIC', 'CLIENT_SECRET_POST', 'NONE'],
  pkce: ['OPTIONAL', 'REQUIRED', 'S256_REQUIRED'],
  /** [D] default and range of both refresh-token durations. */
  refreshTokenDefault: 2_592_000,
  durationMin: 60,
  durationMax: 2_147_483_647,
  /** [I] limits: name and description lengths, URIs per list, URI length. */
  nameMax: 256,
  descriptionMax: 1024,
  urisMax: 100,
  uriMax: 2048,
  /** [I] the generated secret: 48 random bytes, base64url (PingOne's are 64 characters). */
  secretBytes: 48,
} as const;

/** One broken combination rule: the member it is reported on and why. */
export interface RuleProblem {
  target: string;
  message: string;
}

/**
 * The combination rules of an OIDC application [I, from PingOne's docs: refresh tokens come with
 * the authorization code (https://docs.pingidentity.com/pingone/applications/p1_grant_types.html); code
 * and implicit flows return to a registered redirect URI; a public client (NONE) has no secret
 * for client_credentials; SPA and native apps cannot keep a secret
 * (https://developer.pingidentity.com/pingone-api/workflow-library/platform-sso-and-authorization/openid-connect-oidc/client-authentication-methods/environment-configuration/none.html)].
 */
export function applicationRuleProblems(app: {
  type: string;
  grantTypes: readonly string[];
  responseTypes: readonly string[];
  redirectUris: readonly string[];
  tokenEndpointAuthMethod: string;
  refreshTokenDuration: number;
  refreshTokenRollingDuration: number | null;
  corsSettings?: CorsSettings | null;
}): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const grant = (g: string) => app.grantTypes.includes(g);
  const response = (r: string) => app.responseTypes.includes(r);
  if (grant('REFRESH_TOKEN') && !grant('AUTHORIZATION_CODE')) {
    problems.push({ target: 'grantTypes', message: MESSAGES.refreshNeedsCode });
  }
  if (grant('AUTHORIZATION_CODE') !== response('CODE')) {
    problems.push({ target: 'responseTypes', message: MESSAGES.codeResponseMismatch });
  }
  if (grant('IMPLICIT') !== (response('TOKEN') || response('ID_TOKEN'))) {
    problems.push({ target: 'responseTypes', message: MESSAGES.implicitResponseMismatch });
  }
  if ((grant('AUTHORIZATION_CODE') || grant('IMPLICIT')) && app.redirectUris.length === 0) {
    problems.push({ target: 'redirectUris', message: MESSAGES.redirectUrisRequired });
  }
  if (grant('CLIENT_CREDENTIALS')) {
    if (app.type === 'SINGLE_PAGE_APP' || app.type === 'NATIVE_APP') {
      problems.push({ target: 'grantTypes', message: MESSAGES.clientCredentialsNotForType });
    } else if (app.tokenEndpointAuthMethod === 'NONE') {
      problems.push({ target: 'tokenEndpointAuthMethod', message: MESSAGES.noneWithSecretGrant });
    }
  }
  if (app.type === 'WORKER' && app.tokenEndpointAuthMethod === 'NONE') {
    problems.push({ target: 'tokenEndpointAuthMethod', message: MESSAGES.workerNeedsSecret });
  }
  if (
    app.refreshTokenRollingDuration !== null &&
    app.refreshTokenDuration > app.refreshTokenRollingDuration
  ) {
    problems.push({ target: 'refreshTokenDuration', message: MESSAGES.refreshAboveRolling });
  }
  const cors = app.corsSettings;
  if (cors?.behavior === 'ALLOW_SPECIFIC_ORIGINS' && cors.origins.length === 0) {
    problems.push({ target: 'corsSettings.origins', message: CORS_MESSAGES.originsRequired });
  }
  if (cors?.behavior === 'ALLOW_NO_ORIGINS' && cors.origins.length > 0) {
    problems.push({ target: 'corsSettings.origins', message: CORS_MESSAGES.originsForbidden });
  }
  return problems;
}

/** A built-in resource and its scopes, seeded in every environment. */
export interface BuiltInResource {
  name: string;
  type: 'OPENID_CONNECT' | 'PINGONE_API';
  audience: string;
  description: string;
  scopes: ReadonlyArray<readonly [name: string, description: string]>;
}

/**
 * The resources every PingOne environment has [D names, types and scope names:
 * https://developer.pingidentity.com/pingone-api/platform/resources/resource-scopes/create-pingone-access-control-scope.html
 * ("PingOne API" exists by default in every environment), the OpenAPI `EnumResourceType`, and
 * https://developer.pingidentity.com/pingone-api/foundations/pingone-roles-scopes-and-permissions/access-services-through-scopes-and-roles/pingone-self-management-scopes.html];
 * audiences of the openid resource, descriptions and the access-token validity (3600, the
 * OpenAPI default) [I].
 */
export const BUILT_IN_RESOURCES: readonly BuiltInResource[] = [
  {
    name: 'openid',
    type: 'OPENID_CONNECT',
    audience: 'openid',
    description: 'OpenID Connect scopes and claims',
    scopes: [
      ['openid', 'Signals an OpenID Connect request'],
      ['profile', 'Profile claims of the user'],
      ['email', 'E-mail address of the user'],
      ['address', 'Postal address of the user'],
      ['phone', 'Phone numbers of the user'],
    ],
  },
  {
    name: 'PingOne API',
    type: 'PINGONE_API',
    audience: TOKEN_AUDIENCE,
    description: 'The PingOne platform API',
    scopes: [
      ['p1:read:user', 'Read the signed-in user'],
      ['p1:update:user', 'Update the signed-in user'],
      ['p1:update:userMfaEnabled', "Enable or disable the signed-in user's MFA"],
      ['p1:create:device', 'Create MFA devices of the signed-in user'],
      ['p1:read:device', 'Read MFA devices of the signed-in user'],
      ['p1:update:device', 'Update MFA devices of the signed-in user'],
      ['p1:delete:device', 'Delete MFA devices of the signed-in user'],
      ['p1:read:userPassword', "Read the signed-in user's password state"],
      ['p1:reset:userPassword', "Change the signed-in user's password"],
      ['p1:validate:userPassword', "Check the signed-in user's password"],
      ['p1:read:userLinkedAccounts', "Read the signed-in user's linked accounts"],
      ['p1:delete:userLinkedAccounts', "Delete the signed-in user's linked accounts"],
      ['p1:create:pairingKey', 'Create pairing keys of the signed-in user'],
      ['p1:read:pairingKey', 'Read pairing keys of the signed-in user'],
      ['p1:delete:pairingKey', 'Delete pairing keys of the signed-in user'],
      ['p1:read:sessions', "Read the signed-in user's sessions"],
      ['p1:delete:sessions', "Delete the signed-in user's sessions"],
      ['p1:read:userConsent', "Read the signed-in user's consents"],
      ['p1:read:oauthConsent', "Read the signed-in user's OAuth consents"],
      ['p1:update:oauthConsent', "Update the signed-in user's OAuth consents"],
      ['p1:verify:user', 'Verify the signed-in user'],
    ],
  },
];

/**
 * The `scope` parameter of a `client_credentials` request (docs/pingone-behaviour.md §2.1). PingOne
 * documents that a Worker's token is authorized by its role assignments, that self-management
 * scopes (`p1:*`) are never granted on client_credentials, and that a given `scope` grants only
 * listed scopes of one custom resource [D:
 * https://developer.pingidentity.com/pingone-api/auth/openid-connect-oauth-2/token-admin-app-client_credentials.html,
 * https://developer.pingidentity.com/pingone-api/foundations/pingone-roles-scopes-and-permissions/access-services-through-scopes-and-roles/pingone-self-management-scopes.html].
 * PingOne Local's Workers have no custom-resource scopes, so [I, RFC 6749 §5.2]: no `scope`, or
 * an empty/blank one, grants the role-only token (`scope` claim ""); any listed scope is 400
 * `invalid_scope`, naming the first refused scope: "not granted" for the OpenID Connect and
 * self-management scopes PingOne defines (the scopes of `BUILT_IN_RESOURCES` in
 * `pingone-applications.ts`), "unknown" for anything else. The exact `error_description` texts
 * are PingOne Local's (`MESSAGES.tokenScopeNotGranted` / `tokenScopeUnknown`).
 */
export const BUILT_IN_SCOPE_NAMES: ReadonlySet<string> = new Set(
  BUILT_IN_RESOURCES.flatMap((r) => r.scopes.map(([name]) => name)),
);

/**
 * Grants of the optional seeded web app (`PINGONE_LOCAL_WEB_APP_*`) [I]: what a self-service
 * portal signing users in needs.
 */
export const WEB_APP_SEED_GRANTS: Readonly<Record<string, readonly string[]>> = {
  openid: ['openid', 'profile', 'email'],
  'PingOne API': [
    'p1:read:user',
    'p1:update:user',
    'p1:reset:userPassword',
    'p1:read:sessions',
    'p1:delete:sessions',
  ],
};

const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
/** `http(s)://host[:port]`, the host's leftmost label possibly `*` (`CORS_SETTINGS`). */
const CORS_ORIGIN = new RegExp(
  `^https?://(?:\\*\\.)?(?:${LABEL}\\.)*${LABEL}(?::(\\d{1,5}))?$`,
  'i',
);

/** True when `value` is an origin `corsSettings.origins` accepts. */
export function isCorsOrigin(value: string): boolean {
  const m = CORS_ORIGIN.exec(value);
  return m !== null && (m[1] === undefined || Number(m[1]) <= 65_535);
}

/**
 * True when the browser's `origin` is one `pattern` of `corsSettings.origins` names: the same
 * scheme, host and port (default ports ignored, case-insensitive); a leading `*.` stands for one
 * or more labels.
 */
export function corsOriginMatches(pattern: string, origin: string): boolean {
  let wanted: string;
  let given: string;
  try {
    wanted = new URL(pattern).origin;
    given = new URL(origin).origin;
  } catch {
    return false;
  }
  if (given !== origin.toLowerCase()) return false;
  if (!wanted.includes('*')) return wanted === given;
  const [scheme, rest] = wanted.split('://*.') as [string, string];
  const escaped = rest.replace(/[.]/g, '\\.');
  return new RegExp(`^${scheme}://(?:${LABEL}\\.)+${escaped}$`).test(given);
}
