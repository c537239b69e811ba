import { describe, expect, it } from 'vitest';
import {
  type CpuProfile,
  colourOf,
  flameTree,
  foldProfile,
  frameOf,
  renderSvg,
  sharesText,
  sliceProfile,
} from '../../bench/flamegraph.js';

const frame = (
  id: number,
  functionName: string,
  url = '',
  lineNumber = -1,
  children?: number[],
) => ({
  id,
  callFrame: { functionName, scriptId: String(id), url, lineNumber, columnNumber: 0 },
  ...(children ? { children } : {}),
});

/**
 * (root) → (program), (garbage collector), main → [render → tiny], writev; (idle).
 * Busy samples: program 1, gc 1, main 2 (self), render 3 (self), tiny 1, writev 2 = 10; idle 5.
 */
function profile(): CpuProfile {
  const order = [9, 4, 5, 5, 2, 9, 3, 5, 6, 9, 7, 6, 9, 4, 9];
  return {
    nodes: [
      frame(1, '(root)', '', -1, [2, 3, 4, 9]),
      frame(2, '(program)'),
      frame(3, '(garbage collector)'),
      frame(4, 'main', 'file:///repo/dist/run/main.js', 0, [5, 6]),
      frame(5, 'render', 'file:///repo/node_modules/fastify/lib/reply.js', 9, [7]),
      frame(6, 'writev'),
      frame(7, 'tiny', 'node:net', 99),
      frame(9, '(idle)'),
    ],
    startTime: 1000,
    endTime: 1000 + 10 * order.length,
    samples: order,
    timeDeltas: order.map(() => 10),
  };
}

/** The drawn boxes: tooltip, x, y, width. */
function rects(svg: string) {
  return [
    ...svg.matchAll(/<g><title>([^<]*)<\/title><rect x="([\d.]+)" y="(\d+)" width="([\d.]+)"/g),
  ].map((m) => ({
    title: m[1]!,
    x: Number(m[2]),
    y: Number(m[3]),
    width: Number(m[4]),
  }));
}

describe('flame graph from a .cpuprofile', () => {
  it('draws one box per stack frame, widths proportional to samples, idle left out', () => {
    const folded = foldProfile(profile(), { root: '/repo' });
    expect(folded.busy).toBe(10);
    expect(folded.idle).toBe(5);
    const svg = renderSvg(flameTree(folded), { title: 'test', width: 1000 });
    // 980 px for 10 samples: 98 px per sample; root at the bottom (y 106), 16 px per level.
    expect(rects(svg).map(({ title, ...r }) => [title.split(':')[0], r])).toEqual([
      ['all', { x: 10, y: 106, width: 980 }],
      ['(garbage collector)', { x: 10, y: 90, width: 98 }],
      ['(program)', { x: 108, y: 90, width: 98 }],
      ['main (dist/run/main.js', { x: 206, y: 90, width: 784 }],
      ['render (fastify/lib/reply.js', { x: 206, y: 74, width: 392 }],
      ['tiny (node', { x: 206, y: 58, width: 98 }],
      ['writev', { x: 598, y: 74, width: 196 }],
    ]);
    expect(svg).not.toContain('(idle)');
    expect(svg).toMatch(/^<\?xml[^\n]*\n<svg [^\n]*>\n<title>test<\/title>\n/);
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="132"');
    expect(rects(svg)[4]!.title).toBe(
      'render (fastify/lib/reply.js:10): 4 samples, 40.00 % of busy; self 3 (30.00 %); package fastify',
    );
  });

  it('merges the frames under the threshold into one box per parent', () => {
    const tree = flameTree(foldProfile(profile(), { root: '/repo' }), 0.15);
    const svg = renderSvg(tree, { title: 'merged', width: 1000 });
    expect(rects(svg).map((r) => [r.title.split(':')[0], r.x, r.width])).toEqual([
      ['all', 10, 980],
      ['main (dist/run/main.js', 10, 784],
      ['render (fastify/lib/reply.js', 10, 392],
      ['writev', 402, 196],
      ['(2 frames under 15.0 %)', 794, 196],
    ]);
    // `tiny` (10 %) is merged alone into a box under the threshold: not drawn, its space blank.
    expect(svg).not.toContain('tiny');
    expect(svg).not.toContain('(1 frame');
  });

  it('names frames by where their code lives, through source maps when given', () => {
    const node = (url: string) => frame(1, 'f', url, 4);
    expect(frameOf(node('file:///repo/node_modules/a/node_modules/@s/b/x.js'), '/repo')).toEqual({
      name: 'f',
      location: '@s/b/x.js:5',
      kind: 'package',
      pkg: '@s/b',
    });
    expect(frameOf(node('node:internal/http'), '/repo').kind).toBe('node');
    expect(frameOf(frame(1, '', ''), '/repo')).toEqual({
      name: '(anonymous)',
      location: '',
      kind: 'native',
      pkg: null,
    });
    const locate = (url: string, line: number) =>
      url.endsWith('/dist/run/main.js')
        ? { url: 'file:///repo/src/main.ts', line: line + 10 }
        : null;
    expect(frameOf(node('file:///repo/dist/run/main.js'), '/repo', locate).location).toBe(
      'src/main.ts:14',
    );
    const hue = (c: string) => Number(/^hsl\((\d+)/.exec(c)![1]);
    const of = (url: string) => hue(colourOf(frameOf(node(url), '/repo')));
    expect(of('file:///repo/src/x.js')).toBeGreaterThanOrEqual(110);
    expect(of('file:///repo/src/x.js')).toBeLessThanOrEqual(140);
    expect(of('file:///repo/node_modules/fastify/x.js')).toBeLessThanOrEqual(52);
    expect(of('node:net')).toBeGreaterThanOrEqual(200);
    expect(of('node:net')).toBeLessThanOrEqual(225);
  });

  it('keeps only the samples inside the time windows', () => {
    // Samples at 1010, 1020, …: [1030, 1050] keeps the 3rd to 5th (render, render, program).
    const sliced = sliceProfile(profile(), [[1030, 1050]]);
    expect(sliced.samples).toEqual([5, 5, 2]);
    expect(sliced.startTime).toBe(1030);
    expect(sliced.timeDeltas).toEqual([0, 10, 10]);
    const two = sliceProfile(profile(), [
      [1010, 1010],
      [1150, 2000],
    ]);
    expect(two.samples).toEqual([9, 9]);
    expect(foldProfile(two).busy).toBe(0);
  });

  it('prints self and inclusive shares of busy samples', () => {
    const text = sharesText(foldProfile(profile(), { root: '/repo' }), 3);
    expect(text.split('\n')).toEqual([
      '10 busy samples, 5 idle (33.3 % of all, left out)',
      'self (% of busy):',
      '   30.0 %  render fastify/lib/reply.js:10',
      '   20.0 %  main dist/run/main.js:1',
      '   20.0 %  writev',
      'inclusive (% of busy):',
      '   80.0 %  main dist/run/main.js:1',
      '   40.0 %  render fastify/lib/reply.js:10',
      '   20.0 %  writev',
    ]);
  });

  it('escapes frame names in the SVG', () => {
    const p = profile();
    p.nodes[3]!.callFrame.functionName = '<a & "b">';
    const svg = renderSvg(flameTree(foldProfile(p)), { title: 'x & y' });
    expect(svg).toContain('&lt;a &amp; &quot;b&quot;&gt;');
    expect(svg).toContain('>x &amp; y</text>');
    expect(svg).not.toContain('<a &');
  });
});
