/**
 * Home page: the three actions, or, right after a flow succeeded, its confirmation (the flows
 * redirect here with a `done.<flow>.title` success message).
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { MessageKey } from '../i18n/index.js';
import { flash } from '../plugins/session.js';
import { pageContext, sendPage } from '../render.js';
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
  const { signInUrl } = app.portal.config;
  app.get('/', async (request, reply) => {
    const ctx = pageContext(request);
    const message = ctx.flash.find((f) => f.kind === 'success' && DONE[f.key]);
    if (!message) return sendPage(reply, homePage(ctx));
    const done = DONE[message.key]!;
    const confirmation: Confirmation = {
      title: message.key,
      text: `done.${done}.text` as MessageKey,
      next: signInUrl
        ? { href: signInUrl, label: 'done.signIn' }
        : { href: '/', label: 'done.home' },
      ...(signInUrl ? { other: { href: '/', label: 'errorPage.home' } } : {}),
    };
    const rest = { ...ctx, flash: ctx.flash.filter((f) => f !== message) };
    return sendPage(reply, confirmationPage(rest, confirmation));
  });
};
