import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { devApiPlugin, faultInjectionPlugin } from '../../src/local/dev/index.js';
import { call, ENV_ID, type Harness, startHarness, UUID } from '../support/dev-harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const INVALID_DATA =
  'The request could not be completed. One or more validation errors were in the request.';

async function seedMail() {
  await h.mailbox.send({ to: 'Ada@Example.com', subject: 'One', text: 't1', html: '<p>1</p>' });
  await h.mailbox.send({ to: 'bob@example.com', subject: 'Two', text: 't2', html: '<p>2</p>' });
  await h.mailbox.send({ to: 'ada@example.com', subject: 'Three', text: 't3', html: '<p>3</p>' });
}

describe('GET /_local/', () => {
  it('shows the environment ids escaped, links to the mailbox, and no external assets', async () => {
    h = await startHarness({ clientId: '<script>alert(1)</script>' });
    await seedMail();
    const res = await call(h.base, 'GET', '/_local/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(res.text).toContain(`<dt>Environment ID</dt><dd><code>${ENV_ID}</code></dd>`);
    expect(res.text).toContain(
      '<dt>Worker client ID</dt><dd><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></dd>',
    );
    expect(res.text).not.toContain('<script');
    expect(res.text).toContain('<dt>API base URL</dt><dd><code>http://127.0.0.1/v1</code></dd>');
    expect(res.text).toContain('<a href="/_local/mail.html">3 messages</a>');
    expect(res.text).toContain('<tr><td><code>POST /_local/faults</code></td>');
    expect(res.text).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    // The same page answers without the trailing slash.
    expect((await call(h.base, 'GET', '/_local')).text).toBe(res.text);
  });
});

describe('mailbox routes', () => {
  it('lists mail newest first, filters by recipient case-insensitively, limits', async () => {
    h = await startHarness();
    await seedMail();
    const all = await call(h.base, 'GET', '/_local/mail');
    expect(all.status).toBe(200);
    const expected = h.mailbox.list();
    expect(all.body).toEqual(
      expected.map((m) => ({
        id: m.id,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        sentAt: m.sentAt,
      })),
    );
    expect((all.body as Array<{ subject: string }>).map((m) => m.subject)).toEqual([
      'Three',
      'Two',
      'One',
    ]);
    expect(all.body).toEqual([
      {
        id: expect.stringMatching(UUID),
        to: 'ada@example.com',
        subject: 'Three',
        text: 't3',
        html: '<p>3</p>',
        sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      },
      expect.objectContaining({ subject: 'Two' }),
      expect.objectContaining({ subject: 'One', to: 'Ada@Example.com' }),
    ]);

    const ada = await call(
      h.base,
      'GET',
      `/_local/mail?to=${encodeURIComponent('ADA@example.COM')}`,
    );
    expect((ada.body as Array<{ subject: string }>).map((m) => m.subject)).toEqual([
      'Three',
      'One',
    ]);
    const one = await call(h.base, 'GET', '/_local/mail?limit=1');
    expect((one.body as Array<{ subject: string }>).map((m) => m.subject)).toEqual(['Three']);
  });

  it('rejects bad query parameters with INVALID_DATA', async () => {
    h = await startHarness();
    const res = await call(h.base, 'GET', '/_local/mail?limit=0&sort=asc');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      id: expect.stringMatching(UUID),
      code: 'INVALID_DATA',
      message: INVALID_DATA,
      details: [
        {
          code: 'OUT_OF_RANGE',
          target: 'limit',
          message: 'Number must be greater than or equal to 1',
        },
        { code: 'INVALID_VALUE', target: 'sort', message: 'is not a known member' },
      ],
    });
    const notNumber = await call(h.base, 'GET', '/_local/mail?limit=ten');
    expect((notNumber.body as { details: unknown }).details).toEqual([
      { code: 'INVALID_VALUE', target: 'limit', message: 'must be an integer' },
    ]);
    const twice = await call(h.base, 'GET', '/_local/mail?to=a@b.c&to=d@e.f');
    expect((twice.body as { details: unknown }).details).toEqual([
      { code: 'INVALID_VALUE', target: 'to', message: 'Expected string, received array' },
    ]);
  });

  it('DELETE /_local/mail empties the mailbox', async () => {
    h = await startHarness();
    await seedMail();
    const res = await call(h.base, 'DELETE', '/_local/mail');
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect((await call(h.base, 'GET', '/_local/mail')).body).toEqual([]);
  });

  it('GET /_local/mail.html shows messages escaped, HTML bodies in a sandboxed iframe', async () => {
    h = await startHarness();
    await h.mailbox.send({
      to: 'eve@example.com',
      subject: 'Hi <img src=x onerror=alert(1)>',
      text: 'Code: "ABC" & <b>',
      html: '<p onclick="x()">Reset <a href="https://portal.example/r?a=1&b=2">here</a></p><script>alert(2)</script>',
    });
    await h.mailbox.send({ to: 'bob@example.com', subject: 'Other', text: 'o', html: 'o' });
    const res = await call(h.base, 'GET', '/_local/mail.html?to=EVE@example.com');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.text).toContain('<h2>Hi &lt;img src=x onerror=alert(1)&gt;</h2>');
    expect(res.text).toContain('<pre>Code: &quot;ABC&quot; &amp; &lt;b&gt;</pre>');
    expect(res.text).toContain(
      '<iframe sandbox srcdoc="&lt;p onclick=&quot;x()&quot;&gt;Reset &lt;a href=&quot;https://portal.example/r?a=1&amp;b=2&quot;&gt;here&lt;/a&gt;&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;"',
    );
    // The page's own script is the only one: the message's markup stays escaped.
    expect(res.text.replace('<script src="/_local/mail.js"></script>', '')).not.toContain(
      '<script',
    );
    expect(res.text).not.toContain('<img');
    expect(res.text).not.toContain('Other');
    expect(res.text).toContain('<input name="to" type="email" value="EVE@example.com">');

    const empty = await call(h.base, 'GET', '/_local/mail.html?to=nobody@example.com');
    expect(empty.text).toContain('<p>No messages.</p>');
  });
});

