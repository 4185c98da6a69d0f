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
  // The body is read here, whole, and Astro is handed it so to write the file: Astro streams a
  // page as many small chunks, and reading a copy of the stream (response.clone()) cost as much
  // again as reading it. Astro's next page waits while the search index has too many waiting
  // (SearchIndexer.room).
  const html = await response.text();
  await pageRendered(route, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
