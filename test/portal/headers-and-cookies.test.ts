/**
 * Security headers on every kind of response, and the session cookie's shape and size.
 * Part of the security review (docs/security.md), against a real portal and a real PingOne Local
 * behind the recording transport of test/support/recorded-portal.ts.
 */
import { describe, expect, it } from 'vitest';
import { apiCalls, rawRequest, useRecordedPortal, withFlow } from '../support/recorded-portal.js';
import { Browser, cookieShapes, textOf } from './harness.js';

const h = useRecordedPortal();

describe('response headers and the session cookie', () => {
  it('sends no-store, the security headers and no version banner on every kind of response', async () => {
    const b = await withFlow(h);
    const responses = [
      ['GET /', await b.get('/')],
      ['GET /register', await b.get('/register')],
      ['GET /password/forgot', await b.get('/password/forgot')],
      ['GET /password/recover', await b.get('/password/recover')],
      ['GET /password/change', await b.get('/password/change')],
      ['POST /password/forgot (303)', await b.post('/password/forgot', { username: 'x' })],
      ['POST /password/change (303)', await b.post('/password/change', { username: '' })],
      ['POST 403', await b.post('/password/forgot', { username: 'x' }, { csrf: null })],
      ['GET 404', await b.get('/nope')],
      ['GET 405', await b.get('/password/recover/resend')],
      ['TRACE 405', await rawRequest(h.url, 'TRACE', '/register')],
      ['OPTIONS 405', await b.request('OPTIONS', '/password/forgot')],
      ['GET /healthz', await b.get('/healthz')],
      ['GET /readyz', await b.get('/readyz')],
    ] as const;
    for (const [what, res] of responses) {
      expect(res.headers.get('cache-control'), what).toBe('no-store');
      expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
      expect(res.headers.get('x-frame-options'), what).toBe('DENY');
      expect(res.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
      expect(res.headers.get('content-security-policy'), what).not.toContain('unsafe-inline');
      expect(res.headers.get('x-powered-by'), what).toBeNull();
      expect(res.headers.get('server'), what).toBeNull();
      const type = res.headers.get('content-type');
      if (type) expect(type, what).toMatch(/^(text\/html|application\/json); charset=utf-8$/);
    }
    expect(responses.map(([what, r]) => `${what} ${r.status}`)).toEqual([
      'GET / 200',
      'GET /register 200',
      'GET /password/forgot 200',
      'GET /password/recover 200',
      'GET /password/change 200',
      'POST /password/forgot (303) 303',
      'POST /password/change (303) 303',
      'POST 403 403',
      'GET 404 404',
      'GET 405 405',
      'TRACE 405 405',
      'OPTIONS 405 405',
      'GET /healthz 200',
      'GET /readyz 200',
    ]);
  });

  it('keeps the session cookie opaque and under 4 KB even after oversized input', async () => {
    const b = new Browser(h.url);
    await b.get('/register');
    const username = `Ünï${'界'.repeat(600)}`;
    const email = `${'m'.repeat(2000)}@example.com`;
    const before = h.calls.length;
    const res = await b.post('/register', {
      username,
      email,
      password: 'x',
      confirmPassword: 'y',
      population: 'p'.repeat(3000),
    });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/register']);
    expect(apiCalls(h.calls.slice(before))).toEqual([]);
    expect(cookieShapes(res.setCookies)).toEqual(['session=*; Path=/; HttpOnly; SameSite=Lax']);
    const cookie = res.setCookies[0]!.split(';')[0]!;
    expect(cookie.length).toBeLessThan(4096);
    const value = cookie.slice('session='.length);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(value, 'base64url').toString('latin1')).not.toMatch(/example|mmmm|\{"/);
    // The form still reports both errors; the oversized values are simply not redisplayed.
    const page = await b.get('/register');
    expect(textOf(page.body, 'username-error')).not.toBeNull();
    expect(textOf(page.body, 'email-error')).toBe('Enter an e‑mail address like name@example.com.');
    expect(page.body).toContain('id="username" name="username" type="text"');
    expect(page.body).not.toContain('界界');
  });
});
