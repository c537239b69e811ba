/**
 * Home page: the three actions, and sign-in; a signed-in person sees their account links.
 */
import type { FastifyPluginAsync } from 'fastify';
import { PortalError } from '../errors.js';
import { pageContext, sendPage } from '../render.js';
import { signedInHomePage } from '../views/account.js';
import { homePage } from '../views/pages.js';

/** `GET /`. */
export const homeFlow: FastifyPluginAsync = async (app) => {
  app.get('/', async (request, reply) => {
    // A session that cannot be renewed is over: the home page then shows the signed-out view.
    const account = request.session.account
      ? await app.signIn?.accounts.current(request).catch((err: unknown) => {
          if (err instanceof PortalError && err.code === 'SIGNIN_EXPIRED') return null;
          throw err;
        })
      : null;
    if (account) {
      const c = account.claims;
      const name = [c.given_name, c.preferred_username, c.sub].find((v) => typeof v === 'string');
      return sendPage(reply, signedInHomePage(pageContext(request), String(name)));
    }
    return sendPage(reply, homePage(pageContext(request), app.signIn !== null));
  });
};
