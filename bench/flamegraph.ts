/**
 * From a V8 `.cpuprofile` (`node --cpu-prof`) to a static SVG flame graph and the text shares of
 * busy time that docs/benchmarks.md quotes. Pure functions (no I/O), tested in
 * test/bench/flamegraph.test.ts.
 *
 * Why written here: the npm packages that draw flame graphs either read another input or write
 * something else. `flamegraph` (thlorenz, last built for Node 0.10–6) does not read the current
 * `.cpuprofile` format (its README says so); `0x`, `@clinic/flame`, `d3-fg`/`d3-flame-graph`,
 * `speedscope` and `cpupro` produce interactive HTML pages; `flamebearer` 2.x prints a text
 * summary; `cpuprofile-to-flamegraph` builds a tree for d3. A static SVG (readable on GitHub, in a
 * browser, diffable) from folded stacks is a few hundred lines, so it is done here.
 *
 * The graph: one rectangle per frame on a stack path (root at the bottom), its width proportional
 * to the samples that passed through it; idle samples removed; frames under `minShare` of the busy
 * samples merged into one "(N frames under x %)" box per parent (drawn if that box is itself at
 * least `minShare`); colour by where the code lives
 * (our code, a package from node_modules, Node's internals, V8/native); a `<title>` on each
 * rectangle (a tooltip in browsers) with its samples and shares.
 */

/** The parts of a V8 CPU profile (`Profiler.Profile` of the DevTools protocol) read here. */
export interface CpuProfile {
  nodes: CpuProfileNode[];
  /** Microseconds, on the profiled process's monotonic clock (`process.hrtime`). */
  startTime: number;
  endTime: number;
  /** Node id of each sample. */
  samples: number[];
  /** Microseconds from the previous sample (the first: from `startTime`). */
  timeDeltas: number[];
}

export interface CpuProfileNode {
  id: number;
  callFrame: {
    functionName: string;
    scriptId?: string | number;
    url: string;
    /** Zero-based; -1 for native frames. */
    lineNumber: number;
    columnNumber: number;
  };
  hitCount?: number;
  children?: number[];
  positionTicks?: unknown;
}

/** Where a frame's code lives; decides its colour. */
export type FrameKind = 'ours' | 'package' | 'node' | 'native';

export interface Frame {
  name: string;
  /** `src/portal/render.ts:12`, `fastify/lib/reply.js:40`, `node:net:120`, or '' (native). */
  location: string;
  kind: FrameKind;
  /** The npm package, for `package` frames. */
  pkg: string | null;
}

/** Maps a generated position to its source (source maps); null keeps the generated one. */
export type Locate = (
  url: string,
  line: number,
  column: number,
) => { url: string; line: number } | null;

export interface Folded {
  /** One entry per distinct stack (root first, `(root)` left out), with its sample count. */
  stacks: Array<{ frames: Frame[]; count: number }>;
  busy: number;
  idle: number;
}

/** The samples taken within any of `windows` ([from, to] in µs of the profile's clock). */
export function sliceProfile(
  profile: CpuProfile,
  windows: ReadonlyArray<readonly [number, number]>,
): CpuProfile {
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  let t = profile.startTime;
  let last = profile.startTime;
  let first = Number.POSITIVE_INFINITY;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (!windows.some(([from, to]) => t >= from && t <= to)) continue;
    if (samples.length === 0) {
      first = t;
      last = t;
    }
    samples.push(profile.samples[i]!);
    timeDeltas.push(t - last);
    last = t;
  }
  if (samples.length === 0) return { ...profile, samples, timeDeltas, endTime: profile.startTime };
  return { ...profile, startTime: first, endTime: last, samples, timeDeltas };
}

/** Package name from a path inside node_modules (`@scope/name` or `name`). */
function packageOf(path: string): { pkg: string; rest: string } {
  const parts = path.split('/');
  const n = parts[0]?.startsWith('@') ? 2 : 1;
  return { pkg: parts.slice(0, n).join('/'), rest: parts.join('/') };
}

