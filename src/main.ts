/**
 * `npm start`: reads `.env`, validates the configuration, starts the portal (with an embedded
 * PingOne Local unless a PingOne tenant is configured) and stops gracefully on SIGTERM/SIGINT.
 */
import { ConfigError } from './config/error.js';
import { loadDotEnv } from './portal/dotenv.js';
import { serializeError } from './portal/logging.js';
import { startPortal } from './portal/server.js';

async function main(): Promise<void> {
  loadDotEnv('.env', process.env);
  let running: Awaited<ReturnType<typeof startPortal>>;
  try {
    running = await startPortal(process.env);
  } catch (err) {
    // The portal's settings, or the embedded PingOne Local's: one class for both.
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  process.stdout.write(`Portal:  ${running.url}/\n`);
  if (running.localUrl) {
    process.stdout.write(`PingOne Local (embedded): ${running.localUrl}\n`);
    process.stdout.write(`Mailbox: ${running.localUrl}/_local/mail.html\n`);
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.logger.info({ event: 'shutdown', signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    running
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        running.logger.error(
          { event: 'shutdown_failed', err: serializeError(err) },
          'shutdown failed',
        );
        process.exit(1);
      });
  };
  // Last resort: log it (class, code, redacted message; never a payload) and keep serving.
  process.on('unhandledRejection', (reason) => {
    running.logger.error(
      { event: 'unhandled_rejection', err: serializeError(reason) },
      'unhandled promise rejection',
    );
  });
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Start-up failed: ${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
