/**
 * The typed client's verification operations (`client.verification`, src/pingone/verification.ts)
 * against a real PingOne Local over HTTP: account verification after an import with
 * `VERIFICATION_REQUIRED`, e-mail verification, their errors as `PingOneApiError`, and the
 * operation names reported to `onRequest`. Users are checked against the OpenAPI `User` schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPingOneClient,
  PingOneApiError,
  type PingOneClient,
  type RequestEvent,
} from '../../src/pingone/index.js';
import { expectSchema } from '../support/openapi.js';
import {
  advanceClock,
  type LocalFixture,
  latestRecoveryCode,
  localClientOptions,
  readMailbox,
  startLocal,
  uniqueUsername,
} from './support.js';

let fixture: LocalFixture;
let client: PingOneClient;
const events: RequestEvent[] = [];

beforeAll(async () => {
  fixture = await startLocal();
  client = createPingOneClient({
    ...localClientOptions(fixture.local),
    onRequest: (event) => events.push(event),
  });
});

afterAll(async () => {
  await fixture?.close();
});

/** The code line of the newest message to `to`, whose subject must be `subject`. */
const codeFor = (to: string, subject: string) => latestRecoveryCode(fixture.local, to, { subject });

/** The rejection of `promise`, which must be a PingOneApiError. */
async function apiError(promise: Promise<unknown>): Promise<PingOneApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PingOneApiError);
  return error as PingOneApiError;
}

async function importUnverified() {
  const username = uniqueUsername('verify');
  return client.users.import({
    username,
    email: `${username}@example.com`,
    lifecycle: { status: 'VERIFICATION_REQUIRED' },
  });
}

describe('client.verification against PingOne Local', () => {
  it('verifies an imported account: wrong code, resend, right code', async () => {
    const user = await importUnverified();
    const email = user.email!;
    const first = await codeFor(email, 'Verify your account');

    const wrong = await apiError(
      client.verification.verifyUser(user.id, first === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA'),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.code).toBe('API_ERROR');
    expect(wrong.body.code).toBe('INVALID_DATA');
    expect(wrong.body.details).toEqual([
      {
        code: 'INVALID_VALUE',
        target: 'verificationCode',
        message: 'The provided verification code was invalid or expired',
      },
    ]);

    const resent = await client.verification.sendVerificationCode(user.id);
    expect(resent.lifecycle).toEqual({ status: 'VERIFICATION_REQUIRED' });
    const second = await codeFor(email, 'Verify your account');
    const stale = await apiError(client.verification.verifyUser(user.id, first));
    expect(stale.body.details?.[0]?.target).toBe('verificationCode');

    const verified = await client.verification.verifyUser(user.id, second);
    expectSchema('User', verified);
    expect(verified).toMatchObject({
      id: user.id,
      lifecycle: { status: 'ACCOUNT_OK' },
      emailVerified: true,
    });
    expect(events.filter((e) => e.method === 'POST').map((e) => e.operation)).toEqual(
      expect.arrayContaining([
        'users.import',
        'verification.verifyUser',
        'verification.sendVerificationCode',
      ]),
    );
  });

  it('verifies an e-mail address within 24 hours', async () => {
    const username = uniqueUsername('email');
    const user = await client.users.create({ username, email: `${username}@example.com` });
    const sent = await client.verification.sendEmailVerification(user.id, {
      notificationType: 'user',
    });
    expect(sent.user.id).toBe(user.id);
    expect(sent.notificationType).toBe('user');
    const code = await codeFor(user.email!, 'Verify your email address');
    await advanceClock(fixture.local, 86_399);
    const verified = await client.verification.verifyEmail(user.id, code.toLowerCase());
    expectSchema('User', verified);
    expect(verified.emailVerified).toBe(true);

    await client.verification.sendEmailVerification(user.id, { notificationType: 'admin' });
    const late = await codeFor(user.email!, 'Verify your email address');
    await advanceClock(fixture.local, 86_400);
    const expired = await apiError(client.verification.verifyEmail(user.id, late));
    expect(expired.body.details?.[0]?.message).toBe(
      'The provided verification code was invalid or expired',
    );
    expect(events.map((e) => e.operation)).toEqual(
      expect.arrayContaining(['verification.sendEmailVerification', 'verification.verifyEmail']),
    );
  });

  it('refuses bad arguments before any request', async () => {
    const user = await importUnverified();
    const before = events.length;
    await expect(client.verification.verifyUser(user.id, '  ')).rejects.toThrow(TypeError);
    await expect(client.verification.verifyEmail(user.id, 'AB\nCD')).rejects.toThrow(TypeError);
    await expect(
      client.verification.sendEmailVerification(user.id, {
        notificationType: 'robot' as 'user',
      }),
    ).rejects.toThrow(TypeError);
    await expect(client.verification.sendVerificationCode('../x')).rejects.toThrow(TypeError);
    expect(events.length).toBe(before);
    expect(await readMailbox(fixture.local, user.email!)).toHaveLength(1);
  });
});
