/**
 * Log lines name the cause of an error (class, code, redacted message, status, PingOne operation
 * and correlation id, cause chain) through the one serializer, and never carry an e-mail, a
 * username, a token or a password; logs are pretty on a developer's terminal, JSON otherwise.
 */

import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPingOneClient, PingOneApiError } from '../../src/pingone/index.js';
import { PortalError } from '../../src/portal/errors.js';
import {
  createLogger,
  redactText,
  serializeError,
  wantsPrettyLogs,
} from '../../src/portal/logging.js';
import { createTaskQueue, safeError } from '../../src/portal/tasks.js';
import {
  addFault,
  createUser,
  type LocalFixture,
  localClientOptions,
  startLocal,
  strongPassword,
  unique,
} from '../support/stack.js';
import { Browser } from './harness.js';
import { type ObservedPortal, startObservedPortal } from './observe-harness.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('error log lines from a real portal', () => {
  let fixture: LocalFixture;
  let portal: ObservedPortal;
  beforeAll(async () => {
    fixture = await startLocal();
    portal = await startObservedPortal(fixture.local);
  });
  afterAll(async () => {
    await portal?.close();
    await fixture?.close();
  });

  it('a PingOne API error logs its class, code, status, operation and correlation id', async () => {
    await addFault(fixture.local, {
      method: 'POST',
      path: '/v1/environments/*/users',
      count: 1,
      action: { status: 503 },
    });
    const username = `logme${unique()}`;
    const email = `${username}@example.com`;
    const password = strongPassword();
    const b = new Browser(portal.url);
    await b.get('/register');
    const res = await b.post('/register', { username, email, password, confirmPassword: password });
    expect(res.status).toBe(503);
    const reference = /id="error-reference">([^<]+)</.exec(res.body)?.[1];

    const line = portal
      .entries()
      .find((e) => e.event === 'request_failed' && e.reqId === reference);
    expect(line).toBeDefined();
    expect(line).toMatchObject({
      level: 50,
      code: 'UPSTREAM_UNAVAILABLE',
      detail: 'user import: HTTP 503 UNEXPECTED_ERROR',
      err: {
        type: 'PingOneApiError',
        code: 'API_ERROR',
        status: 503,
        apiCode: 'UNEXPECTED_ERROR',
        operation: 'users.import',
      },
    });
    const err = line!.err as Record<string, unknown>;
    expect(err.correlationId).toMatch(UUID);
    expect(err.message).toMatch(/^PingOne API error 503 UNEXPECTED_ERROR: /);
    const raw = portal.logs.join('\n');
    for (const s of [username, email, password]) expect(raw).not.toContain(s);
  });

  it('a failing background task logs the cause, not only its class', async () => {
    const user = await createUser({ client: portal.client });
    await addFault(fixture.local, {
      method: 'POST',
      path: '/v1/environments/*/users/*/password',
      count: 1,
      action: { status: 500 },
    });
    const b = new Browser(portal.url);
    await b.get('/password/forgot');
    await b.post('/password/forgot', { username: user.email });
    await portal.app.portal.tasks.drain();
    const line = portal.entries().find((e) => e.event === 'task_failed');
    expect(line).toMatchObject({
      task: 'recovery-send',
      err: {
        type: 'PingOneApiError',
        code: 'API_ERROR',
        status: 500,
        operation: 'passwords.sendRecoveryCode',
      },
    });
    expect((line!.err as { correlationId: string }).correlationId).toMatch(UUID);
    const raw = portal.logs.join('\n');
    expect(raw).not.toContain(user.email);
    expect(raw).not.toContain(user.password);
  });

  it('a network failure names the operation and the root cause (code, syscall)', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const client = createPingOneClient({
      ...localClientOptions(fixture.local),
      authBaseUrl: `http://127.0.0.1:${port}`,
      retry: { maxAttempts: 1 },
    });
    const err = await client.getAccessToken().catch((e: unknown) => e);
    const s = serializeError(err);
    expect(s).toMatchObject({
      type: 'PingOneNetworkError',
      code: 'NETWORK',
      operation: 'token',
      // The transport's own error (node:http): the root cause, with its code.
      cause: {
        type: 'Error',
        code: 'ECONNREFUSED',
        message: `connect ECONNREFUSED 127.0.0.1:${port}`,
      },
    });
    // The URL's environment id is redacted.
    expect(s.message).toBe(`POST http://127.0.0.1:${port}/[id]/as/token failed: network error`);
  });
});

