/**
 * The e-mails that carry a one-time code (password recovery, account and e-mail verification):
 * the code alone on its own line of the text part, so that a reader (or a test) finds it. Each
 * kind has a template per reserved language (`templates/`), picked by the user's language
 * (`mailLocale` in `languages.ts`).
 */
import type { ReservedLocale } from '../languages.js';
import type { OutgoingMail } from './index.js';

/**
 * The words of one code e-mail in one language. `outro` may hold `{lifetime}`, replaced by the
 * code's lifetime in words ("5 minutes", "24 Stunden").
 */
export interface MailText {
  readonly subject: string;
  readonly intro: string;
  readonly outro: string;
}

/** One kind of code e-mail in every reserved language. */
export type MailTemplate = Readonly<Record<ReservedLocale, MailText>>;

/** The placeholder of the code's lifetime in {@link MailText.outro}. */
export const LIFETIME_PLACEHOLDER = '{lifetime}';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Lifetime in words in `locale`, with CLDR's plural forms ("5 minutes", "5 Minuten", "24 часа");
 * null (no expiry) stays null.
 */
export function lifetimeWords(seconds: number | null, locale = 'en'): string | null {
  if (seconds === null) return null;
  const [unit, amount] =
    seconds % 3600 === 0 ? ['hour', seconds / 3600] : ['minute', Math.round(seconds / 60)];
  const words = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(amount);
  // CLDR's Japanese puts a space between number and unit ("5 分"); Japanese prose writes "5分".
  return locale === 'ja' ? words.replace(/\s/gu, '') : words;
}

/** The message carrying `code` to `to`, worded by `template` in `locale` (English if absent). */
export function codeMail(
  to: string,
  code: string,
  template: MailTemplate,
  locale: string,
  ttlSeconds: number | null,
): OutgoingMail {
  const known = Object.hasOwn(template, locale) ? (locale as ReservedLocale) : 'en';
  const text = template[known];
  const outro = text.outro.replace(LIFETIME_PLACEHOLDER, lifetimeWords(ttlSeconds, known) ?? '');
  return {
    to,
    subject: text.subject,
    text: [text.intro, '', code, '', outro, ''].join('\n'),
    html: `<!doctype html><html lang="${known}"><body><p>${escapeHtml(text.intro)}</p><p style="font-size:1.5em;font-family:monospace;letter-spacing:0.2em"><strong>${escapeHtml(code)}</strong></p><p>${escapeHtml(outro)}</p></body></html>`,
  };
}
