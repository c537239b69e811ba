/**
 * Security headers on every response: a strict CSP (scripts and styles only from our own
 * origin, no inline script at all), no framing, `nosniff`, `no-referrer`, HSTS under HTTPS, and
 * `Cache-Control: no-store` unless a route already chose a cache policy (static assets).
 */
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

/** Options of the security-headers plugin. */
export interface SecurityHeadersOptions {
  /** Send `Strict-Transport-Security` (the portal is served over HTTPS). */
  hsts: boolean;
  /** Extra origins allowed in `img-src` (the configured logo's origin). */
  imageOrigins?: string[];
  /**
   * Extra origins in `form-action`: browsers apply it to every redirect a form submission leads
   * to, so sign-out (to PingOne's `/as/signoff`) and `RETURN_URLS` after sign-in need them.
   */
  formActionOrigins?: string[];
}

/** Builds the Content-Security-Policy value. */
export function contentSecurityPolicy(
  imageOrigins: string[] = [],
  formActionOrigins: string[] = [],
): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${["'self'", ...imageOrigins].join(' ')}`,
    "connect-src 'none'",
    "font-src 'none'",
    `form-action ${["'self'", ...new Set(formActionOrigins)].join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}

const securityHeadersPlugin: FastifyPluginAsync<SecurityHeadersOptions> = async (app, opts) => {
  const csp = contentSecurityPolicy(opts.imageOrigins, opts.formActionOrigins);
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', csp);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (opts.hsts) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    reply.removeHeader('x-powered-by');
    return payload;
  });
};

/** Registers the security headers. */
export const securityHeaders = fp(securityHeadersPlugin, { name: 'portal-security-headers' });
