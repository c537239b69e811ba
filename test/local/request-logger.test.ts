/**
 * PingOne Local's request logger (src/logging/request-logger.ts, shared with the portal): no pino
 * child for a request that writes nothing, one for a request that writes, and the lines carry
 * the request id as a child's do.
 */
import { PassThrough } from 'node:stream';
import Fastify, { LogController } from 'fastify';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { RequestLogger, requestLoggerFactory } from '../../src/logging/request-logger.js';

function capture(level: string) {
  const stream = new PassThrough();
  const lines: Record<string, unknown>[] = [];
  stream.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line));
  });
  const logger = pino({ level }, stream);
  let children = 0;
  const child = logger.child.bind(logger);
  logger.child = ((...args: Parameters<typeof child>) => {
    children++;
    return child(...args);
  }) as typeof logger.child;
  return { logger, lines, children: () => children };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('PingOne Local request logger', () => {
  it('makes no child for lines below the level, and one for all the lines it writes', async () => {
    const { logger, lines, children } = capture('warn');
    const log = new RequestLogger(logger, { reqId: 'r-1' });
    log.info({ event: 'hidden' }, 'not written');
    log.debug('nor this');
    expect(children()).toBe(0);
    expect(log.level).toBe('warn');
    log.warn({ code: 'X' }, 'written');
    log.error(new TypeError('broken'));
    await flush();
    expect(children()).toBe(1);
    expect(lines.map(({ level, reqId, msg, code }) => ({ level, reqId, msg, code }))).toEqual([
      { level: 40, reqId: 'r-1', msg: 'written', code: 'X' },
      { level: 50, reqId: 'r-1', msg: 'broken', code: undefined },
    ]);
    expect(lines[1]!.err).toMatchObject({ type: 'TypeError', message: 'broken' });
  });

  it("is Fastify's request.log: the route's lines carry the request id", async () => {
    const { logger, lines, children } = capture('info');
    // As PingOne Local builds its app: no request lines of Fastify's own.
    const app = Fastify({
      loggerInstance: logger,
      childLoggerFactory: requestLoggerFactory,
      logController: new LogController({ disableRequestLogging: true }),
    });
    let reqId = '';
    app.get('/quiet', async (request) => {
      expect(request.log).toBeInstanceOf(RequestLogger);
      request.log.debug('below the level');
      return {};
    });
    app.get('/said', async (request) => {
      reqId = request.id;
      request.log.info({ event: 'handled' }, 'in the route');
      return {};
    });
    try {
      const before = children();
      await app.inject('/quiet');
      expect(children()).toBe(before);
      await app.inject('/said');
      expect(children()).toBe(before + 1);
      await flush();
      expect(lines.find((l) => l.event === 'handled')).toMatchObject({
        reqId,
        msg: 'in the route',
      });
    } finally {
      await app.close();
    }
  });
});
