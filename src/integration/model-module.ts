/**
 * How pages reach the site model: the virtual module `virtual:mkdocs-astro/model`, whose
 * `currentModel()` returns the model of the build (or `serve` session) rendering them (once
 * `modelArrived()` has settled: a cold build's arrives as Astro starts drawing, site-arrival.ts),
 * `pagesToRender()` the pages this build has Astro render (a build reuses the others' files,
 * src/integration/page-reuse.ts), and `pageRendered()` hands each page's HTML back to the
 * build as Astro renders it (src/integration/page-middleware.ts; the search index reads it),
 * but for the pages `readsRenderedFile()` says the build reads from their files.
 *
 * Astro renders pages in this process (the dev server and static prerendering alike), but from
 * code Vite has bundled, which cannot share a module instance with the integration. The model is
 * therefore handed over through one process-wide map keyed by a random id per integration
 * instance: builds running in one process each read only their own model, and nothing is
 * serialized or written to disk. (Astro's content layer, used before, kept every page in
 * `<package>/.astro/data-store.json` under `serve`: one file for every project served from the
 * same install, and each dev server reloaded whatever another had written there.)
 */
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'vite';
import type { SpliceMarkers } from './content-splice.ts';

const MODULE_ID = 'virtual:mkdocs-astro/model';
const RESOLVED_ID = `\0${MODULE_ID}`;
const REGISTRY_KEY = 'mkdocs-astro.models';

/** What one integration instance answers its pages. */
export interface ModelSource {
  /** The current model (the site model; any object to the module itself). */
  readonly model: () => object | undefined;
  /** Settles once a cold build's model is there for its pages to be drawn (site-arrival.ts); undefined when there is nothing to wait for (serve, a build that prepared its site first), or before Vite is done. */
  readonly arrived?: (() => Promise<void> | undefined) | undefined;
  /** The model's pages Astro is to render; all of them when undefined. */
  readonly pagesToRender?: (() => readonly object[] | undefined) | undefined;
  /** Whether the build wants each page's HTML back (not `serve`). */
  readonly wantsRenderedPages?: (() => boolean) | undefined;
  /** Told the HTML of each page Astro rendered, by route id (`p17`), and its UTF-8 when given; resolves when the build can take the next. */
  readonly pageRendered?: ((route: string, html: string, bytes?: Uint8Array) => Promise<void> | undefined) | undefined;
  /** Whether the build reads this page's HTML from the file Astro writes (a big page): it is not handed back. */
  readonly readsRenderedFile?: ((route: string) => boolean) | undefined;
  /** What Astro draws in place of a page's content and toc when the build writes them in after (content-splice.ts). */
  readonly spliceMarkers?: ((route: string) => SpliceMarkers | undefined) | undefined;
}

function registry(): Map<string, ModelSource> {
  const key = Symbol.for(REGISTRY_KEY);
  const existing: unknown = Reflect.get(globalThis, key);
  if (existing instanceof Map) return existing;
  const created = new Map<string, ModelSource>();
  Reflect.set(globalThis, key, created);
  return created;
}

export interface ModelModule {
  /** The Vite plugin that serves `virtual:mkdocs-astro/model` for this integration instance. */
  readonly plugin: Plugin;
  /** The module's code, as the plugin loads it. */
  readonly code: string;
  /** Forgets this instance's model (the build is over). */
  readonly dispose: () => void;
}

/**
 * Registers `source` (read each time a page asks, so `serve` always renders the latest model)
 * and returns the plugin that lets this build's pages find it.
 *
 * @example
 *   const models = modelModule({ model: () => prepared?.model });
 *   // in a page: import { currentModel } from 'virtual:mkdocs-astro/model';
 */
export function modelModule(source: ModelSource): ModelModule {
  const id = randomUUID();
  registry().set(id, source);
  const code = [
    `const source = globalThis[Symbol.for(${JSON.stringify(REGISTRY_KEY)})]?.get(${JSON.stringify(id)});`,
    'export function currentModel() {',
    '  const model = source?.model();',
    "  if (!model) throw new Error('the site model is missing: build the site through the mkdocs-astro CLI or its integration');",
    '  return model;',
    '}',
    // What a page route's getStaticPaths awaits first: a cold build's site arrives as Astro starts drawing.
    'export async function modelArrived() {',
    '  await source?.arrived?.();',
    '}',
    'export function pagesToRender() {',
    '  return source?.pagesToRender?.() ?? currentModel().pages;',
    '}',
    'export function pageRendered(route, html, bytes) {',
    '  return source?.pageRendered?.(route, html, bytes);',
    '}',
    'export function readsRenderedFile(route) {',
    '  return source?.readsRenderedFile?.(route) ?? false;',
    '}',
    'export function spliceMarkers(route) {',
    '  return source?.spliceMarkers?.(route);',
    '}',
    'export function wantsRenderedPages() {',
    '  return source?.wantsRenderedPages?.() ?? false;',
    '}',
  ].join('\n');
  return {
    code,
    plugin: {
      name: 'mkdocs-astro:model',
      resolveId: (request) => (request === MODULE_ID ? RESOLVED_ID : undefined),
      load: (resolved) => (resolved === RESOLVED_ID ? code : undefined),
    },
    dispose: () => {
      registry().delete(id);
    },
  };
}
