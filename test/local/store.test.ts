import { describe, expect, it } from 'vitest';
import { FilterError, parseFilter } from '../../src/local/scim/filter.js';
import { openDatabase } from '../../src/local/store/database.js';
import { bool, json, rowMapping } from '../../src/local/store/mapping.js';
import { createSqliteStore } from '../../src/local/store/sqlite.js';
import type { UserRecord } from '../../src/local/store/types.js';
import { newUserRecord } from '../../src/local/user-record.js';

function user(username: string, n: number): UserRecord {
  const fields = { environmentId: 'env', populationId: 'pop', username, attributes: {} };
  return { ...newUserRecord({ ...fields, email: `${username}@example.test` }, n), id: `u${n}` };
}

describe('rowMapping', () => {
  it('writes nested members, codecs and computed columns, and reads the record back', () => {
    const mapping = rowMapping<{ id: string; on: boolean; tags: string[]; pw: { hash: string } }>({
      id: 'id',
      id_lc: (r) => r.id.toLowerCase(),
      on: ['on', bool],
      tags: ['tags', json],
      pw_hash: 'pw.hash',
    });
    const record = { id: 'AbC', on: true, tags: ['x'], pw: { hash: 'h' } };
    const row = mapping.params(record);
    expect(row).toEqual({ id: 'AbC', id_lc: 'abc', on: 1, tags: '["x"]', pw_hash: 'h' });
    expect(mapping.columns).toEqual(['id', 'id_lc', 'on', 'tags', 'pw_hash']);
    expect(mapping.toRecord(row)).toEqual(record);
  });
});

describe('SQLite store', () => {
  it('compiles a parsed filter with its own columns and refuses what it does not support', () => {
    const store = createSqliteStore(openDatabase(':memory:'));
    try {
      const base = { environmentId: 'env', description: null, passwordPolicyId: null, extra: {} };
      for (const [i, name] of ['Staff', 'Students'].entries()) {
        store.insertPopulation({
          ...base,
          id: `p${i}`,
          name,
          isDefault: i === 0,
          createdAt: i,
          updatedAt: i,
        });
      }
      const names = store.listPopulations('env', parseFilter('name sw "st"')).map((p) => p.name);
      expect(names).toEqual(['Staff', 'Students']);
      expect(store.listPopulations('env', parseFilter('name eq "STAFF"'))).toHaveLength(1);
      try {
        store.listPasswordPolicies('env', parseFilter('rules pr'));
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(FilterError);
        expect((error as FilterError).message).toBe('unsupported attribute "rules"');
        expect((error as FilterError).supportedAttributes).toEqual(['id', 'name']);
      }
      expect(() => store.searchUsers('env', parseFilter('username gt "a"'), null, 10)).toThrow(
        'operator "gt" is not supported on "username"',
      );
    } finally {
      store.close();
    }
  });

  it('prepares a filtered search once per filter shape, whatever the values', () => {
    const db = openDatabase(':memory:');
    const prepare = db.prepare.bind(db);
    const prepared: string[] = [];
    db.prepare = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof db.prepare;
    const store = createSqliteStore(db);
    try {
      store.insertUser(user('alice', 1));
      store.insertUser(user('bob', 2));
      const opened = prepared.length;
      const search = (name: string) =>
        store.searchUsers('env', parseFilter(`username eq "${name}"`), null, 10);
      expect(search('alice').items.map((u) => u.id)).toEqual(['u1']);
      expect(prepared.length).toBe(opened + 2); // the page and the count
      expect(search('bob').items.map((u) => u.id)).toEqual(['u2']);
      expect(search('carol')).toEqual({ items: [], total: 0, nextAfter: null });
      expect(prepared.length).toBe(opened + 2);
      expect(store.getUser('env', 'u1')).toEqual(user('alice', 1));
      expect(prepared.length).toBe(opened + 2);
    } finally {
      store.close();
    }
  });
});

