/**
 * Validates values against the component schemas of PingOne's OpenAPI description
 * (`spec/pingone-management.openapi.yml`, vendored with its licence; origin in `spec/README.md`).
 *
 * The YAML is parsed once per process, on first use, and each schema is compiled only when it is
 * first asked for (the file holds ~1,000 schemas; compiling them all would be slow).
 *
 * Schema names worth knowing (under `components.schemas`):
 * - `User`: a user resource (`required: [email, username]`); also `UserAccount`, `UserPopulation`,
 *   `UserEnabled`.
 * - `Population`: a population (`required: [name]`).
 * - `PasswordPolicy`: a password policy (`required: [excludesCommonlyUsed, excludesProfileData,
 *   name, notSimilarToCurrent]`; `length.min` 8..32, `history.count` >= 1, `minCharacters` keyed by
 *   character set...).
 * - `P1Error`: PingOne's error envelope (`id`, `code`, `message`, `details[]` with `code`, `target`,
 *   `message`, `innerError`). Every error response (400, 401, 403, 404, 429, 500...) refers to it.
 *   No member is declared required.
 * - `LinksHATEOAS`, `ObjectEnvironment`: the `_links` and `environment` members.
 *
 * OpenAPI 3.0 quirks handled: `nullable` (rewritten to JSON Schema by
 * {@link normalizeOpenApiSchema}: Ajv's own support refuses `nullable` beside `$ref`), `readOnly`/`writeOnly`
 * (annotations only: a response may carry readOnly members), `example` and `discriminator`
 * (ignored: the description's discriminators use `mapping`, which Ajv cannot check).
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

/** Absolute path of the OpenAPI description (`<repo>/spec/pingone-management.openapi.yml`). */
export const OPENAPI_PATH = fileURLToPath(
  new URL('../../spec/pingone-management.openapi.yml', import.meta.url),
);

const DOC_ID = 'pingone-management';

// ajv-formats ships CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

let ajv: Ajv | null = null;
let schemaNames: Set<string> | null = null;
const compiled = new Map<string, ValidateFunction>();

/**
 * `components.schemas` of the description. Parsing the 1.4 MB YAML takes about a second, and every
 * test file runs in its own worker, so the result is cached as JSON in the temp directory, keyed
 * by the SHA-256 of the YAML.
 */
