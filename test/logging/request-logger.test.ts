import { PassThrough } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { RequestLogger, requestLoggerFactory } from '../../src/logging/request-logger.js';
import { createLogger } from '../../src/portal/logging.js';

function capture(level = 'info') {
  const stream = new PassThrough();
  const lines: Record<string, unknown>[] = [];
  stream.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line));
  });
  return { logger: createLogger(level, stream), lines };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('the request logger (a child only for a request that writes a line)', () => {
  it('writes each of pino’s call shapes with the request id', async () => {
    const { logger, lines } = capture('debug');
    const log = new RequestLogger(logger, { reqId: 'r-1' });
    log.info({ event: 'page', status: 200 }, 'served');
    log.warn('plain %s', 'text');
    log.error(new TypeError('broken'));
    log.debug({ event: 'detail' });
    await flush();
    expect(lines.map(({ level, reqId, msg, event }) => ({ level, reqId, msg, event }))).toEqual([
      { level: 30, reqId: 'r-1', msg: 'served', event: 'page' },
      { level: 40, reqId: 'r-1', msg: 'plain text', event: undefined },
      { level: 50, reqId: 'r-1', msg: 'broken', event: undefined },
      { level: 20, reqId: 'r-1', msg: undefined, event: 'detail' },
    ]);
    // The error goes through the portal's serializer, as a child logger's would.
    expect(lines[2]!.err).toMatchObject({ type: 'TypeError', message: 'broken' });
  });

  it('writes nothing below the level, and redacts as the parent does', async () => {
    const { logger, lines } = capture('warn');
    const log = new RequestLogger(logger, { reqId: 'r-2' });
    log.info({ event: 'hidden' }, 'not written');
    log.warn({ event: 'shown', password: 'Secret-123!' }, 'written');
    await flush();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ reqId: 'r-2', event: 'shown', password: '[redacted]' });
    expect(log.level).toBe('warn');
  });

  it('gives children the request id too', async () => {
    const { logger, lines } = capture();
    new RequestLogger(logger, { reqId: 'r-3' }).child({ part: 'x' }).info('from a child');
    await flush();
    expect(lines[0]).toMatchObject({ reqId: 'r-3', part: 'x', msg: 'from a child' });
  });

  it('is what Fastify hands a route as request.log, with Fastify’s own request lines', async () => {
    const { logger, lines } = capture();
    const app = Fastify({ loggerInstance: logger, childLoggerFactory: requestLoggerFactory });
    app.get('/', async (request) => {
      expect(request.log).toBeInstanceOf(RequestLogger);
      request.log.info({ event: 'handled' }, 'in the route');
      return 'ok';
    });
    const res = await app.inject({ method: 'GET', url: '/' });
    await app.close();
    await flush();
    expect(res.statusCode).toBe(200);
    const ids = new Set(lines.map((l) => l.reqId));
    expect(lines.map((l) => l.msg)).toEqual([
      'incoming request',
      'in the route',
      'request completed',
    ]);
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(String));
  });
});
