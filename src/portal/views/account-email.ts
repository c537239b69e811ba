/**
 * `GET /account/email`: confirming a changed e-mail address with the code PingOne mailed to it
 * (flows/account-email.ts). The code field and the "send a new code" section are the verify
 * page's (views/verify.ts).
 */
import type { FormState } from '../plugins/session.js';
import { accountNav, singleFormPage } from './account.js';
import { html, type SafeHtml } from './html.js';
import type { PageContext } from './layout.js';
import { codeField, resendSection } from './verify.js';

/** What the page shows besides the form state. */
export interface AccountEmailView {
  /** The address awaiting confirmation (the user's current one). */
  email: string;
  /** Seconds before a new code may be asked for (0: now). */
  resendInSeconds: number;
}

/** The code form, the address in the introduction, and new codes. */
export function accountEmailPage(
  ctx: PageContext,
  state: FormState | null,
  view: AccountEmailView,
): SafeHtml {
  const { t } = ctx;
  const e = state?.errors;
  return singleFormPage(
    ctx,
    {
      title: 'accountEmail.title',
      intro: 'accountEmail.intro',
      submit: 'accountEmail.submit',
      action: '/account/email',
      id: 'account-email',
      errors: e,
      order: ['verificationCode'],
      before: html`${accountNav(ctx, '/account')}
<p id="account-email-address"><strong>${view.email}</strong></p>`,
      after: resendSection(
        ctx,
        view.resendInSeconds,
        '/account/email/resend',
        html`<p><a href="/account" id="account-email-back">${t('accountEmail.back')}</a></p>`,
      ),
    },
    codeField(ctx, e?.verificationCode),
  );
}
