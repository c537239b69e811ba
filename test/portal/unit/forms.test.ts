/** Unit tests of `src/portal/forms.ts`: reading form bodies and validating fields. */
import { describe, expect, it } from 'vitest';
import { PortalError } from '../../../src/portal/errors.js';
import {
  checkEmail,
  checkIdentifier,
  checkPassword,
  checkUsername,
  codePoints,
  normaliseRecoveryCode,
  readForm,
} from '../../../src/portal/forms.js';

describe('forms', () => {
  it('reads allow-listed single strings only', () => {
    expect(readForm({ username: 'a', extra: 'x' }, ['username', 'password'])).toEqual({
      username: 'a',
      password: '',
    });
    expect(() => readForm({ username: ['a', 'b'] }, ['username'])).toThrow(PortalError);
    expect(() => readForm('text', ['username'])).toThrow(PortalError);
    const proto = JSON.parse('{"__proto__": {"admin": 1}}') as unknown;
    expect(readForm(proto, ['username'])).toEqual({ username: '' });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('validates fields linearly and counts code points', () => {
    expect(codePoints('😀'.repeat(14))).toBe(14);
    expect(checkUsername('')).toEqual({ key: 'error.username.required' });
    expect(checkUsername('a'.repeat(129))).toEqual({ key: 'error.username.invalid' });
    expect(checkUsername('bob\r\n[FAKE]')).toEqual({ key: 'error.username.invalid' });
    expect(checkUsername('\uD800x')).toEqual({ key: 'error.username.invalid' });
    expect(checkUsername('Zoë Ünïcode')).toBeNull();
    expect(checkEmail('a@example.com')).toBeNull();
    expect(checkEmail('a@b')).toEqual({ key: 'error.email.invalid' });
    expect(checkEmail(`${'a'.repeat(50000)}!`)).toEqual({ key: 'error.email.invalid' });
    expect(checkIdentifier('x'.repeat(255))).toEqual({ key: 'error.identifier.invalid' });
    expect(checkPassword('😀'.repeat(255))).toBeNull();
    expect(checkPassword('😀'.repeat(256))).toEqual({ key: 'error.tooLong', params: { max: 255 } });
    expect(normaliseRecoveryCode(' ab12-cd34 ')).toBe('ab12cd34');
    expect(normaliseRecoveryCode('ab12cd3')).toBeNull();
  });
});
