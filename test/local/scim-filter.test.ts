import { describe, expect, it } from 'vitest';
import { FilterError, parseFilter } from '../../src/local/scim/filter.js';
import { openDatabase } from '../../src/local/store/database.js';
import { USER_COLUMNS, userSearchSql } from '../../src/local/store/users.js';
import { compileFilter } from '../../src/local/store/where.js';

describe('parseFilter', () => {
  it('gives and precedence over or, and honours parentheses and not', () => {
    expect(parseFilter('a eq "1" or b eq "2" and c pr')).toEqual({
      kind: 'or',
      left: { kind: 'compare', op: 'eq', attr: 'a', value: '1' },
      right: {
        kind: 'and',
        left: { kind: 'compare', op: 'eq', attr: 'b', value: '2' },
        right: { kind: 'pr', attr: 'c' },
      },
    });
    expect(parseFilter('NOT (a EQ "x") AND (b sw "y" OR c ew "z")')).toEqual({
      kind: 'and',
      left: { kind: 'not', expr: { kind: 'compare', op: 'eq', attr: 'a', value: 'x' } },
      right: {
        kind: 'or',
        left: { kind: 'compare', op: 'sw', attr: 'b', value: 'y' },
        right: { kind: 'compare', op: 'ew', attr: 'c', value: 'z' },
      },
    });
  });

  it('reads string values as JSON strings (escapes included)', () => {
    expect(parseFilter('username eq "a\\"b\\\\c\\u0041"')).toEqual({
      kind: 'compare',
      op: 'eq',
      attr: 'username',
      value: 'a"b\\cA',
    });
    expect(parseFilter('enabled eq true')).toMatchObject({ value: true });
  });

  it('rejects malformed input, too deep nesting and too long filters', () => {
    for (const bad of [
      '',
      'username',
      'username eq',
      'username eq "x" and',
      '((username pr)',
      'username eq "x" )',
      'x eq "\\q"',
      'a[b eq "c"]',
    ]) {
      expect(() => parseFilter(bad), bad).toThrow(FilterError);
    }
    expect(() => parseFilter(`${'('.repeat(40)}a pr${')'.repeat(40)}`)).toThrow(
      'nested too deeply',
    );
    expect(() => parseFilter(`a eq "${'x'.repeat(5000)}"`)).toThrow('too long');
  });
});

describe('compileFilter over the users table', () => {
  it('produces parameterised SQL only (values never in the SQL text)', () => {
    const sql = compileFilter(
      parseFilter('username eq "Robert\'); DROP TABLE users;--"'),
      USER_COLUMNS,
    );
    expect(sql).toEqual({ sql: '(username_lc = ?)', params: ["robert'); drop table users;--"] });
    const sw = compileFilter(parseFilter('email sw "A%_"'), USER_COLUMNS);
    expect(sw.params).toEqual(['a%_', 'a%_\u{10FFFF}']);
    const co = compileFilter(parseFilter('email co "50%_off"'), USER_COLUMNS);
    expect(co).toEqual({ sql: "(email_lc LIKE ? ESCAPE '\\')", params: ['%50\\%\\_off%'] });
  });

  it('rejects unsupported attributes and operators, naming what is supported', () => {
    try {
      compileFilter(parseFilter('nickname co "x"'), USER_COLUMNS);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FilterError);
      expect((error as FilterError).supportedOperators).toEqual(['eq', 'sw', 'pr']);
    }
    expect(() => compileFilter(parseFilter('enabled eq "yes"'), USER_COLUMNS)).toThrow(
      'true or false',
    );
    expect(() => compileFilter(parseFilter('username eq 3'), USER_COLUMNS)).toThrow(
      'quoted string',
    );
  });
});

describe('users search plan', () => {
  it('answers `username eq or email eq` from the two indexes, never a scan', () => {
    const db = openDatabase(':memory:');
    try {
      const where = compileFilter(parseFilter('username eq "x" or email eq "x"'), USER_COLUMNS);
      const sql = userSearchSql(where);
      const plan = (query: string) =>
        (
          db
            .prepare(`EXPLAIN QUERY PLAN ${query}`)
            .all(
              ...['env', ...where.params, 0, 10].slice(0, (query.match(/\?/g) ?? []).length),
            ) as Array<{ detail: string }>
        ).map((r) => r.detail);
      for (const query of [sql.page, sql.count]) {
        const steps = plan(query);
        expect(steps).toContain('MULTI-INDEX OR');
        expect(steps.some((s) => s.includes('USING INDEX users_by_username (username_lc=?'))).toBe(
          true,
        );
        expect(steps.some((s) => s.includes('USING INDEX users_by_email (email_lc=?'))).toBe(true);
        expect(steps.some((s) => s.startsWith('SCAN users'))).toBe(false);
      }
    } finally {
      db.close();
    }
  });
});
