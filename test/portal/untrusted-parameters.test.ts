/**
 * Redirect and language parameters, reflected input, and what the health endpoints tell.
 * Part of the security review (docs/security.md), against a real portal and a real PingOne Local
 * behind the recording transport of test/support/recorded-portal.ts.
 */
import { describe, expect, it } from 'vitest';
import { BAD_REQUEST_TEXT, startRecorded, useRecordedPortal } from '../support/recorded-portal.js';
import { addFault, Browser, textOf, unique } from './harness.js';

const h = useRecordedPortal();

describe('redirect, language and reflected parameters', () => {
  it('ignores returnTo/next and never redirects off-site', async () => {
    const b = new Browser(h.url);
    for (const target of ['https://evil.example', '//evil.example', '/\\evil.example']) {
      const q = `returnTo=${encodeURIComponent(target)}&next=${encodeURIComponent(target)}`;
      const home = await b.get(`/?${q}`);
      expect([home.status, home.headers.get('location')]).toEqual([200, null]);
      expect(home.body).not.toContain('evil.example');
      await b.get('/password/forgot');
      const post = await b.post(`/password/forgot?${q}`, {
        username: `r${unique()}`,
        returnTo: target,
        next: target,
      });
      expect([post.status, post.headers.get('location')]).toEqual([303, '/password/recover']);
    }
  });

  it('accepts only known languages from ?lang= and Accept-Language, whatever their size', async () => {
    const b = new Browser(h.url);
    for (const lang of ['en%0d%0aSet-Cookie:%20x=1', '//evil.example', 'de%00', 'xx']) {
      const res = await b.get(`/?lang=${lang}`);
      expect(res.status, lang).toBe(200);
      expect(res.headers.get('location'), lang).toBeNull();
      expect(res.headers.get('content-language'), lang).toBe('en');
      expect(
        res.setCookies.filter((c) => !c.startsWith('session=')),
        lang,
      ).toEqual([]);
      expect(res.body, lang).toContain('<html lang="en" dir="ltr">');
      expect(res.body, lang).not.toContain('evil.example');
    }
    const huge = `${'zz-ZZ;q=0.9,'.repeat(700)}de;q=0.5`;
    const big = await new Browser(h.url, { 'accept-language': huge }).get('/');
    expect([big.status, big.headers.get('content-language')]).toEqual([200, 'en']);
    const weird = await new Browser(h.url, {
      'accept-language': 'xx;q=abc, fr;q=0.8, <script>;q=1, de;q=0',
    }).get('/');
    expect([weird.status, weird.headers.get('content-language')]).toEqual([200, 'fr']);
    expect(weird.body).not.toContain('<script>;');
  });

  it('never echoes the path, method or fields on error pages', async () => {
    const probe = '"><svg onload=alert(1)>{{7*7}}';
    const b = new Browser(h.url);
    const notFound = await b.get(`/${encodeURIComponent(probe)}?q=${encodeURIComponent(probe)}`);
    expect(notFound.status).toBe(404);
    await b.get('/password/forgot');
    const bad = await b.post('/password/forgot', { username: [probe, probe] });
    expect(bad.status).toBe(400);
    expect(textOf(bad.body, 'error-text')).toBe(BAD_REQUEST_TEXT);
    for (const res of [notFound, bad]) {
      expect(res.body).not.toContain('alert');
      expect(res.body).not.toContain('7*7');
      expect(res.body).not.toContain('onload');
    }
  });

  it('/readyz and /healthz tell nothing about the tenant, the token or the client', async () => {
    const b = new Browser(h.url);
    const ready = await b.get('/readyz');
    expect([ready.status, ready.body]).toEqual([200, '{"status":"ready"}']);
    expect(ready.setCookies).toEqual([]);
    const fresh = await startRecorded();
    try {
      await addFault(fresh, {
        method: 'POST',
        path: '/*/as/token',
        count: 10,
        action: { status: 401 },
      });
      const down = await new Browser(fresh.url).get('/readyz');
      expect(down.status).toBe(503);
      expect(Object.keys(JSON.parse(down.body))).toEqual(['status', 'reference']);
      for (const secret of [
        fresh.local.environmentId,
        fresh.local.clientId,
        fresh.local.clientSecret,
        'ACCESS_FAILED',
        'token',
      ]) {
        expect(down.body).not.toContain(secret);
      }
      expect(down.setCookies).toEqual([]);
      expect(down.headers.get('www-authenticate')).toBeNull();
    } finally {
      await fresh.close();
    }
  });
});
