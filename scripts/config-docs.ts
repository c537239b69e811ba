/**
 * `npm run docs:config`: writes the README's configuration table (between the `config-table`
 * markers) and `.env.example` from the settings tables, the one source of every setting
 * (src/portal/settings.ts and src/local/config.ts). test/portal/docs.test.ts checks that what is
 * committed equals what this generates.
 *
 * Usage: npx tsx scripts/config-docs.ts [--check]   (--check: exit 1 if a file is out of date)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SettingDoc } from '../src/config/settings.js';
import { PINGONE_LOCAL_SETTINGS } from '../src/local/config.js';
import { SETTINGS } from '../src/portal/settings.js';

const root = new URL('../', import.meta.url);
const START = '<!-- config-table:start -->';
const END = '<!-- config-table:end -->';

/** The README's configuration table (portal settings, then PingOne Local's), aligned as Biome does. */
export function configTableMarkdown(): string {
  const rows = [...SETTINGS, ...PINGONE_LOCAL_SETTINGS].map((s) => [
    `\`${s.name}\``,
    s.default,
    s.meaning,
  ]);
  const header = ['Variable', 'Default', 'Meaning'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Markdown to the plain text of a comment: links become their text, code loses its backticks. */
const plain = (md: string) => md.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replaceAll('`', '');

const envSection = (title: string, settings: readonly SettingDoc[]) =>
  `# --- ${title} ---\n${settings
    .map((s) => `# ${plain(s.meaning)} (default: ${plain(s.default)})\n# ${s.name}=\n`)
    .join('\n')}`;

/** `.env.example`: every variable, commented out, with its meaning and default. */
export function envExample(): string {
  return [
    '# Copy to .env and uncomment what you need. Variables already set in the environment win.',
    '# With no PINGONE_* tenant settings, `npm start` runs an embedded PingOne Local (in production only with PINGONE_TARGET=local).',
    '',
    envSection('Portal', SETTINGS),
    envSection(
      'PingOne Local (standalone `npm run local`, and the embedded one)',
      PINGONE_LOCAL_SETTINGS,
    ),
  ].join('\n');
}

/** `readme` with its configuration table replaced by the generated one. */
export function withConfigTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md: no ${START} ... ${END} section`);
  return `${readme.slice(0, start + START.length)}\n${configTableMarkdown()}\n${readme.slice(end)}`;
}

function main(check: boolean): void {
  const files = [
    { path: 'README.md', make: withConfigTable },
    { path: '.env.example', make: () => envExample() },
  ];
  let stale = false;
  for (const { path, make } of files) {
    const url = new URL(path, root);
    const before = readFileSync(url, 'utf8');
    const after = make(before);
    if (after === before) continue;
    if (check) {
      stale = true;
      process.stderr.write(`${path} is out of date: run npm run docs:config\n`);
    } else {
      writeFileSync(url, after);
      process.stdout.write(`wrote ${path}\n`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.includes('--check'));
