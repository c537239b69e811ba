/**
 * Home page: the three actions, and sign-in; a signed-in person sees their account links.
 */
import type { FastifyPluginAsync } from 'fastify';
import { pageContext, sendPage } from '../render.js';
import { signedInHomePage } from '../views/account.js';
import { homePage } from '../views/pages.js';

/** `GET /`. */
export const homeFlow: FastifyPluginAsync = async (app) => {
  app.get('/', async (request, reply) => {
    const account = request.session.account ? await app.signIn?.accounts.current(request) : null;
    if (account) {
      const c = account.claims;
      const name = [c.given_name, c.preferred_username, c.sub].find((v) => typeof v === 'string');
      return sendPage(reply, signedInHomePage(pageContext(request), String(name)));
    }
    return sendPage(reply, homePage(pageContext(request), app.signIn !== null));
  });
};
