/**
 * Recovery and verification e-mails in the user's language (docs/pingone-behaviour.md §15):
 * `preferredLanguage`, then `locale`, then the population's preferred language, each with region
 * fallback, among the enabled languages only; else the environment's default. Black box: the
 * languages are switched on over the management API and the mail is read through the dev
 * mailbox API (`GET /_local/mail`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FAST_ARGON2, importTestUser, lastMail, uniqueName, useHarness } from './helpers.js';

const h = useHarness({ argon2: FAST_ARGON2 });
const V = 'application/vnd.pingidentity.';
const PASSWORD = 'Corr3ct-Horse!';

const RECOVERY_SUBJECT = {
  de: 'Ihr Code zum Zurücksetzen des Passworts',
  en: 'Your password recovery code',
  fr: 'Votre code de récupération de mot de passe',
  ja: 'パスワード再設定用のコード',
  pt: 'Seu código de recuperação de senha',
  zh: '您的密码重置验证码',
};

let ids: Record<string, string> = {};

async function setLanguage(locale: string, state: { enabled: boolean; default?: boolean }) {
  const res = await h.api(`/languages/${ids[locale]}`, {
    method: 'PUT',
    body: { locale, enabled: state.enabled, default: state.default ?? false },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

beforeAll(async () => {
  const res = await h.api('/languages?limit=100');
  ids = Object.fromEntries(
    res.body._embedded.languages.map((l: { locale: string; id: string }) => [l.locale, l.id]),
  );
  // Enabled: en (default), de, fr, fr-CA, ja, pt, zh. Disabled: es and the rest.
  for (const locale of ['de', 'fr', 'fr-CA', 'ja', 'pt', 'zh']) {
    await setLanguage(locale, { enabled: true });
  }
});

/** A new user with `attributes`, sent a recovery code; the mail as the dev mailbox API shows it. */
async function recoveryMail(attributes: Record<string, unknown>) {
  const user = await importTestUser(h, PASSWORD, attributes);
  const sent = await h.api(`/users/${user.id}/password`, {
    method: 'POST',
    contentType: `${V}password.sendRecoveryCode+json`,
  });
  expect(sent.status).toBe(200);
  return lastMail(h, user.email);
}

