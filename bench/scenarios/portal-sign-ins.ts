/**
 * P9 · portal-sign-ins: complete sign-ins per second through the portal (issue 12): `GET /account`
 * signed out → `/signin` → PingOne Local's `/as/authorize` → the portal's sign-on page (Flows API
 * read) → `POST /signin/password` (Flows API check: one Argon2id verify; resume; callback: token
 * exchange and ID-token validation) → `GET /account` (the user read with the user's token).
 * 8 concurrent loops over 8 accounts registered first through the form. Baseline: the Argon2id
 * ceiling (from P2 when it ran in this portal, else measured here).
 */
import type { BenchContext, Scenario } from '../context.js';
import { CookieJar, csrfToken, label, median, pct } from '../lib.js';
import { type Account, hashCeiling, newAccount, register, sustain } from '../portal.js';

/** GET `url` and the redirects it leads to (any origin, one jar as a browser on one host). */
async function follow(
  url: string,
  jar: CookieJar,
): Promise<{ url: string; status: number; body: string }> {
  let current = url;
  for (let hop = 0; hop < 10; hop++) {
    const res = await fetch(current, { headers: { cookie: jar.header() }, redirect: 'manual' });
    jar.store(res.headers.getSetCookie());
    const location = res.headers.get('location');
    const body = await res.text();
    if (res.status < 300 || res.status > 399 || !location)
      return { url: current, status: res.status, body };
    current = new URL(location, current).href;
  }
  throw new Error(`too many redirects from ${url}`);
}

/** One whole sign-in, from a signed-out `GET /account` to the account page. */
async function signIn(ctx: BenchContext, base: string, account: Account): Promise<boolean> {
  const jar = new CookieJar();
  const form = await follow(`${base}/account`, jar);
  if (form.status !== 200 || !form.body.includes('id="signon-form"')) {
    ctx.results.failed('sign-on page', { status: form.status, location: null, body: form.body });
    return false;
  }
  const res = await fetch(`${base}/signin/password`, {
    method: 'POST',
    headers: {
      cookie: jar.header(),
      origin: base,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      _csrf: csrfToken(form.body),
      username: account.username,
      password: account.password,
    }).toString(),
    redirect: 'manual',
  });
  jar.store(res.headers.getSetCookie());
  await res.text();
  const location = res.headers.get('location');
  const landed = location ? await follow(new URL(location, base).href, jar) : null;
  if (landed?.status === 200 && landed.url === `${base}/account`) return true;
  ctx.results.failed('sign-in', { status: res.status, location, body: landed?.body ?? '' });
  return false;
}

export const portalSignIns: Scenario = {
  id: 'P9',
  name: 'portal-sign-ins',
  sharedPortal: true,
  async run(ctx) {
    const { runs, seconds } = ctx.settings;
    const portal = await ctx.sharedPortal();
    const accounts: Account[] = [];
    while (accounts.length < 8) {
      const account = newAccount();
      if (await register(ctx, portal.url, account)) accounts.push(account);
    }
    const ceiling = portal.argon2Ceiling ?? (await hashCeiling(ctx));
    const rates: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await ctx.window(portal.proc.child.pid!, 'signins', () =>
        sustain(8, seconds, (loop) => signIn(ctx, portal.url, accounts[loop]!)),
      );
      if (r.failed > 0)
        ctx.results.note(`${this.id} run ${i + 1}: ${r.failed} sign-ins did not succeed.`);
      rates.push(r.perSecond);
      ctx.log(`${label(this)} run ${i + 1}: ${r.perSecond.toFixed(1)} sign-ins/s`);
    }
    const ratio = median(rates) / ceiling;
    ctx.results.row({
      id: label(this),
      scenario:
        'signed-out `GET /account` → sign-on page → `POST /signin/password` → resume → callback → account page, 8 concurrent',
      result: `${median(rates).toFixed(1)} sign-ins/s`,
      baseline: `Argon2id ceiling: ${ceiling.toFixed(1)} hashes/s`,
      ratio: pct(ratio),
      target: 'report',
      status: 'report',
    });
  },
};
