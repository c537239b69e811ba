import { describe, expect, it } from 'vitest';
import {
  CookieJar,
  csrfToken,
  median,
  newPassword,
  pct,
  recoveryCodeFrom,
  renderTable,
  spliceResults,
} from '../../bench/lib.js';

describe('bench statistics', () => {
  it('takes the median of odd and even counts without reordering the input', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('formats ratios as percentages', () => {
    expect(pct(0.3)).toBe('30.0 %');
    expect(pct(0.1234)).toBe('12.3 %');
  });
});

describe('bench form session', () => {
  it('reads the CSRF field and the recovery code', () => {
    expect(csrfToken('<input type="hidden" name="_csrf" value="abc-123">')).toBe('abc-123');
    expect(() => csrfToken('<form></form>')).toThrow('no _csrf field');
    expect(recoveryCodeFrom('Your code:\n\n  AB12CD34\n\nIt expires in 5 minutes.')).toBe(
      'AB12CD34',
    );
    expect(() => recoveryCodeFrom('no code here ABCD')).toThrow('no recovery code');
  });

  it('keeps cookies, replaces them and honours deletions', () => {
    const jar = new CookieJar();
    jar.store(['sid=one; Path=/; HttpOnly', 'lang=fr; Path=/']);
    expect(jar.header()).toBe('sid=one; lang=fr');
    jar.store(['sid=two; Path=/', 'lang=; Max-Age=0']);
    expect(jar.header()).toBe('sid=two');
  });
});

describe('bench report', () => {
  const row = {
    id: 'P1',
    scenario: 'GET /register',
    result: '100 req/s',
    baseline: '200 req/s',
    ratio: '50.0 %',
    target: '≥ 30 %',
    status: 'met' as const,
  };

  it('renders a Markdown table with a status per row', () => {
    expect(renderTable([row, { ...row, id: 'P2', status: 'missed' }])).toBe(
      [
        '| Id | Scenario | Result (median) | Baseline (same run) | Ratio | Target | Status |',
        '|---|---|---|---|---|---|---|',
        '| P1 | GET /register | 100 req/s | 200 req/s | 50.0 % | ≥ 30 % | met |',
        '| P2 | GET /register | 100 req/s | 200 req/s | 50.0 % | ≥ 30 % | **missed** |',
      ].join('\n'),
    );
  });

  it('replaces only the generated block of the document', () => {
    const doc =
      '# Benchmarks\n\nProse.\n\n<!-- bench:start -->\nold\n<!-- bench:end -->\n\n## Analysis\n';
    expect(spliceResults(doc, 'new')).toBe(
      '# Benchmarks\n\nProse.\n\n<!-- bench:start -->\nnew\n<!-- bench:end -->\n\n## Analysis\n',
    );
    expect(spliceResults('# Benchmarks\n', 'first')).toBe(
      '# Benchmarks\n\n<!-- bench:start -->\nfirst\n<!-- bench:end -->\n',
    );
  });
});

describe('bench accounts', () => {
  it('makes passwords the standard policy accepts: four classes, no repeated character', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = newPassword();
      expect(password).toHaveLength(14);
      expect(new Set(password).size).toBe(14);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[0-9]/);
      expect(password).toMatch(/[^A-Za-z0-9]/);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });
});
