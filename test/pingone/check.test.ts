/**
 * "Send, then check": the response processors take a hand-made `Response`, no server needed.
 * Also checks that the fake server's fixtures conform to PingOne's OpenAPI schemas, so the
 * checkers are exercised against realistic shapes.
 */
import { describe, expect, it } from 'vitest';
import {
  checkCollection,
  checkPasswordPolicy,
  checkPasswordState,
  checkPopulation,
  checkUser,
} from '../../src/pingone/check.js';
import {
  PingOneApiError,
  PingOneAuthError,
  PingOneResponseError,
} from '../../src/pingone/errors.js';
import { errorFrom, parseRetryAfter, processJson } from '../../src/pingone/http.js';
import { processTokenResponse, tokenRequest } from '../../src/pingone/token.js';
import { validateSchema } from '../support/openapi.js';
import {
  errorBody,
  INVALID_TOKEN_BODY,
  NOT_FOUND_BODY,
  POLICY_ID,
  POP_ID,
  passwordStateBody,
  policyBody,
  populationBody,
  userBody,
} from './fake-pingone.js';

const USER_ID = '55555555-0000-4000-8000-000000000005';
const NOW = Date.parse('2026-11-28T12:00:00Z');

describe('fixtures conform to the PingOne OpenAPI description', () => {
  it.each([
    ['User', userBody(USER_ID, 'ann')],
    ['Population', populationBody(POP_ID, 'Default', { default: true })],
    ['PasswordPolicy', policyBody(POLICY_ID, 'Standard', true)],
    ['P1Error', INVALID_TOKEN_BODY],
    ['P1Error', NOT_FOUND_BODY],
    ['P1Error', errorBody('INVALID_DATA', 'x', [{ code: 'INVALID_VALUE', message: 'y' }])],
  ])('%s', (schema, value) => {
    expect(validateSchema(schema, value)).toEqual([]);
  });

  it('and the checkers accept them', () => {
    const ctx = { status: 200 };
    expect(checkUser(ctx, userBody(USER_ID, 'ann'))).toEqual(userBody(USER_ID, 'ann'));
    expect(checkPopulation(ctx, populationBody(POP_ID, 'D'))).toEqual(populationBody(POP_ID, 'D'));
    expect(checkPasswordPolicy(ctx, policyBody(POLICY_ID, 'S', true))).toEqual(
      policyBody(POLICY_ID, 'S', true),
    );
  });
});

