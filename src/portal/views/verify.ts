/**
 * The pages of e-mail verification at registration (flows/verify.ts) and of the email-first
 * registration (flows/register-email-first.ts). Field names and ids are a contract with the
 * browser tests (docs/portal.md).
 */
import type { MessageKey } from '../i18n/index.js';
import type { FieldError, FormState } from '../plugins/session.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, errorSummary, field, layout, type PageContext } from './layout.js';
import { MAX_EMAIL, MAX_USERNAME, type PolicyPanel, passwordFields } from './pages.js';

/** A titled page with one POST form (`id` names the form and its submit button). */
function formPage(
  ctx: PageContext,
  spec: { id: string; action: string; title: MessageKey; intro: SafeHtml | string },
  submit: MessageKey,
  errors: FormState['errors'] | undefined,
  order: string[],
  fields: SafeHtml,
  after: SafeHtml | string = '',
  policy = false,
): SafeHtml {
  const { t } = ctx;
  return layout(
    ctx,
    t(spec.title),
    html`<h1>${t(spec.title)}</h1>
${errorSummary(t, errors, order)}
<p id="${spec.id}-intro">${spec.intro}</p>
<form method="post" action="${spec.action}" id="${spec.id}-form" class="form" novalidate${policy ? html` data-policy-form` : ''}>
${csrfField(ctx.csrf)}
${fields}
<button type="submit" class="button" id="${spec.id}-submit">${t(submit)}</button>
</form>${after}`,
  );
}

/** Email-first registration, first step: the e-mail address alone. */
export function emailFirstPage(ctx: PageContext, state: FormState | null): SafeHtml {
  const { t } = ctx;
  const e = state?.errors;
  return formPage(
    ctx,
    {
      id: 'register',
      action: '/register',
      title: 'register.title',
      intro: t('registerEmail.intro'),
    },
    'registerEmail.submit',
    e,
    ['email'],
    field(t, {
      name: 'email',
      label: 'field.email',
      type: 'email',
      autocomplete: 'email',
      value: state?.values.email,
      error: e?.email,
      maxLength: MAX_EMAIL,
    }),
  );
}

/**
 * The verification code field (`verificationCode`, PingOne's name): one-time-code autocomplete,
 * letters and digits (`inputmode=text`); spaces, dashes and case are ignored on submit.
 */
export function codeField(ctx: PageContext, error: FieldError | undefined): SafeHtml {
  return field(ctx.t, {
    name: 'verificationCode',
    label: 'field.verificationCode',
    type: 'text',
    autocomplete: 'one-time-code',
    hint: 'hint.verificationCode',
    error,
    maxLength: 16,
    extra: html` inputmode="text" class="code-input"`,
  });
}

/**
 * "No e-mail?": the wait before a new code may be asked for (`#resend-wait`, counted down by the
 * page script) and the "send a new code" form posting to `action`, then `extra`.
 */
export function resendSection(
  ctx: PageContext,
  waitSeconds: number,
  action: string,
  extra: SafeHtml | string = '',
): SafeHtml {
  const { t } = ctx;
  return html`
<section class="secondary" aria-labelledby="resend-title">
<h2 id="resend-title">${t('verify.resendTitle')}</h2>
<p>${t('verify.resendText')}</p>
${waitSeconds > 0 ? html`<p id="resend-wait" data-resend-wait="${waitSeconds}">${t('recover.resendWait', { count: waitSeconds })}</p>` : ''}
<form method="post" action="${action}" id="resend-form" class="inline-form">
${csrfField(ctx.csrf)}
<button type="submit" class="button button-secondary" id="resend-submit">${t('verify.resend')}</button>
</form>
${extra}
</section>`;
}

/** What the verify page shows besides the form state. */
export interface VerifyView {
  mode: 'classic' | 'email-first';
  email: string;
  /** Seconds before a new code may be asked for (0: now). */
  resendInSeconds: number;
  /** The code was accepted already: only the password is asked again (email-first). */
  proven: boolean;
}

/**
 * "Check your e-mail": the code (`verificationCode`), in email-first also the new password, and
 * the "send a new code" form with its cooldown.
 */
export function verifyPage(
  ctx: PageContext,
  state: FormState | null,
  view: VerifyView,
  panel: PolicyPanel | null,
): SafeHtml {
  const { t } = ctx;
  const e = state?.errors;
  const emailFirst = view.mode === 'email-first';
  // The address is set apart in the sentence, whatever its place in the language's wording.
  const [before = '', after = ''] = t(emailFirst ? 'verify.introEmailFirst' : 'verify.intro', {
    email: '\u0000',
  }).split('\u0000');
  const intro = html`${before}<strong id="verify-email">${view.email}</strong>${after}`;
  const code = view.proven ? '' : codeField(ctx, e?.verificationCode);
  const fields = emailFirst
    ? html`${code}
${passwordFields(ctx, e, panel, 'field.password', 'field.confirmPassword')}`
    : html`${code}`;
  const wait = view.resendInSeconds;
  return formPage(
    ctx,
    { id: 'verify', action: '/register/verify', title: 'verify.title', intro },
    emailFirst ? 'verify.submitEmailFirst' : 'verify.submit',
    e,
    ['verificationCode', 'password', 'confirmPassword'],
    fields,
    resendSection(
      ctx,
      wait,
      '/register/verify/resend',
      html`<p><a href="/register" id="verify-restart">${t('verify.restart')}</a></p>`,
    ),
    emailFirst,
  );
}

/** Email-first with a chosen username: the username, once the address is proven. */
export function usernamePage(ctx: PageContext, state: FormState | null): SafeHtml {
  const { t } = ctx;
  const e = state?.errors;
  return formPage(
    ctx,
    {
      id: 'username',
      action: '/register/username',
      title: 'username.title',
      intro: t('username.intro'),
    },
    'username.submit',
    e,
    ['username'],
    field(t, {
      name: 'username',
      label: 'field.username',
      type: 'text',
      autocomplete: 'username',
      value: state?.values.username,
      hint: 'hint.username',
      error: e?.username,
      maxLength: MAX_USERNAME,
    }),
  );
}

/** After a verified registration: what to do next. */
export function registerDonePage(ctx: PageContext): SafeHtml {
  const { t } = ctx;
  return layout(
    ctx,
    t('done.title'),
    html`<h1>${t('done.title')}</h1>
<p id="done-text">${t('done.text')}</p>
<p><a href="/" class="button button-secondary" id="done-home">${t('done.home')}</a></p>`,
  );
}
