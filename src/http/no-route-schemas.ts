/**
 * Fastify's `schemaController` for the portal and PingOne Local, neither of which declares JSON
 * schemas on its routes: both validate what they read with zod (`src/local/validation.ts`, the
 * portal's forms), so that PingOne Local answers in PingOne's error shape and the portal with a
 * translated page.
 *
 * Without this option Fastify loads Ajv and fast-json-stringify with every instance whether or
 * not a route has a schema: about 0.5 MB of module source and 1.3 MB of live heap in the serving
 * process, idle (docs/benchmarks.md, P5). Here a route that does declare a schema fails to
 * register, with a message that says why, instead of being compiled by a validator nobody meant.
 */
import type { FastifyServerOptions } from 'fastify';

function refuse(): never {
  throw new Error(
    'route schemas are not compiled in this server: validate the input with zod instead (see src/http/no-route-schemas.ts)',
  );
}

export const NO_ROUTE_SCHEMAS: FastifyServerOptions['schemaController'] = {
  compilersFactory: {
    buildValidator: () => refuse,
    buildSerializer: () => refuse,
  },
};
