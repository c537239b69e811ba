/**
 * `?return_to=` on the entry pages (register, forgotten password, change, sign-in): an
 * application URL under `RETURN_URLS` (checked by `safeReturnTo`, oidc/services.ts) is kept in the
 * session, carried through the flow (a regenerated session keeps it), and the page after a
 * success offers "Continue to the application" with it (the confirmation's primary button,
 * flows/home.ts; on other success pages, views/layout.ts). Anything else, a portal path
 * included, is dropped: no open redirect.
 */
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { safeReturnTo } from '../oidc/services.js';
import { routeOf } from '../route.js';

/** The entry pages that take `?return_to=`. */
export const ENTRY_PAGES: ReadonlySet<string> = new Set([
  '/register',
  '/password/forgot',
  '/password/change',
  '/signin',
]);

/** The application URL `value` names when it is under `RETURN_URLS`, else null. */
export function applicationReturnTo(value: unknown, allowed: readonly string[]): string | null {
  const checked = safeReturnTo(value, allowed, '');
  return /^https?:\/\//.test(checked) ? checked : null;
}

/** Keeps an entry page's checked `?return_to=` in the session. */
export const returnToPlugin: FastifyPluginAsync = fp(async (app) => {
  const allowed = app.portal.config.returnUrls;
  app.addHook('preHandler', (request, _reply, done) => {
    if (
      request.method === 'GET' &&
      request.session &&
      ENTRY_PAGES.has(routeOf(request).url ?? '')
    ) {
      const query = request.query as Record<string, unknown> | undefined;
      if (query?.return_to !== undefined) {
        request.session.returnTo = applicationReturnTo(query.return_to, allowed);
      }
    }
    done();
  });
});
