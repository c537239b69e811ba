/**
 * Neither server compiles JSON schemas (src/http/no-route-schemas.ts): a route that declares one
 * is refused when the server starts, with a message that says why, and the routes without one
 * (all of them) answer as before, JSON included.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { NO_ROUTE_SCHEMAS } from '../../src/http/no-route-schemas.js';
import { buildPingOneLocal } from '../../src/local/index.js';
import { createPingOneClient } from '../../src/pingone/index.js';
import { buildPortal } from '../../src/portal/app.js';
import { loadConfig } from '../../src/portal/config.js';
import { createLogger } from '../../src/portal/server.js';
import { SESSION_SECRET } from '../portal/harness.js';
import { localClientOptions, startLocal, TEST_PORTAL_ENV } from '../support/stack.js';

const REFUSED = /route schemas are not compiled in this server: validate the input with zod/;

/** Adds a route with a querystring schema, then starts `app`: the start must fail. */
async function expectSchemaRefused(app: FastifyInstance): Promise<void> {
  app.get(
    '/with-schema',
    { schema: { querystring: { type: 'object', properties: { q: { type: 'string' } } } } },
    async () => 'never',
  );
  await expect(app.ready()).rejects.toThrow(REFUSED);
}

describe('NO_ROUTE_SCHEMAS', () => {
  it('refuses a validation schema and a response schema, and serves routes without one', async () => {
    await expectSchemaRefused(Fastify({ schemaController: NO_ROUTE_SCHEMAS }));

    const withResponse = Fastify({ schemaController: NO_ROUTE_SCHEMAS });
    withResponse.get(
      '/typed',
      { schema: { response: { 200: { type: 'object' } } } },
      async () => ({}),
    );
    await expect(withResponse.ready()).rejects.toThrow(REFUSED);

    const plain = Fastify({ schemaController: NO_ROUTE_SCHEMAS });
    plain.get('/json', async () => ({ ok: true, list: [1, 'two'] }));
    const res = await plain.inject({ method: 'GET', url: '/json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.json()).toEqual({ ok: true, list: [1, 'two'] });
    // Fastify's own error answers do not go through the compilers either.
    const missing = await plain.inject({ method: 'GET', url: '/nowhere' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
    await plain.close();
  });

  it('is PingOne Local’s setting', async () => {
    await expectSchemaRefused(await buildPingOneLocal({ dbPath: ':memory:' }));
  });

  it('is the portal’s setting', async () => {
    const fixture = await startLocal();
    try {
      const config = loadConfig({ ...TEST_PORTAL_ENV, SESSION_SECRET });
      const client = createPingOneClient(localClientOptions(fixture.local));
      const logger = createLogger('silent', { write() {} });
      await expectSchemaRefused(
        await buildPortal({ config, client, logger, sessionSecret: SESSION_SECRET }),
      );
    } finally {
      await fixture.close();
    }
  });
});