/** What a call frame is shown as: name, short location, kind. */
export function frameOf(node: CpuProfileNode, root: string, locate?: Locate): Frame {
  const cf = node.callFrame;
  const name = cf.functionName || '(anonymous)';
  if (!cf.url) return { name, location: '', kind: 'native', pkg: null };
  let url = cf.url;
  let line = cf.lineNumber + 1;
  const mapped = locate?.(cf.url, cf.lineNumber, cf.columnNumber);
  if (mapped) ({ url, line } = mapped);
  if (url.startsWith('node:')) return { name, location: `${url}:${line}`, kind: 'node', pkg: null };
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm !== -1) {
    const { pkg, rest } = packageOf(path.slice(nm + '/node_modules/'.length));
    return { name, location: `${rest}:${line}`, kind: 'package', pkg };
  }
  const prefix = root.endsWith('/') ? root : `${root}/`;
  const short = path.startsWith(prefix) ? path.slice(prefix.length) : path;
  return { name, location: `${short}:${line}`, kind: 'ours', pkg: null };
}

/** The stacks of a profile's samples, idle samples counted apart. */
export function foldProfile(
  profile: CpuProfile,
  opts: { root?: string; locate?: Locate } = {},
): Folded {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const counts = new Map<number, number>();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const frames = new Map<number, Frame>();
  const frame = (id: number) => {
    let f = frames.get(id);
    if (!f) {
      f = frameOf(byId.get(id)!, opts.root ?? '', opts.locate);
      frames.set(id, f);
    }
    return f;
  };
  const stacks: Folded['stacks'] = [];
  let busy = 0;
  let idle = 0;
  for (const [id, count] of counts) {
    const node = byId.get(id);
    if (!node) continue;
    if (node.callFrame.functionName === '(idle)') {
      idle += count;
      continue;
    }
    const path: Frame[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      if (byId.get(cur)!.callFrame.functionName === '(root)') break;
      path.push(frame(cur));
    }
    path.reverse();
    stacks.push({ frames: path, count });
    busy += count;
  }
  return { stacks, busy, idle };
}

const keyOf = (f: Frame) => (f.location ? `${f.name} ${f.location}` : f.name);

export interface Share {
  frame: string;
  samples: number;
  /** Of busy samples. */
  share: number;
}

/** Self and inclusive shares of busy samples per frame (a recursive frame counts once). */
export function shares(folded: Folded): { self: Share[]; inclusive: Share[] } {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const { frames, count } of folded.stacks) {
    const leaf = frames[frames.length - 1];
    if (leaf) self.set(keyOf(leaf), (self.get(keyOf(leaf)) ?? 0) + count);
    for (const key of new Set(frames.map(keyOf))) {
      inclusive.set(key, (inclusive.get(key) ?? 0) + count);
    }
  }
  const sorted = (m: Map<string, number>) =>
    [...m]
      .map(([frame, samples]) => ({ frame, samples, share: samples / Math.max(folded.busy, 1) }))
      .sort((a, b) => b.samples - a.samples || a.frame.localeCompare(b.frame));
  return { self: sorted(self), inclusive: sorted(inclusive) };
}

/** The shares as text: busy and idle, then the top `top` self and inclusive frames. */
export function sharesText(folded: Folded, top = 25): string {
  const { self, inclusive } = shares(folded);
  const all = folded.busy + folded.idle;
  const pctOf = (s: Share) => `${(s.share * 100).toFixed(1).padStart(5)} %`;
  return [
    `${folded.busy} busy samples, ${folded.idle} idle (${((folded.idle / Math.max(all, 1)) * 100).toFixed(1)} % of all, left out)`,
    `self (% of busy):`,
    ...self.slice(0, top).map((s) => `  ${pctOf(s)}  ${s.frame}`),
    `inclusive (% of busy):`,
    ...inclusive.slice(0, top).map((s) => `  ${pctOf(s)}  ${s.frame}`),
  ].join('\n');
}