describe('clock routes', () => {
  it('reads, advances and resets the clock', async () => {
    h = await startHarness();
    const start = await call(h.base, 'GET', '/_local/clock');
    expect(start.status).toBe(200);
    expect(start.body).toEqual({ now: expect.any(String), offsetSeconds: 0 });

    const before = Date.now();
    const advanced = await call(h.base, 'POST', '/_local/clock', { advanceSeconds: 3600 });
    const after = Date.now();
    expect(advanced.status).toBe(200);
    expect(advanced.body).toEqual({ now: expect.any(String), offsetSeconds: 3600 });
    const now = Date.parse((advanced.body as { now: string }).now);
    expect(now).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(now).toBeLessThanOrEqual(after + 3_600_000);

    const again = await call(h.base, 'POST', '/_local/clock', { advanceSeconds: 0.5 });
    expect((again.body as { offsetSeconds: number }).offsetSeconds).toBe(3600.5);
    expect(h.clock.offsetMs()).toBe(3_600_500);

    // Mail sent now carries the advanced time.
    await h.mailbox.send({ to: 'a@example.com', subject: 's', text: 't', html: 'h' });
    expect(Date.parse(h.mailbox.list()[0]!.sentAt)).toBeGreaterThanOrEqual(before + 3_600_500);

    const reset = await call(h.base, 'DELETE', '/_local/clock');
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual({ now: expect.any(String), offsetSeconds: 0 });
    expect(h.clock.offsetMs()).toBe(0);
  });

  it('rejects bad clock bodies', async () => {
    h = await startHarness();
    const cases: Array<[unknown, unknown[]]> = [
      [
        { advanceSeconds: -5 },
        [
          {
            code: 'OUT_OF_RANGE',
            target: 'advanceSeconds',
            message: 'Number must be greater than or equal to 0',
          },
        ],
      ],
      [{}, [{ code: 'REQUIRED_VALUE', target: 'advanceSeconds', message: 'Required' }]],
      [
        { advanceSeconds: '60' },
        [
          {
            code: 'INVALID_VALUE',
            target: 'advanceSeconds',
            message: 'Expected number, received string',
          },
        ],
      ],
      [
        { advanceSeconds: 1, rewind: true },
        [{ code: 'INVALID_VALUE', target: 'rewind', message: 'is not a known member' }],
      ],
    ];
    for (const [body, details] of cases) {
      const res = await call(h.base, 'POST', '/_local/clock', body);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        id: expect.stringMatching(UUID),
        code: 'INVALID_DATA',
        message: INVALID_DATA,
        details,
      });
    }
    expect(h.clock.offsetMs()).toBe(0);
  });

  it('answers malformed JSON and wrong media types with INVALID_REQUEST', async () => {
    h = await startHarness();
    const malformed = await call(h.base, 'POST', '/_local/clock', '{"advanceSeconds": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({
      id: expect.stringMatching(UUID),
      code: 'INVALID_REQUEST',
      message: 'The request could not be completed. The request is malformed.',
    });
    const wrongType = await call(h.base, 'POST', '/_local/clock', 'advanceSeconds=5', {
      'content-type': 'text/csv',
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body).toEqual({
      id: expect.stringMatching(UUID),
      code: 'INVALID_REQUEST',
      message: 'The request could not be completed. The media type is not supported.',
    });
  });
});

describe('POST /_local/reset and unknown routes', () => {
  it('resets data, mailbox, faults and clock', async () => {
    h = await startHarness();
    await seedMail();
    await call(h.base, 'POST', '/_local/clock', { advanceSeconds: 60 });
    await call(h.base, 'POST', '/_local/faults', {
      method: 'GET',
      path: '/v1/**',
      count: 5,
      action: { status: 500 },
    });
    const res = await call(h.base, 'POST', '/_local/reset');
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(h.resetCalls.count).toBe(1);
    expect((await call(h.base, 'GET', '/_local/mail')).body).toEqual([]);
    expect((await call(h.base, 'GET', '/_local/faults')).body).toEqual([]);
    expect((await call(h.base, 'GET', '/_local/clock')).body).toEqual({
      now: expect.any(String),
      offsetSeconds: 0,
    });
    expect((await call(h.base, 'GET', `/v1/environments/${ENV_ID}/users`)).status).toBe(200);
  });

  it('answers unknown /_local/ routes with NOT_FOUND', async () => {
    h = await startHarness();
    const res = await call(h.base, 'GET', '/_local/nothing?x=1');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      id: expect.stringMatching(UUID),
      code: 'NOT_FOUND',
      message: 'No developer API route GET /_local/nothing',
    });
  });
});

describe('plugin options', () => {
  it('refuses to register without its options', async () => {
    const app = Fastify({ logger: false });
    await expect(
      app.register(devApiPlugin, { mailbox: undefined } as never).ready(),
    ).rejects.toThrow(
      new TypeError('devApiPlugin: missing option(s) mailbox, clock, faults, reset, info'),
    );
    const other = Fastify({ logger: false });
    await expect(other.register(faultInjectionPlugin, {} as never).ready()).rejects.toThrow(
      new TypeError('faultInjectionPlugin: option "faults" (a FaultInjector) is required'),
    );
  });
});
