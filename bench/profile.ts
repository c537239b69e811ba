/**
 * `--profile`: the servers a scenario starts run under `node --cpu-prof`; when they have exited
 * (SIGTERM: a clean exit, so V8 writes the profile) each profile is cut to the scenario's measured
 * load (the windows it marked with `ctx.window`, on the server's own clock, which is
 * `process.hrtime`'s), and written as `.cpuprofile` (Chrome DevTools, speedscope), SVG flame graph
 * (bench/flamegraph.ts) and text shares of busy time.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CpuProfile,
  flameTree,
  foldProfile,
  type Locate,
  renderSvg,
  sharesText,
  sliceProfile,
} from './flamegraph.js';

/** Now, in µs on the monotonic clock V8's profiler stamps its samples with. */
export const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

/** Maps positions in `dist/run/*.js` (scripts/run.cjs output) back to `src/*.ts` via their maps. */
export function sourceMapLocator(): Locate {
  const maps = new Map<string, SourceMap | null>();
  return (url, line, column) => {
    if (!url.startsWith('file://') || url.includes('/node_modules/') || line < 0) return null;
    let map = maps.get(url);
    if (map === undefined) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')));
      } catch {
        map = null;
      }
      maps.set(url, map);
    }
    const entry = map?.findEntry(line, column) as
      | { originalSource?: string; originalLine?: number }
      | undefined;
    if (!entry?.originalSource || entry.originalLine === undefined) return null;
    return { url: new URL(entry.originalSource, url).href, line: entry.originalLine + 1 };
  };
}

interface Window {
  name: string;
  from: number;
  to: number;
}

/** What one `--profile` run profiles, and the files it writes at the end. */
export class Profiler {
  private readonly tags = new Map<number, string>();
  private readonly windows = new Map<number, Window[]>();

  constructor(
    /** Where the results go; V8 writes its raw profiles into `raw/` below it. */
    readonly dir: string,
    /** The repository root (locations are shown relative to it). */
    private readonly root: string,
    /** Frames under this share of busy samples are merged in the SVG. */
    private readonly minShare = 0.002,
  ) {}

  /** Node options for a profiled server. */
  nodeArgs(): string[] {
    return ['--cpu-prof', `--cpu-prof-dir=${join(this.dir, 'raw')}`];
  }

  /** Names a profiled server's process (`P1-portal`). */
  name(pid: number, tag: string): void {
    this.tags.set(pid, tag);
  }

  /** Marks a span of measured load on a server. */
  window(pid: number, name: string, from: number, to: number): void {
    const list = this.windows.get(pid) ?? [];
    list.push({ name, from, to });
    this.windows.set(pid, list);
  }

  /**
   * Writes, per profiled server and window name: NAME.cpuprofile, NAME.svg and NAME.txt (shares of
   * busy time); a server without windows is written whole. Returns the shares text of each.
   */
  write(subtitle: string): Array<{ name: string; text: string }> {
    const raw = join(this.dir, 'raw');
    let files: string[] = [];
    try {
      files = readdirSync(raw).filter((f) => f.endsWith('.cpuprofile'));
    } catch {}
    const locate = sourceMapLocator();
    const out: Array<{ name: string; text: string }> = [];
    for (const file of files.sort()) {
      // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile (Node's default name).
      const m = /^CPU\.\d+\.\d+\.(\d+)\.(\d+)\.\d+\.cpuprofile$/.exec(file);
      if (!m) continue;
      const pid = Number(m[1]);
      const thread = Number(m[2]);
      const profile = JSON.parse(readFileSync(join(raw, file), 'utf8')) as CpuProfile;
      const tag = `${this.tags.get(pid) ?? `pid${pid}`}${thread === 0 ? '' : `-thread${thread}`}`;
      const windows = this.windows.get(pid) ?? [];
      const names = [...new Set(windows.map((w) => w.name))];
      const parts = names.length
        ? names.map((n) => ({
            name: `${tag}-${n}`,
            what: n,
            profile: sliceProfile(
              profile,
              windows.filter((w) => w.name === n).map((w) => [w.from, w.to] as const),
            ),
          }))
        : [{ name: tag, what: 'whole run', profile }];
      for (const part of parts) {
        const folded = foldProfile(part.profile, { root: this.root, locate });
        if (folded.busy === 0) continue;
        const svg = renderSvg(flameTree(folded, this.minShare), {
          title: `${part.what} (${tag}): ${folded.busy} busy samples, idle left out`,
          subtitle: `${subtitle}; frames under ${(this.minShare * 100).toFixed(1)} % of busy merged`,
        });
        const text = sharesText(folded, 25);
        writeFileSync(join(this.dir, `${part.name}.cpuprofile`), JSON.stringify(part.profile));
        writeFileSync(join(this.dir, `${part.name}.svg`), svg);
        writeFileSync(join(this.dir, `${part.name}.txt`), `${text}\n`);
        out.push({ name: part.name, text });
      }
    }
    return out;
  }
}
