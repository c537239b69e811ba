/**
 * The signed-in account area, every call made with the person's own access token:
 * `GET|POST /account` (name, e-mail, preferred language: `PATCH /users/{sub}`),
 * `GET|POST /account/password` (`password.reset` with `currentPassword`), and
 * `GET /account/sessions` with `POST /account/sessions/others` ("sign out everywhere else").
 * A signed-out visit goes to sign-in and comes back (flows/signin.ts, `requireAccount`).
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { PingOneApiError, type User } from '../../pingone/index.js';
import { checkEmail, codePoints, readForm } from '../forms.js';
import { isLocale } from '../i18n/index.js';
import type { Account } from '../oidc/account-session.js';
import { setUserLanguage } from '../plugins/language.js';
import { type FieldError, flash, takeForm, type UserLanguage } from '../plugins/session.js';
import { pageContext, sendPage } from '../render.js';
import {
  type AccountView,
  accountPage,
  accountPasswordPage,
  MAX_NAME,
  sessionsPage,
} from '../views/account.js';
import { startEmailChange } from './account-email.js';
import { readPasswordChange } from './password-form.js';
import * as shared from './shared.js';
import { RECENT_SIGNIN_SECONDS, requireAccount, signInServices } from './signin.js';

const PROFILE = '/account';
const PASSWORD = '/account/password';
const SESSIONS = '/account/sessions';

function viewOf(user: User): AccountView {
  return {
    username: user.username,
    givenName: user.name?.given ?? '',
    familyName: user.name?.family ?? '',
    email: user.email ?? '',
    emailVerified: user.emailVerified ?? true,
    preferredLanguage: user.preferredLanguage ?? '',
  };
}

/** The user's PingOne language settings, for the portal's own language (plugins/language.ts). */
function languageOf(user: User): UserLanguage {
  return {
    preferredLanguage: user.preferredLanguage?.slice(0, 256) ?? null,
    locale: user.locale?.slice(0, 64) ?? null,
  };
}

function checkName(value: string, required: FieldError['key']): FieldError | null {
  if (value.length === 0) return { key: required };
  return codePoints(value) > MAX_NAME ? { key: 'error.tooLong', params: { max: MAX_NAME } } : null;
}

