/**
 * The e-mails that carry a one-time code (password recovery, account and e-mail verification):
 * the code alone on its own line of the text part, so that a reader (or a test) finds it.
 */
import type { OutgoingMail } from './index.js';

/** The words of one kind of code e-mail (`RECOVERY_MAIL`, `VERIFICATION_MAIL`... in pingone-behaviour.ts). */
export interface CodeMailTemplate {
  readonly subject: string;
  readonly intro: string;
  /** The closing sentence; `expires` is the code's lifetime in words, or null for none. */
  readonly outro: (expires: string | null) => string;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Lifetime in words: "5 minutes", "24 hours"; null (no expiry) stays null. */
export function lifetimeWords(seconds: number | null): string | null {
  if (seconds === null) return null;
  if (seconds % 3600 === 0) return `${seconds / 3600} hours`;
  return `${Math.round(seconds / 60)} minutes`;
}

/** The message carrying `code` to `to`, worded by `template`. */
export function codeMail(
  to: string,
  code: string,
  template: CodeMailTemplate,
  ttlSeconds: number | null,
): OutgoingMail {
  const outro = template.outro(lifetimeWords(ttlSeconds));
  return {
    to,
    subject: template.subject,
    text: [template.intro, '', code, '', outro, ''].join('\n'),
    html: `<!doctype html><html><body><p>${escapeHtml(template.intro)}</p><p style="font-size:1.5em;font-family:monospace;letter-spacing:0.2em"><strong>${escapeHtml(code)}</strong></p><p>${escapeHtml(outro)}</p></body></html>`,
  };
}
