/** Building new user records: shared by `POST /users` and the seed file. */
import { randomUUID } from 'node:crypto';
import type { UserRecord } from './store/types.js';
import { PROFILE_ATTRIBUTES } from './validation.js';

/** The profile attributes present in `input` (PingOne's names; absent ones left out). */
export function profileAttributes(input: object): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const name of PROFILE_ATTRIBUTES) {
    const value = (input as Record<string, unknown>)[name];
    if (value !== undefined) attributes[name] = value;
  }
  return attributes;
}

/** A new user created `now`, with a fresh id and no password (`hash` given: status OK). */
export function newUserRecord(
  fields: {
    environmentId: string;
    populationId: string;
    username: string;
    email?: string | null | undefined;
    enabled?: boolean | undefined;
    attributes: Record<string, unknown>;
  },
  now: number,
  hash: string | null = null,
): UserRecord {
  return {
    id: randomUUID(),
    environmentId: fields.environmentId,
    populationId: fields.populationId,
    username: fields.username,
    email: fields.email ?? null,
    enabled: fields.enabled ?? true,
    attributes: fields.attributes,
    createdAt: now,
    updatedAt: now,
    password: {
      hash,
      status: hash ? 'OK' : 'NO_PASSWORD',
      lastChangedAt: hash ? now : null,
      failures: 0,
      lockedAt: null,
      unlockAt: null,
    },
  };
}
