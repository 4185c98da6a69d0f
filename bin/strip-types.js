/**
 * Lets Node run this package's TypeScript sources wherever the package lives. Node strips types
 * itself, but never for files under node_modules, which is where the package is once installed
 * (`npm i mkdocs-astro`, npx): for our own sources, a load hook strips them here. Used by the
 * command (bin/mkdocs-astro.js) and by every worker thread the build starts (hooks are per thread).
 * Plain JavaScript: it runs before any TypeScript can.
 */
import module from 'node:module';

/**
 * Whether Node strips the types of the sources under `ownSources` itself (and keeps the result in
 * its compile cache): it can, and they are not under node_modules. Otherwise stripOwnTypes is needed.
 */
export function nodeStripsTypes(ownSources) {
  return Boolean(process.features.typescript) && !ownSources.includes('/node_modules/');
}

/**
 * Registers the hook for `.ts` files under `ownSources` (a file: URL ending in `/`). Returns
 * false when this Node has no synchronous hooks or no type stripping to offer.
 */
export function stripOwnTypes(ownSources) {
  if (typeof module.registerHooks !== 'function' || typeof module.stripTypeScriptTypes !== 'function') return false;
  // That function is flagged experimental; its warning would be the first line of every run.
  const emitWarning = process.emitWarning.bind(process);
  process.emitWarning = (warning, ...rest) => {
    if (!String(warning).includes('stripTypeScriptTypes')) emitWarning(warning, ...rest);
  };
  module.registerHooks({
    load(url, context, nextLoad) {
      if (!url.startsWith(ownSources) || !url.endsWith('.ts')) return nextLoad(url, context);
      const loaded = nextLoad(url, { ...context, format: 'module' });
      const source = typeof loaded.source === 'string' ? loaded.source : new TextDecoder().decode(loaded.source);
      return { format: 'module', source: module.stripTypeScriptTypes(source), shortCircuit: true };
    },
  });
  return true;
}
