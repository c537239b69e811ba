/**
 * The sign-in application's settings, resolved once the portal knows its origin: the issuer (the
 * PingOne environment's `/as`), the client, and the redirect and post-logout URIs derived from
 * the origin (`PUBLIC_ORIGIN`, else the listening address).
 */
import { randomBytes } from 'node:crypto';
import type { PortalConfig } from '../config.js';

/** The portal's sign-in paths (registered in PingOne as redirect and post-logout URIs). */
export const SIGNIN_PATHS = {
  signIn: '/signin',
  callback: '/signin/callback',
  signOut: '/signout',
  signedOut: '/signout/done',
} as const;

/**
 * Scopes the portal asks for: OpenID Connect profile claims, plus PingOne's self-management
 * scopes for the account pages (docs/pingone-behaviour.md §14.1).
 */
export const SIGNIN_SCOPES = [
  'openid',
  'profile',
  'email',
  'p1:read:user',
  'p1:update:user',
  'p1:reset:userPassword',
  'p1:read:sessions',
  'p1:delete:sessions',
] as const;

/** Client id of the web application seeded into the embedded PingOne Local. */
export const EMBEDDED_CLIENT_ID = 'latchkey-portal';

/** Everything the sign-in routes need to talk to PingOne's authorization server. */
export interface SignInSettings {
  /** `{authBase}/{envId}/as`: discovery is read from `{issuer}/.well-known/openid-configuration`. */
  issuer: string;
  environmentId: string;
  clientId: string;
  /** Null for a public client (`OIDC_TOKEN_AUTH_METHOD=none`). */
  clientSecret: string | null;
  authMethod: 'client_secret_basic' | 'client_secret_post' | 'none';
  redirectUri: string;
  postLogoutRedirectUri: string;
  signOnPage: 'portal' | 'pingone';
  scope: string;
}

/** The portal's public origin: `PUBLIC_ORIGIN`, else the address it listens on. */
export function portalOrigin(config: PortalConfig, port: number): string {
  if (config.publicOrigin) return config.publicOrigin;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return `${config.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * The sign-in settings, or null when sign-in is off (a tenant without `OIDC_CLIENT_ID`).
 * `seeded` is the client the embedded PingOne Local was given.
 */
export function resolveSignIn(
  config: PortalConfig,
  target: { environmentId: string; authBaseUrl: string },
  origin: string,
  seeded: { clientId: string; clientSecret: string } | null,
): SignInSettings | null {
  const clientId = config.oidc.clientId ?? seeded?.clientId ?? null;
  if (clientId === null) return null;
  return {
    issuer: `${target.authBaseUrl}/${target.environmentId}/as`,
    environmentId: target.environmentId,
    clientId,
    clientSecret:
      config.oidc.clientId !== null ? config.oidc.clientSecret : (seeded?.clientSecret ?? null),
    authMethod: config.oidc.clientId !== null ? config.oidc.authMethod : 'client_secret_basic',
    redirectUri: `${origin}${SIGNIN_PATHS.callback}`,
    postLogoutRedirectUri: `${origin}${SIGNIN_PATHS.signedOut}`,
    signOnPage: config.oidc.signOnPage,
    scope: SIGNIN_SCOPES.join(' '),
  };
}

/**
 * The web application to seed into the embedded PingOne Local so that sign-in works on a fresh
 * clone: its secret is new at every start (the seed rewrites the app each time).
 */
export function embeddedWebApp(
  config: PortalConfig,
  origin: string,
): {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  loginPageUrl?: string;
} {
  return {
    clientId: config.oidc.clientId ?? EMBEDDED_CLIENT_ID,
    clientSecret: config.oidc.clientSecret ?? randomBytes(24).toString('base64url'),
    redirectUris: [`${origin}${SIGNIN_PATHS.callback}`],
    postLogoutRedirectUris: [`${origin}${SIGNIN_PATHS.signedOut}`],
    ...(config.oidc.signOnPage === 'portal'
      ? { loginPageUrl: `${origin}${SIGNIN_PATHS.signIn}` }
      : {}),
  };
}
