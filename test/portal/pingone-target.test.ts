/**
 * PINGONE_TARGET (issue 8, part 2a): in production the embedded PingOne Local runs only when asked
 * for; with no tenant and no PINGONE_TARGET the portal refuses to start.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/portal/config.js';
import { runMainToExit } from '../support/run-main.js';

const SECRET = 'production-session-secret-0123456789';
const ENV_ID = '0f3b2a2e-8f3e-4c8e-9a59-1b1f8f0e2a11';
const REFUSAL =
  'PINGONE_TARGET: NODE_ENV=production needs a PingOne tenant (set PINGONE_ENVIRONMENT_ID, ' +
  'PINGONE_CLIENT_ID and PINGONE_CLIENT_SECRET) or PINGONE_TARGET=local to run the embedded ' +
  'PingOne Local on purpose';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  return [];
}

describe('PINGONE_TARGET', () => {
  it('has no default in production: refuses without a tenant, naming what to set', () => {
    expect(problems({ NODE_ENV: 'production', SESSION_SECRET: SECRET })).toEqual([REFUSAL]);
  });

  it('runs the embedded PingOne Local in production only when asked for', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: SECRET,
      PINGONE_TARGET: 'local',
    });
    expect(c.pingone).toEqual({ kind: 'embedded' });
  });

  it('defaults to local outside production and to pingone when a tenant is configured', () => {
    expect(loadConfig({}).pingone).toEqual({ kind: 'embedded' });
    expect(loadConfig({ NODE_ENV: 'test' }).pingone).toEqual({ kind: 'embedded' });
    const tenant = {
      PINGONE_ENVIRONMENT_ID: ENV_ID,
      PINGONE_CLIENT_ID: 'client',
      PINGONE_CLIENT_SECRET: 'secret',
    };
    expect(
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, ...tenant }).pingone,
    ).toMatchObject({
      kind: 'tenant',
      environmentId: ENV_ID,
      apiBaseUrl: 'https://api.pingone.com/v1',
    });
    expect(loadConfig({ PINGONE_TARGET: 'pingone', ...tenant }).pingone.kind).toBe('tenant');
  });

  it('names missing or conflicting settings', () => {
    expect(problems({ PINGONE_TARGET: 'pingone' })).toEqual([
      'PINGONE_ENVIRONMENT_ID: required when PINGONE_TARGET=pingone',
      'PINGONE_CLIENT_ID: required when PINGONE_TARGET=pingone',
      'PINGONE_CLIENT_SECRET: required when PINGONE_TARGET=pingone',
    ]);
    expect(problems({ PINGONE_TARGET: 'local', PINGONE_ENVIRONMENT_ID: ENV_ID })).toEqual([
      'PINGONE_TARGET: local conflicts with PINGONE_ENVIRONMENT_ID (set PINGONE_TARGET=pingone, or remove them)',
    ]);
    expect(problems({ PINGONE_TARGET: 'embedded' })).toEqual([
      'PINGONE_TARGET: must be local or pingone',
    ]);
  });

  it('npm start in production without a tenant exits 1 with the message, starting nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-prod-'));
    try {
      // cwd has no .env in CI; DATA_DIR points at an empty directory that must stay empty.
      const { code, stdout, stderr } = await runMainToExit({
        NODE_ENV: 'production',
        SESSION_SECRET: SECRET,
        PORT: '0',
        DATA_DIR: dir,
      });
      expect(code).toBe(1);
      expect(stderr).toBe(`Invalid configuration:\n  - ${REFUSAL}\n`);
      expect(stdout).not.toContain('Portal:');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
