/**
 * Keeps this package's own TypeScript modules out of Astro's server bundle: the layout and its
 * components import the site model's types and the theme's helpers (src/theme, src/shared,
 * src/site...), and through them most of src/ (the Markdown renderer among them, for one
 * function) — 327 modules, a 0.9 MB chunk that Vite transformed and bundled on every build, and
 * that the build's process then compiled a second time beside the same modules it had loaded
 * already. Left external, the chunk imports them from their files: Node loads them as it loaded
 * the integration (bin/strip-types.js where they are installed under node_modules), one copy each.
 *
 * Only for the server build, and only plain modules: a component's own scripts (src/components)
 * are bundled for the browser, and a module that imports what only Vite can resolve (a virtual
 * module, a `?url` asset) stays bundled (EXTERNAL_EXCEPT).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/** Under src/, what Vite must bundle: components and their scripts, and the middleware (it imports the model's virtual module). */
const EXTERNAL_EXCEPT = ['components/', 'integration/page-middleware.ts', 'layouts/', 'pages/'];

/**
 * @param sources the folder the layout's imports resolve under (the workspace's link to src/, as
 *   Vite sees it with preserveSymlinks), with or without a trailing separator.
 */
export function ssrExternalsPlugin(sources: string): Plugin {
  const root = sources.endsWith(path.sep) ? sources : `${sources}${path.sep}`;
  return {
    name: 'mkdocs-astro:ssr-externals',
    enforce: 'pre',
    apply: 'build',
    applyToEnvironment: (environment) => environment.config.consumer === 'server',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !isPlainModule(resolved.id, root)) return null;
      // A file: URL, which Node imports on every system (a bare Windows path it would not).
      return { id: pathToFileURL(resolved.id).href, external: true };
    },
  };
}

/** Whether `id` is one of our modules Node can load itself (see EXTERNAL_EXCEPT). */
export function isPlainModule(id: string, root: string): boolean {
  if (!id.startsWith(root) || !id.endsWith('.ts') || id.includes('?')) return false;
  const inside = id.slice(root.length).split(path.sep).join('/');
  return !EXTERNAL_EXCEPT.some((except) => inside.startsWith(except));
}
