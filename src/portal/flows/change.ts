/**
 * Change password: `GET|POST /password/change`.
 *
 * The current password is verified with PingOne's password check (which counts toward the
 * policy's lockout), then the new one is set (PingOne enforces the population's policy). The
 * portal refuses a new password equal or too similar to the current one itself, because an admin
 * set cannot know the current password.
 *
 * Unknown user, wrong password, locked account and "no password" all get one message, and every
 * such failure is padded to `AUTH_FAILURE_FLOOR_MS` after the first PingOne call starts, so the
 * branches take comparable time (the lookup is done on every branch; only the check differs).
 *
 * When the set's answer is lost, or the same person tries again after such an attempt, the
 * password state is read before answering (flows/reconcile.ts); never a check.
 */
import type { FastifyPluginAsync } from 'fastify';
import { PingOneApiError, type User } from '../../pingone/index.js';
import { checkConfirmation, checkIdentifier, checkPassword, padTo, readForm } from '../forms.js';
import { type FieldError, regenerateSession, takeForm } from '../plugins/session.js';
import { pageContext, sendPage, sendPrerendered } from '../render.js';
import { changePage } from '../views/pages.js';
import { confirmDone } from './home.js';
import { earlierAttemptDone, passwordChangedSince, settleLostAnswer } from './reconcile.js';
import * as shared from './shared.js';

const FORM = '/password/change';
const FIELDS = ['username', 'currentPassword', 'password', 'confirmPassword'] as const;

/** The change-password flow plugin. */
export const changeFlow: FastifyPluginAsync = async (app) => {
  const { client, config, directory, policy } = app.portal;

  app.get(FORM, async (request, reply) => {
    const panel = await shared.loadPanel(request, shared.displayPopulation(app), true);
    const state = takeForm(request, FORM);
    const ctx = pageContext(request);
    if (!state && panel) {
      return sendPrerendered(reply, ctx, panel, 'change', (c) => changePage(c, null, panel));
    }
    return sendPage(reply, changePage(ctx, state, panel));
  });

  const resume = { form: FORM, keep: ['username'] };
  app.post(FORM, { config: { resume } }, async (request, reply) => {
    await app.limits.consumeIp(request, 'change');
    const form = readForm(request.body, FIELDS);
    const username = form.username.trim();
    const values = { username };
    const errors = shared.collect({
      username: checkIdentifier(username),
      currentPassword:
        form.currentPassword.length === 0 ? { key: 'error.currentPassword.required' } : null,
      password: checkPassword(form.password, true),
      confirmPassword: config.confirmPassword
        ? checkConfirmation(form.password, form.confirmPassword, true)
        : null,
    });
    if (Object.keys(errors).length > 0)
      return shared.failForm(request, reply, FORM, errors, values);
    await app.limits.consumeAccount(request, 'change', username);

    if (form.password === form.currentPassword) {
      return shared.failForm(
        request,
        reply,
        FORM,
        { password: { key: 'error.password.sameAsCurrent' } },
        values,
      );
    }
    if (policy.tooSimilar(form.password, form.currentPassword)) {
      return shared.failForm(
        request,
        reply,
        FORM,
        { password: { key: 'error.password.tooSimilar' } },
        values,
      );
    }
    let shown: Awaited<ReturnType<typeof directory.policyFor>>;
    try {
      shown = await directory.policyFor(shared.displayPopulation(app), shared.txn(request));
    } catch (err) {
      throw shared.upstreamError(err, 'password policy');
    }
    const failed = policy.check(shown, form.password, { currentPassword: form.currentPassword });
    if (failed.length > 0) {
      return shared.failPolicy(request, reply, FORM, shown, failed, values);
    }

    const started = performance.now();
    const badCredentials = async (reason: string, userId?: string) => {
      app.portal.metrics.passwordChange(reason === 'no_single_match' ? reason : 'bad_credentials');
      request.log.info(
        { event: 'password_change_failed', reason, ...(userId ? { userId } : {}) },
        'password change failed',
      );
      await padTo(started, config.authFailureFloorMs);
      return shared.failForm(
        request,
        reply,
        FORM,
        { currentPassword: { key: 'error.credentials' } },
        values,
      );
    };

    const changed = (userId: string, reconciled = false) => {
      request.log.info(
        { event: 'password_changed', userId, ...(reconciled ? { reconciled } : {}) },
        'password changed',
      );
      app.portal.metrics.passwordChange('completed');
      regenerateSession(request, app.portal.now());
      confirmDone(request, 'changed');
      return shared.seeOther(reply, '/');
    };

    let user: User | null;
    try {
      user = await client.users.findByUsernameOrEmail(username, shared.txn(request));
    } catch (err) {
      throw shared.upstreamError(err, 'user lookup');
    }
    if (!user) return badCredentials('no_single_match');
    const userId = user.id;
    // This person's earlier change whose answer was lost may have gone through since: then the
    // current password they type again is no longer current. Read the password state rather
    // than let a check fail (it would count toward the lockout).
    if (
      await earlierAttemptDone(
        request,
        'change',
        (a) => a.userId === userId,
        (since, opts) => passwordChangedSince(client, userId, since, opts),
      )
    ) {
      return changed(userId, true);
    }
    try {
      await client.passwords.check(user.id, form.currentPassword, shared.txn(request));
    } catch (err) {
      if (err instanceof PingOneApiError && err.status === 400)
        return badCredentials('check_refused', user.id);
      throw shared.upstreamError(err, 'password check');
    }

    const startedAt = app.portal.now();
    try {
      await client.passwords.set(
        user.id,
        { value: form.password, forceChange: false },
        shared.txn(request),
      );
    } catch (err) {
      // No answer: PingOne may have set the password all the same (flows/reconcile.ts).
      const done = await settleLostAnswer(
        request,
        err,
        { flow: 'change', userId, startedAt },
        (opts) => passwordChangedSince(client, userId, startedAt, opts),
        'password set',
      );
      if (done) return changed(userId, true);
      // PingOne refused the new password: say why, next to the field.
      const refused = (reason: 'too_young' | 'policy', password: FieldError) => {
        app.portal.metrics.passwordChange(reason);
        request.log.info(
          { event: 'password_change_failed', reason, userId },
          'password change failed',
        );
        return shared.failForm(request, reply, FORM, { password }, values);
      };
      if (err instanceof PingOneApiError && err.hasDetail('PASSWORD_TOO_YOUNG')) {
        return refused('too_young', { key: 'error.password.tooYoung' });
      }
      const violated = shared.policyViolation(err);
      if (!violated) throw shared.upstreamError(err, 'password set');
      const applicable = await directory
        .policyFor(user.population.id, shared.txn(request))
        .catch(() => shown);
      return refused('policy', shared.policyError(request, applicable, violated, true));
    }
    return changed(userId);
  });
};
