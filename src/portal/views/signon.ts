/**
 * The portal's own sign-on page (the application's `loginPageUrl`): one page per step of
 * PingOne's flow. Every form posts to the portal, which calls the Flows API (flows/signon.ts).
 */
import type { MessageKey } from '../i18n/index.js';
import type { FormState } from '../plugins/session.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, errorSummary, field, layout, type PageContext } from './layout.js';
import { MAX_EMAIL, MAX_PASSWORD, type PolicyPanel, passwordFields } from './pages.js';

/** The step the flow is at, as the page shows it. */
export type SignOnStep =
  | 'password'
  | 'mustChange'
  | 'expired'
  | 'forgot'
  | 'recover'
  | 'unsupported';

/** The form action of each step. */
export const SIGNON_ACTIONS = {
  password: '/signin/password',
  mustChange: '/signin/new-password',
  expired: '/signin/new-password',
  forgot: '/signin/forgot',
  recover: '/signin/recover',
} as const;

function page(
  ctx: PageContext,
  spec: { title: MessageKey; intro: MessageKey; submit: MessageKey; action: string; id: string },
  errors: FormState['errors'] | undefined,
  order: string[],
  fields: SafeHtml,
  after: SafeHtml,
  policy = false,
): SafeHtml {
  const { t } = ctx;
  return layout(
    ctx,
    t(spec.title),
    html`<h1>${t(spec.title)}</h1>
${errorSummary(t, errors, order)}
<p>${t(spec.intro)}</p>
<form method="post" action="${spec.action}" id="${spec.id}-form" class="form" novalidate${policy ? html` data-policy-form` : ''}>
${csrfField(ctx.csrf)}
${fields}
<button type="submit" class="button" id="${spec.id}-submit">${t(spec.submit)}</button>
</form>
${after}`,
  );
}

const back = (ctx: PageContext) =>
  html`<p><a href="/signin/flow?step=password" id="signon-back">${ctx.t('signon.back')}</a></p>`;

/** Renders the sign-on page at `step`. */
export function signOnPage(
  ctx: PageContext,
  step: SignOnStep,
  state: FormState | null,
  panel: PolicyPanel | null,
): SafeHtml {
  const { t } = ctx;
  const e = state?.errors;
  const v = state?.values ?? {};
  switch (step) {
    case 'password':
      return page(
        ctx,
        {
          title: 'signon.title',
          intro: 'signon.intro',
          submit: 'signon.submit',
          action: SIGNON_ACTIONS.password,
          id: 'signon',
        },
        e,
        ['username', 'password'],
        html`${field(t, { name: 'username', label: 'field.usernameOrEmail', type: 'text', autocomplete: 'username', value: v.username, error: e?.username, maxLength: MAX_EMAIL })}
${field(t, { name: 'password', label: 'field.password', type: 'password', autocomplete: 'current-password', error: e?.password, maxLength: MAX_PASSWORD, toggle: true })}`,
        html`<ul class="links">
<li><a href="/signin/flow?step=forgot" id="signon-forgot">${t('signon.forgotLink')}</a></li>
<li><a href="/register" id="signon-register">${t('signon.registerLink')}</a></li>
<li><a href="/password/change" id="signon-change">${t('signon.changeLink')}</a></li>
</ul>`,
      );
    case 'mustChange':
    case 'expired':
      return page(
        ctx,
        {
          title: 'signon.newPassword.title',
          intro:
            step === 'mustChange' ? 'signon.newPassword.mustChange' : 'signon.newPassword.expired',
          submit: 'signon.newPassword.submit',
          action: SIGNON_ACTIONS[step],
          id: 'signon-new-password',
        },
        e,
        ['currentPassword', 'password', 'confirmPassword'],
        html`${field(t, { name: 'currentPassword', label: 'field.currentPassword', type: 'password', autocomplete: 'current-password', error: e?.currentPassword, maxLength: MAX_PASSWORD, toggle: true, extra: html` data-current-password` })}
${passwordFields(ctx, e, panel, 'field.newPassword', 'field.confirmNewPassword')}`,
        html``,
        true,
      );
    case 'forgot':
      return page(
        ctx,
        {
          title: 'signon.forgot.title',
          intro: 'signon.forgot.intro',
          submit: 'signon.forgot.submit',
          action: SIGNON_ACTIONS.forgot,
          id: 'signon-forgot',
        },
        e,
        ['username'],
        html`${field(t, { name: 'username', label: 'field.usernameOrEmail', type: 'text', autocomplete: 'username', value: v.username, error: e?.username, maxLength: MAX_EMAIL })}`,
        back(ctx),
      );
    case 'recover':
      return page(
        ctx,
        {
          title: 'signon.recover.title',
          intro: 'signon.recover.intro',
          submit: 'signon.recover.submit',
          action: SIGNON_ACTIONS.recover,
          id: 'signon-recover',
        },
        e,
        ['recoveryCode', 'password', 'confirmPassword'],
        html`${field(t, { name: 'recoveryCode', label: 'field.recoveryCode', type: 'text', autocomplete: 'one-time-code', hint: 'hint.recoveryCode', error: e?.recoveryCode, maxLength: 16, extra: html` class="code-input"` })}
${passwordFields(ctx, e, panel, 'field.newPassword', 'field.confirmNewPassword')}`,
        back(ctx),
        true,
      );
    case 'unsupported':
      return layout(
        ctx,
        t('signon.title'),
        html`<h1>${t('signon.title')}</h1>
<p id="signon-unsupported">${t('signon.unsupported')}</p>
<p><a href="/" class="button button-secondary">${t('errorPage.home')}</a></p>`,
      );
  }
}
