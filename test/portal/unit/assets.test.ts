/**
 * The browser assets: the page script stays small, and the strength hint (zxcvbn-ts and its
 * dictionaries) is a bundle of its own that the page loads only when a new password is typed.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildAssets } from '../../../src/portal/assets.js';

describe('browser assets', () => {
  it('keeps zxcvbn-ts out of the page script, in a separate hashed bundle', async () => {
    const assets = await buildAssets();
    const page = assets.js.body.toString('utf8');
    const strength = assets.strength.body.toString('utf8');
    // The start of the (compressed) common-password dictionary: only in the strength bundle.
    const dictionary = 'A123456ApasswordA12345678Aqwerty';
    expect(strength).toContain(dictionary);
    expect(page).not.toContain(dictionary);
    expect(assets.strength.path).toMatch(/^\/assets\/strength\.[0-9a-f]{12}\.js$/);
    expect(assets.byPath.get(assets.strength.path)).toBe(assets.strength);
    // Budgets (docs/portal.md gives the measured sizes).
    expect(assets.js.body.length).toBeLessThan(16_000);
    expect(assets.strength.body.length).toBeLessThan(600_000);
    console.info(
      `page script ${assets.js.body.length} B (gzip ${gzipSync(assets.js.body).length} B), ` +
        `strength ${assets.strength.body.length} B (gzip ${gzipSync(assets.strength.body).length} B)`,
    );
  });
});
