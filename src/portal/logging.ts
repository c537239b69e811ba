/**
 * Logging: the pino logger (JSON, or human-readable through pino-pretty on a developer's
 * terminal), its redaction paths, and {@link serializeError}, the one way an error reaches a log
 * line: class, code, message (secrets, identifiers and e-mail addresses redacted), HTTP status,
 * and for PingOne errors the operation and correlation id, with the cause chain.
 */
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';
import { pingOneOperationOf } from '../pingone/index.js';

/** Keys whose values are redacted at the top level of a log line and one level down. */
const SENSITIVE_KEYS = [
  'password',
  'currentPassword',
  'confirmPassword',
  'newPassword',
  'recoveryCode',
  'clientSecret',
  'client_secret',
  'access_token',
  'email',
  'username',
  'identifier',
  '_csrf',
];

/** Log redaction: secrets and personal data never reach the log, even by accident. */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  ...SENSITIVE_KEYS,
  ...SENSITIVE_KEYS.map((k) => `*.${k}`),
];

const MAX_MESSAGE = 400;
const MAX_DEPTH = 3;

const SINGLE_QUOTED = /(?<![A-Za-z])'[^'\n]{1,200}'/g;
const DOUBLE_QUOTED = /"[^"\n]{1,200}"/g;
const BACK_QUOTED = /`[^`\n]{1,200}`/g;
const QUOTE_RULES = new Set<RegExp>([SINGLE_QUOTED, DOUBLE_QUOTED, BACK_QUOTED]);

// Order matters: tokens and e-mails before the generic keyword and quote rules.
const RULES: [RegExp, string | ((...m: string[]) => string)][] = [
  // JWTs (access tokens, id tokens).
  [/\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g, '[token]'],
  // Authorization header values.
  [/\b(Bearer|Basic)\s+[\w\-.~+/]+=*/gi, (_m, scheme) => `${scheme} [token]`],
  // E-mail addresses.
  [/[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
  // key=value / key: value / "key":"value" for secret or personal keys.
  [
    /\b((?:current|new|confirm)?[Pp]assword|passwd|secret|client_?[Ss]ecret|token|access_token|refresh_token|recovery_?[Cc]ode|code|username|user_?name|login|identifier|e-?mail|authorization|cookie)("?\s*[:=]\s*"?)([^\s",;&'}]+)/gi,
    (_m, key, sep) => `${key}${sep}[redacted]`,
  ],
  // Quoted values: PingOne and validators quote the offending value ('bob', "x@y").
  [SINGLE_QUOTED, "'[redacted]'"],
  [DOUBLE_QUOTED, '"[redacted]"'],
  [BACK_QUOTED, '`[redacted]`'],
  // Source locations (an upstream stack trace echoed in a message).
  [
    /(?:[A-Za-z]:)?[\w./\\-]*[/\\][\w.-]+\.(?:[cm]?[jt]sx?|py|java|go|rb|php|cs)\b(?::\d+)*/g,
    '[file]',
  ],
  // UUIDs (PingOne environment, user and population ids).
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '[id]'],
  // Recovery-code shaped words (8 letters and digits, both present).
  [/\b(?=[A-Z0-9]{8}\b)(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8}\b/g, '[code]'],
  // Long opaque strings with a digit (secrets, keys, tokens that are not JWTs).
  [/\b(?=[A-Za-z0-9+/_-]*\d)[A-Za-z0-9+/_-]{32,}={0,2}/g, '[secret]'],
];

/**
 * Redacts what may be secret or personal in free text (an error message): tokens, e-mail
 * addresses, `key=value` pairs for password/secret/token/code/username/e-mail keys, quoted values,
 * ids, source-file locations, recovery-code-shaped words and long opaque strings; only the first
 * line is kept (the rest of a multi-line message is stack frames or an echoed body). `keep` lists
 * quoted strings to leave (e.g. a JSON path the message names). The result is cut to a few hundred
 * characters.
 */
export function redactText(text: string, keep: readonly string[] = []): string {
  // The first line only: further lines are stack frames or echoed bodies.
  const newline = text.indexOf('\n');
  let out = newline === -1 ? text : `${text.slice(0, newline).trimEnd()} […]`;
  for (const [pattern, replacement] of RULES) {
    out = out.replace(pattern, (...m: string[]) => {
      const whole = m[0]!;
      if (QUOTE_RULES.has(pattern) && keep.includes(whole.slice(1, -1))) return whole;
      return typeof replacement === 'string' ? replacement : replacement(...m);
    });
  }
  return out.length > MAX_MESSAGE ? `${out.slice(0, MAX_MESSAGE)}…` : out;
}

type Loose = Error & {
  code?: unknown;
  status?: unknown;
  statusCode?: unknown;
  apiCode?: unknown;
  details?: unknown;
  correlationId?: unknown;
  path?: unknown;
  detail?: unknown;
  error?: unknown;
  errors?: unknown;
  syscall?: unknown;
};

function serialize(err: unknown, depth: number): Record<string, unknown> {
  if (!(err instanceof Error)) {
    if (err === null || err === undefined) return { type: String(err) };
    return { type: typeof err };
  }
  const e = err as Loose;
  const path = typeof e.path === 'string' ? e.path : null;
  const out: Record<string, unknown> = { type: e.name || e.constructor?.name || 'Error' };
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  out.message = redactText(String(e.message ?? ''), path ? [path] : []);
  if (typeof e.status === 'number') out.status = e.status;
  else if (typeof e.statusCode === 'number') out.status = e.statusCode;
  if (typeof e.apiCode === 'string') out.apiCode = e.apiCode;
  if (Array.isArray(e.details) && e.details.length > 0) {
    // Codes and targets only: detail messages may echo submitted values.
    out.details = e.details.slice(0, 5).map((d: { code?: unknown; target?: unknown }) => ({
      ...(typeof d?.code === 'string' ? { code: d.code } : {}),
      ...(typeof d?.target === 'string' ? { target: d.target } : {}),
    }));
  }
  if (typeof e.error === 'string') out.error = redactText(e.error);
  const operation = pingOneOperationOf(err);
  if (operation) out.operation = operation;
  if (typeof e.correlationId === 'string') out.correlationId = e.correlationId;
  if (path) out.path = path;
  if (typeof e.syscall === 'string') out.syscall = e.syscall;
  if (depth < MAX_DEPTH) {
    if (Array.isArray(e.errors) && e.errors.length > 0) {
      out.errors = e.errors.slice(0, 3).map((x) => serialize(x, depth + 1));
    }
    if (e.cause !== undefined) out.cause = serialize(e.cause, depth + 1);
  }
  return out;
}

/**
 * The log form of an error: `type` (class), `code`, redacted `message`, `status`; PingOne's
 * `apiCode`, `details` (codes and targets), `operation` and `correlationId`; a response error's
 * JSON `path`; and the same for its `cause` chain (three levels). Never bodies, headers, URLs with
 * ids, or a stack. An object that is already a serialized error passes through unchanged.
 */
export function serializeError(err: unknown): Record<string, unknown> {
  if (
    !(err instanceof Error) &&
    typeof err === 'object' &&
    err !== null &&
    typeof (err as { type?: unknown }).type === 'string'
  ) {
    return err as Record<string, unknown>;
  }
  return serialize(err, 0);
}

/** Query parameters whose values are secrets: the sign-in callback's code and state. */
const SECRET_QUERY = /([?&](?:code|state|session_state|id_token_hint)=)[^&#]*/gi;

/** A URL for the log: the secret query parameters' values replaced. */
export function loggableUrl(url: string): string {
  return url.replace(SECRET_QUERY, '$1[redacted]');
}

/**
 * The request as Fastify logs it ("incoming request"), with the secret query values of the
 * sign-in callback (`?code=…&state=…`) redacted.
 */
function serializeRequest(req: {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}): Record<string, unknown> {
  return {
    method: req.method,
    url: loggableUrl(req.url ?? ''),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

/** Whether logs should be pretty-printed: on a terminal, outside production. */
export function wantsPrettyLogs(isTty: boolean | undefined, nodeEnv: string | undefined): boolean {
  return isTty === true && nodeEnv !== 'production';
}

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  /** Pretty-print through pino-pretty (loaded only then) instead of JSON lines. */
  pretty?: boolean;
}

/**
 * Creates the pino logger with the portal's redaction rules and error serializer, writing to
 * `destination` (stdout by default): JSON lines, or pino-pretty's human-readable lines when
 * `options.pretty` is set.
 */
export function createLogger(
  level: string,
  destination?: DestinationStream,
  options: LoggerOptions = {},
): Logger {
  const settings = {
    name: 'latchkey',
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: serializeError, req: serializeRequest },
  };
  if (options.pretty) {
    // Loaded lazily: production and tests never need it.
    const pretty = createRequire(import.meta.url)('pino-pretty') as (
      o: Record<string, unknown>,
    ) => DestinationStream;
    return pino(
      settings,
      pretty({
        colorize: destination === undefined,
        translateTime: 'SYS:HH:MM:ss.l',
        ignore: 'pid,hostname',
        singleLine: false,
        ...(destination ? { destination } : { sync: true }),
      }),
    );
  }
  return pino(settings, destination);
}
