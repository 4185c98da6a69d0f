/**
 * `serve` only: a Vite plugin that answers `${base}pagefind/*` from an in-memory index of the
 * site model, so search works in the dev server the way it does on the built site.
 *
 * The index follows the model lazily: the integration replaces the PreparedSite object on every
 * source change, so a request that finds a different object than the one indexed rebuilds first.
 * Building also starts as soon as the server is up, so the first search rarely waits.
 */
import type { ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { siteOf } from '../site/model.ts';
import type { PreparedSite } from '../site/prepare.ts';
import { searchedPages } from './exclude.ts';
import { buildMemoryIndex, type MemoryIndex } from './memory-index.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm',
};

export function searchDevPlugin(current: () => PreparedSite | undefined): Plugin {
  let indexedFor: PreparedSite | undefined;
  let pending: Promise<MemoryIndex> | undefined;

  const indexFor = (site: PreparedSite, log: (line: string) => void): Promise<MemoryIndex> => {
    if (pending && indexedFor === site) return pending;
    indexedFor = site;
    const started = performance.now();
    // Rebuilds are queued behind the running one: Pagefind's backend is one process.
    const previous = pending ?? Promise.resolve(undefined);
    // A multilingual site (the i18n plugin): each page in its own language's index, as in a build.
    const { languages, language } = site.model.site;
    const pages = searchedPages(site.model.pages, site.model.site.search, site.excludeSearch).map(({ page, exclusion }) => ({ ...page, exclusion, ...(languages ? { language: siteOf(site.model.site, page).language } : {}) }));
    pending = previous.then(() => buildMemoryIndex(pages, languages ? undefined : language)).then((index) => {
      for (const m of index.messages) log(`warning: ${m}`);
      log(`search: indexed ${index.pages} pages in memory in ${Math.round(performance.now() - started)} ms`);
      return index;
    });
    return pending;
  };

  return {
    name: 'mkdocs-astro:search',
    apply: 'serve',
    configureServer(server) {
      const log = (line: string) => server.config.logger.info(line, { timestamp: true });
      const first = current();
      if (first) void indexFor(first, log);
      server.middlewares.use((request, response, next) => {
        const site = current();
        // Astro's dev middleware runs first and strips the base from request.url (`/guide/x` ->
        // `/x`); Connect keeps the URL as requested in originalUrl.
        const url = request.originalUrl ?? request.url;
        if (!site || !url) return next();
        const prefix = `${site.base}pagefind/`;
        // Vite adds `?import` to dynamic imports it cannot analyse; the query is not part of the name.
        const pathname = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
        if (!pathname.startsWith(prefix)) return next();
        const rel = pathname.slice(prefix.length);
        indexFor(site, log).then((index) => send(response, index.files.get(rel), rel), next);
      });
    },
  };
}

function send(response: ServerResponse, body: Uint8Array | undefined, rel: string): void {
  if (!body) {
    response.statusCode = 404;
    response.end(`no ${rel} in the in-memory search index`);
    return;
  }
  const ext = /\.[a-z0-9]+$/i.exec(rel)?.[0] ?? '';
  response.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
  // File names carry hashes, but pagefind-entry.json and pagefind.js do not: never cache them.
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Content-Length', String(body.byteLength));
  response.end(body);
}
