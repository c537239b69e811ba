/**
 * One ConfigError for the portal and PingOne Local: `src/main.ts` recognises a bad setting of the
 * embedded PingOne Local by class, and prints it like the portal's own.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/error.js';
import { loadLocalConfig } from '../../src/local/config.js';
import { loadConfig } from '../../src/portal/config.js';
import { runMainToExit } from '../support/run-main.js';

const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
};

describe('ConfigError', () => {
  it('is the same class from both loaders, listing one problem a line', () => {
    const portal = thrown(() => loadConfig({ PORT: 'x' }));
    const local = thrown(() => loadLocalConfig({ PINGONE_LOCAL_PORT: 'x' }));
    expect(portal).toBeInstanceOf(ConfigError);
    expect(local).toBeInstanceOf(ConfigError);
    expect((local as ConfigError).problems).toEqual(['PINGONE_LOCAL_PORT must be an integer']);
    expect((local as Error).message).toBe(
      'Invalid configuration:\n  - PINGONE_LOCAL_PORT must be an integer',
    );
    expect((local as Error).name).toBe('ConfigError');
  });

  it('npm start: a bad PingOne Local setting of the embedded server exits 1 with the message', async () => {
    const { code, stdout, stderr } = await runMainToExit({
      NODE_ENV: 'development',
      PORT: '0',
      LOG_LEVEL: 'silent',
      PINGONE_LOCAL_DB: ':memory:',
      PINGONE_LOCAL_CLIENT_SECRET: 'short-secret',
    });
    expect(stderr).toBe(
      'Invalid configuration:\n  - PINGONE_LOCAL_CLIENT_SECRET must be at least 16 characters\n',
    );
    expect(stderr).not.toContain('short-secret');
    expect(code).toBe(1);
    expect(stdout).not.toContain('Portal:');
  });
});
