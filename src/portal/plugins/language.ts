/**
 * The language of each request (`request.locale`, `request.t`), by the rules of
 * i18n/negotiate.ts: `?lang=` (remembered in a cookie), then the signed-in user's PingOne
 * `preferredLanguage` and `locale` (kept in the session when known), then `Accept-Language`,
 * then `DEFAULT_LOCALE`, among `SUPPORTED_LOCALES`.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  chooseLocale,
  isCatalogLoaded,
  type Locale,
  loadCatalog,
  type Translate,
  translator,
} from '../i18n/index.js';
import { serializeError } from '../logging.js';
import type { UserLanguage } from './session.js';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    t: Translate;
  }
}

/** Options of the language plugin (from the portal's config). */
export interface LanguageOptions {
  supportedLocales: readonly Locale[];
  defaultLocale: Locale;
  secureCookies: boolean;
}

const YEAR_SECONDS = 365 * 24 * 3600;

const cookieName = (o: LanguageOptions) => (o.secureCookies ? '__Host-lang' : 'lang');

/** A supported `?lang=` of the request, or null. */
function askedLocale(request: FastifyRequest, o: LanguageOptions): Locale | null {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  return o.supportedLocales.find((l) => l === asked) ?? null;
}

/** Sets `request.locale` and `request.t` from what the request and its session tell. */
function decide(request: FastifyRequest, o: LanguageOptions): void {
  const user = request.session?.userLanguage;
  const locale = chooseLocale(
    {
      chosen: askedLocale(request, o) ?? request.cookies[cookieName(o)] ?? null,
      preferredLanguage: user?.preferredLanguage,
      userLocale: user?.locale,
      acceptLanguage: request.headers['accept-language'],
    },
    o.supportedLocales,
    o.defaultLocale,
  );
  request.locale = locale;
  request.t = translator(locale);
}

/**
 * Loads the catalogue of the language just decided, the first time that language is asked for
 * (i18n/catalogs.ts). Should the import fail, the request is answered in the default language,
 * which the portal loaded when it started.
 */
async function loadLanguage(request: FastifyRequest, o: LanguageOptions): Promise<void> {
  try {
    await loadCatalog(request.locale);
  } catch (err) {
    request.log.error(
      { event: 'catalogue_load_failed', locale: request.locale, err: serializeError(err) },
      'loading a language failed; answering in the default language',
    );
    request.locale = o.defaultLocale;
    request.t = translator(o.defaultLocale);
  }
}

/**
 * Records the signed-in user's PingOne language settings in the session (null at sign-out)
 * and decides the request's language again, so the page being answered already follows them.
 */
export async function setUserLanguage(
  request: FastifyRequest,
  language: UserLanguage | null,
): Promise<void> {
  if (!request.session) return;
  request.session.userLanguage = language;
  const o = request.server.portal.config;
  decide(request, o);
  if (!isCatalogLoaded(request.locale)) await loadLanguage(request, o);
}

const plugin: FastifyPluginAsync<LanguageOptions> = async (app, o) => {
  app.decorateRequest('locale', o.defaultLocale);
  app.decorateRequest('t', null as unknown as Translate);
  app.addHook('onRequest', (request, reply, done) => {
    decide(request, o);
    const asked = askedLocale(request, o);
    if (asked)
      reply.setCookie(cookieName(o), asked, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: o.secureCookies,
        maxAge: YEAR_SECONDS,
      });
    if (isCatalogLoaded(request.locale)) done();
    else loadLanguage(request, o).then(() => done());
  });
};

/** Decides every request's language (registered after the session plugin). */
export const languagePlugin = fp(plugin, {
  name: 'portal-language',
  dependencies: ['portal-session'],
});