function readSchemas(): Record<string, unknown> {
  const yaml = readFileSync(OPENAPI_PATH, 'utf8');
  const hash = createHash('sha256').update(yaml).digest('hex').slice(0, 16);
  const cachePath = join(tmpdir(), `pingone-openapi-schemas-${hash}.json`);
  try {
    return JSON.parse(readFileSync(cachePath, 'utf8')) as Record<string, unknown>;
  } catch {
    // No cache yet (or a torn one): parse the YAML below.
  }
  const doc = parse(yaml, { maxAliasCount: -1 }) as {
    components?: { schemas?: Record<string, unknown> };
  };
  const schemas = doc.components?.schemas;
  if (!schemas || typeof schemas !== 'object') {
    throw new Error(`${OPENAPI_PATH} has no components.schemas`);
  }
  try {
    const partial = `${cachePath}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(schemas));
    renameSync(partial, cachePath);
  } catch {
    // A read-only temp directory only costs speed.
  }
  return schemas;
}

function load(): { ajv: Ajv; names: Set<string> } {
  if (ajv && schemaNames) return { ajv, names: schemaNames };
  const schemas = readSchemas();
  const instance = new Ajv({
    strict: false,
    allErrors: true,
    logger: false,
    // OpenAPI's `discriminator` with `mapping` is not supported by Ajv: leave it unchecked.
    discriminator: false,
    validateSchema: false,
  });
  addFormats(instance);
  // Only components go in: `$ref: '#/components/schemas/X'` resolves against this root, and
  // `paths` (most of the file) is never compiled.
  instance.addSchema(
    { $id: DOC_ID, components: { schemas: normalizeOpenApiSchema(schemas) } },
    DOC_ID,
    undefined,
    false,
  );
  ajv = instance;
  schemaNames = new Set(Object.keys(schemas));
  return { ajv, names: schemaNames };
}

const VALUE_KEYWORDS = new Set(['example', 'examples', 'enum', 'default', 'const']);

/**
 * Returns a copy of an OpenAPI 3.0 schema tree with `nullable` turned into JSON Schema:
 * `{type: T, nullable: true}` becomes `{type: [T, 'null']}` (and `null` joins an `enum`), and a
 * nullable schema without `type` (`$ref`, `allOf`...) becomes `{anyOf: [schema, {type: 'null'}]}`.
 * Literal values (`example`, `enum`, `default`, `const`) are copied untouched.
 */
export function normalizeOpenApiSchema<T>(node: T): T {
  if (Array.isArray(node)) return node.map((item) => normalizeOpenApiSchema(item)) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'nullable' && typeof value === 'boolean') continue;
    out[key] = VALUE_KEYWORDS.has(key) ? value : normalizeOpenApiSchema(value);
  }
  if ((node as { nullable?: unknown }).nullable !== true) return out as T;
  if (typeof out.type === 'string' || Array.isArray(out.type)) {
    const types = Array.isArray(out.type) ? out.type : [out.type];
    out.type = types.includes('null') ? types : [...types, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out as T;
  }
  return { anyOf: [out, { type: 'null' }] } as T;
}

function validatorFor(schemaName: string): ValidateFunction {
  const cached = compiled.get(schemaName);
  if (cached) return cached;
  const { ajv: instance, names } = load();
  if (!names.has(schemaName)) {
    throw new Error(`unknown OpenAPI schema "${schemaName}"`);
  }
  const ref = `${DOC_ID}#/components/schemas/${escapePointer(schemaName)}`;
  const validate = instance.getSchema(ref);
  if (!validate) throw new Error(`could not compile OpenAPI schema "${schemaName}"`);
  compiled.set(schemaName, validate);
  return validate;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `/a/0/b` → `$.a[0].b`. */
function toJsonPath(instancePath: string): string {
  if (instancePath === '') return '$';
  return `$${instancePath
    .split('/')
    .slice(1)
    .map((raw) => {
      const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (/^(0|[1-9]\d*)$/.test(seg)) return `[${seg}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(seg)) return `.${seg}`;
      return `[${JSON.stringify(seg)}]`;
    })
    .join('')}`;
}

function describe(error: ErrorObject): string {
  const path = toJsonPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    return `${path}: must have required property "${String(params.missingProperty)}"`;
  }
  if (error.keyword === 'additionalProperties') {
    return `${path}: must not have additional property "${String(params.additionalProperty)}"`;
  }
  if (error.keyword === 'enum') {
    return `${path}: must be one of ${JSON.stringify(params.allowedValues)}`;
  }
  return `${path}: ${error.message ?? error.keyword}`;
}

/**
 * Validates `value` against `components.schemas[schemaName]`.
 * @returns one message per violation, each starting with the JSON path (`$.population.id: must
 *   be string`); an empty array when the value conforms.
 * @throws Error when the schema name does not exist in the description.
 */
export function validateSchema(schemaName: string, value: unknown): string[] {
  const validate = validatorFor(schemaName);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(describe);
}

/**
 * Asserts that `value` conforms to `components.schemas[schemaName]`.
 * @throws Error listing every violation (with JSON paths) when it does not.
 */
export function expectSchema(schemaName: string, value: unknown): void {
  const errors = validateSchema(schemaName, value);
  if (errors.length > 0) {
    throw new Error(
      `value does not match OpenAPI schema "${schemaName}":\n  ${errors.join('\n  ')}`,
    );
  }
}

/** Names of every schema under `components.schemas` (loads the description on first call). */
export function listSchemaNames(): string[] {
  return [...load().names].sort();
}
