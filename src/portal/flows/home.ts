/**
 * Home page: the three actions.
 */
import type { FastifyPluginAsync } from 'fastify';
import { pageContext, sendPage } from '../render.js';
import { homePage } from '../views/pages.js';

/** `GET /`. */
export const homeFlow: FastifyPluginAsync = async (app) => {
  app.get('/', async (request, reply) => sendPage(reply, homePage(pageContext(request))));
};
