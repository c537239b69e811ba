import type { FormState } from '../plugins/session.js';
import { changePasswordFields, singleFormPage } from './account.js';
import { html, type SafeHtml } from './html.js';
import { field, layout, type PageContext } from './layout.js';
import { MAX_EMAIL, MAX_PASSWORD, type PolicyPanel, passwordFields } from './pages.js';
import { codeField, resendSection } from './verify.js';

/** The step the flow is at, as the page shows it. */
export type SignOnStep =
  | 'password'
  | 'mustChange'
  | 'expired'
  | 'forgot'
  | 'recover'
  | 'verify'
  | 'unsupported';

/** The form action of each step. */
export const SIGNON_ACTIONS = {
  password: '/signin/password',
  mustChange: '/signin/new-password',
  expired: '/signin/new-password',
  forgot: '/signin/forgot',
  recover: '/signin/recover',
  verify: '/signin/verify',
} as const;

/** Where the verification step asks for a new code. */
export const SIGNON_RESEND = '/signin/verify/resend';

const back = (ctx: PageContext) =>
  html`<p><a href="/signin/flow?step=password" id="signon-back">${ctx.t('signon.back')}</a></p>`;

/**
 * Renders the sign-on page at `step`; `resendInSeconds` is the verification step's wait before a
 * new code may be asked for.
 */
export function signOnPage(
  ctx: PageContext,
  step: SignOnStep,
  state: FormState | null,
  panel: PolicyPanel | null,
  resendInSeconds = 0,
): SafeHtml {
  const { t } = ctx;
  const e = state?.errors;
  const v = state?.values ?? {};
  const identifier = field(t, {
    name: 'username',
    label: 'field.usernameOrEmail',
    type: 'text',
    autocomplete: 'username',
    value: v.username,
    error: e?.username,
    maxLength: MAX_EMAIL,
  });
  const newPassword = passwordFields(
    ctx,
    e,
    panel,
    'field.newPassword',
    'field.confirmNewPassword',
  );
  const newPasswordOrder = ['password', 'confirmPassword'];
  switch (step) {
    case 'password':
      return singleFormPage(
        ctx,
        {
          title: 'signon.title',
          intro: 'signon.intro',
          submit: 'signon.submit',
          action: SIGNON_ACTIONS.password,
          id: 'signon',
          errors: e,
          order: ['username', 'password'],
          after: html`<ul class="links">
<li><a href="/signin/flow?step=forgot" id="signon-forgot">${t('signon.forgotLink')}</a></li>
<li><a href="/register" id="signon-register">${t('signon.registerLink')}</a></li>
<li><a href="/password/change" id="signon-change">${t('signon.changeLink')}</a></li>
</ul>`,
        },
        html`${identifier}
${field(t, { name: 'password', label: 'field.password', type: 'password', autocomplete: 'current-password', error: e?.password, maxLength: MAX_PASSWORD, toggle: true })}`,
      );
    case 'mustChange':
    case 'expired':
      return singleFormPage(
        ctx,
        {
          title: 'signon.newPassword.title',
          intro:
            step === 'mustChange' ? 'signon.newPassword.mustChange' : 'signon.newPassword.expired',
          submit: 'signon.newPassword.submit',
          action: SIGNON_ACTIONS[step],
          id: 'signon-new-password',
          errors: e,
          order: ['currentPassword', ...newPasswordOrder],
          policy: true,
        },
        changePasswordFields(ctx, e, panel),
      );
    case 'forgot':
      return singleFormPage(
        ctx,
        {
          title: 'signon.forgot.title',
          intro: 'signon.forgot.intro',
          submit: 'signon.forgot.submit',
          action: SIGNON_ACTIONS.forgot,
          id: 'signon-forgot',
          errors: e,
          order: ['username'],
          after: back(ctx),
        },
        identifier,
      );
    case 'recover':
      return singleFormPage(
        ctx,
        {
          title: 'signon.recover.title',
          intro: 'signon.recover.intro',
          submit: 'signon.recover.submit',
          action: SIGNON_ACTIONS.recover,
          id: 'signon-recover',
          errors: e,
          order: ['recoveryCode', ...newPasswordOrder],
          policy: true,
          after: back(ctx),
        },
        html`${field(t, { name: 'recoveryCode', label: 'field.recoveryCode', type: 'text', autocomplete: 'one-time-code', hint: 'hint.recoveryCode', error: e?.recoveryCode, maxLength: 16, extra: html` class="code-input"` })}
${newPassword}`,
      );
    case 'verify':
      return singleFormPage(
        ctx,
        {
          title: 'signon.verify.title',
          intro: 'signon.verify.intro',
          submit: 'signon.verify.submit',
          action: SIGNON_ACTIONS.verify,
          id: 'signon-verify',
          errors: e,
          order: ['verificationCode'],
          after: resendSection(
            ctx,
            resendInSeconds,
            SIGNON_RESEND,
            html`<p><a href="/signin" id="signon-restart">${t('signon.verify.restart')}</a></p>`,
          ),
        },
        codeField(ctx, e?.verificationCode),
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
