/**
 * One source for each setting: a table entry carries the zod type of the variable (with its
 * default, written there and nowhere else) and its documentation. The schema is built from the
 * table, and the README table and `.env.example` are generated from it (`npm run docs:config`).
 */
import { z } from 'zod';

/** One environment variable: how it is parsed and how it is documented. */
export interface Setting<T extends z.ZodTypeAny = z.ZodTypeAny> {
  /** The zod type of the raw string; a `.default()` on it is the documented default. */
  type: T;
  /** What the variable does (Markdown). */
  meaning: string;
  /**
   * The documented default when the schema has none (computed elsewhere, or absent); a setting
   * whose type has a `.default()` must not have one. Absent both: `(none)`.
   */
  default?: string;
  /** Appended to the schema's default in the documentation, e.g. where it differs when embedded. */
  defaultNote?: string;
}

/** A table of settings by variable name. */
export type Settings = Record<string, Setting>;

/** The zod object schema of a settings table, typed field by field. */
export function schemaOf<S extends Settings>(
  settings: S,
): z.ZodObject<{ [K in keyof S]: S[K]['type'] }> {
  const shape = Object.fromEntries(Object.entries(settings).map(([name, s]) => [name, s.type]));
  return z.object(shape) as z.ZodObject<{ [K in keyof S]: S[K]['type'] }>;
}

/** The schema's default of `type`, if it has one (looking through optional and effects wrappers). */
function schemaDefault(type: z.ZodTypeAny): string | undefined {
  if (type instanceof z.ZodDefault) return String(type._def.defaultValue());
  if (type instanceof z.ZodEffects) return schemaDefault(type._def.schema);
  if (type instanceof z.ZodPipeline) return schemaDefault(type._def.in);
  return undefined;
}

/** One documented setting, as the README table and `.env.example` show it. */
export interface SettingDoc {
  name: string;
  default: string;
  meaning: string;
}

/** The documentation of a settings table, in its order. */
export function settingDocs(settings: Settings): SettingDoc[] {
  return Object.entries(settings).map(([name, s]) => {
    const fromSchema = schemaDefault(s.type);
    if (fromSchema !== undefined && s.default !== undefined) {
      throw new Error(`${name}: a default is written twice (schema and documentation)`);
    }
    let text = s.default ?? '(none)';
    if (fromSchema !== undefined) {
      // A value that looks like HTML (`Name <address>`) is shown as code.
      text = /[<>]/.test(fromSchema) ? `\`${fromSchema}\`` : fromSchema;
      if (s.defaultNote) text += ` ${s.defaultNote}`;
    }
    return { name, default: text, meaning: s.meaning };
  });
}
