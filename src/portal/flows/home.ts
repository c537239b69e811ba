/**
 * Home page: the three actions and sign-in; a signed-in person sees their account links; right
 * after a flow succeeded, its confirmation (the flows redirect here with a `done.<flow>.title`
 * success message).
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { PortalError } from '../errors.js';
import type { MessageKey } from '../i18n/index.js';
import { flash } from '../plugins/session.js';
import { pageContext, sendPage } from '../render.js';
import { signedInHomePage } from '../views/account.js';
import type { Confirmation } from '../views/components.js';
import { confirmationPage, homePage } from '../views/pages.js';

/** The flows that end on a confirmation. */
export type Done = 'registered' | 'recovered' | 'changed';

const DONE: Record<string, Done> = {
  'done.registered.title': 'registered',
  'done.recovered.title': 'recovered',
  'done.changed.title': 'changed',
};

/** Ends a flow: the next page (`/`) is its confirmation. */
export function confirmDone(request: FastifyRequest, done: Done): void {
  flash(request, 'success', `done.${done}.title`);
}

/** `GET /`. */
export const homeFlow: FastifyPluginAsync = async (app) => {
  // Where "Sign in" leads: SIGN_IN_URL, else the portal's own sign-in when it is configured.
  const signInUrl = app.portal.config.signInUrl ?? (app.signIn ? '/signin' : null);
  app.get('/', async (request, reply) => {
    // A session that cannot be renewed is over: the home page then shows the signed-out view.
    const account = request.session.account
      ? await app.signIn?.accounts.current(request).catch((err: unknown) => {
          if (err instanceof PortalError && err.code === 'SIGNIN_EXPIRED') return null;
          throw err;
        })
      : null;
    const ctx = pageContext(request);
    const message = ctx.flash.find((f) => f.kind === 'success' && DONE[f.key]);
    if (account && !message) {
      const c = account.claims;
      const name = [c.given_name, c.preferred_username, c.sub].find((v) => typeof v === 'string');
      return sendPage(reply, signedInHomePage(ctx, String(name)));
    }
    if (!message) return sendPage(reply, homePage(ctx, app.signIn !== null));
    const done = DONE[message.key]!;
    // Back to the application the person came from (`return_to`, checked against RETURN_URLS),
    // else sign in, else home.
    const next: Confirmation['next'] = ctx.continueTo
      ? { href: ctx.continueTo, label: 'continue.app' }
      : signInUrl
        ? { href: signInUrl, label: 'done.signIn' }
        : { href: '/', label: 'done.home' };
    const confirmation: Confirmation = {
      title: message.key,
      text: `done.${done}.text` as MessageKey,
      next,
      ...(next.href !== '/' ? { other: { href: '/', label: 'errorPage.home' } } : {}),
    };
    const rest = { ...ctx, flash: ctx.flash.filter((f) => f !== message) };
    return sendPage(reply, confirmationPage(rest, confirmation));
  });
};
