/**
 * Email-first registration (`REGISTRATION_MODE=email-first`): `GET|POST /register` ask for the
 * e-mail address alone and always answer "we have sent a code to <address>", whether or not the
 * address has an account; the code comes back with a password on `/register/verify`.
 *
 * The address is looked up off the request path (flows/code-mail.ts `codeForAddress`): a new
 * address gets an account awaiting verification (username = the address, no password) and
 * PingOne's verification code; an existing account gets a recovery code; a disabled one nothing.
 * Every step answers with the same page, status, cookies and (padded) timing for all of them; only
 * the mailbox differs (docs/security.md).
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { PingOneApiError } from '../../pingone/index.js';
import { checkConfirmation, checkEmail, checkPassword, readForm } from '../forms.js';
import { takeForm, type VerifyFlow } from '../plugins/session.js';
import { pageContext, sendPage } from '../render.js';
import { emailFirstPage } from '../views/verify.js';
import {
  awaitsVerification,
  codeForAddress,
  setProvenPassword,
  usersWithEmail,
  verifyAccount,
} from './code-mail.js';
import { resolvePopulation } from './register.js';
import * as shared from './shared.js';
import {
  codeRefused,
  finishVerification,
  readCode,
  startVerification,
  USERNAME,
  VERIFY,
} from './verify-session.js';

const FORM = '/register';

/** The population whose policy applies to a new account for `email` (null: the default). */
export async function emailFirstPopulation(
  request: FastifyRequest,
  email: string,
): Promise<string | null> {
  const resolved = await resolvePopulation(request, email, '').catch(() => null);
  return resolved && 'populationId' in resolved ? resolved.populationId : null;
}

/**
 * The POST of the verify page in email-first mode: code (unless already proven) and password.
 * Steps: validate → rate limit (address) → refuse while exhausted → pre-check the password
 * against the shown policy (no profile data, so the same for every address) → find the account →
 * a new account is verified then given the password; an existing one recovers with the code.
 */
export async function proveEmailFirst(
  request: FastifyRequest,
  reply: FastifyReply,
  flow: VerifyFlow,
  form: { verificationCode: string; password: string; confirmPassword: string },
): Promise<FastifyReply> {
  const app = request.server;
  const { client, directory, policy } = app.portal;
  const read = flow.proven ? null : readCode(form.verificationCode);
  const errors = shared.collect({
    verificationCode: read && 'error' in read ? read.error : null,
    password: checkPassword(form.password),
    confirmPassword: checkConfirmation(form.password, form.confirmPassword),
  });
  if (Object.keys(errors).length > 0) return shared.failForm(request, reply, VERIFY, errors);
  const code = read && 'code' in read ? read.code : '';
  await app.limits.consumeAccount(request, 'verify', flow.email);
  const started = performance.now();
  if (flow.exhausted) return codeRefused(request, reply, flow, started, true);

  let shown: Awaited<ReturnType<typeof directory.policyFor>>;
  let user: Awaited<ReturnType<typeof usersWithEmail>>[number] | null;
  try {
    shown = await directory.policyFor(
      await emailFirstPopulation(request, flow.email),
      shared.txn(request),
    );
    const failed = policy.check(shown, form.password, {});
    if (failed.length > 0) return shared.failPolicy(request, reply, VERIFY, shown, failed);
    const users = await usersWithEmail(app, flow.email, shared.txn(request));
    user = users.length === 1 ? users[0]! : null;
  } catch (err) {
    throw shared.upstreamError(err, 'email-first lookup');
  }
  if (!user?.enabled) {
    request.log.info({ event: 'verification_failed', reason: 'no_account' }, 'code refused');
    return codeRefused(request, reply, flow, started, false);
  }

  if ((flow.proven && flow.userId === user.id) || awaitsVerification(user)) {
    if (!flow.proven) {
      const check = await verifyAccount(request, user.id, code);
      if (check !== 'ok') {
        request.log.info(
          { event: 'verification_failed', reason: check, userId: user.id },
          'code refused',
        );
        return codeRefused(request, reply, flow, started, check === 'exhausted');
      }
      // Proven: a refused password below is asked again without the (consumed) code.
      request.session.verify = { ...flow, proven: true, userId: user.id };
    }
    const refused = await setProvenPassword(request, user.id, form.password);
    if (refused) return shared.failPolicy(request, reply, VERIFY, shown, refused);
    // A username is chosen only now, and only in place of the placeholder (the address).
    if (
      app.portal.config.registration.username === 'chosen' &&
      user.username.toLowerCase() === flow.email.toLowerCase()
    ) {
      request.session.verify = { ...flow, proven: true, userId: user.id, step: 'username' };
      return shared.seeOther(reply, USERNAME);
    }
    return finishVerification(request, reply, user.id);
  }

  // An existing account was mailed a recovery code (docs/pingone-behaviour.md §4.3).
  try {
    await client.passwords.recover(
      user.id,
      { recoveryCode: code, newPassword: form.password },
      shared.txn(request),
    );
  } catch (err) {
    if (!(err instanceof PingOneApiError) || err.status !== 400)
      throw shared.upstreamError(err, 'recover');
    const violated = shared.policyViolation(err);
    if (violated) return shared.failPolicy(request, reply, VERIFY, shown, violated);
    const exhausted = err.details.some((d) =>
      /maximum password recovery failures/i.test(d.message),
    );
    request.log.info(
      { event: 'verification_failed', reason: 'recovery_code', userId: user.id },
      'code refused',
    );
    return codeRefused(request, reply, flow, started, exhausted);
  }
  return finishVerification(request, reply, user.id);
}

/** The email-first registration plugin (replaces the classic form on `/register`). */
export const emailFirstFlow: FastifyPluginAsync = async (app) => {
  const { tasks } = app.portal;

  app.get(FORM, async (request, reply) =>
    sendPage(reply, emailFirstPage(pageContext(request), takeForm(request, FORM))),
  );

  app.post(FORM, async (request, reply) => {
    await app.limits.consumeIp(request, 'register');
    const email = readForm(request.body, ['email'] as const).email.trim();
    const invalid = checkEmail(email);
    if (invalid) return shared.failForm(request, reply, FORM, { email: invalid }, { email });
    await app.limits.consumeAccount(request, 'register', email);
    // Depends on the address's domain only, never on whether it has an account.
    const resolved = await resolvePopulation(request, email, '');
    if ('error' in resolved) {
      return shared.failForm(request, reply, FORM, { email: resolved.error }, { email });
    }
    const { log, id } = request;
    tasks.run('signup-send', () =>
      codeForAddress(app, log, email, resolved.populationId, { transactionId: id }),
    );
    return startVerification(request, reply, { mode: 'email-first', email, userId: null });
  });
};
