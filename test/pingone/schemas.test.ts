/**
 * The wire types are `z.infer` of the schemas the checkers apply: every typed member is checked
 * (not only the ones the portal reads), the error envelope's `id` is required in both, and
 * `toPolicyRules` hands the evaluator the rule members only.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkPasswordPolicy, checkUser } from '../../src/pingone/check.js';
import { PingOneApiError } from '../../src/pingone/errors.js';
import { errorFrom } from '../../src/pingone/http.js';
import type { PingOneErrorBody, PingOneErrorDetail, User } from '../../src/pingone/model.js';
import { toPolicyRules } from '../../src/pingone/policy-rules.js';
import { evaluatePassword, type PolicyRules } from '../../src/policy/index.js';
import { errorBody, POLICY_ID, policyBody, userBody } from './fake-pingone.js';

const USER_ID = '55555555-0000-4000-8000-000000000005';
const ctx = { status: 200 };

describe('every typed user member is checked', () => {
  it('a full profile passes and comes back whole, unknown members kept', () => {
    const body = userBody(USER_ID, 'ann', {
      name: { given: 'Ann', family: 'Lee', honorificPrefix: 'Dr' },
      nickname: 'annie',
      title: 'Engineer',
      address: { streetAddress: '1 Main St', locality: 'Lyon', countryCode: 'FR' },
      photo: { href: 'https://example.com/a.png' },
      externalId: 'x-1',
      account: { canAuthenticate: false, status: 'LOCKED', lockedAt: '2026-11-01T10:00:00Z' },
      customAttr: { any: ['thing'] },
    });
    expect(checkUser(ctx, body)).toEqual(body);
  });

  it.each([
    ['nickname', { nickname: 5 }, 'must be a string'],
    ['title', { title: null }, 'must be a string'],
    ['address', { address: 'Lyon' }, 'must be an object'],
    ['address.countryCode', { address: { countryCode: 33 } }, 'must be a string'],
    ['photo.href', { photo: {} }, 'must be a string'],
    ['name.honorificPrefix', { name: { honorificPrefix: 1 } }, 'must be a string'],
    [
      'account.lockedAt',
      { account: { canAuthenticate: true, status: 'OK', lockedAt: 1 } },
      'must be a string',
    ],
    ['_links.self.href', { _links: { self: {} } }, 'must be a non-empty string'],
    ['verifyStatus', { verifyStatus: false }, 'must be a string'],
    ['mobilePhone', { mobilePhone: [] }, 'must be a string'],
  ])('%s', (path, patch, must) => {
    const err = (() => {
      try {
        return checkUser(ctx, { ...userBody(USER_ID, 'ann'), ...patch });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toMatchObject({
      code: 'INVALID_RESPONSE',
      status: 200,
      path,
      message: `response body "${path}" ${must}`,
    });
  });

  it('a path inside a collection item is prefixed with where the item is', () => {
    expect(() =>
      checkUser(ctx, { ...userBody(USER_ID, 'a'), photo: {} }, '_embedded.users[3]'),
    ).toThrow('response body "_embedded.users[3].photo.href" must be a string');
  });

  it('a character-set key is quoted, an identifier key is not', () => {
    const policy = policyBody(POLICY_ID, 'S', true);
    expect(() => checkPasswordPolicy(ctx, { ...policy, minCharacters: { abc: 1.5 } })).toThrow(
      'response body "minCharacters.abc" must be a non-negative integer',
    );
    expect(() => checkPasswordPolicy(ctx, { ...policy, minCharacters: { '~!@#$': -1 } })).toThrow(
      'response body "minCharacters["~!@#$"]" must be a non-negative integer',
    );
  });

  it('a user read back is typed with the members the check guarantees', () => {
    expectTypeOf<User['username']>().toEqualTypeOf<string>();
    expectTypeOf<User['nickname']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<User['address']>['locality']>().toEqualTypeOf<string | undefined>();
  });
});

describe('PingOne error envelope: id required in the type and in the check', () => {
  it('the type requires id, code and message, and each detail its code and message', () => {
    expectTypeOf<PingOneErrorBody['id']>().toEqualTypeOf<string>();
    expectTypeOf<PingOneErrorBody['code']>().toEqualTypeOf<string>();
    expectTypeOf<PingOneErrorDetail['message']>().toEqualTypeOf<string>();
  });

  it('an envelope with an id is an API_ERROR carrying it', async () => {
    const body = errorBody('INVALID_DATA', 'bad', [{ code: 'INVALID_VALUE', message: 'no' }]);
    const err = await errorFrom(Response.json(body, { status: 400 }), Date.now()).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PingOneApiError);
    expect(err).toMatchObject({ apiCode: 'INVALID_DATA', correlationId: body.id, body });
  });

  it.each([
    ['no id', { code: 'INVALID_DATA', message: 'bad' }],
    ['a numeric id', { id: 7, code: 'INVALID_DATA', message: 'bad' }],
    ['a detail without message', { ...errorBody('INVALID_DATA', 'bad'), details: [{ code: 'X' }] }],
    ['details not an array', { ...errorBody('INVALID_DATA', 'bad'), details: {} }],
    [
      'an innerError array',
      { ...errorBody('X', 'y'), details: [{ code: 'X', message: 'm', innerError: [] }] },
    ],
  ])('%s is not an envelope: INVALID_RESPONSE', async (_what, body) => {
    await expect(errorFrom(Response.json(body, { status: 400 }), Date.now())).rejects.toMatchObject(
      { code: 'INVALID_RESPONSE', status: 400 },
    );
  });
});

describe('toPolicyRules', () => {
  it('keeps the rule members only: no id, name, links, lockout or expiry', () => {
    const policy = checkPasswordPolicy(ctx, {
      ...policyBody(POLICY_ID, 'Standard', true),
      _links: { self: { href: 'https://x/p' } },
      maxAgeDays: 182,
      numberSequenceRule: { maxLength: 3 },
    });
    const rules = toPolicyRules(policy);
    const {
      id: _id,
      environment: _env,
      name: _name,
      default: _default,
      lockout: _lockout,
      ...rest
    } = policyBody(POLICY_ID, 'Standard', true);
    expect(Object.keys(rest)).toContain('history');
    expect(rules).toEqual({ ...rest, numberSequenceRule: { maxLength: 3 } });
    // PingOne's key order of minCharacters decides the §7.4 message: it is kept.
    expect(Object.keys(rules.minCharacters!)).toEqual(Object.keys(policy.minCharacters!));
    expectTypeOf(rules).toEqualTypeOf<PolicyRules>();
  });

  it('the evaluator gives the same answer for the policy and for its rules', () => {
    const policy = checkPasswordPolicy(ctx, policyBody(POLICY_ID, 'Standard', true));
    for (const password of ['', 'aaa', 'Passw0rd!', 'ann-Lee-2026!x', 'Tr0ub4dor&3xyz']) {
      const context = { profile: { username: 'ann.lee' }, currentPassword: 'Tr0ub4dor&3xyq' };
      expect(evaluatePassword(toPolicyRules(policy), password, context)).toEqual(
        evaluatePassword(policy, password, context),
      );
    }
  });
});
