/**
 * `npm run local`: configuration → start → print the URLs and credentials → close gracefully on
 * SIGTERM/SIGINT. Printing the client secret is deliberate: this is a local development server
 * whose secret protects nothing real, and the developer needs it to configure the portal.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pino from 'pino';
import { ConfigError } from '../config/error.js';
import { preloadCommonPasswords } from '../policy/common-passwords.js';
import { loadLocalConfig } from './config.js';
import { startPingOneLocal } from './index.js';

async function main(): Promise<void> {
  let options: ReturnType<typeof loadLocalConfig>;
  try {
    options = loadLocalConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`pingone-local: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  if (options.dbPath && options.dbPath !== ':memory:') {
    mkdirSync(dirname(options.dbPath), { recursive: true });
  }
  const logger = pino({ name: 'pingone-local', level: process.env.LOG_LEVEL ?? 'info' });
  // Load the common-password list now, in a worker thread, rather than inside the first request
  // that needs it (which waits for this load if it is still running).
  preloadCommonPasswords().catch((error: unknown) => {
    logger.warn(
      { err: error },
      'loading the common-password list in a worker failed; the first check loads it',
    );
  });
  const local = await startPingOneLocal({ ...options, logger });
  process.stdout.write(
    [
      'PingOne Local is running',
      `  API base URL:   ${local.apiBaseUrl}`,
      `  Auth base URL:  ${local.authBaseUrl}`,
      `  Environment ID: ${local.environmentId}`,
      `  Client ID:      ${local.clientId}`,
      `  Client secret:  ${local.clientSecret}`,
      '',
    ].join('\n'),
  );
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'closing');
    local.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while closing');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`pingone-local: failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
