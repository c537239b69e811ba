/**
 * HTTP plumbing shared by every PingOne Local endpoint: correlation headers, raw body capture,
 * JSON decoding, the PingOne error envelope, 404/405 handling.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  RouteHandlerMethod,
} from 'fastify';
import {
  errorBody,
  invalidRequest,
  LocalError,
  methodNotAllowed,
  unsupportedMediaType,
} from './errors.js';
import { MAX_HEADER_BYTES, MESSAGES, RESPONSE_HEADERS } from './pingone-behaviour.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** UUID sent back as `Correlation-Id` and used as the error `id`. */
    correlationId: string;
  }
}

/** An OAuth error of the token endpoint, rendered as `{ error, error_description }`. */
export class OAuthError extends Error {
  readonly status: number;
  readonly error: string;
  readonly headers: Record<string, string>;
  constructor(status: number, error: string, description: string, headers = {}) {
    super(description);
    this.name = 'OAuthError';
    this.status = status;
    this.error = error;
    this.headers = headers;
  }
}

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
type Method = (typeof ALL_METHODS)[number];

/**
 * Sanitises `X-Ping-External-*` values as PingOne does (docs/pingone-behaviour.md §8.2): at most 100 characters,
 * anything outside letters, marks, digits and `._-/@=#+` replaced with `_`.
 */
export function sanitizeExternalId(value: string): string {
  return Array.from(value)
    .slice(0, 100)
    .join('')
    .replace(/[^\p{L}\p{M}\p{N}._\-/@=#+]/gu, '_');
}

/**
 * Node hands header bytes over as latin1 text and accepts only latin1 text back. External IDs
 * may hold any Unicode letter, so read the bytes as UTF-8 and answer with UTF-8 bytes.
 */
function echoExternalId(raw: string): string {
  const sanitized = sanitizeExternalId(Buffer.from(raw, 'latin1').toString('utf8'));
  return Buffer.from(sanitized, 'utf8').toString('latin1');
}

const EXTERNAL_HEADERS = ['x-ping-external-transaction-id', 'x-ping-external-session-id'] as const;
/** Requests whose echoed external IDs hold non-ASCII bytes (see the `onSend` hook). */
const nonAsciiHeaders = new WeakSet<FastifyRequest>();

/** Installs correlation headers, the raw-body parser, the error and not-found handlers. */
export function installHttpBasics(app: FastifyInstance): void {
  app.decorateRequest('correlationId', '');
  // Callback-style hooks: an async hook costs a promise per request and hook.
  app.addHook('onRequest', (request, reply, done) => {
    request.correlationId = randomUUID();
    reply.header('Correlation-Id', request.correlationId);
    for (const name of EXTERNAL_HEADERS) {
      const raw = request.headers[name];
      const value = typeof raw === 'string' && raw !== '' ? echoExternalId(raw) : randomUUID();
      reply.header(name, value);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for non-ASCII.
      if (/[^\x00-\x7f]/.test(value)) nonAsciiHeaders.add(request);
    }
    reply.headers(RESPONSE_HEADERS);
    done();
  });

  // Node writes the headers together with a string body in the body's encoding (UTF-8), which
  // would encode the UTF-8 bytes of an echoed external ID a second time; a Buffer body keeps
  // the headers as the bytes given.
  app.addHook('onSend', (request, _reply, payload, done) => {
    if (typeof payload === 'string' && nonAsciiHeaders.delete(request)) {
      return done(null, Buffer.from(payload, 'utf8'));
    }
    done(null, payload);
  });

  // One line per request, without the query string (filters carry usernames and e-mails).
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        correlationId: request.correlationId,
      },
      'request completed',
    );
    done();
  });

  // Bodies are kept raw; each endpoint decides which media types it accepts (415 otherwise).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body);
  });

  app.setNotFoundHandler((request, reply) => {
    sendError(request, reply, new LocalError(404, 'NOT_FOUND', MESSAGES.routeNotFound));
  });

  app.setErrorHandler((error: FastifyError | LocalError | OAuthError, request, reply) => {
    if (error instanceof OAuthError) {
      reply.status(error.status).headers(error.headers);
      return reply.send({ error: error.error, error_description: error.message });
    }
    if (error instanceof LocalError) {
      request.log.info({ code: error.code, status: error.status }, 'request refused');
      return sendError(request, reply, error);
    }
    const mapped = mapFrameworkError(error);
    if (mapped) {
      request.log.info(
        { code: mapped.code, status: mapped.status, cause: error.code },
        'bad request',
      );
      return sendError(request, reply, mapped);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(request, reply, new LocalError(500, 'UNEXPECTED_ERROR', MESSAGES.unexpected));
  });
}

