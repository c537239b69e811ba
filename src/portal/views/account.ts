/**
 * The signed-in pages: account details, password, sessions, the signed-in home and the
 * signed-out page. Field names and element ids are a contract with the browser tests
 * (docs/portal.md).
 */
import { formatDate, LOCALE_NAMES, type MessageKey } from '../i18n/index.js';
import type { FormState } from '../plugins/session.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, errorSummary, field, layout, type PageContext } from './layout.js';
import { MAX_EMAIL, MAX_PASSWORD, type PolicyPanel, passwordFields } from './pages.js';

/** Longest given or family name accepted. */
export const MAX_NAME = 100;

/** The account navigation and the sign-out button. */
export function accountNav(ctx: PageContext, current: string): SafeHtml {
  const { t } = ctx;
  const link = (href: string, id: string, key: MessageKey) =>
    html`<li><a id="${id}" href="${href}"${href === current ? html` aria-current="page"` : ''}>${t(key)}</a></li>`;
  return html`<nav class="account-nav" aria-label="${t('account.nav.label')}"><ul>
${link('/account', 'nav-account', 'account.nav.profile')}
${link('/account/password', 'nav-password', 'account.nav.password')}
${link('/account/sessions', 'nav-sessions', 'account.nav.sessions')}
</ul>
${signOutForm(ctx)}
</nav>`;
}

/** The sign-out button (a CSRF-protected POST). */
export function signOutForm(ctx: PageContext): SafeHtml {
  return html`<form method="post" action="/signout" id="signout-form" class="inline-form">
${csrfField(ctx.csrf)}
<button type="submit" class="button button-secondary" id="signout-submit">${ctx.t('signout.button')}</button>
</form>`;
}

/** What a single-form page shows besides its fields. */
export interface FormPageSpec {
  title: MessageKey;
  intro: MessageKey;
  submit: MessageKey;
  action: string;
  /** Prefix of the form's and the submit button's ids. */
  id: string;
  errors: FormState['errors'] | undefined;
  /** Field names in page order, for the error summary. */
  order: string[];
  /** The form carries a live password checklist. */
  policy?: boolean;
  /** Between the heading and the error summary (the account navigation). */
  before?: SafeHtml;
  /** After the form (links). */
  after?: SafeHtml;
}

/** A page with one form: heading, error summary, introduction, the form, then `after`. */
export function singleFormPage(ctx: PageContext, spec: FormPageSpec, fields: SafeHtml): SafeHtml {
  const { t } = ctx;
  return layout(
    ctx,
    t(spec.title),
    html`<h1>${t(spec.title)}</h1>
${spec.before ?? ''}
${errorSummary(t, spec.errors, spec.order)}
<p>${t(spec.intro)}</p>
<form method="post" action="${spec.action}" id="${spec.id}-form" class="form" novalidate${spec.policy ? html` data-policy-form` : ''}>
${csrfField(ctx.csrf)}
${fields}
<button type="submit" class="button" id="${spec.id}-submit">${t(spec.submit)}</button>
</form>
${spec.after ?? ''}`,
  );
}

/** What the account page shows. */
export interface AccountView {
  username: string;
  givenName: string;
  familyName: string;
  email: string;
  /** PingOne's `emailVerified`: false shows a link to confirm the address. */
  emailVerified?: boolean;
  preferredLanguage: string;
}

/** `GET /account`. */
export function accountPage(
  ctx: PageContext,
  user: AccountView,
  state: FormState | null,
): SafeHtml {
  const { t } = ctx;
  const e = state?.errors;
  const v = { ...user, ...(state?.values ?? {}) };
  return singleFormPage(
    ctx,
    {
      title: 'account.title',
      intro: 'account.intro',
      submit: 'account.submit',
      action: '/account',
      id: 'account',
      errors: e,
      order: ['givenName', 'familyName', 'email', 'preferredLanguage'],
      before: accountNav(ctx, '/account'),
    },
    html`<div class="field"><span class="label" id="username-label">${t('account.username')}</span>
<p id="username" aria-labelledby="username-label" aria-describedby="username-hint"><strong>${user.username}</strong></p>
<p class="hint" id="username-hint">${t('account.usernameHint')}</p></div>
${field(t, { name: 'givenName', label: 'field.givenName', type: 'text', autocomplete: 'given-name', value: v.givenName, error: e?.givenName, maxLength: MAX_NAME })}
${field(t, { name: 'familyName', label: 'field.familyName', type: 'text', autocomplete: 'family-name', value: v.familyName, error: e?.familyName, maxLength: MAX_NAME })}
${field(t, { name: 'email', label: 'field.email', type: 'email', autocomplete: 'email', value: v.email, error: e?.email, maxLength: MAX_EMAIL })}
${user.emailVerified === false ? html`<p class="hint" id="email-status">${t('accountEmail.unverified')} <a href="/account/email" id="email-confirm">${t('accountEmail.confirmLink')}</a></p>` : ''}
<div class="field${e?.preferredLanguage ? ' field-error' : ''}">
  <label for="preferredLanguage">${t('field.preferredLanguage')}</label>
  <select id="preferredLanguage" name="preferredLanguage">
    <option value="">${t('field.noPreference')}</option>
    ${ctx.locales.map((l) => html`<option value="${l}" lang="${l}"${l === v.preferredLanguage ? html` selected` : ''}>${LOCALE_NAMES[l]}</option>`)}
  </select>
</div>`,
  );
}

