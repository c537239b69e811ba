/**
 * PingOne Local's developer API under `/_local/` (mailbox, clock, faults, reset). `_local` can
 * never collide with an environment id (those are UUIDs). Documented in
 * `docs/pingone-local-dev-api.md`.
 */
import type { FastifyError, FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import type { Mailbox, MailMessage } from '../mail/index.js';
import {
  errorBody,
  INVALID_DATA_MESSAGE,
  type ValidationIssue,
  validationIssues,
} from './errors.js';
import { type FaultInjector, FaultRuleError } from './faults.js';
import { DEV_STYLE, escapeHtml, MAIL_SCRIPT, mailPage } from './mail-page.js';

export { escapeHtml } from './mail-page.js';

/** What the index page shows about the emulated environment (never the client secret). */
export interface DevApiInfo {
  environmentId: string;
  clientId: string;
  apiBaseUrl: string;
  authBaseUrl: string;
}

/** Options of {@link devApiPlugin}. */
export interface DevApiOptions {
  mailbox: Mailbox;
  clock: Clock;
  faults: FaultInjector;
  /** Resets PingOne Local's data (users, passwords, tokens...). The plugin itself clears the
   * mailbox, the fault rules and the clock offset. */
  reset(): Promise<void>;
  info(): DevApiInfo;
}

const clockBody = z
  .object({
    advanceSeconds: z
      .number()
      .finite()
      .min(0)
      .max(100 * 365 * 86_400),
  })
  .strict();

const mailQuery = z
  .object({
    to: z.string().min(1).max(320).optional(),
    limit: z
      .string()
      .regex(/^\d{1,4}$/, 'must be an integer')
      .transform(Number)
      .pipe(z.number().int().min(1).max(1000))
      .optional(),
  })
  .strict();

const faultParams = z.object({ id: z.string().uuid() });

class InvalidData extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super('invalid data');
  }
}

function parse<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidData(validationIssues(result.error));
  return result.data;
}

function clockState(clock: Clock) {
  return { now: new Date(clock.now()).toISOString(), offsetSeconds: clock.offsetMs() / 1000 };
}

function mailJson(m: MailMessage) {
  return { id: m.id, to: m.to, subject: m.subject, text: m.text, html: m.html, sentAt: m.sentAt };
}

const CSP = [
  "default-src 'none'",
  // The mailbox's own script (copy buttons, reload on new mail) and its poll of /_local/mail.
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "frame-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function page(reply: FastifyReply, title: string, body: string): FastifyReply {
  return reply
    .type('text/html; charset=utf-8')
    .header('Content-Security-Policy', CSP)
    .header('X-Frame-Options', 'DENY')
    .header('Referrer-Policy', 'no-referrer')
    .send(
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
        `<meta name="viewport" content="width=device-width,initial-scale=1"><style>${DEV_STYLE}</style></head>` +
        `<body><main>${body}</main></body></html>\n`,
    );
}

const ROUTES: Array<[string, string]> = [
  ['GET /_local/', 'this page'],
  ['GET /_local/mail', 'sent mail as JSON, newest first (?to=, ?limit=)'],
  ['DELETE /_local/mail', 'empty the mailbox'],
  ['GET /_local/mail.html', 'the mailbox as a page'],
  ['POST /_local/reset', 'reset data, mailbox, faults and clock'],
  ['GET /_local/clock', 'current time and offset'],
  ['POST /_local/clock', 'advance the clock: {"advanceSeconds": n}'],
  ['DELETE /_local/clock', 'back to real time'],
  ['POST /_local/faults', 'add a fault rule'],
  ['GET /_local/faults', 'list fault rules'],
  ['DELETE /_local/faults', 'remove every fault rule'],
  ['DELETE /_local/faults/{id}', 'remove one fault rule'],
];

function indexPage(info: DevApiInfo, mailCount: number): string {
  const e = escapeHtml;
  const rows = ROUTES.map(
    ([route, what]) => `<tr><td><code>${e(route)}</code></td><td>${e(what)}</td></tr>`,
  );
  return `<h1>PingOne Local</h1>
<h2>Environment</h2>
<dl>
<dt>Environment ID</dt><dd><code>${e(info.environmentId)}</code></dd>
<dt>Worker client ID</dt><dd><code>${e(info.clientId)}</code></dd>
<dt>API base URL</dt><dd><code>${e(info.apiBaseUrl)}</code></dd>
<dt>Auth base URL</dt><dd><code>${e(info.authBaseUrl)}</code></dd>
</dl>
<p>The client secret is not shown here: it is in PingOne Local's configuration.</p>
<h2>Mailbox</h2>
<p><a href="/_local/mail.html">${mailCount} message${mailCount === 1 ? '' : 's'}</a> (<a href="/_local/mail">JSON</a>)</p>
<h2>Developer API</h2>
<table><thead><tr><th>Route</th><th>Does</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
<p>Described in <code>docs/pingone-local-dev-api.md</code>.</p>`;
}

