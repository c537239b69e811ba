/**
 * CSRF plugin: a synchronizer token (the session's `csrf`, sent back in the hidden `_csrf` field)
 * plus Fetch Metadata / Origin checks. Any failure ends the request with `CSRF_REJECTED` (403)
 * before a route handler, and so before any PingOne call, runs.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { PortalError } from '../errors.js';

/** Options of the CSRF plugin. */
export interface CsrfOptions {
  /** The canonical origin (`PUBLIC_ORIGIN`); when null the `Origin` must match the `Host`. */
  publicOrigin: string | null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Why a request fails the CSRF checks, or null when it passes. */
export function csrfProblem(request: FastifyRequest, publicOrigin: string | null): string | null {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return `sec-fetch-site ${String(site).slice(0, 20)}`;
  }
  const origin = request.headers.origin;
  // Under `Referrer-Policy: no-referrer` browsers send `Origin: null` even for same-origin form
  // posts; then `Sec-Fetch-Site` (checked above) and the token decide.
  if (origin !== undefined && origin !== 'null') {
    if (publicOrigin !== null) {
      if (origin !== publicOrigin) return 'origin mismatch';
    } else {
      let host: string;
      try {
        host = new URL(origin).host;
      } catch {
        return 'origin malformed';
      }
      if (host !== request.headers.host) return 'origin mismatch';
    }
  }
  if (request.sessionState !== 'valid') return 'no session';
  const body = request.body as Record<string, unknown> | undefined;
  const token = body && typeof body === 'object' ? body._csrf : undefined;
  if (typeof token !== 'string' || token.length === 0) return 'token missing';
  if (!sameToken(token, request.session.csrf)) return 'token mismatch';
  return null;
}

const csrfPlugin: FastifyPluginAsync<CsrfOptions> = async (app, opts) => {
  app.addHook('preHandler', async (request) => {
    // Unrouted requests (404/405 pages, e.g. TRACE) have no side effect: they get their own page.
    if (
      SAFE_METHODS.has(request.method) ||
      request.is404 ||
      request.routeOptions.config?.session === false
    )
      return;
    const problem = csrfProblem(request, opts.publicOrigin);
    if (problem !== null) throw new PortalError('CSRF_REJECTED', problem);
  });
};

/** Registers the CSRF checks for every unsafe method (requires the session plugin). */
export const csrf = fp(csrfPlugin, { name: 'portal-csrf', dependencies: ['portal-session'] });
