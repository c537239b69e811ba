/**
 * `PINGONE_LOCAL_SEED_FILE`: a JSON file of populations and users created at start and after a
 * reset (existing names and usernames are left alone). Passwords are hashed, never evaluated
 * against a policy. Shape:
 * `{ "populations": [{ "name", "description"?, "default"? }],
 *    "users": [{ "username", "email"?, "password"?, "population"?: "<name>", "enabled"?, ...profile }] }`
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Clock } from './clock.js';
import { createPasswordHasher, DEFAULT_ARGON2, preEncodedScheme } from './crypto/passwords.js';
import type { Store } from './store/types.js';
import { newUserRecord, profileAttributes } from './user-record.js';
import { createUserSchema } from './validation.js';

const fileSchema = z
  .object({
    populations: z
      .array(
        z
          .object({
            name: z.string().min(1).max(256),
            description: z.string().max(1024).optional(),
            default: z.boolean().optional(),
          })
          .strict(),
      )
      .optional(),
    users: z
      .array(
        createUserSchema
          .omit({ population: true })
          .extend({ password: z.string().min(1).optional(), population: z.string().optional() }),
      )
      .optional(),
  })
  .strict();

/**
 * Applies a seed file.
 * @throws Error naming the file and the first invalid member.
 */
export async function applySeedFile(
  store: Store,
  clock: Clock,
  environmentId: string,
  path: string,
  options: { argon2?: Partial<typeof DEFAULT_ARGON2> },
): Promise<void> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`seed file ${path}: cannot read JSON (${(error as Error).message})`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`seed file ${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const hasher = createPasswordHasher({ ...DEFAULT_ARGON2, ...options.argon2 });
  const now = clock.now();
  for (const p of parsed.data.populations ?? []) {
    if (store.findPopulationByName(environmentId, p.name)) continue;
    store.transaction(() => {
      if (p.default) store.clearDefaultPopulation(environmentId);
      store.insertPopulation({
        id: randomUUID(),
        environmentId,
        name: p.name,
        description: p.description ?? null,
        isDefault: p.default === true,
        passwordPolicyId: null,
        extra: {},
        createdAt: now,
        updatedAt: now,
      });
    });
  }
  for (const u of parsed.data.users ?? []) {
    if (store.findUserByUsername(environmentId, u.username)) continue;
    const population = u.population
      ? store.findPopulationByName(environmentId, u.population)
      : store.getDefaultPopulation(environmentId);
    if (!population) throw new Error(`seed file ${path}: user ${u.username}: unknown population`);
    const attributes: Record<string, unknown> = {
      mfaEnabled: u.mfaEnabled ?? false,
      emailVerified: false,
      lifecycle: { status: 'ACCOUNT_OK' },
      ...profileAttributes(u),
    };
    const hash = u.password
      ? preEncodedScheme(u.password) !== null
        ? u.password
        : await hasher.hash(u.password)
      : null;
    store.insertUser(
      newUserRecord({ ...u, environmentId, populationId: population.id, attributes }, now, hash),
    );
  }
}