function checkOptions(opts: DevApiOptions): void {
  const o = opts as Partial<DevApiOptions> | undefined;
  const missing = (['mailbox', 'clock', 'faults', 'reset', 'info'] as const).filter(
    (k) => !o || o[k] === undefined || o[k] === null,
  );
  if (missing.length > 0) {
    throw new TypeError(`devApiPlugin: missing option(s) ${missing.join(', ')}`);
  }
  if (typeof opts.reset !== 'function' || typeof opts.info !== 'function') {
    throw new TypeError('devApiPlugin: options "reset" and "info" must be functions');
  }
}

function routes(app: FastifyInstance, opts: DevApiOptions): void {
  const { mailbox, clock, faults } = opts;

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Cache-Control', 'no-store');
    reply.header('X-Content-Type-Options', 'nosniff');
    return payload;
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof InvalidData || error instanceof FaultRuleError) {
      return reply
        .code(400)
        .send(errorBody(reply, 'INVALID_DATA', INVALID_DATA_MESSAGE, error.issues));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      request.log.info({ code: error.code, status }, 'dev API: bad request');
      const message =
        status === 415
          ? 'The request could not be completed. The media type is not supported.'
          : 'The request could not be completed. The request is malformed.';
      return reply.code(status).send(errorBody(reply, 'INVALID_REQUEST', message));
    }
    request.log.error({ err: error }, 'dev API: unexpected error');
    return reply
      .code(500)
      .send(errorBody(reply, 'UNEXPECTED_ERROR', 'An unexpected error occurred.'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .send(
        errorBody(
          reply,
          'NOT_FOUND',
          `No developer API route ${request.method} ${request.url.split('?', 1)[0]}`,
        ),
      );
  });

  app.get('/', async (_request, reply) =>
    page(reply, 'PingOne Local', indexPage(opts.info(), mailbox.list().length)),
  );

  app.get('/mail', async (request) => {
    const query = parse(mailQuery, request.query);
    return mailbox.list({ to: query.to, limit: query.limit }).map(mailJson);
  });

  app.get('/mail.html', async (request, reply) => {
    const query = parse(mailQuery, request.query);
    const to = query.to;
    return page(
      reply,
      'PingOne Local mailbox',
      mailPage(mailbox.list({ to, limit: query.limit }), to),
    );
  });

  app.get('/mail.js', async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(MAIL_SCRIPT),
  );

  app.delete('/mail', async (_request, reply) => {
    mailbox.clear();
    return reply.code(204).send();
  });

  app.post('/reset', async (_request, reply) => {
    await opts.reset();
    mailbox.clear();
    faults.clear();
    clock.reset();
    return reply.code(204).send();
  });

  app.get('/clock', async () => clockState(clock));

  app.post('/clock', async (request) => {
    const body = parse(clockBody, request.body);
    clock.advance(body.advanceSeconds);
    return clockState(clock);
  });

  app.delete('/clock', async () => {
    clock.reset();
    return clockState(clock);
  });

  app.get('/faults', async () => faults.list());

  app.post('/faults', async (request, reply) => reply.code(201).send(faults.add(request.body)));

  app.delete('/faults', async (_request, reply) => {
    faults.clear();
    return reply.code(204).send();
  });

  app.delete('/faults/:id', async (request, reply) => {
    const { id } = parse(faultParams, request.params);
    if (!faults.remove(id)) {
      return reply
        .code(404)
        .send(errorBody(reply, 'NOT_FOUND', `Unable to find fault rule with ID: '${id}'`));
    }
    return reply.code(204).send();
  });
}

/**
 * Encapsulated Fastify plugin serving the developer API under `/_local/`. Register it on the root
 * instance without a prefix: `app.register(devApiPlugin, { mailbox, clock, faults, reset, info })`.
 * Errors use PingOne's envelope (400 `INVALID_DATA` with `details[].target` for bad input).
 */
export const devApiPlugin: FastifyPluginAsync<DevApiOptions> = async (app, opts) => {
  checkOptions(opts);
  await app.register(async (local) => routes(local, opts), { prefix: '/_local' });
};
