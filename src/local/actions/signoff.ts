/**
 * `GET|POST /{envId}/as/signoff` (docs/pingone-behaviour.md §2.3, §13.4): ends the `ST` sign-on
 * session; POST takes the same parameters as a form. Steps: readHint (signature checked, may be expired, issuer must match) →
 * checkRedirect (registered for the hint's client) → endSession (the cookie's session, else the
 * hint's `sid` when it is that user's) → answer (302 with `state`, or a page).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { compactVerify } from 'jose';
import { issuerOf, type LocalContext } from '../context.js';
import { LocalError, notFound } from '../errors.js';
import { bodyText, requireMediaType, resource } from '../http.js';
import { SIGNED_OFF_PAGE, SIGNOFF_MESSAGES } from '../pingone-tokens.js';
import { clearSignOnSession, readSignOnSession } from '../signon/session-cookie.js';

type Hint = { sub: string; aud: string; sid: string | null };

function refuse(message: string): LocalError {
  return new LocalError(400, 'INVALID_REQUEST', message);
}

/** The parameters: the query of a GET, the form of a POST. @throws 415 for another POST body. */
function queryOf(request: FastifyRequest): Record<string, string | undefined> {
  let q = request.query as Record<string, unknown>;
  if (request.method === 'POST') {
    requireMediaType(request, ['application/x-www-form-urlencoded']);
    q = Object.fromEntries(new URLSearchParams(bodyText(request)));
  }
  const one = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    hint: one(q.id_token_hint),
    redirect: one(q.post_logout_redirect_uri),
    state: one(q.state),
  };
}

/** The hint's claims; an expired ID token is accepted (OIDC RP-Initiated Logout §2). */
async function readHint(ctx: LocalContext, envId: string, hint: string): Promise<Hint> {
  const key = ctx.signingKey(envId);
  try {
    const { payload, protectedHeader } = await compactVerify(hint, key!.publicKey, {
      algorithms: ['RS256'],
    });
    if (protectedHeader.kid !== key!.kid) throw new Error('kid');
    const c = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
    if (c.iss !== issuerOf(ctx, envId) || typeof c.sub !== 'string' || typeof c.aud !== 'string') {
      throw new Error('claims');
    }
    return { sub: c.sub, aud: c.aud, sid: typeof c.sid === 'string' ? c.sid : null };
  } catch {
    throw refuse(SIGNOFF_MESSAGES.badHint);
  }
}

function checkRedirect(ctx: LocalContext, envId: string, hint: Hint | null, uri: string) {
  if (!hint) throw refuse(SIGNOFF_MESSAGES.hintRequired);
  const app = ctx.store.getApplication(envId, hint.aud);
  if (!app?.settings.postLogoutRedirectUris.includes(uri)) {
    throw refuse(SIGNOFF_MESSAGES.unregistered);
  }
}

function endSession(
  ctx: LocalContext,
  request: FastifyRequest,
  reply: FastifyReply,
  envId: string,
  hint: Hint | null,
) {
  const session = readSignOnSession(ctx, request, envId);
  const hinted = hint?.sid ? ctx.store.getSession(envId, hint.sid) : null;
  const ended = session ?? (hinted && hinted.userId === hint?.sub ? hinted : null);
  if (ended) ctx.store.deleteSession(envId, ended.id);
  clearSignOnSession(reply, envId);
}

async function signoff(ctx: LocalContext, request: FastifyRequest, reply: FastifyReply) {
  const { envId } = request.params as { envId: string };
  if (!ctx.signingKey(envId)) throw notFound('environment', envId);
  const q = queryOf(request);
  const hint = q.hint ? await readHint(ctx, envId, q.hint) : null;
  let target: string | null = null;
  if (q.redirect !== undefined) {
    checkRedirect(ctx, envId, hint, q.redirect);
    const url = new URL(q.redirect);
    if (q.state !== undefined) url.searchParams.set('state', q.state);
    target = url.toString();
    if (target.length >= 8192) throw refuse(SIGNOFF_MESSAGES.tooLong);
  }
  endSession(ctx, request, reply, envId, hint);
  if (target) return reply.redirect(target, 302);
  return reply.type('text/html; charset=utf-8').send(SIGNED_OFF_PAGE);
}

/** Registers the sign-off endpoint. */
export function signoffRoutes(app: FastifyInstance, ctx: LocalContext): void {
  resource(app, '/:envId/as/signoff', {
    GET: (request, reply) => signoff(ctx, request, reply),
    POST: (request, reply) => signoff(ctx, request, reply),
  });
}
