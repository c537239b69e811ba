import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  expectSchema,
  listSchemaNames,
  normalizeOpenApiSchema,
  validateSchema,
} from './openapi.js';

const envId = 'a6c5e3a8-3e0f-4b8b-9a43-3f3e0d7f0c11';

function validUser(): Record<string, unknown> {
  return {
    _links: { self: { href: `https://api.pingone.com/v1/environments/${envId}/users/u1` } },
    id: '5a1e0b5c-1d7a-4f0e-9f57-6b6c1f3c2a10',
    environment: { id: envId },
    population: { id: 'e1f2a3b4-0000-4000-8000-000000000001' },
    account: { canAuthenticate: true, status: 'OK' },
    createdAt: '2026-11-28T12:00:00.000Z',
    updatedAt: '2026-11-28T12:00:00.000Z',
    email: 'someone@example.com',
    enabled: true,
    lifecycle: { status: 'ACCOUNT_OK' },
    mfaEnabled: false,
    name: { given: 'Ada', family: 'Lovelace' },
    username: 'ada',
  };
}

describe('validateSchema', () => {
  it('lists the schemas this project relies on', () => {
    const names = listSchemaNames();
    for (const name of ['User', 'Population', 'PasswordPolicy', 'P1Error']) {
      expect(names).toContain(name);
    }
  });

  it('accepts a valid User', () => {
    expect(validateSchema('User', validUser())).toEqual([]);
  });

  it('rejects an invalid User with JSON paths', () => {
    const user = validUser();
    delete user.username;
    user.population = {};
    user.createdAt = 'yesterday';
    user.enabled = 'yes';
    expect(validateSchema('User', user).sort()).toEqual(
      [
        '$: must have required property "username"',
        '$.population: must have required property "id"',
        '$.createdAt: must match format "date-time"',
        '$.enabled: must be boolean',
      ].sort(),
    );
  });

  it('checks referenced schemas (account status enum)', () => {
    const user = validUser();
    user.account = { canAuthenticate: true, status: 'SLEEPING' };
    const errors = validateSchema('User', user);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\$\.account\.status: must be one of \[.*"OK".*\]$/);
  });

  it('accepts a valid Population and rejects an invalid one', () => {
    expect(
      validateSchema('Population', {
        id: 'e1f2a3b4-0000-4000-8000-000000000001',
        environment: { id: envId },
        name: 'Default',
        default: true,
        passwordPolicy: { id: 'p1' },
        userCount: 3,
      }),
    ).toEqual([]);
    expect(
      validateSchema('Population', { default: 'true', passwordPolicy: {}, userCount: 1.5 }).sort(),
    ).toEqual(
      [
        '$: must have required property "name"',
        '$.default: must be boolean',
        '$.passwordPolicy: must have required property "id"',
        '$.userCount: must be integer',
      ].sort(),
    );
  });

  it('accepts a valid PasswordPolicy and rejects an invalid one', () => {
    expect(
      validateSchema('PasswordPolicy', {
        id: 'b1c2d3e4-0000-4000-8000-000000000002',
        environment: { id: envId },
        name: 'Standard',
        default: true,
        excludesCommonlyUsed: true,
        excludesProfileData: true,
        notSimilarToCurrent: true,
        history: { count: 6, retentionDays: 365 },
        length: { min: 8, max: 255 },
        lockout: { failureCount: 5, durationSeconds: 900 },
        maxRepeatedCharacters: 2,
        minUniqueCharacters: 5,
        minCharacters: {
          ABCDEFGHIJKLMNOPQRSTUVWXYZ: 1,
          abcdefghijklmnopqrstuvwxyz: 1,
          '0123456789': 1,
          '~!@#$%^&*()-_=+[]{}|;:,.<>/?': 1,
        },
      }),
    ).toEqual([]);
    expect(
      validateSchema('PasswordPolicy', {
        name: 'Weak',
        excludesCommonlyUsed: false,
        excludesProfileData: false,
        length: { min: 4 },
        history: { count: 0 },
        minCharacters: { '0123456789': 'one' },
      }).sort(),
    ).toEqual(
      [
        '$: must have required property "notSimilarToCurrent"',
        '$.length.min: must be >= 8',
        '$.history.count: must be >= 1',
        '$.minCharacters["0123456789"]: must be integer',
      ].sort(),
    );
    expect(validateSchema('PasswordPolicy', ['Standard'])).toEqual(['$: must be object']);
  });

  it('accepts a PingOne error envelope and rejects a malformed one', () => {
    expect(
      validateSchema('P1Error', {
        id: 'ffbab117-06e6-44be-a17a-ae619d3d7334',
        code: 'INVALID_DATA',
        message:
          'The request could not be completed. One or more validation errors were in the request.',
        details: [
          {
            code: 'INVALID_VALUE',
            target: 'password',
            message: 'User password did not satisfy password policy requirements',
            innerError: { unsatisfiedRequirements: ['length'], length: 'too short' },
          },
        ],
      }),
    ).toEqual([]);
    expect(
      validateSchema('P1Error', {
        id: 42,
        code: 'INVALID_DATA',
        details: [
          { code: 'INVALID_VALUE', target: ['password'], innerError: { maximumValue: 'x' } },
        ],
      }).sort(),
    ).toEqual(
      [
        '$.id: must be string',
        '$.details[0].target: must be string',
        '$.details[0].innerError.maximumValue: must be integer',
      ].sort(),
    );
  });

  it('expectSchema throws with every error and passes silently when valid', () => {
    expect(() => expectSchema('Population', { name: 'x' })).not.toThrow();
    expect(() => expectSchema('Population', { name: 7 })).toThrow(
      'value does not match OpenAPI schema "Population":\n  $.name: must be string',
    );
  });

  it('throws on an unknown schema name', () => {
    expect(() => validateSchema('NoSuchThing', {})).toThrow('unknown OpenAPI schema "NoSuchThing"');
  });
});

describe('normalizeOpenApiSchema', () => {
  it('turns nullable into JSON Schema, beside type, enum and $ref', () => {
    const schema = normalizeOpenApiSchema({
      type: 'object',
      properties: {
        name: { type: 'string', nullable: true, example: { nullable: true } },
        status: { type: 'string', enum: ['A', 'B'], nullable: true },
        ref: { $ref: '#/$defs/Id', nullable: true },
        plain: { type: 'string', nullable: false },
        nullable: { type: 'integer' },
      },
      $defs: { Id: { type: 'string' } },
    });
    expect(schema.properties).toEqual({
      name: { type: ['string', 'null'], example: { nullable: true } },
      status: { type: ['string', 'null'], enum: ['A', 'B', null] },
      ref: { anyOf: [{ $ref: '#/$defs/Id' }, { type: 'null' }] },
      plain: { type: 'string' },
      nullable: { type: 'integer' },
    });
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ name: null, status: null, ref: null, nullable: 1 })).toBe(true);
    expect(validate({ plain: null })).toBe(false);
    expect(validate({ status: 'C' })).toBe(false);
    expect(validate({ ref: 5 })).toBe(false);
  });
});
