/**
 * The request's logger (`request.log`) without a pino child per request, for the portal and for
 * PingOne Local.
 *
 * Fastify's default makes `logger.child({ reqId })` for every request, logged or not: under load
 * that was 3.4 % of the portal's CPU on `GET /register` and 1.1 % of the event loop during
 * registrations (docs/benchmarks.md, P1 and P2). Here `request.log` is a small object that costs
 * nothing at levels that are off, and makes that child only when the request writes its first
 * line: a child serialises the bindings once, where adding `reqId` to every line's object made
 * pino serialise it per line (4.7 % of PingOne Local's CPU at `info` under P4's load, against
 * 0.9 % with Fastify's child; docs/benchmarks.md, P4). Lines come out as a child's.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Bindings, ChildLoggerOptions, LevelWithSilent, Logger } from 'pino';

type Level = Exclude<LevelWithSilent, 'silent'>;

/** A Fastify `childLoggerFactory` that returns a {@link RequestLogger} (or a real child when a route sets its own level or serializers). */
export function requestLoggerFactory(
  this: unknown,
  logger: FastifyBaseLogger,
  bindings: Bindings,
  opts: ChildLoggerOptions,
): FastifyBaseLogger {
  const pinoLogger = logger as Partial<Logger>;
  if (Object.keys(opts).length > 0 || typeof pinoLogger.isLevelEnabled !== 'function') {
    return logger.child(bindings, opts);
  }
  return new RequestLogger(logger as Logger, bindings) as unknown as FastifyBaseLogger;
}

/** Logs through a child of `parent` with `bindings` (the request id), made at the first line. */
export class RequestLogger {
  private lines: Logger | null = null;

  constructor(
    private readonly parent: Logger,
    private readonly bindings: Bindings,
  ) {}

  get level(): string {
    return this.parent.level;
  }

  fatal(...args: unknown[]): void {
    this.write('fatal', args);
  }
  error(...args: unknown[]): void {
    this.write('error', args);
  }
  warn(...args: unknown[]): void {
    this.write('warn', args);
  }
  info(...args: unknown[]): void {
    this.write('info', args);
  }
  debug(...args: unknown[]): void {
    this.write('debug', args);
  }
  trace(...args: unknown[]): void {
    this.write('trace', args);
  }
  silent(): void {}

  isLevelEnabled(level: string): boolean {
    return this.parent.isLevelEnabled(level);
  }

  child(bindings: Bindings, opts?: ChildLoggerOptions): Logger {
    return this.parent.child({ ...this.bindings, ...bindings }, opts);
  }

  private write(level: Level, args: unknown[]): void {
    if (!this.parent.isLevelEnabled(level)) return;
    this.lines ??= this.parent.child(this.bindings);
    (this.lines[level] as (...a: unknown[]) => void).apply(this.lines, args);
  }
}
