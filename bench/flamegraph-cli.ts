/**
 * A flame graph of any `.cpuprofile` (for example one written by hand with
 * `node --cpu-prof --cpu-prof-dir=DIR scripts/run.cjs main`): writes the SVG beside it (or to OUT)
 * and prints the self and inclusive shares of busy time. `npm run bench -- --profile P1` does the
 * same for a scenario's measured load.
 * Usage: npx tsx bench/flamegraph-cli.ts FILE.cpuprofile [OUT.svg] [--min-share PERCENT] [--title T] [--subtitle S]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CpuProfile, flameTree, foldProfile, renderSvg, sharesText } from './flamegraph.js';
import { sourceMapLocator } from './profile.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args.splice(i, 2)[1];
};
const minShare = Number(option('--min-share') ?? 0.2) / 100;
const title = option('--title');
const subtitle = option('--subtitle');
const [input, output] = args;
if (!input || !(minShare >= 0)) {
  process.stderr.write(
    'usage: tsx bench/flamegraph-cli.ts FILE.cpuprofile [OUT.svg] [--min-share PERCENT] [--title T] [--subtitle S]\n',
  );
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const profile = JSON.parse(readFileSync(input, 'utf8')) as CpuProfile;
const folded = foldProfile(profile, { root, locate: sourceMapLocator() });
const out = output ?? `${input.replace(/\.cpuprofile$/, '')}.svg`;
writeFileSync(
  out,
  renderSvg(flameTree(folded, minShare), {
    title: `${title ?? basename(input)}: ${folded.busy} busy samples, idle left out`,
    subtitle: `${subtitle ?? 'node --cpu-prof'}; frames under ${(minShare * 100).toFixed(1)} % of busy merged`,
  }),
);
process.stdout.write(`${sharesText(folded, 30)}\nwritten ${out}\n`);
