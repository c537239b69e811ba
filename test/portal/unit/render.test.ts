/** `sendPrerendered`: pristine form pages from pre-rendered bytes, identical to a fresh render. */
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loadCatalog, translator } from '../../../src/portal/i18n/index.js';
import { sendPage, sendPrerendered } from '../../../src/portal/render.js';
import { html, type SafeHtml } from '../../../src/portal/views/html.js';
import { csrfField, type PageContext } from '../../../src/portal/views/layout.js';

// The portal loads a request's language before rendering (plugins/language.ts); here, by hand.
await loadCatalog('ja');

function context(csrf: string, flash: PageContext['flash'] = []): PageContext {
  return {
    t: translator('ja'),
    locale: 'ja',
    locales: ['en', 'ja'],
    portalName: 'Portal <&>',
    logoUrl: null,
    path: '/x',
    flash,
    csrf,
    confirmPassword: false,
    assets: { css: '/a.css', js: '/a.js', strength: '/s.js' },
  };
}

/** A portal-like app whose one page is served either way; counts the renders. */
function app(render: (ctx: PageContext) => SafeHtml, prerendered: boolean) {
  const anchor = {};
  const calls = { renders: 0 };
  const counted = (ctx: PageContext) => {
    calls.renders++;
    return render(ctx);
  };
  const server = Fastify();
  server.get('/', async (request, reply) => {
    const q = request.query as { csrf: string; flash?: string };
    const ctx = context(q.csrf, q.flash ? [{ kind: 'info', key: 'layout.skip' }] : []);
    return prerendered
      ? sendPrerendered(reply, ctx, anchor, 'page', counted)
      : sendPage(reply, counted(ctx));
  });
  return { server, calls };
}

const page = (ctx: PageContext) =>
  html`<h1>${ctx.portalName} – 日本語 ${ctx.t('layout.skip')}</h1><form>${csrfField(ctx.csrf)}</form><p>${ctx.flash.map((f) => ctx.t(f.key))}</p><a data-csrf="${ctx.csrf}">é</a>`;

describe('pre-rendered pages', () => {
  it('answer byte for byte what a fresh render answers, with each request’s token', async () => {
    const cached = app(page, true);
    const fresh = app(page, false);
    for (const csrf of ['A'.repeat(43), 'b_-9'.repeat(10), 'Zz'.repeat(20)]) {
      const [a, b] = await Promise.all([
        cached.server.inject({ url: `/?csrf=${csrf}` }),
        fresh.server.inject({ url: `/?csrf=${csrf}` }),
      ]);
      expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
      expect(a.body).toContain(`value="${csrf}"`);
      expect(a.body).toContain(`data-csrf="${csrf}"`);
      expect(a.headers['content-length']).toBe(String(b.rawPayload.length));
      expect(a.headers['content-type']).toBe('text/html; charset=utf-8');
    }
    // Rendered once (with the placeholder), then only spliced.
    expect(cached.calls.renders).toBe(1);
    expect(fresh.calls.renders).toBe(3);
  });

  it('render a page with a flash message afresh', async () => {
    const cached = app(page, true);
    await cached.server.inject({ url: `/?csrf=${'A'.repeat(43)}` });
    const res = await cached.server.inject({ url: `/?csrf=${'B'.repeat(43)}&flash=1` });
    expect(res.body).toContain(translator('ja')('layout.skip'));
    expect(res.body).toContain('B'.repeat(43));
    expect(cached.calls.renders).toBe(2);
  });

  it('never cache a page that does not show the token', async () => {
    const tokenless = (ctx: PageContext) => html`<p>${ctx.portalName}</p>`;
    const cached = app(tokenless, true);
    await cached.server.inject({ url: `/?csrf=${'A'.repeat(43)}` });
    const res = await cached.server.inject({ url: `/?csrf=${'B'.repeat(43)}` });
    expect(res.body).toBe('<p>Portal &lt;&amp;&gt;</p>');
    expect(cached.calls.renders).toBe(3);
  });

  it('refuse a token that could break out of the attribute', async () => {
    const cached = app(page, true);
    await cached.server.inject({ url: `/?csrf=${'A'.repeat(43)}` });
    const res = await cached.server.inject({ url: `/?csrf=${encodeURIComponent('"><script>')}` });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('<script>');
  });

  it('keep each portal’s own pages when several share a process and an anchor', async () => {
    const anchor = {};
    const serve = (assetPath: string) => {
      const server = Fastify();
      server.decorate('portal', {} as never);
      server.get('/', async (_request, reply) =>
        sendPrerendered(
          reply,
          context('T'.repeat(43)),
          anchor,
          'page',
          (ctx) => html`<script src="${assetPath}"></script>${csrfField(ctx.csrf)}`,
        ),
      );
      return server;
    };
    const a = serve('/assets/a.js');
    const b = serve('/assets/b.js');
    expect((await a.inject({ url: '/' })).body).toContain('/assets/a.js');
    expect((await b.inject({ url: '/' })).body).toContain('/assets/b.js');
    expect((await a.inject({ url: '/' })).body).toContain('/assets/a.js');
  });
});
