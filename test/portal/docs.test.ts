import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configTableMarkdown, envExample } from '../../scripts/config-docs.js';
import { LOCAL_SCHEMA_VARIABLES, PINGONE_LOCAL_SETTINGS } from '../../src/local/config.js';
import { SCHEMA_VARIABLES, SETTINGS } from '../../src/portal/config.js';
import { PORTAL_ERRORS } from '../../src/portal/errors.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('documentation stays true', () => {
  it('documents every error code with its status, and nothing else', () => {
    const doc = read('docs/portal.md');
    const section = doc.slice(
      doc.indexOf('## Error catalogue'),
      doc.indexOf('## Security decisions'),
    );
    const rows = [...section.matchAll(/^\| `([A-Z_]+)` +\| (\d{3}) +\|/gm)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(rows).toEqual(Object.entries(PORTAL_ERRORS).map(([code, spec]) => [code, spec.status]));
  });

  it('documents exactly the variables the configuration schema reads', () => {
    expect(SETTINGS.map((s) => s.name).sort()).toEqual([...SCHEMA_VARIABLES].sort());
  });

  it('documents exactly the variables the PingOne Local schema reads', () => {
    expect(PINGONE_LOCAL_SETTINGS.map((s) => s.name).sort()).toEqual(
      [...LOCAL_SCHEMA_VARIABLES].sort(),
    );
  });

  it('has the generated configuration table in the README (npm run docs:config)', () => {
    const readme = read('README.md');
    const table = /<!-- config-table:start -->\n([\s\S]*?)\n<!-- config-table:end -->/.exec(
      readme,
    )?.[1];
    // Biome aligns Markdown tables: compare cells, not padding.
    const cells = (md: string | undefined) =>
      (md ?? '')
        .split('\n')
        .map((line) => line.split('|').map((c) => c.trim().replace(/^-+$/, '-')))
        .filter((row) => row.length > 1);
    expect(cells(table)).toEqual(cells(configTableMarkdown()));
  });

  it('has the generated .env.example, listing every variable with its default', () => {
    const example = read('.env.example');
    expect(example).toBe(envExample());
    for (const s of [...SETTINGS, ...PINGONE_LOCAL_SETTINGS])
      expect(example, s.name).toContain(
        `(default: ${s.default.replaceAll('`', '')})\n# ${s.name}=\n`,
      );
  });
});