/** The account plugin. */
export const accountFlow: FastifyPluginAsync = async (app) => {
  const { client } = app.portal;

  /** Runs a self-service call with the account's token (refreshed once on a 401). */
  const withToken = <T>(
    request: FastifyRequest,
    account: Account,
    what: string,
    fn: (token: string) => Promise<T>,
  ) =>
    signInServices(request)
      .accounts.withToken(request, account, fn)
      .catch((err: unknown) => {
        throw shared.upstreamError(err, what);
      });

  app.get(PROFILE, async (request, reply) => {
    const account = await requireAccount(request, reply);
    if (!account) return reply;
    const user = await withToken(request, account, 'user read', (token) =>
      client.self.getUser(account.userId, token, shared.txn(request)),
    );
    await setUserLanguage(request, languageOf(user));
    return sendPage(
      reply,
      accountPage(pageContext(request), viewOf(user), takeForm(request, PROFILE)),
    );
  });

  app.post(PROFILE, async (request, reply) => {
    const account = await requireAccount(request, reply);
    if (!account) return reply;
    await app.limits.consumeIp(request, 'account');
    const form = readForm(request.body, [
      'givenName',
      'familyName',
      'email',
      'preferredLanguage',
    ] as const);
    const values = {
      givenName: form.givenName.trim(),
      familyName: form.familyName.trim(),
      email: form.email.trim(),
      preferredLanguage: form.preferredLanguage,
    };
    const errors = shared.collect({
      givenName: checkName(values.givenName, 'error.givenName.required'),
      familyName: checkName(values.familyName, 'error.familyName.required'),
      email: checkEmail(values.email),
      preferredLanguage:
        values.preferredLanguage === '' || isLocale(values.preferredLanguage)
          ? null
          : { key: 'error.preferredLanguage.invalid' },
    });
    if (Object.keys(errors).length > 0)
      return shared.failForm(request, reply, PROFILE, errors, values);
    const current = await withToken(request, account, 'user read', (token) =>
      client.self.getUser(account.userId, token, shared.txn(request)),
    );
    // A new e-mail address needs a recent sign-in (max_age, prompt=login).
    const emailChanged = (current.email ?? '').toLowerCase() !== values.email.toLowerCase();
    if (emailChanged && app.portal.now() - account.authTime > RECENT_SIGNIN_SECONDS * 1000) {
      flash(request, 'info', 'account.reauth');
      return shared.seeOther(reply, `/signin?fresh=1&return_to=${encodeURIComponent(PROFILE)}`);
    }
    await withToken(request, account, 'user update', (token) =>
      client.self.patchUser(
        account.userId,
        {
          name: { ...current.name, given: values.givenName, family: values.familyName },
          ...(emailChanged ? { email: values.email } : {}),
          ...(values.preferredLanguage ? { preferredLanguage: values.preferredLanguage } : {}),
        },
        token,
        shared.txn(request),
      ),
    );
    request.log.info(
      { event: 'account_updated', userId: account.userId, emailChanged },
      'account updated',
    );
    // The new address is confirmed by a code PingOne mails to it (flows/account-email.ts).
    if (emailChanged) return startEmailChange(request, reply, account.userId);
    await setUserLanguage(request, {
      ...languageOf(current),
      preferredLanguage: values.preferredLanguage || (current.preferredLanguage ?? null),
    });
    flash(request, 'success', 'flash.accountSaved');
    return shared.seeOther(reply, PROFILE);
  });

  app.get(PASSWORD, async (request, reply) => {
    const account = await requireAccount(request, reply);
    if (!account) return reply;
    const panel = await shared.loadPanel(request, shared.displayPopulation(app), true);
    return sendPage(
      reply,
      accountPasswordPage(pageContext(request), takeForm(request, PASSWORD), panel),
    );
  });

  app.post(PASSWORD, async (request, reply) => {
    const account = await requireAccount(request, reply);
    if (!account) return reply;
    await app.limits.consumeIp(request, 'account-password');
    await app.limits.consumeAccount(request, 'account-password', account.userId);
    const form = readPasswordChange(request.body);
    const { errors } = form;
    if (Object.keys(errors).length > 0) return shared.failForm(request, reply, PASSWORD, errors);
    if (form.password === form.currentPassword) {
      return shared.failForm(request, reply, PASSWORD, {
        password: { key: 'error.password.sameAsCurrent' },
      });
    }
    try {
      await signInServices(request).accounts.withToken(request, account, (token) =>
        client.passwords.selfChange(
          account.userId,
          {
            currentPassword: form.currentPassword,
            newPassword: form.password,
            userAccessToken: token,
          },
          shared.txn(request),
        ),
      );
    } catch (err) {
      const refused = (field: string, error: FieldError, reason: string) => {
        request.log.info(
          { event: 'account_password_refused', userId: account.userId, reason },
          'password change refused',
        );
        return shared.failForm(request, reply, PASSWORD, { [field]: error });
      };
      if (err instanceof PingOneApiError && err.status === 400) {
        if (err.hasDetail('PASSWORD_TOO_YOUNG'))
          return refused('password', { key: 'error.password.tooYoung' }, 'too_young');
        const violated = shared.policyViolation(err);
        if (violated) {
          const policy = await app.portal.directory.policyFor(
            shared.displayPopulation(app),
            shared.txn(request),
          );
          return refused('password', shared.policyError(request, policy, violated), 'policy');
        }
        if (err.apiCode === 'INVALID_DATA' || err.hasDetail('INVALID_VALUE', 'currentPassword')) {
          return refused('currentPassword', { key: 'error.currentPassword' }, 'current_password');
        }
      }
      throw shared.upstreamError(err, 'password self-change');
    }
    request.log.info(
      { event: 'account_password_changed', userId: account.userId },
      'password changed',
    );
    flash(request, 'success', 'flash.accountPasswordChanged');
    return shared.seeOther(reply, PASSWORD);
  });

  app.get(SESSIONS, async (request, reply) => {
    const account = await requireAccount(request, reply);
    if (!account) return reply;
    const sessions = await withToken(request, account, 'sessions list', (token) =>
      client.self.listSessions(account.userId, token, shared.txn(request)),
    );
    const rows = sessions.map((s) => ({
      id: s.id,
      current: s.id === account.sid,
      browser: [s.browser, s.os].filter(Boolean).join(', ') || null,
      lastSignOn: s.lastSignOn ?? s.createdAt,
      place: s.place ?? s.ip,
    }));
    return sendPage(reply, sessionsPage(pageContext(request), rows));
  });

  app.post(`${SESSIONS}/others`, async (request, reply) => {
    const account = await requireAccount(request, reply, { returnTo: SESSIONS });
    if (!account) return reply;
    await app.limits.consumeIp(request, 'account-sessions');
    const sessions = await withToken(request, account, 'sessions list', (token) =>
      client.self.listSessions(account.userId, token, shared.txn(request)),
    );
    const others = sessions.filter((s) => s.id !== account.sid);
    for (const s of others) {
      await withToken(request, account, 'session delete', (token) =>
        client.self.deleteSession(account.userId, s.id, token, shared.txn(request)),
      );
      // A portal session signed in through that PingOne session ends too, on any instance.
      await signInServices(request).accounts.endBySid(s.id);
    }
    request.log.info(
      { event: 'sessions_ended', userId: account.userId, count: others.length },
      'other sessions ended',
    );
    flash(request, 'success', 'flash.sessionsEnded', { count: others.length });
    return shared.seeOther(reply, SESSIONS);
  });
};
