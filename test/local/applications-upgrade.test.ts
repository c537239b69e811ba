/**
 * A database written before applications had a type and OIDC settings: opening it adds the
 * columns, and the apps it holds (Workers) are read as WORKER applications with client
 * credentials, their secrets unchanged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/local/store/database.js';
import { createSqliteStore } from '../../src/local/store/sqlite.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('applications table upgrade', () => {
  it('adds the new columns and reads old rows as Workers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apps-upgrade-'));
    dirs.push(dir);
    const path = join(dir, 'old.sqlite');
    const old = new Database(path);
    old.exec(`CREATE TABLE applications (
      env_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, secret TEXT NOT NULL,
      auth_method TEXT NOT NULL, roles TEXT NOT NULL, PRIMARY KEY (env_id, id));
      INSERT INTO applications VALUES
        ('env', 'old-worker', 'Old', 'old-secret-0123456789', 'CLIENT_SECRET_POST', '["Identity Data Admin"]');`);
    old.close();

    const store = createSqliteStore(openDatabase(path));
    try {
      expect(store.listApplications('env')).toEqual([
        {
          environmentId: 'env',
          id: 'old-worker',
          name: 'Old',
          secret: 'old-secret-0123456789',
          authMethod: 'CLIENT_SECRET_POST',
          roles: ['Identity Data Admin'],
          type: 'WORKER',
          enabled: true,
          settings: {
            description: null,
            grantTypes: ['CLIENT_CREDENTIALS'],
            responseTypes: [],
            redirectUris: [],
            postLogoutRedirectUris: [],
            loginPageUrl: null,
            pkceEnforcement: 'OPTIONAL',
            refreshTokenDuration: 2592000,
            refreshTokenRollingDuration: null,
            corsSettings: null,
          },
          createdAt: 0,
          updatedAt: 0,
        },
      ]);
    } finally {
      store.close();
    }
    // A second opening finds the columns present and changes nothing.
    const again = createSqliteStore(openDatabase(path));
    try {
      expect(again.getApplication('env', 'old-worker')?.type).toBe('WORKER');
    } finally {
      again.close();
    }
  });
});
