/**
 * The request's route options, built once per request. Fastify's `request.routeOptions` is a
 * getter that builds a new object (and asks the router about version constraints) on every
 * read; the session, CSRF, language, metrics and page code read it about eight times per
 * request (docs/benchmarks.md, "P1").
 */
import type { FastifyRequest } from 'fastify';

type RouteOptions = FastifyRequest['routeOptions'];

/** The property that holds the options once read (declared on every request by the app). */
export const ROUTE = Symbol('portal.route');

/** `request.routeOptions`, read once. */
export function routeOf(request: FastifyRequest): RouteOptions {
  const holder = request as FastifyRequest & { [ROUTE]: RouteOptions | null };
  let options = holder[ROUTE];
  if (!options) {
    options = request.routeOptions;
    holder[ROUTE] = options;
  }
  return options;
}
