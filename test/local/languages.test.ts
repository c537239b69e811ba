/**
 * Languages on the management API (docs/pingone-behaviour.md §15): the 17 reserved languages of a
 * new environment, paging, one language, PingOne's 404, and PUT's enable/default rules. Black box
 * over HTTP; every body is checked against the OpenAPI `Language` and `EntityArray` schemas by the
 * harness, and here explicitly.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { expectSchema } from '../support/openapi.js';
import { type ApiResponse, ISO_RE, invalidDataBody, UUID_RE, useHarness } from './helpers.js';

const READ_ONLY = {
  clientId: 'languages-read-only',
  clientSecret: 'languages-read-only-secret',
  roles: ['Identity Data Read-Only Admin'],
};

const h = useHarness({ extraApplications: [READ_ONLY] });

beforeEach(async () => {
  await h.handle.reset();
});

const RESERVED = [
  ['cs', 'Czech'],
  ['de', 'German'],
  ['en', 'English'],
  ['es', 'Spanish'],
  ['fr', 'French'],
  ['fr-CA', 'French (Canadian)'],
  ['hu', 'Hungarian'],
  ['it', 'Italian'],
  ['ja', 'Japanese'],
  ['ko', 'Korean'],
  ['nl', 'Dutch'],
  ['pl', 'Polish'],
  ['pt', 'Portuguese'],
  ['ru', 'Russian'],
  ['th', 'Thai'],
  ['tr', 'Turkish'],
  ['zh', 'Chinese'],
];

interface Language {
  id: string;
  locale: string;
  name: string;
  enabled: boolean;
  default: boolean;
}

async function languages(): Promise<Language[]> {
  const res = await h.api('/languages?limit=100');
  expect(res.status).toBe(200);
  return res.body._embedded.languages;
}

async function byLocale(locale: string): Promise<Language> {
  const found = (await languages()).find((l) => l.locale === locale);
  expect(found).toBeDefined();
  return found!;
}

const put = (language: Language, changes: Record<string, unknown>) =>
  h.api(`/languages/${language.id}`, {
    method: 'PUT',
    body: {
      locale: language.locale,
      enabled: language.enabled,
      default: language.default,
      ...changes,
    },
  });

describe('GET /languages', () => {
  it('lists the 17 reserved languages: English enabled and the default, the others disabled', async () => {
    const res = await h.api('/languages');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expectSchema('EntityArray', res.body);
    expect(res.body._links).toEqual({
      self: { href: `${h.envBase}/languages?limit=25` },
    });
    expect(res.body.count).toBe(17);
    expect(res.body.size).toBe(17);
    const list = res.body._embedded.languages;
    expect(list.map((l: Language) => [l.locale, l.name])).toEqual(RESERVED);
    for (const l of list) {
      expectSchema('Language', l);
      expect(l).toEqual({
        _links: {
          self: { href: `${h.envBase}/languages/${l.id}` },
          environment: { href: h.envBase },
        },
        id: expect.stringMatching(UUID_RE),
        environment: { id: h.local.environmentId },
        name: l.name,
        locale: l.locale,
        enabled: l.locale === 'en',
        default: l.locale === 'en',
        customerAdded: false,
        createdAt: expect.stringMatching(ISO_RE),
        updatedAt: expect.stringMatching(ISO_RE),
      });
    }
  });

  it('pages with limit and an opaque cursor', async () => {
    const seen: string[] = [];
    let url: string | undefined = `${h.envBase}/languages?limit=5`;
    const sizes: number[] = [];
    while (url) {
      const page: ApiResponse = await h.api(url);
      expect(page.status).toBe(200);
      expect(page.body.count).toBe(17);
      sizes.push(page.body.size);
      seen.push(...page.body._embedded.languages.map((l: Language) => l.locale));
      url = page.body._links.next?.href;
    }
    expect(sizes).toEqual([5, 5, 5, 2]);
    expect(seen).toEqual(RESERVED.map(([locale]) => locale));
  });

  it('refuses a limit out of 1..5000 and a cursor it did not issue', async () => {
    for (const limit of ['0', '5001']) {
      const res = await h.api(`/languages?limit=${limit}`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual(
        invalidDataBody(res, [
          {
            code: 'OUT_OF_RANGE',
            target: 'limit',
            message: 'must be between 1 and 5000',
            innerError: { rangeMinimumValue: 1, rangeMaximumValue: 5000 },
          },
        ]),
      );
    }
    const res = await h.api('/languages?cursor=bm9wZQ');
    expect(res.body).toEqual(
      invalidDataBody(res, [
        { code: 'INVALID_VALUE', target: 'cursor', message: 'is not a valid cursor' },
      ]),
    );
  });

  it('needs a token with the languages permission', async () => {
    const none = await h.api('/languages', { token: null });
    expect(none.status).toBe(401);
    const readOnly = await h.token(READ_ONLY.clientId, READ_ONLY.clientSecret);
    const res = await h.api('/languages', { token: readOnly });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('ACCESS_FAILED');
    expect(res.body.details).toEqual([
      {
        code: 'INSUFFICIENT_PERMISSIONS',
        message: 'The actor attempting to perform the request is not authorized.',
      },
    ]);
  });
});

describe('what is not emulated (choice L1)', () => {
  it('answers 405 with Allow to POST /languages and DELETE /languages/{id}', async () => {
    const post = await h.api('/languages', { method: 'POST', body: { locale: 'fi' } });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    expect(post.body.code).toBe('INVALID_REQUEST');
    const de = await byLocale('de');
    const del = await h.api(`/languages/${de.id}`, { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, PUT');
    expect((await languages()).length).toBe(17);
  });
});

describe('GET /languages/{id}', () => {
  it('reads one language as the list shows it', async () => {
    const fr = await byLocale('fr');
    const res = await h.api(`/languages/${fr.id}`);
    expect(res.status).toBe(200);
    expectSchema('Language', res.body);
    expect(res.body).toEqual(fr);
  });

  it("answers PingOne's 404 for an unknown id", async () => {
    const id = '9c052a8a-14be-44e4-8f07-2662569994ce';
    const res = await h.api(`/languages/${id}`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      id: res.headers.get('correlation-id'),
      code: 'NOT_FOUND',
      message: `Unable to find language for environmentId=${h.local.environmentId} with id=${id}`,
    });
  });
});

describe('PUT /languages/{id}', () => {
  it('enables a language, then makes it the default (the previous default is no longer one)', async () => {
    const de = await byLocale('de');
    const enabled = await put(de, { enabled: true });
    expect(enabled.status).toBe(200);
    expect(enabled.body).toMatchObject({
      locale: 'de',
      name: 'German',
      enabled: true,
      default: false,
    });
    const made = await put({ ...de, enabled: true }, { default: true });
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({ enabled: true, default: true });
    const after = await languages();
    expect(after.filter((l) => l.default).map((l) => l.locale)).toEqual(['de']);
    expect(after.filter((l) => l.enabled).map((l) => l.locale)).toEqual(['de', 'en']);
  });

  it('takes back the whole resource as read (read-only members are ignored)', async () => {
    const read = await h.api(`/languages/${(await byLocale('ja')).id}`);
    const res = await h.api(`/languages/${read.body.id}`, {
      method: 'PUT',
      body: { ...read.body, enabled: true },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ locale: 'ja', name: 'Japanese', enabled: true });
  });

  it('refuses to break the default rules and changes nothing', async () => {
    const en = await byLocale('en');
    const it_ = await byLocale('it');
    const before = await languages();
    const cases: Array<[Language, Record<string, unknown>, string, string]> = [
      [it_, { default: true }, 'default', 'must be enabled to be the default language'],
      [
        en,
        { default: false },
        'default',
        'The environment must keep an enabled default language; make another language the default first',
      ],
      [en, { enabled: false }, 'default', 'must be enabled to be the default language'],
      [it_, { locale: 'it-CH' }, 'locale', 'cannot be changed'],
    ];
    for (const [language, changes, target, message] of cases) {
      const res = await put(language, changes);
      expect(res.status, JSON.stringify(changes)).toBe(400);
      expect(res.body).toEqual(invalidDataBody(res, [{ code: 'INVALID_VALUE', target, message }]));
    }
    const missing = await h.api(`/languages/${it_.id}`, { method: 'PUT', body: { locale: 'it' } });
    expect(missing.status).toBe(400);
    expect(missing.body.details.map((d: { target: string }) => d.target).sort()).toEqual([
      'default',
      'enabled',
    ]);
    const unknown = await put(it_, { colour: 'blue' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([
      { code: 'INVALID_VALUE', target: 'colour', message: 'is not a recognised attribute' },
    ]);
    const text = await h.api(`/languages/${it_.id}`, {
      method: 'PUT',
      rawBody: 'enabled=true',
      contentType: 'text/plain',
    });
    expect(text.status).toBe(415);
    expect(await languages()).toEqual(before);
  });

  it('is refused without the write permission, and a reset restores the stock languages', async () => {
    const readOnly = await h.token(READ_ONLY.clientId, READ_ONLY.clientSecret);
    const cs = await byLocale('cs');
    const refused = await h.api(`/languages/${cs.id}`, {
      method: 'PUT',
      token: readOnly,
      body: { locale: 'cs', enabled: true, default: false },
    });
    expect(refused.status).toBe(403);
    expect((await put(cs, { enabled: true, name: 'Čeština' })).body.name).toBe('Čeština');
    await h.handle.reset();
    const after = await byLocale('cs');
    expect(after).toMatchObject({ name: 'Czech', enabled: false });
  });

  it('gives back the stock name when a PUT leaves name out', async () => {
    const nl = await byLocale('nl');
    await put(nl, { name: 'Nederlands' });
    const res = await put(nl, {});
    expect(res.body.name).toBe('Dutch');
  });
});
