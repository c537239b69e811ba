/**
 * The code e-mails' catalogue (src/local/mail/templates/): every kind in every reserved language,
 * with the same placeholders as English and no English left behind; the lifetime in words of
 * each language; and the negotiation helpers (language ranges, region fallback).
 */
import { describe, expect, it } from 'vitest';
import { languageRanges, lookupLocale, RESERVED_LOCALES } from '../../src/local/languages.js';
import {
  codeMail,
  LIFETIME_PLACEHOLDER,
  lifetimeWords,
  type MailTemplate,
} from '../../src/local/mail/code-mail.js';
import { VERIFICATION_MAIL } from '../../src/local/mail/templates/account-verification.js';
import { EMAIL_VERIFICATION_MAIL } from '../../src/local/mail/templates/email-verification.js';
import { RECOVERY_MAIL } from '../../src/local/mail/templates/recovery.js';

const TEMPLATES: Record<string, MailTemplate> = {
  recovery: RECOVERY_MAIL,
  'account verification': VERIFICATION_MAIL,
  'e-mail verification': EMAIL_VERIFICATION_MAIL,
};

const placeholders = (s: string) => (s.match(/\{[a-zA-Z]+\}/g) ?? []).sort();

describe('the mail templates', () => {
  it('cover the 17 reserved languages, nothing more', () => {
    expect(RESERVED_LOCALES).toHaveLength(17);
    for (const [kind, template] of Object.entries(TEMPLATES)) {
      expect(Object.keys(template).sort(), kind).toEqual([...RESERVED_LOCALES].sort());
    }
  });

  it('have every part in every language, with the placeholders of the English text', () => {
    for (const [kind, template] of Object.entries(TEMPLATES)) {
      const en = template.en;
      for (const locale of RESERVED_LOCALES) {
        const text = template[locale];
        for (const part of ['subject', 'intro', 'outro'] as const) {
          const where = `${kind} ${locale} ${part}`;
          expect(text[part].trim().length, where).toBeGreaterThan(0);
          expect(placeholders(text[part]), where).toEqual(placeholders(en[part]));
          if (locale !== 'en') expect(text[part], where).not.toBe(en[part]);
        }
      }
    }
  });

  it('put the lifetime where it expires, and none in the code that never does', () => {
    expect(RECOVERY_MAIL.en.outro).toContain(LIFETIME_PLACEHOLDER);
    expect(EMAIL_VERIFICATION_MAIL.en.outro).toContain(LIFETIME_PLACEHOLDER);
    expect(VERIFICATION_MAIL.en.outro).not.toContain(LIFETIME_PLACEHOLDER);
  });
});

describe('lifetimeWords', () => {
  it('says the lifetime with the plural forms of each language', () => {
    expect(lifetimeWords(300, 'en')).toBe('5 minutes');
    expect(lifetimeWords(86_400, 'de')).toBe('24 Stunden');
    expect(lifetimeWords(86_400, 'ru')).toBe('24 часа');
    expect(lifetimeWords(300, 'pl')).toBe('5 minut');
    expect(lifetimeWords(300, 'ja')).toBe('5分');
    expect(lifetimeWords(null, 'fr')).toBeNull();
    for (const locale of RESERVED_LOCALES) {
      expect(lifetimeWords(300, locale), locale).toMatch(/5/);
    }
  });
});

describe('codeMail', () => {
  it('writes the chosen language, marks the HTML with it, and falls back to English', () => {
    const mail = codeMail('a@example.com', 'ABCD1234', RECOVERY_MAIL, 'ko', 300);
    expect(mail.subject).toBe(RECOVERY_MAIL.ko.subject);
    expect(mail.text).toBe(
      `${RECOVERY_MAIL.ko.intro}\n\nABCD1234\n\n이 코드는 5분 동안 유효합니다. 비밀번호 재설정을 요청하지 않았다면 이 메시지를 무시하셔도 됩니다.\n`,
    );
    expect(mail.html).toContain('<html lang="ko">');
    const unknown = codeMail('a@example.com', 'ABCD1234', RECOVERY_MAIL, 'sv', 300);
    expect(unknown.subject).toBe('Your password recovery code');
    expect(unknown.html).toContain('<html lang="en">');
  });
});

describe('language negotiation helpers', () => {
  it('orders preferredLanguage ranges by q-value and drops q=0, * and junk', () => {
    expect(languageRanges('en-US, en-gb;q=0.8, en;q=0.7')).toEqual(['en-US', 'en-gb', 'en']);
    expect(languageRanges('de;q=0.5, ja, fr;q=0, *, 12, pt_BR;q=0.9')).toEqual([
      'ja',
      'pt-BR',
      'de',
    ]);
    expect(languageRanges('')).toEqual([]);
  });

  it('falls back from a region to its language, but never from a language to a region', () => {
    const enabled = ['en', 'fr', 'fr-CA', 'pt', 'zh'];
    expect(lookupLocale('fr-CH', enabled)).toBe('fr');
    expect(lookupLocale('FR-ca', enabled)).toBe('fr-CA');
    expect(lookupLocale('pt-BR', enabled)).toBe('pt');
    expect(lookupLocale('zh-Hant-TW', enabled)).toBe('zh');
    expect(lookupLocale('de', enabled)).toBeNull();
    expect(lookupLocale('fr-CA', ['fr'])).toBe('fr');
    expect(lookupLocale('fr', ['fr-CA'])).toBeNull();
  });
});
