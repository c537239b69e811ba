/**
 * Registration: `GET|POST /register`. One PingOne call (user import with the password), so a
 * refused password never leaves a half-created user behind.
 *
 * Steps of the POST: rate limit (IP) → read the allow-listed fields → validate → rate limit
 * (username) → resolve the population from configuration → pre-check the password against its
 * policy → import the user → map PingOne's refusals to field messages. When the import's answer
 * is lost, or "taken" answers a remembered lost attempt, the account is looked up before
 * answering (flows/reconcile.ts).
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { PingOneApiError, type Population, type UserImportInput } from '../../pingone/index.js';
import { checkConfirmation, checkEmail, checkPassword, checkUsername, readForm } from '../forms.js';
import { type FieldError, regenerateSession, takeForm } from '../plugins/session.js';
import { pageContext, sendPage, sendPrerendered } from '../render.js';
import { registerPage } from '../views/pages.js';
import { takeCodeBudget } from './code-mail.js';
import { confirmDone } from './home.js';
import {
  earlierAttemptDone,
  registeredSince,
  sameIdentifier,
  settleLostAnswer,
} from './reconcile.js';
import * as shared from './shared.js';
import { startVerification } from './verify-session.js';

const FORM = '/register';
const FIELDS = ['username', 'email', 'password', 'confirmPassword', 'population'] as const;

type Resolved = { populationId: string | null } | { error: FieldError };

/** The population a new account for `email` goes to, or the refusal to show. */
export async function resolvePopulation(
  request: FastifyRequest,
  email: string,
  chosen: string,
): Promise<Resolved> {
  const { config, directory } = request.server.portal;
  const p = config.population;
  if (p.mode === 'fixed') return { populationId: p.id };
  if (p.mode === 'choice') {
    return p.ids.includes(chosen)
      ? { populationId: chosen }
      : { error: { key: 'error.population.invalid' } };
  }
  if (p.mode === 'domain') {
    let match: Population | null;
    try {
      match = await directory.populationForEmail(email, shared.txn(request));
    } catch (err) {
      throw shared.upstreamError(err, 'populations');
    }
    return match ? { populationId: match.id } : { error: { key: 'error.population.domain' } };
  }
  return { populationId: null };
}

