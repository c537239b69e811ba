/**
 * `.env` loading for `npm start`, done by the `dotenv` package: `KEY=value` lines, `#` comments,
 * optional `export `, single, double or backtick quotes (double quotes understand `\n`). Variables
 * already in the environment win, and a missing file is not an error.
 */
import dotenv from 'dotenv';

/** Parses `.env` text into a map (dotenv's parser). */
export function parseDotEnv(text: string): Record<string, string> {
  return dotenv.parse(text);
}

/**
 * Loads `file` into `env` without overriding what is already set.
 * @returns the keys it set; `[]` when the file does not exist.
 * @throws the read error for anything else (a directory, no permission).
 */
export function loadDotEnv(file: string, env: Record<string, string | undefined>): string[] {
  const alreadySet = new Set(Object.keys(env).filter((key) => env[key] !== undefined));
  const result = dotenv.config({
    path: file,
    processEnv: env as Record<string, string>,
    quiet: true,
  });
  if (result.error) {
    if ((result.error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw result.error;
  }
  return Object.keys(result.parsed ?? {}).filter((key) => !alreadySet.has(key));
}
