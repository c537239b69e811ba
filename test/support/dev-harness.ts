/** A tiny app with the dev API, fault injection and two stand-in PingOne routes, over real HTTP. */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { type Clock, createClock } from '../../src/local/clock.js';
import {
  createFaultInjector,
  type DevApiInfo,
  devApiPlugin,
  type FaultInjector,
  faultInjectionPlugin,
} from '../../src/local/dev/index.js';
import { createMailbox, type Mailbox } from '../../src/local/mail/index.js';

export interface Harness {
  base: string;
  mailbox: Mailbox;
  clock: Clock;
  faults: FaultInjector;
  /** How many times the stand-in PingOne routes ran. */
  handled: { count: number };
  resetCalls: { count: number };
  close(): Promise<void>;
}

export const ENV_ID = '0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f';

export async function startHarness(info?: Partial<DevApiInfo>): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'dev-api-test-'));
  const db = new Database(join(dir, 'local.db'));
  const clock = createClock();
  const mailbox = createMailbox({ db, clock });
  const faults = createFaultInjector();
  const handled = { count: 0 };
  const resetCalls = { count: 0 };

  const app = Fastify({ logger: false });
  await app.register(faultInjectionPlugin, { faults });
  await app.register(devApiPlugin, {
    mailbox,
    clock,
    faults,
    reset: async () => {
      resetCalls.count += 1;
    },
    info: () => ({
      environmentId: ENV_ID,
      clientId: 'c1a2b3c4-0000-4000-8000-00000000c1d0',
      apiBaseUrl: 'http://127.0.0.1/v1',
      authBaseUrl: 'http://127.0.0.1',
      ...info,
    }),
  });
  app.get('/v1/environments/:envId/users', async () => {
    handled.count += 1;
    return { _embedded: { users: [] }, count: 0, size: 0 };
  });
  app.post('/v1/environments/:envId/users', async (_request, reply) => {
    handled.count += 1;
    return reply.code(201).send({ id: 'new' });
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;

  return {
    base: `http://127.0.0.1:${port}`,
    mailbox,
    clock,
    faults,
    handled,
    resetCalls,
    async close() {
      await app.close();
      await mailbox.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** JSON request helper: returns status, headers and the parsed body (or text when not JSON). */
export async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: unknown; text: string }> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const res = await fetch(base + path, init);
  const text = await res.text();
  let parsed: unknown = text;
  if ((res.headers.get('content-type') ?? '').startsWith('application/json')) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
