import { describe, expect, it } from 'vitest';
import {
  CookieJar,
  csrfToken,
  failureKey,
  label,
  median,
  newPassword,
  pct,
  Results,
  recoveryCodeFrom,
  renderTable,
  selectScenarios,
  spliceResults,
} from '../../bench/lib.js';
import { SCENARIOS } from '../../bench/scenarios/index.js';

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
    const skipped = { ...row, id: 'P2', result: 'not measured: 1 CPU', status: 'skipped' as const };
    expect(renderTable([row, { ...row, id: 'P2', status: 'missed' }, skipped])).toBe(
      [
        '| Id | Scenario | Result (median) | Baseline (same run) | Ratio | Target | Status |',
        '|---|---|---|---|---|---|---|',
        '| P1 | GET /register | 100 req/s | 200 req/s | 50.0 % | ≥ 30 % | met |',
        '| P2 | GET /register | 100 req/s | 200 req/s | 50.0 % | ≥ 30 % | **missed** |',
        '| P2 | GET /register | not measured: 1 CPU | 200 req/s | 50.0 % | ≥ 30 % | not measured |',
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

describe('bench scenarios', () => {
  const all = [
    { id: 'P6', name: 'startup' },
    { id: 'P1', name: 'page-throughput' },
    { id: 'P2', name: 'registrations-vs-argon2-ceiling' },
    { id: 'P7', name: 'recovery-flows', needs: ['registrations-vs-argon2-ceiling'] },
    { id: 'P3', name: 'token-requests-per-lifetime' },
  ];
  const names = (list: { name: string }[]) => list.map((s) => s.name);

  it('selects by P-id or by name, case-insensitively, in run order, with what they need', () => {
    expect(selectScenarios(all, null)).toEqual(all);
    expect(names(selectScenarios(all, ['P3', 'startup']))).toEqual([
      'startup',
      'token-requests-per-lifetime',
    ]);
    expect(names(selectScenarios(all, ['p7']))).toEqual([
      'registrations-vs-argon2-ceiling',
      'recovery-flows',
    ]);
    expect(names(selectScenarios(all, ['Recovery-Flows', 'P2', ' P2 ']))).toEqual([
      'registrations-vs-argon2-ceiling',
      'recovery-flows',
    ]);
  });

  it('refuses an unknown or empty selection, naming the valid scenarios', () => {
    expect(() => selectScenarios(all, ['P10'])).toThrow(
      '--only: unknown scenario "P10" (one of: P6 · startup, P1 · page-throughput,',
    );
    expect(() => selectScenarios(all, [''])).toThrow('--only: name at least one scenario');
  });

  it('has one scenario per issue id P1…P9, each named after what it measures', () => {
    expect(SCENARIOS.map((s) => s.id).sort()).toEqual([
      'P1',
      'P2',
      'P3',
      'P4',
      'P5',
      'P6',
      'P7',
      'P8',
      'P9',
    ]);
    expect(SCENARIOS.map(label)).toEqual([
      'P6 · startup',
      'P1 · page-throughput',
      'P2 · registrations-vs-argon2-ceiling',
      'P7 · recovery-flows',
      'P9 · portal-sign-ins',
      'P5 · idle-memory',
      'P3 · token-requests-per-lifetime',
      'P4 · user-search-100k',
      'P8 · signins-vs-argon2-ceiling',
    ]);
    // Whatever a scenario needs runs before it, and in the same (shared) portal.
    for (const s of SCENARIOS) {
      for (const need of s.needs ?? []) {
        const i = SCENARIOS.findIndex((t) => t.name === need);
        expect(i, `${s.name} needs ${need}`).toBeGreaterThanOrEqual(0);
        expect(i).toBeLessThan(SCENARIOS.indexOf(s));
        expect(SCENARIOS[i]!.sharedPortal && s.sharedPortal).toBe(true);
      }
    }
  });
});

describe('bench results', () => {
  const row = (id: string) => ({
    id,
    scenario: 's',
    result: 'r',
    baseline: '—',
    ratio: '—',
    target: 't',
    status: 'met' as const,
  });

  it('names a failed step by status, redirect and the page error text', () => {
    expect(
      failureKey('register', {
        status: 303,
        location: '/register',
        body: '<form><p class="field-error" id="x">That   <b>username</b> is taken.</p></form>',
      }),
    ).toBe('register: 303 → /register "That username is taken."');
    expect(failureKey('recover', { status: 503, location: null, body: '<h1>Down</h1>' })).toBe(
      'recover: 503',
    );
  });

  it('renders rows in P order (stable within an id), then notes, then counted failures', () => {
    const results = new Results();
    results.row(row('P7 · recovery-flows'));
    results.row({ ...row('P4 · user-search-100k'), scenario: 'first' });
    results.row(row('P1 · page-throughput'));
    results.row({ ...row('P4 · user-search-100k'), scenario: 'second' });
    results.note('P2 run 1: a note.');
    results.failed('mail: no recovery code');
    results.failed('mail: no recovery code');
    results.failed('forgot', { status: 429, location: null, body: '' });
    expect(results.render().split('\n')).toEqual([
      '| Id | Scenario | Result (median) | Baseline (same run) | Ratio | Target | Status |',
      '|---|---|---|---|---|---|---|',
      '| P1 · page-throughput | s | r | — | — | t | met |',
      '| P4 · user-search-100k | first | r | — | — | t | met |',
      '| P4 · user-search-100k | second | r | — | — | t | met |',
      '| P7 · recovery-flows | s | r | — | — | t | met |',
      '',
      '- P2 run 1: a note.',
      '- failed mail: no recovery code: 2×',
      '- failed forgot: 429: 1×',
    ]);
  });
});
