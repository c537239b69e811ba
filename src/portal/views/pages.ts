/**
 * The portal's pages. Field names and element ids are a contract with the browser tests
 * (see docs/portal.md): change them only together.
 */
import type { MessageKey, MessageParams, Translate } from '../i18n/index.js';
import type { FormState } from '../plugins/session.js';
import type { BrowserPolicyData } from '../policy-engine.js';
import type { ChecklistItem } from '../policy-view.js';
import {
  backLink,
  type Confirmation,
  confirmationPanel,
  sendNewCode,
  sendNewCodeForm,
} from './components.js';
import { type HtmlValue, html, jsonForScript, type SafeHtml } from './html.js';
import { csrfField, errorSummary, field, layout, type PageContext } from './layout.js';

/** Longest accepted username (PingOne: 1–128). */
export const MAX_USERNAME = 128;
/** Longest accepted e-mail address. */
export const MAX_EMAIL = 254;
/** Longest accepted password (PingOne's policy maximum). */
export const MAX_PASSWORD = 255;

/** The policy shown on a page: checklist items plus the data the browser script evaluates. */
export interface PolicyPanel {
  items: ChecklistItem[];
  /** Serialisable data for the browser script. */
  data: BrowserPolicyData;
}

/** Home: the three actions, and signing in when the portal signs people in. */
export function homePage(ctx: PageContext, signIn = false): SafeHtml {
  const { t } = ctx;
  const card = (
    href: string,
    id: string,
    title: Parameters<Translate>[0],
    text: Parameters<Translate>[0],
  ) =>
    html`<li class="card"><h2><a id="${id}" href="${href}">${t(title)}</a></h2><p>${t(text)}</p></li>`;
  return layout(
    ctx,
    t('home.title'),
    html`<h1>${t('home.title')}</h1>
<p class="lead">${t('home.intro')}</p>
<ul class="cards">
${card('/register', 'action-register', 'home.register.title', 'home.register.text')}
${card('/password/change', 'action-change', 'home.change.title', 'home.change.text')}
${card('/password/forgot', 'action-forgot', 'home.forgot.title', 'home.forgot.text')}
${signIn ? card('/signin', 'action-signin', 'home.signin.title', 'home.signin.text') : ''}
</ul>`,
  );
}

/** The confirmation after a flow succeeded (its `<h1>` is the panel's title). */
export function confirmationPage(ctx: PageContext, confirmation: Confirmation): SafeHtml {
  return layout(ctx, ctx.t(confirmation.title), confirmationPanel(ctx.t, confirmation));
}

// Rendered checklists by panel, locale and heading: panels live as long as the cached policy they
// describe.
const renderedChecklists = new WeakMap<PolicyPanel, Map<string, SafeHtml>>();

/** The checklist's heading: "Your password must" on registration, "Your new password must" elsewhere. */
type ChecklistHeading = 'policy.heading' | 'policy.headingRegister';

/**
 * The checklist of `panel`; `failed` (the ids a refusal named) are drawn ✗ (`data-state="unmet"`)
 * until the person types a new password.
 */
function policyChecklist(
  ctx: PageContext,
  panel: PolicyPanel | null,
  heading: ChecklistHeading,
  failed?: string[],
): SafeHtml | string {
  if (!panel || panel.items.length === 0) return '';
  if (failed) return renderChecklist(ctx.t, panel, heading, new Set(failed));
  let byKey = renderedChecklists.get(panel);
  if (!byKey) {
    byKey = new Map();
    renderedChecklists.set(panel, byKey);
  }
  const key = `${ctx.locale}:${heading}`;
  let rendered = byKey.get(key);
  if (!rendered) {
    rendered = renderChecklist(ctx.t, panel, heading);
    byKey.set(key, rendered);
  }
  return rendered;
}

/**
 * A form page: heading, error summary (fields in `order`), introduction, then the form with its
 * CSRF field, `fields` and the submit button; `after` follows the form.
 */
function formPage(
  ctx: PageContext,
  spec: {
    page: 'register' | 'forgot' | 'recover' | 'change';
    action: string;
    errors: FormState['errors'] | undefined;
    /** The form carries a live password checklist. */
    policy: boolean;
    /** The previous step, for the "Back" link. */
    back: string;
    /** A paragraph before the introduction. */
    lead?: SafeHtml;
  },
  order: string[],
  fields: SafeHtml,
  after: SafeHtml | string = '',
): SafeHtml {
  const { t } = ctx;
  const { page } = spec;
  const failed = spec.errors && Object.keys(spec.errors).length > 0;
  return layout(
    ctx,
    `${failed ? t('error.titlePrefix') : ''}${t(`${page}.title`)}`,
    html`<h1>${t(`${page}.title`)}</h1>
${errorSummary(t, spec.errors, order)}
${spec.lead ?? ''}<p>${t(`${page}.intro`)}</p>
<form method="post" action="${spec.action}" id="${page}-form" class="form" novalidate${spec.policy ? html` data-policy-form` : ''}>
${csrfField(ctx.csrf)}
${fields}
<button type="submit" class="button" id="${page}-submit">${t(`${page}.submit`)}</button>
</form>${after}`,
    backLink(t, spec.back),
  );
}

