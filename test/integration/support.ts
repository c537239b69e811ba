/**
 * Shared pieces of the integration suites: a real PingOne Local (SQLite file in a fresh temp
 * directory, 127.0.0.1, port 0, cheap Argon2) and thin helpers for its `/_local/` developer API.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalOptions, type RunningLocal, startPingOneLocal } from '../../src/local/index.js';

/** Argon2 as cheap as the option allows: these suites are not about hashing cost. */
export const CHEAP_ARGON2 = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/** A running PingOne Local plus its temp directory. */
export interface LocalFixture {
  local: RunningLocal;
  dbPath: string;
  close(): Promise<void>;
}

/** Starts PingOne Local over a SQLite file in a new temp directory. */
export async function startLocal(options: LocalOptions = {}): Promise<LocalFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'integration-local-'));
  const dbPath = join(dir, 'pingone-local.sqlite');
  const local = await startPingOneLocal({
    dbPath,
    host: '127.0.0.1',
    port: 0,
    argon2: CHEAP_ARGON2,
    ...options,
  });
  return {
    local,
    dbPath,
    async close() {
      await local.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One stored e-mail, as `GET /_local/mail` returns it. */
export interface StoredMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  sentAt: string;
}

async function devJson<T>(local: RunningLocal, method: string, path: string, body?: unknown) {
  const res = await fetch(`${local.baseUrl}/_local/${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 300) {
    throw new Error(`dev API ${method} /_local/${path} answered ${res.status}: ${text}`);
  }
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** Messages sent to `to`, newest first (`GET /_local/mail?to=`). */
export function readMailbox(local: RunningLocal, to: string): Promise<StoredMail[]> {
  return devJson<StoredMail[]>(local, 'GET', `mail?to=${encodeURIComponent(to)}`);
}

/** The recovery code of the newest message to `to`: the 8-character line of its text part. */
export async function latestRecoveryCode(local: RunningLocal, to: string): Promise<string> {
  const [newest] = await readMailbox(local, to);
  if (!newest) throw new Error('no mail for this address');
  const match = /^([A-Z0-9]{8})$/m.exec(newest.text);
  if (!match) throw new Error('the newest mail holds no 8-character code line');
  return match[1]!;
}

/** Advances PingOne Local's clock (`POST /_local/clock`). */
export function advanceClock(
  local: RunningLocal,
  seconds: number,
): Promise<{ now: string; offsetSeconds: number }> {
  return devJson(local, 'POST', 'clock', { advanceSeconds: seconds });
}

/** A fault rule as `POST /_local/faults` takes it. */
export interface FaultRule {
  method: string;
  path: string;
  count: number;
  action:
    | { status: number; retryAfter?: number; body?: 'pingone' | 'malformed' }
    | { delayMs: number };
}

/** Adds a fault rule; returns the stored rule. */
export function addFault(
  local: RunningLocal,
  rule: FaultRule,
): Promise<FaultRule & { id: string; remaining: number }> {
  return devJson(local, 'POST', 'faults', rule);
}

/** Active fault rules, oldest first. */
export function listFaults(
  local: RunningLocal,
): Promise<Array<FaultRule & { id: string; remaining: number }>> {
  return devJson(local, 'GET', 'faults');
}

/** Removes every fault rule. */
export async function clearFaults(local: RunningLocal): Promise<void> {
  await devJson(local, 'DELETE', 'faults');
}

let counter = 0;
/** A username no other test uses (lower-case letters, digits and `-`). */
export function uniqueUsername(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
