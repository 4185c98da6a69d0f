/**
 * An in-memory Pagefind bundle built from the site model, for `serve`: the dev server renders
 * pages on request, so there is no HTML folder to index. Each page goes in through
 * `addHTMLFile` with the article markup the layout would draw (see page-document.ts), and
 * `getFiles` hands back the bundle without touching the disk.
 */
import type { PagefindIndex } from 'pagefind';
import { PARTS_FILE } from './parts-list.ts';
import { createPagefindIndex, stopPagefind } from './config.ts';
import { withExcludedSections } from './exclude.ts';
import { pagefindLanguage } from './language.ts';
import { pageDocument, pageUrl, type IndexablePage } from './page-document.ts';

export interface MemoryIndex {
  /** Bundle files by path inside `pagefind/` (`pagefind.js`, `fragment/en_1a2b.pf_fragment`). */
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly pages: number;
  readonly messages: string[];
}

/** `language`: the one every page is indexed in; undefined: each page's own (`IndexablePage.language`), one index per language. */
export async function buildMemoryIndex(pages: readonly IndexablePage[], language: string | undefined): Promise<MemoryIndex> {
  const messages: string[] = [];
  let index: PagefindIndex | undefined;
  try {
    const created = await createPagefindIndex(language);
    index = created.index;
    if (!index) return { files: new Map(), pages: 0, messages: [`search index not built: ${created.errors.join('; ') || 'Pagefind did not start'}`] };
    let count = 0;
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: pageUrl(page.url), content: withExcludedSections(pageDocument(page, pagefindLanguage(page.language ?? language)), page.exclusion) });
      messages.push(...added.errors.map((e) => `search index: ${page.url || '/'}: ${e}`));
      if (added.errors.length === 0) count++;
    }
    const bundle = await index.getFiles();
    messages.push(...bundle.errors.map((e) => `search index: ${e}`));
    // One part (index-parts.ts PART_CHARS): the dialog asks for the list all the same.
    const files = new Map(bundle.files.map((file) => [file.path.replace(/^\/+/, ''), file.content]));
    files.set(PARTS_FILE, new TextEncoder().encode('[]'));
    return { files, pages: count, messages };
  } catch (error) {
    return { files: new Map(), pages: 0, messages: [`search index not built: ${error instanceof Error ? error.message : String(error)}`] };
  } finally {
    // Not waited for: the bundle is in memory, and the next index waits for the process to stop.
    void stopPagefind(index);
  }
}