/** A box of the flame graph: a frame on one stack path. */
export interface FlameNode {
  frame: Frame;
  /** Samples through this box (itself and above). */
  total: number;
  self: number;
  children: FlameNode[];
  /** For a merged box: how many frames it stands for. */
  merged?: number;
}

const ROOT: Frame = { name: 'all', location: '', kind: 'native', pkg: null };

/**
 * The call tree of the folded stacks (children sorted by name, as flamegraph.pl does), with the
 * children under `minShare` of busy samples merged into one box per parent.
 */
export function flameTree(folded: Folded, minShare = 0): FlameNode {
  interface Build {
    frame: Frame;
    total: number;
    self: number;
    children: Map<string, Build>;
  }
  const root: Build = { frame: ROOT, total: 0, self: 0, children: new Map() };
  for (const { frames, count } of folded.stacks) {
    let node = root;
    node.total += count;
    for (const f of frames) {
      const key = keyOf(f);
      let child = node.children.get(key);
      if (!child) {
        child = { frame: f, total: 0, self: 0, children: new Map() };
        node.children.set(key, child);
      }
      child.total += count;
      node = child;
    }
    node.self += count;
  }
  const min = minShare * folded.busy;
  const finish = (b: Build): FlameNode => {
    const kept: FlameNode[] = [];
    let mergedSamples = 0;
    let mergedFrames = 0;
    for (const [, child] of [...b.children].sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0))) {
      if (child.total < min) {
        mergedSamples += child.total;
        mergedFrames++;
      } else kept.push(finish(child));
    }
    // The merged box is drawn when it is itself wide enough; else its space stays blank.
    if (mergedFrames > 0 && mergedSamples >= min) {
      kept.push({
        frame: {
          name: `(${mergedFrames} frame${mergedFrames === 1 ? '' : 's'} under ${(minShare * 100).toFixed(1)} %)`,
          location: '',
          kind: 'native',
          pkg: null,
        },
        total: mergedSamples,
        self: mergedSamples,
        children: [],
        merged: mergedFrames,
      });
    }
    return { frame: b.frame, total: b.total, self: b.self, children: kept };
  };
  return finish(root);
}

/** A drawn rectangle (exported for the tests). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  depth: number;
  node: FlameNode;
}

export interface SvgOptions {
  title: string;
  /** Image width in pixels (default 1200). */
  width?: number;
  /** A second heading line (what was measured, when). */
  subtitle?: string;
}

const FRAME_HEIGHT = 16;
const FONT_SIZE = 11;
const PAD = 10;
const HEADER = 58;

/** Lays the tree out, root at the bottom; boxes narrower than 0.1 px are left out. */
export function layout(tree: FlameNode, width = 1200): { rects: Rect[]; height: number } {
  const rects: Rect[] = [];
  const scale = (width - 2 * PAD) / Math.max(tree.total, 1);
  let maxDepth = 0;
  const visit = (node: FlameNode, x: number, depth: number) => {
    const w = node.total * scale;
    if (w < 0.1) return;
    maxDepth = Math.max(maxDepth, depth);
    rects.push({ x, y: 0, width: w, depth, node });
    let cx = x;
    for (const child of node.children) {
      visit(child, cx, depth + 1);
      cx += child.total * scale;
    }
  };
  visit(tree, PAD, 0);
  const height = HEADER + (maxDepth + 1) * FRAME_HEIGHT + PAD;
  for (const r of rects) r.y = height - PAD - (r.depth + 1) * FRAME_HEIGHT;
  return { rects, height };
}

/** A stable small number from a string (colour variation per package). */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 2 ** 32;
}

