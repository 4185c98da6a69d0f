/**
 * A nav config for one language of a multilingual site (mkdocs-static-i18n): each entry's path
 * swapped for that language's page, and the titles its `nav_translations` lists translated, as
 * the plugin's `reconfigure_navigation` renames sections and titled entries.
 *
 *   localizeNavConfig(['index.md', { Guide: ['guide.md'] }], (src) => src.replace('.md', '.fr.md'), { Guide: 'Guide FR' })
 *   // ['index.fr.md', { 'Guide FR': ['guide.fr.md'] }]
 */
import type { NavConfig, NavConfigItem } from './types.ts';

export function localizeNavConfig(nav: NavConfig, target: (entry: string) => string, translations: Readonly<Record<string, string>> = {}): NavConfig {
  const title = (name: string) => translations[name] ?? name;
  const item = (value: NavConfigItem): NavConfigItem => {
    if (typeof value === 'string') return target(value);
    const [name, child] = Object.entries(value)[0] ?? ['', ''];
    return { [title(name)]: typeof child === 'string' ? target(child) : child.map(item) };
  };
  return nav.map(item);
}
