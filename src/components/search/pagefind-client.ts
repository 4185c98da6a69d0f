/**
 * Loads Pagefind's browser API from the site's own bundle (`${base}pagefind/pagefind.js`, so
 * sites under a sub-path work and nothing is fetched from another origin) and gives it a typed
 * face. The module is plain JS loaded at run time, so each value is checked before use.
 */
import { partFolders, PARTS_FILE } from '../../search/parts-list.ts';
import { toFragment, type Fragment } from './shape.ts';

export interface SearchHit {
  readonly id: string;
  /** Loads the page's fragment (title, excerpt, sections); call it for shown results only. */
  readonly data: () => Promise<Fragment | undefined>;
}

export interface PagefindClient {
  search(query: string): Promise<SearchHit[]>;
}

type AsyncFunction = (...args: unknown[]) => Promise<unknown>;

export class SearchUnavailable extends Error {}

/**
 * @param base the site's base path with a trailing slash (`/`, `/guide/`)
 * @param language the index to read, as the build wrote it (`en`)
 */
export async function loadPagefind(base: string, language: string): Promise<PagefindClient> {
  const url = `${base}pagefind/pagefind.js`;
  const parts = indexParts(`${base}pagefind/`);
  let module: unknown;
  try {
    module = await import(/* @vite-ignore */ url);
  } catch (cause) {
    throw new SearchUnavailable(`cannot load ${url}`, { cause });
  }
  const options = member(module, 'options');
  const search = member(module, 'search');
  if (!options || !search) throw new SearchUnavailable(`${url} is not Pagefind's search API`);
  // baseUrl: result URLs start at the site root the index was built for, not at the server root.
  const settings = { baseUrl: base, language, excerptLength: 24 };
  await options(settings);
  // Fetches the WebAssembly and the index metadata now, while the user types the first word,
  // rather than on the first search.
  await member(module, 'init')?.();
  // A big site's index is written in parts (src/search/index-parts.ts PART_CHARS): Pagefind searches
  // each merged one with the first and sorts their results together.
  const merge = member(module, 'mergeIndex');
  await Promise.all((await parts).map((folder) => merge?.(`${base}pagefind/${folder}`, settings)));
  // One search at a time: Pagefind's worker can answer overlapping searches with the wrong
  // query's results (typing "Sealed Sender" fast once showed the results of "S"). Keystrokes
  // queue up; the dialog drops the answers of queries that are no longer current.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    async search(query) {
      const turn = queue.then(() => search(query));
      queue = turn.catch(() => undefined);
      const response = await turn;
      const results = isRecord(response) && Array.isArray(response['results']) ? response['results'] : [];
      return results.flatMap((result: unknown): SearchHit[] => {
        const data = member(result, 'data');
        if (!isRecord(result) || !data) return [];
        return [{ id: String(result['id']), data: async () => toFragment(await data()) }];
      });
    },
  };
}

/** The other parts' folders the index lists (src/search/parts-list.ts); none when the list cannot be read. */
async function indexParts(bundle: string): Promise<string[]> {
  try {
    // Asked of the server each time (revalidated, as Pagefind asks for its entry file afresh): a
    // list kept from an earlier deploy would name parts that are gone, or miss new ones.
    const response = await fetch(`${bundle}${PARTS_FILE}`, { cache: 'no-cache' });
    return response.ok ? partFolders(await response.json()) : [];
  } catch {
    return [];
  }
}

function member(value: unknown, name: string): AsyncFunction | undefined {
  if (!isRecord(value)) return undefined;
  const fn = value[name];
  return isAsyncFunction(fn) ? (...args) => Promise.resolve(fn.apply(value, args)) : undefined;
}

function isAsyncFunction(value: unknown): value is AsyncFunction {
  return typeof value === 'function';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}