/** Fill colour: green for our code, orange-yellow per package, blue for Node, grey for native. */
export function colourOf(frame: Frame, merged = false): string {
  if (merged) return 'rgb(221,221,221)';
  const v = hash(frame.pkg ?? frame.location.split(':')[0] ?? frame.name);
  switch (frame.kind) {
    case 'ours':
      return `hsl(${(110 + v * 30).toFixed(0)},55%,${(58 + v * 10).toFixed(0)}%)`;
    case 'package':
      return `hsl(${(22 + v * 30).toFixed(0)},85%,${(58 + v * 8).toFixed(0)}%)`;
    case 'node':
      return `hsl(${(200 + v * 25).toFixed(0)},60%,${(65 + v * 8).toFixed(0)}%)`;
    default:
      return `hsl(280,${(12 + v * 12).toFixed(0)}%,${(72 + v * 8).toFixed(0)}%)`;
  }
}

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  );

/** The SVG text of a flame tree. */
export function renderSvg(tree: FlameNode, opts: SvgOptions): string {
  const width = opts.width ?? 1200;
  const { rects, height } = layout(tree, width);
  const busy = Math.max(tree.total, 1);
  const pct = (n: number) => `${((n / busy) * 100).toFixed(2)} %`;
  const charWidth = FONT_SIZE * 0.6;
  const boxes = rects.map(({ x, y, width: w, node }) => {
    const f = node.frame;
    const label =
      node === tree ? `all busy samples` : f.location ? `${f.name} (${f.location})` : f.name;
    const tip =
      node === tree
        ? `all: ${node.total} busy samples (idle left out)`
        : `${label}: ${node.total} sample${node.total === 1 ? '' : 's'}, ${pct(node.total)} of busy; self ${node.self} (${pct(node.self)})${f.pkg ? `; package ${f.pkg}` : ''}`;
    const fits = Math.floor((w - 6) / charWidth);
    const text =
      fits < 3
        ? ''
        : f.name.length <= fits
          ? f.name
          : `${f.name.slice(0, Math.max(fits - 2, 1))}..`;
    return [
      `<g><title>${escapeXml(tip)}</title>`,
      `<rect x="${x.toFixed(2)}" y="${y}" width="${w.toFixed(2)}" height="${FRAME_HEIGHT - 1}" rx="2" fill="${colourOf(f, node.merged !== undefined || node === tree)}"/>`,
      text
        ? `<text x="${(x + 3).toFixed(2)}" y="${y + FRAME_HEIGHT - 4.5}">${escapeXml(text)}</text>`
        : '',
      '</g>',
    ].join('');
  });
  const legend: Array<[string, Frame]> = [
    ['our code (src/, bench/)', { name: '', location: 'src', kind: 'ours', pkg: null }],
    ['npm packages', { name: '', location: '', kind: 'package', pkg: 'fastify' }],
    ['Node.js internals', { name: '', location: 'node:net', kind: 'node', pkg: null }],
    ['V8, native, GC', { name: '', location: '', kind: 'native', pkg: null }],
  ];
  const legendSvg = legend
    .map(
      ([text, f], i) =>
        `<rect x="${PAD + i * 190}" y="40" width="12" height="12" fill="${colourOf(f)}"/><text x="${PAD + i * 190 + 16}" y="50">${escapeXml(text)}</text>`,
    )
    .join('');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Verdana, sans-serif" font-size="${FONT_SIZE}">`,
    `<title>${escapeXml(opts.title)}</title>`,
    `<rect width="100%" height="100%" fill="#f8f8f4"/>`,
    `<text x="${width / 2}" y="18" font-size="14" text-anchor="middle">${escapeXml(opts.title)}</text>`,
    opts.subtitle
      ? `<text x="${width / 2}" y="33" text-anchor="middle" fill="#555">${escapeXml(opts.subtitle)}</text>`
      : '',
    legendSvg,
    ...boxes,
    `</svg>`,
    '',
  ].join('\n');
}
