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
  // The body is a stream Astro also reads to write the file: read a copy of it. Astro's next
  // page waits while the search index has too many waiting (SearchIndexer.room).
  await pageRendered(route, await response.clone().text());
  return response;
};
