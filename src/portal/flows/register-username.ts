/**
 * Email-first registration with `REGISTRATION_USERNAME=chosen`: `GET|POST /register/username`.
 * Reached only after the address was proven and the password set (flows/register-email-first.ts),
 * so "this username is taken" is said only to the owner of a proven address, never to whoever
 * types an address. Until then the username is the address itself.
 *
 * Steps of the POST: rate limit (IP) → read the username → the flow (at its username step) →
 * validate → rate limit (username) → `PATCH /users/{id}` `{ username }` → done, or "taken".
 */
import type { FastifyPluginAsync } from 'fastify';
import { PingOneApiError } from '../../pingone/index.js';
import { checkUsername, readForm } from '../forms.js';
import { takeForm } from '../plugins/session.js';
import { pageContext, sendPage } from '../render.js';
import { usernamePage } from '../views/verify.js';
import * as shared from './shared.js';
import { finishVerification, requireVerifyFlow, USERNAME, VERIFY } from './verify-session.js';

/** The username step plugin. */
export const usernameFlow: FastifyPluginAsync = async (app) => {
  const { client } = app.portal;

  app.get(USERNAME, async (request, reply) => {
    const flow = await requireVerifyFlow(request);
    if (!flow) return shared.seeOther(reply, '/register');
    if (flow.step !== 'username') return shared.seeOther(reply, VERIFY);
    return sendPage(reply, usernamePage(pageContext(request), takeForm(request, USERNAME)));
  });

  app.post(USERNAME, async (request, reply) => {
    await app.limits.consumeIp(request, 'register');
    const username = readForm(request.body, ['username'] as const).username.trim();
    const flow = await requireVerifyFlow(request);
    if (!flow) return shared.seeOther(reply, '/register');
    if (flow.step !== 'username' || !flow.userId) return shared.seeOther(reply, VERIFY);
    const invalid = checkUsername(username);
    if (invalid)
      return shared.failForm(request, reply, USERNAME, { username: invalid }, { username });
    await app.limits.consumeAccount(request, 'register', username);
    try {
      await client.users.patch(flow.userId, { username }, shared.txn(request));
    } catch (err) {
      if (!(err instanceof PingOneApiError) || err.status !== 400)
        throw shared.upstreamError(err, 'username update');
      const taken = err.details.some((d) => d.code === 'UNIQUENESS_VIOLATION');
      return shared.failForm(
        request,
        reply,
        USERNAME,
        { username: { key: taken ? 'error.username.taken' : 'error.username.invalid' } },
        { username },
      );
    }
    return finishVerification(request, reply, flow.userId);
  });
};
