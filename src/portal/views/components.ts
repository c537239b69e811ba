/**
 * Reusable page pieces (GOV.UK Design System patterns): the confirmation panel shown after a
 * flow succeeds, the "Back" link every form page starts with, and "Send a new code" under a
 * one-time-code field. New pages build on these.
 */
import { type MessageKey, pluralTemplates, type Translate } from '../i18n/index.js';
import { html, type SafeHtml } from './html.js';
import { csrfField } from './layout.js';

/** What a confirmation says and where it sends the person next. */
export interface Confirmation {
  title: MessageKey;
  text: MessageKey;
  /** The primary button: the next step. */
  next: { href: string; label: MessageKey };
  /** A secondary link under it, if any. */
  other?: { href: string; label: MessageKey };
}

/**
 * The confirmation panel: the page's `<h1>` inside `#confirmation` (focused by the script, so a
 * screen reader announces it first), what happens next, then the next step as the primary
 * button.
 */
export function confirmationPanel(t: Translate, c: Confirmation): SafeHtml {
  return html`<div class="panel" id="confirmation" tabindex="-1" aria-labelledby="confirmation-title">
  <h1 id="confirmation-title">${t(c.title)}</h1>
  <p id="confirmation-text">${t(c.text)}</p>
</div>
<p class="actions"><a class="button" id="next-step" href="${c.next.href}">${t(c.next.label)}</a>${c.other ? html` <a class="secondary-link" id="confirmation-other" href="${c.other.href}">${t(c.other.label)}</a>` : ''}</p>`;
}

/** The "Back" link at the top of a form page, to the previous step. */
export function backLink(t: Translate, href: string): SafeHtml {
  return html`<a class="back-link" id="back-link" href="${href}">${t('nav.back')}</a>`;
}

/** Options of {@link sendNewCode}. */
export interface SendNewCode {
  /** The form the button posts (rendered apart by {@link sendNewCodeForm}). */
  form: string;
  label: MessageKey;
  /** Seconds of cooldown left (0: it may be pressed now). */
  wait: number;
  /** The countdown's message; its `|one` form (and others) are looked up as plurals. */
  waitMessage: MessageKey;
}

/**
 * "Send a new code", to place right under a code field: a button of another form (`form=`), so
 * it sits inside the code's form without nesting forms. During the cooldown the script disables
 * it and counts down in `#<form>-wait` (the message's plural forms ride in `data-<category>`);
 * without script it stays enabled and the server answers "please wait N seconds".
 */
export function sendNewCode(t: Translate, spec: SendNewCode): SafeHtml {
  const forms = pluralTemplates(t.locale, spec.waitMessage);
  return html`<div class="send-new-code">
  <button type="submit" form="${spec.form}" class="button-link" id="${spec.form.replace(/-form$/, '')}-submit" data-wait="${spec.wait}" aria-describedby="${spec.form}-wait">${t(spec.label)}</button>
  <p class="hint" id="${spec.form}-wait" ${forms.map(([c, text]) => html`data-${c}="${text}" `)}hidden></p>
</div>`;
}

/** The form {@link sendNewCode} posts: only the CSRF token. */
export function sendNewCodeForm(id: string, action: string, csrf: string): SafeHtml {
  return html`<form method="post" action="${action}" id="${id}" class="send-new-code-form">${csrfField(csrf)}</form>`;
}
