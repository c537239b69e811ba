/**
 * The portal as an OpenID Connect relying party, through `openid-client` (discovery, PKCE S256,
 * state, nonce, ID-token validation including its signature against the JWKS). Nothing of the
 * protocol is written here: this module only binds the library to the portal's settings.
 */
import * as oidc from 'openid-client';
import type { SignInSettings } from './settings.js';

/** What the token endpoint gave, with the ID token's validated claims. */
export interface TokenResult {
  accessToken: string;
  /** Absolute expiry of the access token (ms since the epoch). */
  accessExpiresAt: number;
  refreshToken: string | null;
  idToken: string;
  claims: oidc.IDToken;
}

/** What the callback must find in the authorization response. */
export interface CallbackChecks {
  state: string;
  nonce: string;
  verifier: string;
  maxAge: number | null;
}

/** The relying-party operations the sign-in routes use. */
export interface OidcClient {
  /** The authorization URL (code + PKCE S256 + state + nonce). */
  authorizationUrl(p: {
    state: string;
    nonce: string;
    verifier: string;
    maxAge: number | null;
    prompt?: 'login';
  }): Promise<URL>;
  /** Checks the authorization response at `currentUrl`, redeems the code, validates the ID token. */
  callback(currentUrl: URL, checks: CallbackChecks): Promise<TokenResult>;
  /** Redeems a refresh token (PingOne rotates it); the new ID token, if any, is validated too. */
  refresh(
    refreshToken: string,
    previous: { idToken: string; claims: oidc.IDToken },
  ): Promise<TokenResult>;
  /** PingOne's `/as/signoff` URL with `id_token_hint`, the post-logout URI and `state`. */
  endSessionUrl(idTokenHint: string, state: string): Promise<URL>;
}

/** Options of {@link createOidcClient}. */
export interface OidcClientOptions {
  timeoutMs: number;
  now: () => number;
  /** Transport for every call to PingOne's authorization server (default global `fetch`). */
  fetch?: typeof fetch;
}

/** Random values for one sign-in: state, nonce and the PKCE verifier. */
export function newSignInSecrets(): { state: string; nonce: string; verifier: string } {
  return {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier: oidc.randomPKCECodeVerifier(),
  };
}

/**
 * Binds `openid-client` to the settings. Discovery happens at the first use and is retried after
 * a failure; `now` is the clock ID tokens are checked against (injectable for tests).
 */
export function createOidcClient(settings: SignInSettings, options: OidcClientOptions): OidcClient {
  let configuration: Promise<oidc.Configuration> | null = null;
  const discover = () => {
    configuration ??= discoverConfiguration(settings, options).catch((err: unknown) => {
      configuration = null;
      throw err;
    });
    return configuration;
  };
  const result = (tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers) => {
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) throw new TypeError('token response without an ID token');
    return {
      accessToken: tokens.access_token,
      accessExpiresAt: options.now() + (tokens.expiresIn() ?? 300) * 1000,
      refreshToken: tokens.refresh_token ?? null,
      idToken: tokens.id_token,
      claims,
    };
  };
  return {
    async authorizationUrl(p) {
      const config = await discover();
      return oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: settings.scope,
        state: p.state,
        nonce: p.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(p.verifier),
        code_challenge_method: 'S256',
        ...(p.maxAge !== null ? { max_age: String(p.maxAge) } : {}),
        ...(p.prompt ? { prompt: p.prompt } : {}),
      });
    },
    async callback(currentUrl, checks) {
      const config = await discover();
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: checks.verifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
        ...(checks.maxAge !== null ? { maxAge: checks.maxAge } : {}),
      });
      return result(tokens);
    },
    async refresh(refreshToken, previous) {
      const config = await discover();
      const tokens = await oidc.refreshTokenGrant(config, refreshToken);
      if (tokens.id_token) return result(tokens);
      return {
        accessToken: tokens.access_token,
        accessExpiresAt: options.now() + (tokens.expiresIn() ?? 300) * 1000,
        refreshToken: tokens.refresh_token ?? refreshToken,
        idToken: previous.idToken,
        claims: previous.claims,
      };
    },
    async endSessionUrl(idTokenHint, state) {
      const config = await discover();
      return oidc.buildEndSessionUrl(config, {
        id_token_hint: idTokenHint,
        post_logout_redirect_uri: settings.postLogoutRedirectUri,
        state,
      });
    },
  };
}

async function discoverConfiguration(
  settings: SignInSettings,
  options: OidcClientOptions,
): Promise<oidc.Configuration> {
  const clientAuth =
    settings.authMethod === 'none' || settings.clientSecret === null
      ? oidc.None()
      : settings.authMethod === 'client_secret_post'
        ? oidc.ClientSecretPost(settings.clientSecret)
        : oidc.ClientSecretBasic(settings.clientSecret);
  // Plain http only reaches PingOne Local on loopback (the settings refuse it elsewhere).
  const insecure = new URL(settings.issuer).protocol === 'http:';
  const config = await oidc.discovery(
    new URL(settings.issuer),
    settings.clientId,
    undefined,
    clientAuth,
    {
      timeout: Math.ceil(options.timeoutMs / 1000),
      ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
      ...(options.fetch ? { [oidc.customFetch]: options.fetch as oidc.CustomFetch } : {}),
    },
  );
  if (options.fetch) config[oidc.customFetch] = options.fetch as oidc.CustomFetch;
  // The ID token comes over TLS from the token endpoint, which openid-client trusts by default;
  // the issue asks for its signature to be checked against the JWKS all the same.
  oidc.enableNonRepudiationChecks(config);
  config.timeout = Math.ceil(options.timeoutMs / 1000);
  return config;
}
