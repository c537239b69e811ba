/**
 * Page rendering helpers used by the flows and the error handler.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { translator } from './i18n/index.js';
import { takeFlash } from './plugins/session.js';
import type { SafeHtml } from './views/html.js';
import type { PageContext } from './views/layout.js';

/** The page context of a request (consumes its flash messages). */
export function pageContext(request: FastifyRequest): PageContext {
  const { config, assets } = request.server.portal;
  const path =
    request.routeOptions.url && !request.routeOptions.url.includes(':')
      ? request.routeOptions.url
      : '/';
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

/** Sends a rendered page as `text/html; charset=utf-8`, in the request's language. */
export function sendPage(reply: FastifyReply, page: SafeHtml, status = 200): FastifyReply {
  const locale = reply.request.locale;
  if (locale) reply.header('content-language', locale);
  return reply.code(status).type('text/html; charset=utf-8').send(page.value);
}
