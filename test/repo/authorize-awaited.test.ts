/**
 * `authorize()` (src/local/auth.ts) is asynchronous since tokens are verified with jose. A call
 * without `await` would skip the bearer check silently (the promise is dropped), and TypeScript
 * does not flag an unused promise; so every call site must await it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('bearer checks', () => {
  it('every call of authorize() in src/ is awaited', () => {
    const calls: string[] = [];
    const unawaited: string[] = [];
    for (const file of sources(join(ROOT, 'src'))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (!/(^|[^\w.])authorize\(/.test(line) || /function authorize\(/.test(line)) return;
        const where = `${relative(ROOT, file)}:${index + 1}`;
        calls.push(where);
        if (!/await authorize\(/.test(line)) unawaited.push(where);
      });
    }
    expect(unawaited).toEqual([]);
    // The scan found the bearer checks (every route of PingOne Local's API has one).
    expect(calls.length).toBeGreaterThanOrEqual(12);
  });
});