/**
 * Fastify's `frameworkErrors`: a path with broken percent-encoding, or a path parameter longer
 * than `maxParamLength`, is refused by the router before any hook runs. It gets the same
 * envelope and headers as every other answer: 400 `INVALID_REQUEST`, or 404 `NOT_FOUND` for an
 * over-long ID (no resource has one).
 */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  request.correlationId = randomUUID();
  reply.header('Correlation-Id', request.correlationId).headers(RESPONSE_HEADERS);
  request.log.info({ cause: error.code }, 'bad request');
  sendError(
    request,
    reply,
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new LocalError(404, 'NOT_FOUND', MESSAGES.routeNotFound)
      : invalidRequest(),
  );
}

/** Node's HTTP server options: room for any filter PingOne Local accepts, percent-encoded. */
export const HTTP_SERVER_OPTIONS = { maxHeaderSize: MAX_HEADER_BYTES };

/**
 * Fastify's `clientErrorHandler`: a request Node cannot parse (headers beyond
 * {@link MAX_HEADER_BYTES}, malformed HTTP) is answered with PingOne's envelope and a
 * `Correlation-Id` too, instead of Fastify's own body; then the connection is closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400;
  const id = randomUUID();
  const body = JSON.stringify(errorBody(id, invalidRequest()));
  if (socket.writable) {
    const headers = Object.entries(RESPONSE_HEADERS)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCorrelation-Id: ${id}\r\n${headers}` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

function mapFrameworkError(error: FastifyError): LocalError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new LocalError(413, 'INVALID_REQUEST', MESSAGES.bodyTooLarge);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return unsupportedMediaType();
    default:
      if (
        typeof error.statusCode === 'number' &&
        error.statusCode >= 400 &&
        error.statusCode < 500
      ) {
        return invalidRequest();
      }
      return null;
  }
}

/** Sends `error` as PingOne's error envelope. */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  error: LocalError,
): FastifyReply {
  reply.status(error.status).headers(error.headers);
  return reply.send(errorBody(request.correlationId, error));
}

/**
 * Registers the handlers of one resource path and answers every other method with 405.
 * @param handlers method → handler (HEAD is answered by GET automatically).
 */
export function resource(
  app: FastifyInstance,
  url: string,
  handlers: Partial<Record<Exclude<Method, 'HEAD'>, RouteHandlerMethod>>,
): void {
  const allowed = Object.keys(handlers) as Method[];
  for (const method of allowed) {
    app.route({ method, url, handler: handlers[method as Exclude<Method, 'HEAD'>]! });
  }
  const others = ALL_METHODS.filter(
    (m) => !allowed.includes(m) && !(m === 'HEAD' && allowed.includes('GET')),
  );
  if (others.length > 0) {
    app.route({
      method: others,
      url,
      handler: async () => {
        throw methodNotAllowed(allowed);
      },
    });
  }
}

/** The media type of the request, lower-cased, without parameters; '' when absent. */
export function mediaType(request: FastifyRequest): string {
  const raw = request.headers['content-type'];
  if (typeof raw !== 'string') return '';
  return raw.split(';')[0]!.trim().toLowerCase();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The raw body as UTF-8 text ('' when there is none). @throws 400 INVALID_REQUEST if not UTF-8. */
export function bodyText(request: FastifyRequest): string {
  const body = request.body;
  if (body === undefined || body === null) return '';
  if (!Buffer.isBuffer(body)) return '';
  try {
    return utf8.decode(body);
  } catch {
    throw invalidRequest();
  }
}

/**
 * The JSON body: `undefined` when empty, else the parsed value.
 * @throws 400 INVALID_REQUEST when it is not JSON.
 */
export function jsonBody(request: FastifyRequest): unknown {
  const text = bodyText(request);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidRequest();
  }
}

/** Accepts only the listed media types (case-insensitive). @throws 415 otherwise. */
export function requireMediaType(request: FastifyRequest, accepted: readonly string[]): string {
  const type = mediaType(request);
  if (!accepted.includes(type)) throw unsupportedMediaType();
  return type;
}
