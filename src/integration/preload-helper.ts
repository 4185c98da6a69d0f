/**
 * A smaller `__vitePreload`, the helper Vite wraps every dynamic import of the page's script in
 * (`__vitePreload(() => import('./toc.js'), deps)`), which every page loads with that script.
 * Vite's (1.7 kB, 0.65 kB gzipped: CSP nonces, settled promises, a `vite:preloadError` event,
 * preload fallbacks for old browsers) is more than the theme asks of it: link the chunks the
 * imported one imports (modulepreload: fetched at once, not one after the other) and any
 * stylesheet it brings, waiting for those before the module runs, as Vite's does. A stylesheet
 * already linked (Astro links the ones a page's scripts import) is not linked twice.
 *
 *   __vitePreload(() => import('./annotations.js'), ['_astro/annotations.js', '_astro/client-labels.js'])
 *     -> <link rel="modulepreload" href="/_astro/annotations.js"> …, then import('./annotations.js')
 */
import type { Plugin } from 'vite';

/** The module id Vite's import analysis imports its helper from (vite/src/node/plugins/importAnalysisBuild.ts). */
const HELPER_ID = '\0vite/preload-helper.js';

/**
 * The helper, for the site's base path (Vite gives `deps` relative to it). Self-contained: its
 * source is the helper module's (preloadHelperModule).
 */
export function createPreload(base: string, doc: Document) {
  const linked = new Set<string>();
  return <T>(load: () => Promise<T>, deps?: readonly string[]): Promise<T> => Promise.all((deps ?? []).map((dep) => {
    const href = new URL(base + dep, doc.baseURI).href;
    if (linked.has(href)) return undefined;
    linked.add(href);
    const css = dep.endsWith('.css');
    if (css && [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((link) => link.href === href)) return undefined;
    const link = doc.createElement('link');
    link.rel = css ? 'stylesheet' : 'modulepreload';
    link.href = href;
    doc.head.append(link);
    // A module that brings a stylesheet runs once its rules apply (or failed to load).
    return css ? new Promise((done) => { link.addEventListener('load', done); link.addEventListener('error', done); }) : undefined;
  })).then(load);
}

/** The helper module the page's script imports. */
export function preloadHelperModule(base: string): string {
  return `export const __vitePreload = (${createPreload.toString()})(${JSON.stringify(base)}, document);\n`;
}

/** Builds only: `serve` imports modules as they are, with no helper. */
export function preloadHelperPlugin(): Plugin {
  let base = '/';
  return {
    name: 'mkdocs-astro:preload-helper',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
    },
    resolveId(id) {
      return id === HELPER_ID ? id : undefined;
    },
    load(id) {
      return id === HELPER_ID ? preloadHelperModule(base) : undefined;
    },
  };
}
