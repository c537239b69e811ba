/**
 * `request.log` for PingOne Local without a pino child per request: Fastify's default makes
 * `logger.child({ reqId })` for every request, logged or not (about 1 % of the event loop during
 * the portal's registrations, docs/benchmarks.md, P2). Here the child is made on the first line
 * written at an enabled level, so lines come out exactly as before, `reqId` included.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Bindings, ChildLoggerOptions, LevelWithSilent, Logger } from 'pino';

type Level = Exclude<LevelWithSilent, 'silent'>;

/** Fastify's `childLoggerFactory`: a {@link LazyChildLogger}, or a real child given options. */
export function lazyChildLoggerFactory(
  this: unknown,
  logger: FastifyBaseLogger,
  bindings: Bindings,
  opts: ChildLoggerOptions,
): FastifyBaseLogger {
  const pinoLogger = logger as Partial<Logger>;
  if (Object.keys(opts).length > 0 || typeof pinoLogger.isLevelEnabled !== 'function') {
    return logger.child(bindings, opts);
  }
  return new LazyChildLogger(logger as Logger, bindings) as unknown as FastifyBaseLogger;
}

/** Writes through `parent.child(bindings)`, made when first needed. */
export class LazyChildLogger {
  private made: Logger | undefined;
  constructor(
    private readonly parent: Logger,
    private readonly bindings: Bindings,
  ) {}

  get level(): string {
    return this.made?.level ?? this.parent.level;
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
    return (this.made ?? this.parent).isLevelEnabled(level);
  }

  child(bindings: Bindings, opts?: ChildLoggerOptions): Logger {
    return this.real().child(bindings, opts);
  }

  private real(): Logger {
    this.made ??= this.parent.child(this.bindings);
    return this.made;
  }

  private write(level: Level, args: unknown[]): void {
    if (!(this.made ?? this.parent).isLevelEnabled(level)) return;
    const log = this.real()[level] as (...a: unknown[]) => void;
    log.apply(this.made, args);
  }
}
