/**
 * Page shell and shared form widgets. Every page has `lang`, a skip link, one `<main id="main">`,
 * one `<h1>`, a language switcher, and flash messages in a live region.
 */
import {
  direction,
  LOCALE_NAMES,
  type Locale,
  type MessageKey,
  type Translate,
} from '../i18n/index.js';
import type { FieldError, FlashMessage } from '../plugins/session.js';
import { type HtmlValue, html, type SafeHtml } from './html.js';

/** What every page needs besides its own content. */
export interface PageContext {
  t: Translate;
  locale: Locale;
  /** The languages the switcher offers (`SUPPORTED_LOCALES`). */
  locales: readonly Locale[];
  portalName: string;
  logoUrl: string | null;
  /** Current path (for the language switcher links). */
  path: string;
  flash: FlashMessage[];
  csrf: string;
  /** New passwords are typed twice (`CONFIRM_PASSWORD`). */
  confirmPassword: boolean;
  assets: { css: string; js: string; strength: string };
  /** The checked `?return_to=` of the session's entry page (an application URL), if any. */
  continueTo?: string | null;
}

const DEFAULT_LOGO = html`<svg class="logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false"><rect width="32" height="32" rx="8" fill="currentColor"/><path d="M16 7a6 6 0 0 0-6 6v3H9v9h14v-9h-1v-3a6 6 0 0 0-6-6Zm0 3a3 3 0 0 1 3 3v3h-6v-3a3 3 0 0 1 3-3Z" fill="#fff"/></svg>`;

/**
 * The full HTML document. `back` (a "Back" link) goes before `<main>`, as GOV.UK places it, so
 * the skip link skips it too.
 */
export function layout(
  ctx: PageContext,
  title: string,
  content: SafeHtml,
  back?: SafeHtml,
): SafeHtml {
  const { t } = ctx;
  return html`<!doctype html>
<html lang="${ctx.locale}" dir="${direction(ctx.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${title} – ${ctx.portalName}</title>
<link rel="stylesheet" href="${ctx.assets.css}">
<script src="${ctx.assets.js}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">${t('layout.skip')}</a>
<header class="site-header">
  <div class="wrap header-inner">
    <a class="brand" href="/">${ctx.logoUrl ? html`<img class="logo" src="${ctx.logoUrl}" alt="" width="32" height="32">` : DEFAULT_LOGO}<span>${ctx.portalName}</span></a>
    ${languageSwitcher(ctx)}
  </div>
</header>
${back ? html`<div class="wrap back-row">${back}</div>` : ''}
<main id="main" class="wrap${back ? ' after-back' : ''}" tabindex="-1">
${flashMessages(ctx)}
${continueButton(ctx)}
${content}
</main>
<footer class="site-footer"><div class="wrap"><p>${t('layout.footer')}</p></div></footer>
</body>
</html>`;
}

/**
 * The language switcher: a GET form with a labelled `<select>` (each language named in itself,
 * marked with its `lang` so screen readers pronounce it) and a real submit button. Not submitted
 * on change: arrowing through a closed select fires `change` in some browsers, and a page that
 * moves on input fails WCAG 3.2.2.
 */
function languageSwitcher(ctx: PageContext): SafeHtml | string {
  if (ctx.locales.length < 2) return '';
  const { t } = ctx;
  return html`<form class="lang-switch" method="get" action="${ctx.path}">
      <label for="lang-select">${t('layout.language')}</label>
      <select id="lang-select" name="lang">${ctx.locales.map(
        (l) =>
          html`<option value="${l}" lang="${l}" dir="${direction(l)}"${l === ctx.locale ? html` selected` : ''}>${LOCALE_NAMES[l]}</option>`,
      )}</select>
      <button type="submit" class="button button-secondary">${t('layout.languageSubmit')}</button>
    </form>`;
}

/** After a success, the way back to the application the person came from (`return_to`). */
function continueButton(ctx: PageContext): SafeHtml | string {
  if (!ctx.continueTo || !ctx.flash.some((f) => f.kind === 'success')) return '';
  return html`<p class="continue"><a href="${ctx.continueTo}" class="button" id="continue-app">${ctx.t('continue.app')}</a></p>`;
}

function flashMessages(ctx: PageContext): SafeHtml {
  if (ctx.flash.length === 0)
    return html`<div id="flash" class="flash-region" role="status"></div>`;
  return html`<div id="flash" class="flash-region" role="status">${ctx.flash.map(
    (f) => html`<p class="flash flash-${f.kind}">${ctx.t(f.key, f.params)}</p>`,
  )}</div>`;
}

