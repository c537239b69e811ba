/**
 * Page rendering helpers used by the flows and the error handler.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { translator } from './i18n/index.js';
import { takeFlash } from './plugins/session.js';
import { routeOf } from './route.js';
import type { SafeHtml } from './views/html.js';
import type { PageContext } from './views/layout.js';

/** The page context of a request (consumes its flash messages). */
export function pageContext(request: FastifyRequest): PageContext {
  const { config, assets } = request.server.portal;
  const url = routeOf(request).url;
  const path = url && !url.includes(':') ? url : '/';
  return {
    t: request.t ?? translator(config.defaultLocale),
    locale: request.locale ?? config.defaultLocale,
    locales: config.supportedLocales,
    portalName: config.portalName,
    logoUrl: config.logoUrl,
    path,
    flash: request.session ? takeFlash(request) : [],
    csrf: request.session?.csrf ?? '',
    confirmPassword: config.confirmPassword,
    assets: { css: assets.css.path, js: assets.js.path, strength: assets.strength.path },
    continueTo: request.session?.returnTo ?? null,
  };
}

/**
 * Sends a rendered page as `text/html; charset=utf-8`, in the request's language. The page is
 * encoded to UTF-8 once, here: a string payload would be measured (`Content-Length`) and encoded
 * again by the socket.
 */
export function sendPage(reply: FastifyReply, page: SafeHtml, status = 200): FastifyReply {
  return sendHtml(reply, Buffer.from(page.value, 'utf8'), status);
}

function sendHtml(reply: FastifyReply, body: Buffer, status: number): FastifyReply {
  const locale = reply.request.locale;
  if (locale) reply.header('content-language', locale);
  return reply.code(status).header('content-type', 'text/html; charset=utf-8').send(body);
}

/**
 * A page pre-rendered as bytes: the static parts around each occurrence of the CSRF token,
 * which is the only per-request value of a pristine form page (no flash message, no form state).
 */
interface PrerenderedPage {
  parts: Buffer[];
  length: number;
}

// Never a valid token (tokens are base64url) and never changed by escaping.
const CSRF_SLOT = '\u0000csrf\u0000';

// Pre-rendered pages by portal (its asset paths, name and settings are in the page: several
// portals may share a process, as in the tests), then by what they were rendered from (a policy
// panel, or a page's own key object, so they are dropped with it), then by locale and page name.
const prerendered = new WeakMap<object, WeakMap<object, Map<string, PrerenderedPage | null>>>();

function pagesOf(reply: FastifyReply, anchor: object): Map<string, PrerenderedPage | null> {
  const server = reply.server as { portal?: object };
  const scope = server.portal ?? reply.server;
  let byAnchor = prerendered.get(scope);
  if (!byAnchor) {
    byAnchor = new WeakMap();
    prerendered.set(scope, byAnchor);
  }
  let byKey = byAnchor.get(anchor);
  if (!byKey) {
    byKey = new Map();
    byAnchor.set(anchor, byKey);
  }
  return byKey;
}

/**
 * Sends a pristine form page from its pre-rendered bytes, splicing in the session's CSRF token.
 * `render` must depend on nothing but `ctx` and `anchor` (the same key gets the same page): a
 * page with flash messages is rendered afresh. The first request of each locale renders it
 * with a placeholder token and keeps the parts; a page that does not show the token exactly
 * as given is never cached.
 */
export function sendPrerendered(
  reply: FastifyReply,
  ctx: PageContext,
  anchor: object,
  name: string,
  render: (ctx: PageContext) => SafeHtml,
): FastifyReply {
  if (ctx.flash.length > 0) return sendPage(reply, render(ctx));
  const byKey = pagesOf(reply, anchor);
  const key = `${ctx.locale}\u0000${name}`;
  let page = byKey.get(key);
  if (page === undefined) {
    page = prerender(render({ ...ctx, csrf: CSRF_SLOT }).value);
    byKey.set(key, page);
  }
  if (page === null) return sendPage(reply, render(ctx));
  return sendHtml(reply, splice(page, ctx.csrf), 200);
}

function prerender(text: string): PrerenderedPage | null {
  const pieces = text.split(CSRF_SLOT);
  if (pieces.length < 2) return null;
  const parts = pieces.map((p) => Buffer.from(p, 'utf8'));
  return { parts, length: parts.reduce((n, p) => n + p.length, 0) };
}

function splice(page: PrerenderedPage, token: string): Buffer {
  // Tokens are base64url (checked by the session schema): one byte per character, and nothing
  // in them needs escaping in an attribute value.
  if (!/^[A-Za-z0-9_-]*$/.test(token)) throw new TypeError('CSRF token is not base64url');
  const { parts } = page;
  const out = Buffer.allocUnsafe(page.length + (parts.length - 1) * token.length);
  let at = parts[0]!.copy(out, 0);
  for (let i = 1; i < parts.length; i++) {
    at += out.write(token, at, 'latin1');
    at += parts[i]!.copy(out, at);
  }
  return out;
}
