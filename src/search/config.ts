/**
 * The Pagefind settings both indexes share (the build's and the dev server's in-memory one), so
 * they rank and excerpt alike, and how Pagefind's process is started for them.
 */
import type * as Pagefind from 'pagefind';
import type { NewIndexResponse, PagefindIndex, PagefindServiceConfig } from 'pagefind';
import { SEARCH_EXCLUDED_ELEMENTS } from './exclude.ts';
import { pagefindLanguage } from './language.ts';

/**
 * Left out of the text: the toc extension's permalink anchors (`<a class="headerlink">¶</a>`),
 * which would otherwise end every section title in the results with "¶", and what the page
 * marks `data-search-exclude`, as Material's search leaves it out.
 */
export const EXCLUDED_SELECTORS = ['.headerlink', SEARCH_EXCLUDED_ELEMENTS];

/**
 * `language`: every page is indexed in it (a site's pages may lack or misspell `<html lang>`);
 * undefined for a multilingual site (the i18n plugin), whose pages Pagefind splits into one index
 * per `<html lang>`, each with its own stemmer, as the browser asks for its page's language.
 */
export function pagefindConfig(language: string | undefined): PagefindServiceConfig {
  return { ...(language === undefined ? {} : { forceLanguage: pagefindLanguage(language) }), excludeSelectors: EXCLUDED_SELECTORS };
}

/**
 * The environment Pagefind's process starts with, over ours. Its binary allocates with jemalloc
 * (tikv-jemallocator, which reads its settings from `_RJEM_MALLOC_CONF`), and jemalloc keeps
 * freed memory for 10 s before giving it back. Building the index (`writeFiles`) copies every
 * page's words once more and frees the copies as it goes, all within a few seconds, so what it
 * had freed stood in the process's memory at its peak: the ~2,000-page bench site peaked at
 * 600-750 MB (as the timing fell), 510-590 MB with freed memory given back after 50 ms. The index
 * written is the same; building it took about 0.7 s more there (2.7 -> 3.4 s on a quiet machine:
 * the memory is given back and taken again). Not 0 ms: a page's memory was then given back and
 * taken again for the next one, three times the page faults and twice that cost, for no lower
 * peak. `muzzy_decay_ms:0`: the pages are given back to the system, not only marked free for it
 * (MADV_FREE), which still counts them in the process's memory. A value the user set is kept.
 */
export const PAGEFIND_ENVIRONMENT: Readonly<Record<string, string>> = { _RJEM_MALLOC_CONF: 'dirty_decay_ms:50,muzzy_decay_ms:0' };

/** The last stopPagefind, which the next createPagefindIndex waits for: one process serves every index. */
let stopping: Promise<void> = Promise.resolve();

/**
 * Pagefind's process started (when none runs) with an index in `pagefindConfig(language)`, once
 * the last one stopped (stopPagefind). Pagefind's Node API spawns its process with this process's
 * environment and takes no other, so PAGEFIND_ENVIRONMENT is set for the call (the spawn is
 * synchronous) and restored after it.
 */
export function createPagefindIndex(language: string | undefined): Promise<NewIndexResponse> {
  return stopping.then(async () => {
    const { createIndex } = await pagefindApi();
    return withEnvironment(PAGEFIND_ENVIRONMENT, () => createIndex(pagefindConfig(language)));
  });
}

/**
 * Pagefind's Node API, loaded when first used: imported at the top, its modules loaded with the
 * CLI, before a cold build hands its pages to the render worker.
 */
function pagefindApi(): Promise<typeof Pagefind> {
  return import('pagefind');
}

/**
 * Deletes `index` in Pagefind's process, then ends the process (its memory goes with it); a
 * failure of either changes nothing for the caller, whose files are written. A build need not wait:
 * on the ~2,000-page bench site the delete alone took 0.15-0.65 s (freeing the index's half a
 * gigabyte), time the build's next steps now have. The process still answers the delete before it
 * is ended, as before: Pagefind writes its files on threads that may still be finishing the last
 * ones when it says they are written.
 */
export function stopPagefind(index: PagefindIndex | undefined): Promise<void> {
  const ignore = () => undefined;
  stopping = (index ? index.deleteIndex().then(ignore, ignore) : Promise.resolve()).then(async () => (await pagefindApi()).close()).then(ignore, ignore);
  return stopping;
}

/**
 * Runs `run` with the variables of `variables` that `process.env` lacks set, then removes them.
 *
 * @example withEnvironment({ A: '1' }, () => process.env['A']) // '1', and A is unset again
 */
export function withEnvironment<T>(variables: Readonly<Record<string, string>>, run: () => T): T {
  const added = Object.keys(variables).filter((name) => process.env[name] === undefined);
  for (const name of added) process.env[name] = variables[name];
  try {
    return run();
  } finally {
    for (const name of added) Reflect.deleteProperty(process.env, name);
  }
}