/**
 * The new password with its strength hint and live checklist, then its confirmation when
 * `CONFIRM_PASSWORD=true` (register, recover, change, verify, sign-on, account).
 */
export function passwordFields(
  ctx: PageContext,
  e: FormState['errors'] | undefined,
  panel: PolicyPanel | null,
  label: MessageKey,
  confirmLabel: MessageKey,
): SafeHtml {
  const { t } = ctx;
  const heading = label === 'field.password' ? 'policy.headingRegister' : 'policy.heading';
  const verdict = e?.password?.params?.failed;
  const failed = typeof verdict === 'string' ? verdict.split(' ') : undefined;
  return html`${field(t, { name: 'password', label, type: 'password', autocomplete: 'new-password', error: e?.password, maxLength: MAX_PASSWORD, toggle: true, describedBy: panel ? ['password-policy'] : [], extra: html` data-policy-input` })}
${strengthHint(ctx)}
${policyChecklist(ctx, panel, heading, failed)}
${ctx.confirmPassword ? field(t, { name: 'confirmPassword', label: confirmLabel, type: 'password', autocomplete: 'new-password', error: e?.confirmPassword, maxLength: MAX_PASSWORD, toggle: true }) : ''}`;
}

/**
 * The strength hint (advice, not a rule), hidden until `client/strength.ts` runs: it carries
 * its script's URL and its five texts, so that script needs no catalogue.
 */
function strengthHint(ctx: PageContext): SafeHtml {
  const { t } = ctx;
  const scores = [0, 1, 2, 3, 4].map(
    (n) => html` data-score${n}="${t(`strength.score${n}` as MessageKey)}"`,
  );
  return html`<p id="password-strength" class="strength" role="status" hidden data-src="${ctx.assets.strength}"${scores}><span class="strength-meter" aria-hidden="true"><span></span></span> <span class="strength-label">${t('strength.label')}</span> <span class="strength-text"></span></p>`;
}

/** A rule's text; a symbol list stays in one piece (`span.symbols`, wrapped only as a whole). */
function ruleText(t: Translate, item: PolicyPanel['items'][number]): HtmlValue {
  const params = item.params as MessageParams;
  if (typeof params.set !== 'string') return t(item.key, params);
  const [before, after] = t(item.key, { ...params, set: '\u0000' }).split('\u0000');
  return html`${before}<span class="symbols">${params.set}</span>${after ?? ''}`;
}

function renderChecklist(
  t: Translate,
  panel: PolicyPanel,
  heading: ChecklistHeading,
  failed?: Set<string>,
): SafeHtml {
  const note = t('policy.submitOnly');
  return html`<div class="policy" id="password-policy-panel">
  <h2 class="policy-heading" id="password-policy-heading">${t(heading)}</h2>
  <ul id="password-policy" class="policy-list" aria-labelledby="password-policy-heading"${failed ? html` data-verdict="server"` : ''}>${panel.items.map(
    (item) => {
      const unmet = failed?.has(item.id) ?? false;
      return html`<li id="rule-${item.id}" data-rule="${item.id}" data-state="${unmet ? 'unmet' : 'unknown'}"><span class="rule-text">${ruleText(t, item)}</span> <span class="rule-note"${item.submitOnly ? '' : html` hidden`}>${note}</span> <span class="rule-state visually-hidden" data-met="${t('policy.met')}" data-unmet="${t('policy.unmet')}">${unmet ? t('policy.unmet') : ''}</span></li>`;
    },
  )}</ul>
  <script type="application/json" id="password-policy-data">${jsonForScript(panel.data)}</script>
</div>`;
}

/** Registration form. */
export function registerPage(
  ctx: PageContext,
  state: FormState | null,
  panel: PolicyPanel | null,
  populations: { id: string; name: string }[] | null,
): SafeHtml {
  const { t } = ctx;
  const e = state?.errors;
  const v = state?.values ?? {};
  return formPage(
    ctx,
    { page: 'register', action: '/register', errors: e, policy: true, back: '/' },
    ['username', 'email', 'population', 'password', 'confirmPassword'],
    html`${field(t, { name: 'username', label: 'field.username', type: 'text', autocomplete: 'username', value: v.username, hint: 'hint.username', error: e?.username, maxLength: MAX_USERNAME })}
${field(t, { name: 'email', label: 'field.email', type: 'email', autocomplete: 'email', value: v.email, hint: 'hint.email', error: e?.email, maxLength: MAX_EMAIL })}
${populations ? populationSelect(t, populations, v.population, e?.population) : ''}
${passwordFields(ctx, e, panel, 'field.password', 'field.confirmPassword')}`,
  );
}

