/**
 * Astro middleware (added by the integration in a build): hands the HTML of each page Astro
 * prerenders back to the build as soon as it exists, so the search index takes it on another
 * core (Pagefind's own process) while Astro renders the next page, instead of reading every
 * file again after the last one is written. Only Markdown pages (the opaque page route,
 * src/integration/routes.ts): the 404 page is not searched for. `serve` wants nothing back.
 */
import type { MiddlewareHandler } from 'astro';
import { pageRendered, readsRenderedFile, wantsRenderedPages } from 'virtual:mkdocs-astro/model';
import { ROUTE_DIR } from './routes.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const route = context.params['id'];
  if (!wantsRenderedPages() || route === undefined || !context.routePattern.includes(ROUTE_DIR) || !response.body) return response;
  // A big page is read from its file (src/integration/emit.ts FROM_FILE_CHARS): no copy of it here.
  if (readsRenderedFile(route)) return response;
  // The body is read here, whole, and Astro is handed its bytes to write the file: reading a copy
  // of the stream (response.clone()) cost as much again as reading it, and handing back the text
  // encoded it again (the corpus's 16 MB of pages, ~30 ms of the build's critical path). Astro's
  // next page waits while the search index has too many waiting (SearchIndexer.room).
  const bytes = new Uint8Array(await response.arrayBuffer());
  await pageRendered(route, new TextDecoder().decode(bytes), bytes);
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
};
