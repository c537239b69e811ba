/**
 * CSRF plugin: a synchronizer token (the session's `csrf`, sent back in the hidden `_csrf` field)
 * plus Fetch Metadata / Origin checks. Any failure ends the request with `CSRF_REJECTED` (403)
 * before a route handler, and so before any PingOne call, runs.
 *
 * One exception, which performs nothing either: a POST proven same-origin whose session expired
 * (idle timeout, or a cookie that no longer opens) goes back (303) to its form, with "your session
 * expired" and the route's non-secret fields kept in the new session (`config.resume`).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { PortalError } from '../errors.js';
import { routeOf } from '../route.js';
import { flash } from './session.js';

/** Where a form POST whose session expired goes back to, and the fields it may show again. */
export interface ResumeForm {
  form: string;
  /** Non-secret fields (never a password or code). */
  keep: readonly string[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A form POST that goes back to its form when its session expired. */
    resume?: ResumeForm;
  }
}

/** Longest value kept on the way back (as long as a valid username or e-mail address). */
const MAX_KEPT = 256;

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

/**
 * True when the browser itself says the POST comes from this site: `Sec-Fetch-Site: same-origin`,
 * or a real `Origin` (already checked against ours). A request without either proves nothing.
 */
function provenSameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  return (
    request.headers['sec-fetch-site'] === 'same-origin' ||
    (origin !== undefined && origin !== 'null')
  );
}

/** The fields of `keep` as typed, in the new session, for the form to show again. */
function keptValues(body: unknown, keep: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  if (!body || typeof body !== 'object') return values;
  for (const name of keep) {
    const value = (body as Record<string, unknown>)[name];
    if (typeof value === 'string' && value.length <= MAX_KEPT) values[name] = value.trim();
  }
  return values;
}

const csrfPlugin: FastifyPluginAsync<CsrfOptions> = async (app, opts) => {
  app.addHook('preHandler', (request, reply, done) => {
    // Unrouted requests (404/405 pages, e.g. TRACE) have no side effect: they get their own page.
    if (
      SAFE_METHODS.has(request.method) ||
      request.is404 ||
      routeOf(request).config?.session === false
    )
      return done();
    const problem = csrfProblem(request, opts.publicOrigin);
    if (problem === null) return done();
    const resume = routeOf(request).config?.resume;
    if (
      problem === 'no session' &&
      request.sessionState === 'expired' &&
      resume &&
      provenSameOrigin(request)
    ) {
      // Nothing is performed: the person checks the form and sends it again.
      request.log.info({ event: 'session_expired_resume' }, 'expired session: back to the form');
      request.session.form = {
        form: resume.form,
        errors: {},
        values: keptValues(request.body, resume.keep),
      };
      flash(request, 'info', 'flash.sessionExpiredForm');
      // Answered here: a callback hook that sends a reply does not call `done`.
      reply.code(303).header('location', resume.form).send();
      return;
    }
    done(new PortalError('CSRF_REJECTED', problem));
  });
};

/** Registers the CSRF checks for every unsafe method (requires the session plugin). */
export const csrf = fp(csrfPlugin, { name: 'portal-csrf', dependencies: ['portal-session'] });