describe('SQLite store: password history', () => {
  it('keeps the newest entries, preparing the pruning once per kept count', () => {
    const db = openDatabase(':memory:');
    const prepare = db.prepare.bind(db);
    const prepared: string[] = [];
    db.prepare = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof db.prepare;
    const store = createSqliteStore(db);
    try {
      store.insertUser(user('alice', 1));
      const add = (n: number, keep: number) =>
        store.addPasswordHistory('u1', { hash: `h${n}`, createdAt: n }, keep);
      for (let n = 1; n <= 5; n++) add(n, 3);
      expect(store.listPasswordHistory('u1').map((e) => e.hash)).toEqual(['h5', 'h4', 'h3']);
      const opened = prepared.length;
      add(6, 3);
      expect(prepared.length).toBe(opened);
      add(7, 2);
      expect(store.listPasswordHistory('u1').map((e) => e.hash)).toEqual(['h7', 'h6']);
      expect(prepared.length).toBe(opened + 1);
      add(8, 0); // at least the new entry is kept
      expect(store.listPasswordHistory('u1').map((e) => e.hash)).toEqual(['h8']);
    } finally {
      store.close();
    }
  });
});

describe('SQLite store: sign-on state', () => {
  const grant = {
    environmentId: 'env',
    applicationId: 'app',
    userId: 'u1',
    sessionId: 's1',
    grantId: 'g1',
    scope: ['openid', 'profile'],
    authTime: 1000,
    amr: ['pwd'],
    acr: 'Single_Factor',
  };

  it('lets one caller use a code or a refresh token, once', () => {
    const store = createSqliteStore(openDatabase(':memory:'));
    try {
      store.insertAuthorizationCode({
        ...grant,
        codeHash: 'c',
        redirectUri: 'https://app.example/cb',
        nonce: null,
        codeChallenge: 'x',
        codeChallengeMethod: 'S256',
        createdAt: 1,
        expiresAt: 2,
        usedAt: null,
      });
      expect(store.getAuthorizationCode('c')?.scope).toEqual(['openid', 'profile']);
      expect(store.useAuthorizationCode('c', 5)).toBe(true);
      expect(store.useAuthorizationCode('c', 6)).toBe(false);
      expect(store.getAuthorizationCode('c')?.usedAt).toBe(5);
      store.insertRefreshToken({
        ...grant,
        tokenHash: 'r',
        createdAt: 1,
        expiresAt: 99,
        usedAt: null,
      });
      expect(store.useRefreshToken('r', 7)).toBe(true);
      expect(store.useRefreshToken('r', 8)).toBe(false);
    } finally {
      store.close();
    }
  });

  it('revokes a grant (its refresh tokens go) and purges what has expired', () => {
    const store = createSqliteStore(openDatabase(':memory:'));
    try {
      store.insertRefreshToken({
        ...grant,
        tokenHash: 'r',
        createdAt: 1,
        expiresAt: 99,
        usedAt: null,
      });
      store.revokeGrant('env', 'g1', 10, 50);
      expect(store.getRefreshToken('r')).toBeNull();
      expect(store.isGrantRevoked('g1')).toBe(true);
      store.purgeExpired(50);
      expect(store.isGrantRevoked('g1')).toBe(false);
    } finally {
      store.close();
    }
  });

  it("deletes a user's sessions and flows with the user", () => {
    const store = createSqliteStore(openDatabase(':memory:'));
    try {
      store.insertUser(user('ada', 1));
      const session = {
        id: 's1',
        environmentId: 'env',
        userId: 'u1',
        authTime: 1,
        amr: ['pwd'],
        acr: 'Single_Factor',
        userAgent: null,
        ip: null,
        createdAt: 1,
        lastUsedAt: 1,
        expiresAt: 100,
      };
      store.putSession(session);
      store.putSession({ ...session, id: 's2', lastUsedAt: 5 });
      expect(store.listSessions('env', 'u1').map((s) => s.id)).toEqual(['s2', 's1']);
      store.deleteUser('env', 'u1');
      expect(store.listSessions('env', 'u1')).toEqual([]);
    } finally {
      store.close();
    }
  });
});