/** The registration flow plugin. */
export const registerFlow: FastifyPluginAsync = async (app) => {
  const { config, directory, client, policy } = app.portal;
  // Email-first registration serves `/register` itself (flows/register-email-first.ts).
  if (config.registration.mode === 'email-first') return;

  app.get(FORM, async (request, reply) => {
    const state = takeForm(request, FORM);
    let choices: { id: string; name: string }[] | null = null;
    let policyPopulation: string | null =
      config.population.mode === 'fixed' ? config.population.id : null;
    if (config.population.mode === 'choice') {
      const ids = config.population.ids;
      choices = await directory
        .choices(shared.txn(request))
        .catch(() => ids.map((id) => ({ id, name: id })));
      policyPopulation = state?.values.population || ids[0] || null;
    }
    const panel = await shared.loadPanel(request, policyPopulation, false);
    if (panel && config.population.mode === 'choice') {
      panel.data.byPopulation = await shared.choicePanels(request, config.population.ids);
    }
    const ctx = pageContext(request);
    // The common case, a first visit: the page depends only on the locale and the policy.
    if (!state && !choices && panel) {
      return sendPrerendered(reply, ctx, panel, 'register', (c) =>
        registerPage(c, null, panel, null),
      );
    }
    return sendPage(reply, registerPage(ctx, state, panel, choices));
  });

  // The population is not kept: only an offered id may ride in the session.
  const resume = { form: FORM, keep: ['username', 'email'] };
  app.post(FORM, { config: { resume } }, async (request, reply) => {
    await app.limits.consumeIp(request, 'register');
    const form = readForm(request.body, FIELDS);
    const username = form.username.trim();
    const email = form.email.trim();
    // Only an offered population id is redisplayed (it rides in the session cookie).
    const offered = config.population.mode === 'choice' ? config.population.ids : [];
    const population = offered.includes(form.population) ? form.population : '';
    const values = { username, email, population };

    const errors = shared.collect({
      username: checkUsername(username),
      email: checkEmail(email),
      password: checkPassword(form.password),
      confirmPassword: config.confirmPassword
        ? checkConfirmation(form.password, form.confirmPassword)
        : null,
    });
    if (Object.keys(errors).length > 0) {
      // Report the password rules in the same round, when the displayed policy is at hand.
      if (!errors.password) {
        const p = config.population;
        const shownId =
          p.mode === 'fixed'
            ? p.id
            : p.mode === 'choice' && p.ids.includes(form.population)
              ? form.population
              : null;
        const applicable = await directory
          .policyFor(shownId, shared.txn(request))
          .catch(() => null);
        const failed = applicable
          ? policy.check(applicable, form.password, { profile: { username, email } })
          : [];
        if (applicable && failed.length > 0)
          errors.password = shared.policyError(request, applicable, failed);
      }
      return shared.failForm(request, reply, FORM, errors, values);
    }
    await app.limits.consumeAccount(request, 'register', username);

    const resolved = await resolvePopulation(request, email, form.population);
    if ('error' in resolved) {
      // Only the choice mode has a population field; a refused domain is about the e-mail.
      const name = config.population.mode === 'choice' ? 'population' : 'email';
      return shared.failForm(request, reply, FORM, { [name]: resolved.error }, values);
    }

    let applicable: Awaited<ReturnType<typeof directory.policyFor>>;
    try {
      applicable = await directory.policyFor(resolved.populationId, shared.txn(request));
    } catch (err) {
      throw shared.upstreamError(err, 'password policy');
    }
    const failed = policy.check(applicable, form.password, { profile: { username, email } });
    if (failed.length > 0) {
      return shared.failPolicy(request, reply, FORM, applicable, failed, values);
    }

    // Only these attributes are ever sent: nothing from the form beyond them is forwarded.
    const input: UserImportInput = {
      username,
      email,
      password: { value: form.password, forceChange: false },
      // The page's language, so that PingOne writes to the person in it (docs/portal.md).
      preferredLanguage: request.locale,
      ...(resolved.populationId ? { population: { id: resolved.populationId } } : {}),
      // PingOne mails a verification code; the account is usable once it is typed (flows/verify.ts).
      ...(config.registration.verifyEmail
        ? { lifecycle: { status: 'VERIFICATION_REQUIRED' as const } }
        : {}),
    };
    let userId: string | null = null;
    const startedAt = app.portal.now();
    try {
      const user = await client.users.import(input, shared.txn(request));
      userId = user.id;
      request.log.info({ event: 'user_registered', userId: user.id }, 'user registered');
    } catch (err) {
      // No answer: PingOne may have created the account all the same (flows/reconcile.ts).
      const created = await settleLostAnswer(
        request,
        err,
        { flow: 'register', username, email, startedAt },
        (opts) => registeredSince(client, { username, email }, startedAt, opts),
        'user import',
      );
      if (created) {
        request.log.info({ event: 'user_registered', reconciled: true }, 'user registered');
      } else {
        const fieldErrors = registrationRefusal(request, err, applicable);
        if (!fieldErrors) throw shared.upstreamError(err, 'user import');
        // "Taken" may be this person's own earlier attempt that PingOne finished after the
        // portal had given up on it.
        const taken =
          fieldErrors.username?.key === 'error.username.taken' ||
          fieldErrors.email?.key === 'error.email.taken';
        if (
          !taken ||
          !(await earlierAttemptDone(
            request,
            'register',
            (a) => sameIdentifier(a.username, username) && sameIdentifier(a.email, email),
            (since, opts) => registeredSince(client, { username, email }, since, opts),
          ))
        ) {
          request.log.info(
            { event: 'registration_refused', fields: Object.keys(fieldErrors) },
            'registration refused',
          );
          app.portal.metrics.registration('refused');
          return shared.failForm(request, reply, FORM, fieldErrors, values);
        }
        request.log.info({ event: 'user_registered', reconciled: true }, 'user registered');
      }
    }
    app.portal.metrics.registration('completed');
    if (config.registration.verifyEmail) {
      // A reconciled import did not say which user it created.
      userId ??=
        (await client.users.findByUsernameOrEmail(username, shared.txn(request)).catch(() => null))
          ?.id ?? null;
      if (userId) await takeCodeBudget(app, userId);
      return startVerification(request, reply, { mode: 'classic', email, userId });
    }
    regenerateSession(request, app.portal.now());
    confirmDone(request, 'registered');
    return shared.seeOther(reply, '/');
  });
};

function registrationRefusal(
  request: FastifyRequest,
  err: unknown,
  applicable: Parameters<typeof shared.policyError>[1],
): Record<string, FieldError> | null {
  if (!(err instanceof PingOneApiError) || err.status !== 400) return null;
  const failed = shared.policyViolation(err);
  if (failed) return { password: shared.policyError(request, applicable, failed) };
  const errors: Record<string, FieldError> = {};
  for (const d of err.details) {
    if (d.code === 'UNIQUENESS_VIOLATION' && d.target === 'username')
      errors.username = { key: 'error.username.taken' };
    else if (d.code === 'UNIQUENESS_VIOLATION' && d.target === 'email')
      errors.email = { key: 'error.email.taken' };
    else if (d.target === 'email') errors.email = { key: 'error.email.invalid' };
    else if (d.target === 'username') errors.username = { key: 'error.username.invalid' };
  }
  if (Object.keys(errors).length > 0) return errors;
  if (err.apiCode === 'INVALID_DATA') return { username: { key: 'error.registration.refused' } };
  return null;
}
