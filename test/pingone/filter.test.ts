import { describe, expect, it } from 'vitest';
import { type FilterAttribute, filter, PingOneFilterError } from '../../src/pingone/index.js';

/**
 * A tiny RFC 7644 filter tokenizer: attribute paths, operators, keywords, parentheses and
 * JSON string literals. Enough to prove a built filter reads as the intended comparison.
 */
function tokenize(expr: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i]!;
    if (ch === ' ') {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push(ch);
      i++;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < expr.length && expr[j] !== '"') j += expr[j] === '\\' ? 2 : 1;
      if (j >= expr.length) throw new Error('unterminated string');
      tokens.push(`STR:${JSON.parse(expr.slice(i, j + 1))}`);
      i = j + 1;
    } else {
      const m = /^[A-Za-z][A-Za-z0-9_.]*/.exec(expr.slice(i));
      if (!m) throw new Error(`unexpected ${ch}`);
      tokens.push(m[0]);
      i += m[0].length;
    }
  }
  return tokens;
}

// Security checklist §H.47 payloads, plus unicode.
const PAYLOADS = [
  'a" or username pr or username eq "b',
  'alice" or "1" eq "1',
  'x\\',
  'x\\" or username pr',
  '" or username pr or "',
  '*',
  ')',
  '(',
  '\\"\\\\"',
  'jöhn.dœ@exämple.com',
  '日本語ユーザー',
  'emoji 😀 user',
  'combining é',
];

describe('filter values are always one quoted literal', () => {
  it.each(PAYLOADS)('eq %j', (payload) => {
    const f = filter.eq('username', payload);
    expect(tokenize(f.expression)).toEqual(['username', 'eq', `STR:${payload}`]);
    expect(f.expression).toBe(`username eq ${JSON.stringify(payload)}`);
    expect(String(f)).toBe(f.expression);
  });

  it.each(['sw', 'ew', 'co'] as const)('%s quotes the same way', (op) => {
    const payload = 'a" or username pr or "';
    expect(tokenize(filter[op]('email', payload).expression)).toEqual([
      'email',
      op,
      `STR:${payload}`,
    ]);
  });

  it('and / or / not / pr compose with parentheses', () => {
    const f = filter.or(
      filter.eq('username', 'a" or "1" eq "1'),
      filter.and(filter.pr('email'), filter.not(filter.sw('name.given', 'J'))),
    );
    expect(f.expression).toBe(
      '(username eq "a\\" or \\"1\\" eq \\"1") or ((email pr) and (not (name.given sw "J")))',
    );
    expect(tokenize(f.expression)).toEqual([
      '(',
      'username',
      'eq',
      'STR:a" or "1" eq "1',
      ')',
      'or',
      '(',
      '(',
      'email',
      'pr',
      ')',
      'and',
      '(',
      'not',
      '(',
      'name.given',
      'sw',
      'STR:J',
      ')',
      ')',
      ')',
    ]);
  });

  it('a single operand of and/or is returned unchanged', () => {
    const f = filter.eq('username', 'x');
    expect(filter.and(f)).toBe(f);
    expect(filter.or(f)).toBe(f);
  });
});

describe('rejected before any request', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['CR/LF', 'a\r\n[FAKE] admin'],
    ['tab', 'a\tb'],
    ['DEL', 'a\u007fb'],
    ['C1 control', 'a\u0085b'],
    ['line separator', 'a\u2028b'],
    ['lone surrogate', 'a\ud800b'],
    ['empty', ''],
    ['2 000 characters', 'a'.repeat(2000)],
  ])('%s', (_name, value) => {
    expect(() => filter.eq('username', value)).toThrow(PingOneFilterError);
    try {
      filter.eq('username', value);
    } catch (err) {
      expect((err as PingOneFilterError).code).toBe('INVALID_FILTER_VALUE');
      // The rejected value is never echoed (it may be an e-mail address).
      if (value.length > 0) expect((err as Error).message).not.toContain(value);
    }
  });

  it.each(['username eq "x" or username', 'user name', '1abc', 'a..b', ''])(
    'attribute %j is refused',
    (attr) => {
      expect(() => filter.pr(attr as FilterAttribute)).toThrow(
        new PingOneFilterError('filter attribute name is not a plain SCIM attribute path'),
      );
    },
  );

  it('operands must be built filters, not strings', () => {
    expect(() =>
      filter.and('username pr' as unknown as ReturnType<typeof filter.pr>, filter.pr('email')),
    ).toThrow(PingOneFilterError);
    expect(() => filter.or()).toThrow('filter.or() needs at least one operand');
    expect(() =>
      filter.not({ expression: 'x' } as unknown as ReturnType<typeof filter.pr>),
    ).toThrow(PingOneFilterError);
  });

  it('a 1 024-character value is still accepted', () => {
    const v = 'b'.repeat(1024);
    expect(filter.eq('username', v).expression).toBe(`username eq "${v}"`);
  });
});
