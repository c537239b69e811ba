/**
 * What every PingOne Local endpoint works with: the store, the clock, the hasher, the mailbox and
 * the server's public URLs (known only once it listens, hence mutable).
 */
import type { Logger } from 'pino';
import type { CommonPasswordChecker } from '../policy/index.js';
import type { Clock } from './clock.js';
import type { PasswordHasher } from './crypto/passwords.js';
import type { SigningKey } from './crypto/signing-keys.js';
import type { Mailbox } from './mail/index.js';
import type { Store } from './store/types.js';

/** Dependencies of the endpoints, built once by `buildPingOneLocal`. */
export interface LocalContext {
  store: Store;
  clock: Clock;
  hasher: PasswordHasher;
  mailbox: Mailbox;
  logger: Logger | null;
  tokenLifetimeSeconds: number;
  /** Public origin, `http://127.0.0.1:PORT`; updated by `startPingOneLocal` after listening. */
  urls: { baseUrl: string };
  /** HMAC key for recovery codes (persisted in the store's settings). */
  recoveryKey: string;
  /** The signing key of an environment, or null if the environment does not exist. */
  signingKey(environmentId: string): SigningKey | null;
  /** Common passwords for `excludesCommonlyUsed` (loaded once, on first use). */
  commonPasswords(): CommonPasswordChecker;
}

/** The OAuth issuer of an environment. */
export function issuerOf(ctx: LocalContext, environmentId: string): string {
  return `${ctx.urls.baseUrl}/${environmentId}/as`;
}

/** The management API base, `<baseUrl>/v1`. */
export function apiBaseOf(ctx: LocalContext): string {
  return `${ctx.urls.baseUrl}/v1`;
}

/** `<baseUrl>/v1/environments/<envId>`. */
export function envBaseOf(ctx: LocalContext, environmentId: string): string {
  return `${apiBaseOf(ctx)}/environments/${environmentId}`;
}

/** ISO 8601 text of a clock time. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
