/**
 * PingOne collections: one page (`_embedded.<name>[]`, `count`, `size`, `_links.next`), and every
 * page in turn by following `_links.next`.
 * @see https://developer.pingidentity.com/pingone-api/platform/reference/paging-ordering-collections.html
 */
import type { Api } from './call.js';
import { type CheckedPage, checkCollection, type ItemCheck } from './check.js';
import { PingOneResponseError } from './errors.js';
import { processJson } from './http.js';
import type { RequestOptions } from './types.js';

/** Which collection to read: its URL, its `_embedded` member and the check of one item. */
export interface CollectionSpec<T> {
  /** The collection's URL without query: every `_links.next` must stay on it. */
  url: string;
  /** Name of the `_embedded` member holding the items. */
  name: string;
  item: ItemCheck<T>;
}

/** A checked page and the resolved URL of the next one (`null` on the last page). */
export interface Page<T> extends CheckedPage<T> {
  nextUrl: URL | null;
}

/**
 * Resolves `_links.next.href`, refusing one that leaves the collection being read (the worker
 * token would follow it) or that points back at the page just read (an endless loop).
 */
function checkNext(
  next: string | null,
  currentUrl: string,
  collectionUrl: string,
  response: Response,
): URL | null {
  if (next === null) return null;
  const refuse = (what: string): never => {
    throw new PingOneResponseError(
      `response body "_links.next.href" must ${what}`,
      response.status,
      '_links.next.href',
      response,
    );
  };
  let url: URL;
  try {
    url = new URL(next, currentUrl);
  } catch {
    return refuse('be a URL');
  }
  const expected = new URL(collectionUrl);
  if (url.origin !== expected.origin || url.pathname !== expected.pathname) {
    refuse('point to the same collection');
  }
  if (url.href === new URL(currentUrl).href) refuse('differ from the page just read');
  return url;
}

/** Reads the page at `url` (the collection's URL, maybe with a query or a cursor). */
export async function fetchPage<T>(
  api: Pick<Api, 'call' | 'now'>,
  spec: CollectionSpec<T>,
  url: string,
  opts: RequestOptions | undefined,
): Promise<Page<T>> {
  const response = await api.call({ method: 'GET', url, opts });
  const page = await processJson(response, api.now(), (ctx, v) =>
    checkCollection(ctx, v, spec.name, spec.item),
  );
  return { ...page, nextUrl: checkNext(page.next, url, spec.url, response) };
}

/** Every page from `firstUrl` on, following `_links.next`. */
export async function* pages<T>(
  api: Pick<Api, 'call' | 'now'>,
  spec: CollectionSpec<T>,
  firstUrl: string,
  opts: RequestOptions | undefined,
): AsyncGenerator<Page<T>> {
  let url: string | null = firstUrl;
  while (url !== null) {
    const page: Page<T> = await fetchPage(api, spec, url, opts);
    yield page;
    url = page.nextUrl?.href ?? null;
  }
}

/** The items of every page from `firstUrl` on. */
export async function listAll<T>(
  api: Pick<Api, 'call' | 'now'>,
  spec: CollectionSpec<T>,
  firstUrl: string,
  opts: RequestOptions | undefined,
): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages(api, spec, firstUrl, opts)) all.push(...page.items);
  return all;
}