/** `GET /account/password`. */
export function accountPasswordPage(
  ctx: PageContext,
  state: FormState | null,
  panel: PolicyPanel | null,
): SafeHtml {
  const e = state?.errors;
  return singleFormPage(
    ctx,
    {
      title: 'accountPassword.title',
      intro: 'accountPassword.intro',
      submit: 'accountPassword.submit',
      action: '/account/password',
      id: 'account-password',
      errors: e,
      order: ['currentPassword', 'password', 'confirmPassword'],
      policy: true,
      before: accountNav(ctx, '/account/password'),
    },
    changePasswordFields(ctx, e, panel),
  );
}

/** The current password, then the new one with its checklist and confirmation. */
export function changePasswordFields(
  ctx: PageContext,
  e: FormState['errors'] | undefined,
  panel: PolicyPanel | null,
): SafeHtml {
  return html`${field(ctx.t, { name: 'currentPassword', label: 'field.currentPassword', type: 'password', autocomplete: 'current-password', error: e?.currentPassword, maxLength: MAX_PASSWORD, toggle: true, extra: html` data-current-password` })}
${passwordFields(ctx, e, panel, 'field.newPassword', 'field.confirmNewPassword')}`;
}

/** One row of the sessions page. */
export interface SessionRow {
  id: string;
  current: boolean;
  browser: string | null;
  lastSignOn: string | null;
  place: string | null;
}

/** `GET /account/sessions`. */
export function sessionsPage(ctx: PageContext, rows: SessionRow[]): SafeHtml {
  const { t } = ctx;
  const unknown = t('sessions.unknown');
  return layout(
    ctx,
    t('sessions.title'),
    html`<h1>${t('sessions.title')}</h1>
${accountNav(ctx, '/account/sessions')}
<p>${t('sessions.intro')}</p>
<table class="sessions" id="sessions">
<thead><tr><th scope="col">${t('sessions.browser')}</th><th scope="col">${t('sessions.lastSignOn')}</th><th scope="col">${t('sessions.place')}</th></tr></thead>
<tbody>${rows.map(
      (r) =>
        html`<tr data-session="${r.current ? 'current' : 'other'}"><td>${r.browser ?? unknown}${r.current ? html` <strong class="tag">${t('sessions.current')}</strong>` : ''}</td><td>${r.lastSignOn ? html`<time datetime="${r.lastSignOn}">${formatDate(t.locale, r.lastSignOn)}</time>` : unknown}</td><td>${r.place ?? unknown}</td></tr>`,
    )}</tbody>
</table>
${
  rows.some((r) => !r.current)
    ? html`<form method="post" action="/account/sessions/others" id="sessions-form" class="inline-form">
${csrfField(ctx.csrf)}
<button type="submit" class="button button-secondary" id="sessions-submit">${t('sessions.signOutOthers')}</button>
</form>`
    : ''
}`,
  );
}

/** The home page of a signed-in person. */
export function signedInHomePage(ctx: PageContext, name: string): SafeHtml {
  const { t } = ctx;
  const card = (href: string, id: string, title: MessageKey, text: MessageKey) =>
    html`<li class="card"><h2><a id="${id}" href="${href}">${t(title)}</a></h2><p>${t(text)}</p></li>`;
  return layout(
    ctx,
    t('home.account.title'),
    html`<h1>${t('home.signedIn.title', { name })}</h1>
<ul class="cards">
${card('/account', 'action-account', 'home.account.title', 'home.account.text')}
${card('/account/password', 'action-account-password', 'accountPassword.title', 'home.accountPassword.text')}
${card('/account/sessions', 'action-sessions', 'sessions.title', 'home.sessions.text')}
</ul>
${signOutForm(ctx)}`,
  );
}

/** `GET /signout/done`. */
export function signedOutPage(ctx: PageContext): SafeHtml {
  const { t } = ctx;
  return layout(
    ctx,
    t('signedOut.title'),
    html`<h1>${t('signedOut.title')}</h1>
<p id="signed-out">${t('signedOut.text')}</p>
<p><a class="button" id="signin-again" href="/signin">${t('signedOut.again')}</a></p>`,
  );
}
