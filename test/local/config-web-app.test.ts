/** The optional `PINGONE_LOCAL_WEB_APP_*` variables: the OIDC web app seeded at start. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadLocalConfig } from '../../src/local/config.js';

const BASE = {
  PINGONE_LOCAL_WEB_APP_CLIENT_ID: 'portal-app',
  PINGONE_LOCAL_WEB_APP_CLIENT_SECRET: 'portal-secret-0123456789',
  PINGONE_LOCAL_WEB_APP_REDIRECT_URIS: 'http://127.0.0.1:3000/callback, https://portal.example/cb',
};

function failure(env: Record<string, string>): string {
  try {
    loadLocalConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('PINGONE_LOCAL_WEB_APP_*', () => {
  it('is absent unless configured', () => {
    expect(loadLocalConfig({}).webApp).toBeUndefined();
  });

  it('reads the client, the URI lists and the login page', () => {
    expect(
      loadLocalConfig({
        ...BASE,
        PINGONE_LOCAL_WEB_APP_POST_LOGOUT_REDIRECT_URIS:
          'http://127.0.0.1:3000/ http://127.0.0.1:3000/bye',
        PINGONE_LOCAL_WEB_APP_LOGIN_PAGE_URL: 'http://127.0.0.1:3000/login',
      }).webApp,
    ).toEqual({
      clientId: 'portal-app',
      clientSecret: 'portal-secret-0123456789',
      redirectUris: ['http://127.0.0.1:3000/callback', 'https://portal.example/cb'],
      postLogoutRedirectUris: ['http://127.0.0.1:3000/', 'http://127.0.0.1:3000/bye'],
      loginPageUrl: 'http://127.0.0.1:3000/login',
    });
    expect(loadLocalConfig(BASE).webApp).toEqual({
      clientId: 'portal-app',
      clientSecret: 'portal-secret-0123456789',
      redirectUris: ['http://127.0.0.1:3000/callback', 'https://portal.example/cb'],
    });
  });

  it('needs the secret and redirect URIs with the client id', () => {
    expect(failure({ PINGONE_LOCAL_WEB_APP_CLIENT_ID: 'portal-app' })).toContain(
      'PINGONE_LOCAL_WEB_APP_CLIENT_ID needs PINGONE_LOCAL_WEB_APP_CLIENT_SECRET and PINGONE_LOCAL_WEB_APP_REDIRECT_URIS',
    );
  });

  it('names each bad value and never echoes the secret', () => {
    const message = failure({
      PINGONE_LOCAL_WEB_APP_CLIENT_ID: 'short',
      PINGONE_LOCAL_WEB_APP_CLIENT_SECRET: 'tiny-secret',
      PINGONE_LOCAL_WEB_APP_REDIRECT_URIS: 'https://a.example/cb#frag',
      PINGONE_LOCAL_WEB_APP_POST_LOGOUT_REDIRECT_URIS: 'relative/path',
      PINGONE_LOCAL_WEB_APP_LOGIN_PAGE_URL: 'ftp://a.example/login',
    });
    expect(message).toContain('PINGONE_LOCAL_WEB_APP_CLIENT_ID must be 8-128 URL-safe characters');
    expect(message).toContain('PINGONE_LOCAL_WEB_APP_CLIENT_SECRET must be at least 16 characters');
    expect(message).toContain(
      'PINGONE_LOCAL_WEB_APP_REDIRECT_URIS must be absolute URIs without fragments, separated by commas',
    );
    expect(message).toContain(
      'PINGONE_LOCAL_WEB_APP_POST_LOGOUT_REDIRECT_URIS must be absolute URIs without fragments, separated by commas',
    );
    expect(message).toContain(
      'PINGONE_LOCAL_WEB_APP_LOGIN_PAGE_URL must be an absolute http(s) URL',
    );
    expect(message).not.toContain('tiny-secret');
  });
});