describe('serializeError', () => {
  it('redacts e-mails, usernames, tokens and passwords in a message', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXZhbHVl';
    const err = new Error(
      `login failed for username=alice.smith (alice@example.com) with password: Hunter2!pass, token ${jwt}, header Bearer abc.def-ghi, user 'bob_the_builder' said "S3cret pass!" code ABCD1234`,
    );
    const s = serializeError(err);
    expect(s.type).toBe('Error');
    const message = s.message as string;
    for (const leak of [
      'alice.smith',
      'alice@example.com',
      'Hunter2!pass',
      jwt,
      'abc.def-ghi',
      'bob_the_builder',
      'S3cret pass!',
      'ABCD1234',
    ]) {
      expect(message).not.toContain(leak);
    }
    expect(message).toBe(
      'login failed for username=[redacted] ([email]) with password: [redacted], token [token], header Bearer [token], user \'[redacted]\' said "[redacted]" code [code]',
    );
  });

  it('keeps what names the cause: class, code, status, JSON path, ids redacted', () => {
    expect(redactText('connect ECONNREFUSED 127.0.0.1:6379')).toBe(
      'connect ECONNREFUSED 127.0.0.1:6379',
    );
    expect(
      redactText(
        'GET https://api.pingone.eu/v1/environments/0f3b2a2e-8f3e-4c8e-9a59-1b1f8f0e2a11/users timed out after 8000 ms',
      ),
    ).toBe('GET https://api.pingone.eu/v1/environments/[id]/users timed out after 8000 ms');
    expect(redactText("Cannot read properties of undefined (reading 'id')")).toBe(
      "Cannot read properties of undefined (reading '[redacted]')",
    );
    expect(redactText("the user's session wasn't found")).toBe("the user's session wasn't found");
    expect(redactText(`client secret ${'Zx9'.repeat(16)}`)).toBe('client secret [secret]');
    expect(redactText('x'.repeat(1000))).toHaveLength(401);
    expect(redactText('Error: boom\n    at handler (/srv/app/secret.js:1:1)')).toBe(
      'Error: boom […]',
    );
    expect(redactText('boom at handler (/srv/app/secret.js:1:1), C:\\app\\x.ts:3')).toBe(
      'boom at handler ([file]), [file]',
    );
    expect(redactText('POST http://127.0.0.1:9000/v1/environments/x/users failed')).toBe(
      'POST http://127.0.0.1:9000/v1/environments/x/users failed',
    );

    const pathError = Object.assign(
      new Error('response body "_embedded.users[0].id" must be a string'),
      {
        name: 'PingOneResponseError',
        code: 'INVALID_RESPONSE',
        status: 200,
        path: '_embedded.users[0].id',
      },
    );
    expect(serializeError(pathError)).toEqual({
      type: 'PingOneResponseError',
      code: 'INVALID_RESPONSE',
      message: 'response body "_embedded.users[0].id" must be a string',
      status: 200,
      path: '_embedded.users[0].id',
    });
  });

  it('serializes a PingOne API error with its details and a PortalError with its cause', () => {
    const body = {
      id: 'c0ffee00-0000-4000-8000-000000000001',
      code: 'INVALID_DATA',
      message: 'User bob@example.com already exists',
      details: [{ code: 'UNIQUENESS_VIOLATION', target: 'username', message: "'bob' is taken" }],
    };
    const api = new PingOneApiError(400, body, new Response(null, { status: 400 }));
    const portalError = new PortalError('UPSTREAM_REFUSED', 'user import: HTTP 400', {
      cause: api,
    });
    const s = serializeError(portalError);
    expect(s).toEqual({
      type: 'PortalError',
      code: 'UPSTREAM_REFUSED',
      message: 'UPSTREAM_REFUSED: user import: HTTP 400',
      status: 502,
      cause: {
        type: 'PingOneApiError',
        code: 'API_ERROR',
        message: 'PingOne API error 400 INVALID_DATA: User [email] already exists',
        status: 400,
        apiCode: 'INVALID_DATA',
        details: [{ code: 'UNIQUENESS_VIOLATION', target: 'username' }],
        correlationId: 'c0ffee00-0000-4000-8000-000000000001',
      },
    });
    expect(JSON.stringify(s)).not.toContain('bob');
  });

  it('is the serializer behind safeError, pino`s err key and non-errors', () => {
    expect(safeError).toBe(serializeError);
    expect(serializeError('a string')).toEqual({ type: 'string' });
    expect(serializeError(undefined)).toEqual({ type: 'undefined' });
    const already = { type: 'Error', message: 'x' };
    expect(serializeError(already)).toBe(already);
    const deep = new Error('1', {
      cause: new Error('2', {
        cause: new Error('3', { cause: new Error('4', { cause: new Error('5') }) }),
      }),
    });
    expect(JSON.stringify(serializeError(deep))).not.toContain('"5"');

    const lines: string[] = [];
    const logger = createLogger('info', { write: (l: string) => lines.push(l) });
    logger.error({ err: new Error('refused for password=hunter22') }, 'boom');
    logger.info({ err: safeError(new TypeError('t')) }, 'again');
    const [first, second] = lines.map((l) => JSON.parse(l));
    expect(first.err).toEqual({ type: 'Error', message: 'refused for password=[redacted]' });
    expect(second.err).toEqual({ type: 'TypeError', message: 't' });
    expect(lines.join('')).not.toContain('hunter22');
  });

  it('logs a task failure through the serializer', async () => {
    const lines: string[] = [];
    const log = createLogger('info', { write: (l: string) => lines.push(l) });
    const tasks = createTaskQueue({ log });
    tasks.run('demo', async () => {
      throw Object.assign(new Error('redis said: user carol@example.com not found'), {
        code: 'ERR_DEMO',
      });
    });
    await tasks.drain();
    expect(JSON.parse(lines[0]!)).toMatchObject({
      event: 'task_failed',
      task: 'demo',
      err: { type: 'Error', code: 'ERR_DEMO', message: 'redis said: user [email] not found' },
    });
  });
});

describe('log format', () => {
  it('is pretty only on a terminal outside production', () => {
    expect(wantsPrettyLogs(true, 'development')).toBe(true);
    expect(wantsPrettyLogs(true, 'test')).toBe(true);
    expect(wantsPrettyLogs(true, undefined)).toBe(true);
    expect(wantsPrettyLogs(true, 'production')).toBe(false);
    expect(wantsPrettyLogs(false, 'development')).toBe(false);
    expect(wantsPrettyLogs(undefined, 'development')).toBe(false);
  });

  it('writes human-readable lines through pino-pretty, and JSON otherwise', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    const pretty = createLogger('info', out, { pretty: true });
    pretty.info({ event: 'hello', form: { email: 'x@example.com' } }, 'portal started');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const text = chunks.join('');
    expect(text).toMatch(/INFO.*portal started/);
    expect(text).toContain('event: "hello"');
    expect(text).toContain('[redacted]');
    expect(text).not.toContain('x@example.com');
    expect(text.trimStart().startsWith('{')).toBe(false);

    const lines: string[] = [];
    createLogger('info', { write: (l: string) => lines.push(l) }).info('plain');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, msg: 'plain' });
  });
});