/** A field's rendering options. */
export interface FieldSpec {
  name: string;
  label: MessageKey;
  type: 'text' | 'email' | 'password';
  autocomplete: string;
  value?: string;
  hint?: MessageKey;
  error?: FieldError | undefined;
  /** Maximum length in characters (never below 64 for passwords). */
  maxLength: number;
  /** Extra attributes for the input, already safe. */
  extra?: SafeHtml;
  /** Adds the show/hide toggle (passwords). */
  toggle?: boolean;
  /** `aria-describedby` targets besides the hint and error (e.g. the policy checklist). */
  describedBy?: string[];
}

/**
 * The accessible name of a show/hide control. It must contain the visible word as a word
 * (WCAG 2.5.3 label in name): "Show password" does for "Show", but not every language's phrase
 * does (Hungarian "Jelszó megjelenítése" for "Megjelenítés"; Thai writes no spaces), so there the
 * name is the visible word and the field's label: "Megjelenítés (Jelszó)".
 */
function toggleName(t: Translate, verb: 'show' | 'hide', label: MessageKey): string {
  const word = t(verb === 'show' ? 'password.showShort' : 'password.hideShort');
  const phrase = t(verb === 'show' ? 'password.show' : 'password.hide');
  const words = phrase.toLocaleLowerCase(t.locale).split(/\s+/);
  return words.includes(word.toLocaleLowerCase(t.locale)) ? phrase : `${word} (${t(label)})`;
}

/** One labelled input with hint, error message and optional show/hide button. */
export function field(t: Translate, spec: FieldSpec): SafeHtml {
  const describedBy = [
    spec.hint ? `${spec.name}-hint` : null,
    spec.error ? `${spec.name}-error` : null,
    ...(spec.describedBy ?? []),
  ].filter(Boolean) as string[];
  return html`<div class="field${spec.error ? ' field-error' : ''}">
  <label for="${spec.name}">${t(spec.label)}</label>
  ${spec.hint ? html`<p class="hint" id="${spec.name}-hint">${t(spec.hint)}</p>` : ''}
  ${spec.error ? html`<p class="error-message" id="${spec.name}-error">${t(spec.error.key, spec.error.params)}</p>${errorAction(t, spec.error)}` : ''}
  <div class="input-row">
    <input id="${spec.name}" name="${spec.name}" type="${spec.type}" autocomplete="${spec.autocomplete}" maxlength="${spec.maxLength}"${spec.type !== 'password' ? html` value="${spec.value ?? ''}"` : ''}${spec.type === 'text' || spec.type === 'email' ? html` autocapitalize="none" spellcheck="false"` : ''} required${describedBy.length ? html` aria-describedby="${describedBy.join(' ')}"` : ''}${spec.error ? html` aria-invalid="true"` : ''}${spec.extra ?? ''}>
    ${spec.toggle ? html`<button type="button" class="toggle-password" data-target="${spec.name}" data-show="${t('password.showShort')}" data-hide="${t('password.hideShort')}" data-show-label="${toggleName(t, 'show', spec.label)}" data-hide-label="${toggleName(t, 'hide', spec.label)}" aria-label="${toggleName(t, 'show', spec.label)}" aria-controls="${spec.name}" hidden>${t('password.showShort')}</button>` : ''}
  </div>
</div>`;
}

/** The way out a refusal offers, by its message. */
const ERROR_ACTIONS: Partial<Record<MessageKey, { href: string; label: MessageKey }>> = {
  'error.username.taken': { href: '/password/forgot', label: 'error.action.recover' },
  'error.email.taken': { href: '/password/forgot', label: 'error.action.recover' },
  'error.credentials': { href: '/password/forgot', label: 'error.action.recover' },
};

/** The link under a field message that has a way out (`p.error-action > a`). */
function errorAction(t: Translate, error: FieldError): HtmlValue {
  const action = ERROR_ACTIONS[error.key];
  return action
    ? html`<p class="error-action"><a href="${action.href}">${t(action.label)}</a></p>`
    : '';
}

/** The error summary: a linked list of every field error, focused on load. */
export function errorSummary(
  t: Translate,
  errors: Record<string, FieldError> | undefined,
  order: string[],
): HtmlValue {
  if (!errors || Object.keys(errors).length === 0) return '';
  const names = [
    ...order.filter((n) => errors[n]),
    ...Object.keys(errors).filter((n) => !order.includes(n)),
  ];
  return html`<div id="error-summary" class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
  <h2 id="error-summary-title">${t('error.summaryTitle')}</h2>
  <ul>${names.map((n) => {
    const e = errors[n]!;
    return html`<li><a href="#${n}">${t(e.key, e.params)}</a></li>`;
  })}</ul>
</div>`;
}

/** The hidden CSRF field. */
export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}