describe('the recovery e-mail', () => {
  it('is in German for preferredLanguage "de", the lifetime in German words', async () => {
    const mail = await recoveryMail({ preferredLanguage: 'de' });
    expect(mail.subject).toBe(RECOVERY_SUBJECT.de);
    expect(mail.text).toMatch(
      /^Verwenden Sie diesen Code, um Ihr Passwort zurückzusetzen:\n\n[A-Z0-9]{8}\n\nDer Code ist 5 Minuten lang gültig\. /,
    );
  });

  it('is in Canadian French for locale "fr-CA" and in French for "fr-CH"', async () => {
    const canadian = await recoveryMail({ locale: 'fr-CA' });
    expect(canadian.subject).toBe(RECOVERY_SUBJECT.fr);
    // CLDR puts a no-break space between a French number and its unit.
    expect(canadian.text).toContain('Le code expire dans 5\u00a0minutes.');
    expect(canadian.text).toContain('vous pouvez ignorer ce courriel.');
    const swiss = await recoveryMail({ locale: 'fr-CH' });
    expect(swiss.text).toContain('vous pouvez ignorer ce message.');
  });

  it('falls back from a region to its language: pt-BR → pt, zh-TW → zh', async () => {
    expect((await recoveryMail({ preferredLanguage: 'pt-BR' })).subject).toBe(RECOVERY_SUBJECT.pt);
    const zh = await recoveryMail({ preferredLanguage: 'zh-TW' });
    expect(zh.subject).toBe(RECOVERY_SUBJECT.zh);
    expect(zh.text).toContain('验证码将在5分钟后失效。');
  });

  it('takes preferredLanguage before locale, and the best-rated enabled range', async () => {
    const both = await recoveryMail({ preferredLanguage: 'ja', locale: 'de-DE' });
    expect(both.subject).toBe(RECOVERY_SUBJECT.ja);
    expect(both.text).toContain('このコードの有効期限は5分です。');
    const ranked = await recoveryMail({ preferredLanguage: 'es, de;q=0.5, ja;q=0.8' });
    // es is disabled: the next best enabled range, ja (0.8), wins over de (0.5).
    expect(ranked.subject).toBe(RECOVERY_SUBJECT.ja);
    const skipped = await recoveryMail({ preferredLanguage: 'ko, de;q=0', locale: 'pt_BR' });
    expect(skipped.subject).toBe(RECOVERY_SUBJECT.pt);
  });

  it('uses the default language for an unsupported or disabled language, and none at all', async () => {
    for (const attributes of [
      { preferredLanguage: 'es' },
      { preferredLanguage: 'xx-YY' },
      { locale: 'sv-SE' },
      {},
    ]) {
      const mail = await recoveryMail(attributes);
      expect(mail.subject, JSON.stringify(attributes)).toBe(RECOVERY_SUBJECT.en);
      expect(mail.text).toContain('The code expires in 5 minutes.');
    }
  });

  it("follows the environment's default language and the population's preferred language", async () => {
    await setLanguage('de', { enabled: true, default: true });
    try {
      expect((await recoveryMail({ preferredLanguage: 'es' })).subject).toBe(RECOVERY_SUBJECT.de);
      const population = await h.api('/populations', {
        method: 'POST',
        body: { name: uniqueName('Pop'), preferredLanguage: 'fr' },
      });
      expect(population.status).toBe(201);
      const french = await recoveryMail({ population: { id: population.body.id } });
      expect(french.subject).toBe(RECOVERY_SUBJECT.fr);
      const own = await recoveryMail({ population: { id: population.body.id }, locale: 'ja' });
      expect(own.subject).toBe(RECOVERY_SUBJECT.ja);
    } finally {
      await setLanguage('en', { enabled: true, default: true });
    }
  });

  it('is not sent in a language once it is disabled', async () => {
    await setLanguage('ja', { enabled: false });
    try {
      expect((await recoveryMail({ preferredLanguage: 'ja' })).subject).toBe(RECOVERY_SUBJECT.en);
    } finally {
      await setLanguage('ja', { enabled: true });
    }
  });
});

describe('the verification e-mails', () => {
  it('account verification follows preferredLanguage', async () => {
    const user = await importTestUser(h, PASSWORD, {
      preferredLanguage: 'de-AT',
      lifecycle: { status: 'VERIFICATION_REQUIRED' },
    });
    const mail = await lastMail(h, user.email);
    expect(mail.subject).toBe('Bestätigen Sie Ihr Konto');
    expect(mail.text).toContain('Der Code läuft nicht ab.');
  });

  it('e-mail verification follows locale, the lifetime in words of that language', async () => {
    const user = await importTestUser(h, PASSWORD, { locale: 'ja-JP' });
    const sent = await h.api(`/users/${user.id}/emailVerification`, {
      method: 'POST',
      contentType: `${V}user.emailVerification.send+json`,
      body: { notificationType: 'user' },
    });
    expect(sent.status).toBe(200);
    const mail = await lastMail(h, user.email);
    expect(mail.subject).toBe('メールアドレスの確認');
    expect(mail.text).toContain('このコードの有効期限は24時間です。');
  });

  it('a code still verifies whatever the language', async () => {
    const user = await importTestUser(h, PASSWORD, {
      preferredLanguage: 'zh',
      lifecycle: { status: 'VERIFICATION_REQUIRED' },
    });
    const mail = await lastMail(h, user.email);
    const code = /^([A-Z0-9]{8})$/m.exec(mail.text)![1]!;
    const res = await h.api(`/users/${user.id}`, {
      method: 'POST',
      contentType: `${V}user.verify+json`,
      body: { verificationCode: code },
    });
    expect(res.status).toBe(200);
    expect(res.body.lifecycle).toEqual({ status: 'ACCOUNT_OK' });
  });
});
