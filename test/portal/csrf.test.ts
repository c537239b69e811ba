/**
 * CSRF protection: every form refuses a POST without this session's token, or from another
 * origin or site, with a 403 and no PingOne call.
 * Part of the security review (docs/security.md), against a real portal and a real PingOne Local
 * behind the recording transport of test/support/recorded-portal.ts.
 */
import { describe, expect, it } from 'vitest';
import { CSRF_TEXT, useRecordedPortal, withFlow } from '../support/recorded-portal.js';
import { Browser, strongPassword, textOf, unique } from './harness.js';

const h = useRecordedPortal();

const FORMS: { path: string; page: string; fields: () => Record<string, string> }[] = [
  {
    path: '/register',
    page: '/register',
    fields: () => {
      const u = `csrf${unique()}`;
      const pw = strongPassword();
      return { username: u, email: `${u}@example.com`, password: pw, confirmPassword: pw };
    },
  },
  { path: '/password/forgot', page: '/password/forgot', fields: () => ({ username: 'someone' }) },
  {
    path: '/password/recover',
    page: '/password/recover',
    fields: () => {
      const pw = strongPassword();
      return { recoveryCode: 'ABCD2345', password: pw, confirmPassword: pw };
    },
  },
  { path: '/password/recover/resend', page: '/password/recover', fields: () => ({}) },
  {
    path: '/password/change',
    page: '/password/change',
    fields: () => {
      const pw = strongPassword();
      return { username: 'someone', currentPassword: 'Whatever-1234!', password: pw };
    },
  },
];

describe('CSRF protection on every form', () => {
  it('refuses a missing, foreign-session, cross-origin or cross-site POST with 403 and no PingOne call', async () => {
    for (const form of FORMS) {
      const victim = await withFlow(h);
      await victim.get(form.page);
      const token = victim.csrf();
      const attacker = await withFlow(h);
      await attacker.get(form.page);
      const foreignToken = attacker.csrf();
      const attempts: [string, string | null, Record<string, string>][] = [
        ['no token', null, {}],
        ['empty token', '', {}],
        ["another session's token", foreignToken, {}],
        ['foreign Origin', token, { origin: 'https://evil.example' }],
        ['Sec-Fetch-Site cross-site', token, { 'sec-fetch-site': 'cross-site' }],
        ['Sec-Fetch-Site same-site', token, { 'sec-fetch-site': 'same-site' }],
      ];
      for (const [what, csrf, headers] of attempts) {
        const before = h.calls.length;
        const res = await victim.post(form.path, form.fields(), { csrf, headers });
        await h.drain();
        const where = `${form.path}: ${what}`;
        expect(res.status, where).toBe(403);
        expect(res.headers.get('location'), where).toBeNull();
        expect(res.headers.get('cache-control'), where).toBe('no-store');
        expect(textOf(res.body, 'error-text'), where).toBe(CSRF_TEXT);
        expect(h.calls.slice(before), where).toEqual([]);
      }
      // A cookie-less POST (a forged form from another site without SameSite cookies) too.
      const before = h.calls.length;
      const bare = new Browser(h.url);
      const res = await bare.post(form.path, form.fields(), { csrf: token });
      expect(res.status, `${form.path}: no session`).toBe(403);
      expect(h.calls.slice(before)).toEqual([]);
    }
    const rejected = h.logs.filter((l) => l.includes('"code":"CSRF_REJECTED"'));
    expect(rejected.length).toBe(FORMS.length * 7);
  });
});
