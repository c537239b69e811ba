/**
 * Reusable page pieces (GOV.UK Design System patterns): the confirmation panel shown after a
 * flow succeeds, and the "Back" link every form page starts with. New pages build on these.
 */
import type { MessageKey, Translate } from '../i18n/index.js';
import { html, type SafeHtml } from './html.js';

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