function populationSelect(
  t: Translate,
  populations: { id: string; name: string }[],
  selected: string | undefined,
  error: FormState['errors'][string] | undefined,
): SafeHtml {
  return html`<div class="field${error ? ' field-error' : ''}">
  <label for="population">${t('field.population')}</label>
  ${error ? html`<p class="error-message" id="population-error">${t(error.key, error.params)}</p>` : ''}
  <select id="population" name="population" required${error ? html` aria-invalid="true" aria-describedby="population-error"` : ''}>
    <option value="">${t('field.optionalChoose')}</option>
    ${populations.map((p) => html`<option value="${p.id}"${p.id === selected ? html` selected` : ''}>${p.name}</option>`)}
  </select>
</div>`;
}

/** Forgot password: asks for the username or e-mail. */
export function forgotPage(ctx: PageContext, state: FormState | null): SafeHtml {
  const { t } = ctx;
  const e = state?.errors;
  return formPage(
    ctx,
    { page: 'forgot', action: '/password/forgot', errors: e, policy: false, back: '/' },
    ['username'],
    html`${field(t, { name: 'username', label: 'field.usernameOrEmail', type: 'text', autocomplete: 'username', value: state?.values.username, error: e?.username, maxLength: MAX_EMAIL })}`,
  );
}

/** What the recover page says about the code. */
export interface CodeSent {
  /** What the person typed on the forgot page (echoed: it reveals nothing they did not type). */
  identifier: string;
  /** Seconds before a new code may be asked for. */
  resendWait: number;
}

/** Recover: code (with "Send a new code" under it) + new password. */
export function recoverPage(
  ctx: PageContext,
  state: FormState | null,
  panel: PolicyPanel | null,
  code: CodeSent,
): SafeHtml {
  const { t } = ctx;
  const e = state?.errors;
  const [before, after] = t('recover.sentTo').split('{identifier}');
  return formPage(
    ctx,
    {
      page: 'recover',
      action: '/password/recover',
      errors: e,
      policy: true,
      back: '/password/forgot',
      lead: html`<p id="recover-sent">${before}<strong id="recover-identifier">${code.identifier}</strong>${after ?? ''}</p>`,
    },
    ['recoveryCode', 'password', 'confirmPassword'],
    html`${field(t, { name: 'recoveryCode', label: 'field.recoveryCode', type: 'text', autocomplete: 'one-time-code', value: state?.values.recoveryCode, hint: 'hint.recoveryCode', error: e?.recoveryCode, maxLength: 16, extra: html` inputmode="text" class="code-input"` })}
${sendNewCode(t, { form: 'resend-form', label: 'recover.resend', wait: code.resendWait, waitMessage: 'recover.resendWait' })}
${passwordFields(ctx, e, panel, 'field.newPassword', 'field.confirmNewPassword')}`,
    html`
${sendNewCodeForm('resend-form', '/password/recover/resend', ctx.csrf)}
<section class="secondary" aria-labelledby="resend-title">
<h2 id="resend-title">${t('recover.resendTitle')}</h2>
<p>${t('recover.resendText')}</p>
<p><a href="/password/forgot" id="recover-restart">${t('recover.restart')}</a></p>
</section>`,
  );
}

/** Change password. */
export function changePage(
  ctx: PageContext,
  state: FormState | null,
  panel: PolicyPanel | null,
): SafeHtml {
  const { t } = ctx;
  const e = state?.errors;
  return formPage(
    ctx,
    { page: 'change', action: '/password/change', errors: e, policy: true, back: '/' },
    ['username', 'currentPassword', 'password', 'confirmPassword'],
    html`${field(t, { name: 'username', label: 'field.usernameOrEmail', type: 'text', autocomplete: 'username', value: state?.values.username, error: e?.username, maxLength: MAX_EMAIL })}
${field(t, { name: 'currentPassword', label: 'field.currentPassword', type: 'password', autocomplete: 'current-password', error: e?.currentPassword, maxLength: MAX_PASSWORD, toggle: true, extra: html` data-current-password` })}
<p class="field-link"><a href="/password/forgot" id="change-forgot">${t('change.forgot')}</a></p>
${passwordFields(ctx, e, panel, 'field.newPassword', 'field.confirmNewPassword')}`,
  );
}

/** A catalogue error page with its reference id. */
export function errorPage(
  ctx: PageContext,
  title: string,
  text: string,
  referenceId: string,
): SafeHtml {
  const { t } = ctx;
  return layout(
    ctx,
    title,
    html`<h1>${title}</h1>
<div class="error-page" id="error-page">
<p id="error-text">${text}</p>
<p class="reference">${t('errorPage.reference', { id: '' })}<code id="error-reference">${referenceId}</code></p>
<p><a href="/" class="button button-secondary">${t('errorPage.home')}</a></p>
</div>`,
  );
}
