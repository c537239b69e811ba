/**
 * Languages across restarts (docs/pingone-behaviour.md §15.2): a database written before
 * languages existed gets the reserved languages when PingOne Local starts on it, and a change to
 * a language survives a restart (the seed adds languages only to an environment that has none).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPingOneLocal } from '../../src/local/index.js';
import { CHEAP_ARGON2 } from '../support/stack.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The languages as found when PingOne Local starts on `dbPath`; then enables those `change` picks. */
async function languagesAfterStart(dbPath: string, change?: (locale: string) => boolean) {
  const app = await buildPingOneLocal({ dbPath, argon2: CHEAP_ARGON2 });
  try {
    const { store, environmentId, clock } = app.pingoneLocal;
    const found = store.listLanguages(environmentId);
    for (const l of found) {
      if (change?.(l.locale)) store.updateLanguage({ ...l, enabled: true, updatedAt: clock.now() });
    }
    return found.map((l) => [l.locale, l.enabled, l.isDefault]);
  } finally {
    await app.close();
  }
}

describe('languages in an existing database', () => {
  it('are seeded into a database without them, then kept as changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'languages-upgrade-'));
    dirs.push(dir);
    const path = join(dir, 'local.sqlite');
    await languagesAfterStart(path);
    const old = new Database(path);
    old.exec('DROP TABLE languages');
    old.close();

    const seeded = await languagesAfterStart(path, (locale) => locale === 'pl');
    expect(seeded).toHaveLength(17);
    expect(seeded.filter(([, enabled]) => enabled)).toEqual([['en', true, true]]);
    const again = await languagesAfterStart(path);
    expect(again.filter(([, enabled]) => enabled)).toEqual([
      ['en', true, true],
      ['pl', true, false],
    ]);
  });
});
