/**
 * Which plugins run: those mkdocs.yml lists, and those an enabled Material `group` holds. Apart
 * from src/site/plugins.ts (which reads every plugin's options, and imports what runs them) so
 * that the theme's side (src/site/site-info.ts, which components import) reads it without
 * bundling every plugin's code into Astro's server build.
 */
import type { MkdocsConfig } from '../config/index.ts';
import { isRecord } from './plugin-values.ts';

type Plugin = MkdocsConfig['plugins'][number];

/**
 * Whether Material's search plugin runs: listed as `search` (or `material/search`, also inside an
 * enabled `group`) and not `enabled: false`. MkDocs lists it when mkdocs.yml has no `plugins:`
 * (src/config/normalize.ts); a site that lists plugins without it has no search box and no index,
 * as Material draws none then.
 */
export function searchEnabled(plugins: readonly Plugin[]): boolean {
  return activePlugins(plugins).some((plugin) => plugin.name.replace(/^material\//, '') === 'search' && plugin.options['enabled'] !== false);
}

/**
 * The plugins as written, plus those Material's `group` plugin holds when it is enabled
 * (`group: {enabled: true, plugins: {meta: {}}}`); a disabled group's plugins do not run.
 */
export function activePlugins(plugins: readonly Plugin[]): Plugin[] {
  const active: Plugin[] = [];
  for (const plugin of plugins) {
    active.push(plugin);
    const nested = plugin.options['plugins'];
    if (plugin.name.replace(/^material\//, '') !== 'group' || plugin.options['enabled'] === false) continue;
    const entries: Array<[string, unknown]> = Array.isArray(nested)
      ? nested.flatMap((item): Array<[string, unknown]> => (typeof item === 'string' ? [[item, {}]] : isRecord(item) ? Object.entries(item) : []))
      : isRecord(nested) ? Object.entries(nested) : [];
    for (const [name, options] of entries) active.push({ name, options: isRecord(options) ? options : {} });
  }
  return active;
}
