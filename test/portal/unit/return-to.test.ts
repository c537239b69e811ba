/**
 * `safeReturnTo`: where `?return_to=` may send a signed-in person (no open redirect).
 */
import { describe, expect, it } from 'vitest';
import { safeReturnTo } from '../../../src/portal/oidc/services.js';

const ALLOWED = ['https://app.example/area', 'https://other.example/'];

describe('safeReturnTo', () => {
  it.each([
    ['/account/sessions', '/account/sessions'],
    ['/account?tab=1', '/account?tab=1'],
    ['https://app.example/area', 'https://app.example/area'],
    ['https://app.example/area/page?x=1', 'https://app.example/area/page?x=1'],
    ['https://other.example/anything', 'https://other.example/anything'],
  ])('honours %s', (value, expected) => {
    expect(safeReturnTo(value, ALLOWED)).toBe(expected);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    'https://app.example/areaX',
    'https://app.example/other',
    'http://app.example/area',
    'https://user:pw@app.example/area',
    '/account\nSet-Cookie: x=1',
    'relative/path',
    '',
    'x'.repeat(3000),
  ])('refuses %j', (value) => {
    expect(safeReturnTo(value, ALLOWED)).toBe('/account');
  });

  it('refuses anything but a string', () => {
    expect(safeReturnTo(['/a', '/b'], ALLOWED)).toBe('/account');
    expect(safeReturnTo(undefined, ALLOWED, '/')).toBe('/');
  });
});
