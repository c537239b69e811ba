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
  const always: [string, string][] = [
    ['content-security-policy', csp],
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'DENY'],
    ['referrer-policy', 'no-referrer'],
    ['cross-origin-opener-policy', 'same-origin'],
    ['cross-origin-resource-policy', 'same-origin'],
    ['permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
  ];
  if (opts.hsts) always.push(['strict-transport-security', 'max-age=31536000; includeSubDomains']);
  app.addHook('onSend', (_request, reply, payload, done) => {
    for (const [header, value] of always) reply.header(header, value);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    reply.removeHeader('x-powered-by');
    done(null, payload);
  });
};

/** Registers the security headers. */
export const securityHeaders = fp(securityHeadersPlugin, { name: 'portal-security-headers' });
