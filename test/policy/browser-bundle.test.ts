import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('browser bundle of src/policy/index.ts', () => {
  it('builds for platform browser without Node-only imports or the common list', async () => {
    const result = await build({
      entryPoints: ['src/policy/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs).sort();
    expect(inputs).toEqual([
      'src/policy/built-in.ts',
      'src/policy/common-match.ts',
      'src/policy/index.ts',
      'src/policy/messages.ts',
      'src/policy/rules.ts',
    ]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/node:|require\(/);
    // Size budget for the live checklist (currently about 10 KB minified).
    expect(code.length).toBeLessThan(20_000);
    console.info(`policy browser bundle: ${code.length} bytes minified`);
  });
});
