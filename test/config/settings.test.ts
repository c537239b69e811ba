/**
 * The single source of each setting (src/config/settings.ts): the schema is built from the table,
 * the documented default is read from the schema, and a default written twice is refused.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaOf, settingDocs } from '../../src/config/settings.js';
import { PINGONE_LOCAL_SETTINGS } from '../../src/local/config.js';
import { SETTINGS } from '../../src/portal/config.js';

const doc = (settings: readonly { name: string; default: string }[], name: string) =>
  settings.find((s) => s.name === name)?.default;

describe('settings tables', () => {
  it('builds the schema from the table: defaults apply, absent optional values stay absent', () => {
    const schema = schemaOf({
      A_PORT: { type: z.string().default('3000').transform(Number), meaning: 'A port.' },
      A_NAME: { type: z.string().optional(), meaning: 'A name.' },
    });
    expect(Object.keys(schema.shape)).toEqual(['A_PORT', 'A_NAME']);
    expect(schema.parse({})).toEqual({ A_PORT: 3000 });
    expect(schema.parse({ A_PORT: '8080', A_NAME: 'x' })).toEqual({ A_PORT: 8080, A_NAME: 'x' });
  });

  it("documents the schema's default, a written one, or (none), with the note after", () => {
    expect(
      settingDocs({
        A: {
          type: z.string().default('7').pipe(z.coerce.number()),
          meaning: 'a',
          defaultNote: '(x)',
        },
        B: { type: z.string().optional(), default: 'computed', meaning: 'b' },
        C: { type: z.string().optional(), meaning: 'c' },
        D: { type: z.string().default('Name <a@b.c>'), meaning: 'd' },
      }),
    ).toEqual([
      { name: 'A', default: '7 (x)', meaning: 'a' },
      { name: 'B', default: 'computed', meaning: 'b' },
      { name: 'C', default: '(none)', meaning: 'c' },
      { name: 'D', default: '`Name <a@b.c>`', meaning: 'd' },
    ]);
  });

  it('refuses a default written both in the schema and in the documentation', () => {
    expect(() =>
      settingDocs({ A: { type: z.string().default('1'), default: '1', meaning: 'a' } }),
    ).toThrow('A: a default is written twice (schema and documentation)');
  });

  it("documents the real tables' defaults from their schemas", () => {
    expect(doc(SETTINGS, 'PORT')).toBe('3000');
    expect(doc(SETTINGS, 'TRUST_PROXY')).toBe('false');
    expect(doc(SETTINGS, 'PUBLIC_ORIGIN')).toBe('(none)');
    expect(doc(PINGONE_LOCAL_SETTINGS, 'PINGONE_LOCAL_PORT')).toBe(
      '9000 (`npm run local`); a free port when embedded',
    );
    expect(doc(PINGONE_LOCAL_SETTINGS, 'PINGONE_LOCAL_ARGON2_MEMORY_KIB')).toBe('19456');
    expect(doc(PINGONE_LOCAL_SETTINGS, 'PINGONE_LOCAL_TOKEN_LIFETIME_SECONDS')).toBe('3600');
  });
});