describe('processJson', () => {
  const user = (r: Response) => processJson(r, NOW, (ctx, v) => checkUser(ctx, v));

  it('returns the checked body, extra members kept', async () => {
    const body = userBody(USER_ID, 'ann', { customAttr: 'x' });
    expect(await user(Response.json(body, { status: 201 }))).toEqual(body);
  });

  it.each([
    ['environment', { environment: null }, 'response body "environment" must be an object'],
    [
      'population.id',
      { population: {} },
      'response body "population.id" must be a PingOne resource id',
    ],
    ['username', { username: '' }, 'response body "username" must be a non-empty string'],
    [
      'account.status',
      { account: { canAuthenticate: true, status: 'MAYBE' } },
      'response body "account.status" must be one of OK, LOCKED',
    ],
    [
      'lifecycle.status',
      { lifecycle: { status: 'X' } },
      'response body "lifecycle.status" must be one of ACCOUNT_OK, VERIFICATION_REQUIRED',
    ],
    ['createdAt', { createdAt: 5 }, 'response body "createdAt" must be a non-empty string'],
  ])('a bad %s is named', async (path, patch, message) => {
    const err = await user(Response.json({ ...userBody(USER_ID, 'ann'), ...patch })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PingOneResponseError);
    expect(err).toMatchObject({ code: 'INVALID_RESPONSE', status: 200, path, message });
  });

  it('an array body is not an object', async () => {
    await expect(user(Response.json([]))).rejects.toMatchObject({
      path: null,
      message: 'response body must be an object',
    });
  });

  it('an error envelope becomes API_ERROR with correlation id and Retry-After', async () => {
    const body = errorBody('REQUEST_LIMITED', 'slow down');
    const err = await user(
      Response.json(body, {
        status: 429,
        headers: { 'correlation-id': 'c-1', 'retry-after': '7' },
      }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PingOneApiError);
    expect(err).toMatchObject({
      code: 'API_ERROR',
      status: 429,
      apiCode: 'REQUEST_LIMITED',
      correlationId: 'c-1',
      retryAfterMs: 7000,
      details: [],
      body,
    });
  });

  it('without a Correlation-Id header the envelope id is used', async () => {
    const err = (await errorFrom(Response.json(NOT_FOUND_BODY, { status: 404 }), NOW).catch(
      (e: unknown) => e,
    )) as PingOneApiError;
    expect(err.correlationId).toBe(NOT_FOUND_BODY.id);
    expect(err.message).toBe('PingOne API error 404 NOT_FOUND: Unable to find user with ID');
  });

  it('an envelope with malformed details is not an envelope', async () => {
    await expect(
      errorFrom(
        Response.json({ code: 'X', message: 'y', details: [{ code: 1 }] }, { status: 400 }),
        NOW,
      ),
    ).rejects.toMatchObject({ code: 'INVALID_RESPONSE', status: 400 });
  });
});

describe('collections', () => {
  it('checks every item and the paging members', () => {
    const ctx = { status: 200 };
    expect(
      checkCollection(
        ctx,
        {
          _links: { next: { href: 'https://x/next' } },
          _embedded: { users: [userBody(USER_ID, 'a')] },
          count: 5,
          size: 1,
        },
        'users',
        checkUser,
      ),
    ).toEqual({ items: [userBody(USER_ID, 'a')], count: 5, size: 1, next: 'https://x/next' });
    expect(() => checkCollection(ctx, { _embedded: {} }, 'users', checkUser)).toThrow(
      'response body "_embedded.users" must be an array',
    );
    expect(() =>
      checkCollection(ctx, { _embedded: { users: [] }, size: -1 }, 'users', checkUser),
    ).toThrow('response body "size" must be a non-negative integer');
    expect(() =>
      checkCollection(ctx, { _embedded: { users: [] }, _links: { next: {} } }, 'users', checkUser),
    ).toThrow('response body "_links.next.href" must be a non-empty string');
  });

  it('minCharacters keys are quoted in the path', () => {
    const bad = { ...policyBody(POLICY_ID, 'S', true), minCharacters: { '0123456789': 'one' } };
    expect(() => checkPasswordPolicy({ status: 200 }, bad)).toThrow(
      'response body "minCharacters["0123456789"]" must be a non-negative integer',
    );
  });
});

describe('token processing', () => {
  it('builds the basic and post requests', () => {
    const base = {
      tokenUrl: 'https://auth.pingone.eu/e/as/token',
      clientId: 'cid',
      clientSecret: 's3cret',
      skewSeconds: 60,
    };
    expect(tokenRequest({ ...base, authMethod: 'client_secret_basic' })).toEqual({
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        authorization: `Basic ${Buffer.from('cid:s3cret').toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    expect(tokenRequest({ ...base, authMethod: 'client_secret_post' })).toEqual({
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: 'grant_type=client_credentials&client_id=cid&client_secret=s3cret',
    });
  });

  it('accepts a documented token response', async () => {
    const body = { access_token: 'eyJ.a.b', token_type: 'Bearer', expires_in: 3600 };
    expect(await processTokenResponse(Response.json(body), 'secret')).toEqual(body);
  });

  it.each([
    [
      { token_type: 'Bearer', expires_in: 1 },
      'response body "access_token" must be a non-empty string',
    ],
    [
      { access_token: 'a\r\nX-Evil: 1', token_type: 'Bearer', expires_in: 1 },
      'response body "access_token" must be visible ASCII characters only',
    ],
    [
      { access_token: 'a', token_type: 'DPoP', expires_in: 1 },
      'response body "token_type" must be "Bearer"',
    ],
    [
      { access_token: 'a', token_type: 'Bearer', expires_in: 0 },
      'response body "expires_in" must be a positive number',
    ],
  ])('rejects %j', async (body, message) => {
    await expect(processTokenResponse(Response.json(body), 'secret')).rejects.toThrow(message);
  });

  it('a 401 without a JSON body is still AUTH_FAILED', async () => {
    const err = await processTokenResponse(new Response('nope', { status: 401 }), 's').catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PingOneAuthError);
    expect(err).toMatchObject({
      code: 'AUTH_FAILED',
      status: 401,
      error: null,
      errorDescription: null,
    });
  });

  it('a 429 envelope from the token endpoint is API_ERROR with Retry-After', async () => {
    const body = errorBody('REQUEST_LIMITED', 'slow down');
    const response = Response.json(body, { status: 429, headers: { 'retry-after': '60' } });
    await expect(processTokenResponse(response, 's', NOW)).rejects.toMatchObject({
      code: 'API_ERROR',
      status: 429,
      apiCode: 'REQUEST_LIMITED',
      retryAfterMs: 60_000,
    });
  });

  it('a 503 from the token endpoint is INVALID_RESPONSE, not AUTH_FAILED', async () => {
    await expect(
      processTokenResponse(new Response('', { status: 503 }), 's'),
    ).rejects.toMatchObject({ code: 'INVALID_RESPONSE', status: 503 });
  });
});

describe('Retry-After parsing', () => {
  it.each([
    ['3', 3000],
    [' 0 ', 0],
    ['Sat, 28 Nov 2026 12:00:10 GMT', 10_000],
    ['Sat, 28 Nov 2026 11:00:00 GMT', 0],
    ['soon', null],
    ['-1', null],
  ])('%j → %s', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  it('absent → null', () => {
    expect(parseRetryAfter(null, NOW)).toBeNull();
  });
});

describe('password state', () => {
  it('fixture round-trips through processJson', async () => {
    const body = passwordStateBody(USER_ID, 'PASSWORD_LOCKED_OUT');
    const withUnlock = { ...body, secondsUntilUnlock: 120 };
    expect(
      await processJson(Response.json(withUnlock), NOW, (ctx, v) =>
        checkPasswordState(ctx, v, USER_ID),
      ),
    ).toEqual(withUnlock);
  });
});
