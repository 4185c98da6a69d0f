/**
 * Material's icon names (`material/brightness-auto`, `simple/github`, `octicons/home-16`,
 * `fontawesome/brands/github`) drawn from the Iconify JSON sets, for the theme's own icons.
 * Loaded lazily per set and cached per `IconSource` instance (one per site build).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getIconData, iconToHTML, iconToSVG, replaceIDs } from '@iconify/utils';
import type { IconifyJSON } from '@iconify/types';

const require = createRequire(import.meta.url);

/** Material's folder names -> Iconify set names, first match wins. */
const SETS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['material/', ['mdi']],
  ['octicons/', ['octicon']],
  ['simple/', ['simple-icons']],
  ['fontawesome/brands/', ['fa7-brands', 'fa6-brands']],
  ['fontawesome/solid/', ['fa7-solid', 'fa6-solid']],
  ['fontawesome/regular/', ['fa7-regular', 'fa6-regular']],
];

export class IconSource {
  readonly #sets = new Map<string, IconifyJSON | undefined>();

  #set(name: string): IconifyJSON | undefined {
    if (!this.#sets.has(name)) {
      let data: IconifyJSON | undefined;
      try {
        data = JSON.parse(readFileSync(require.resolve(`@iconify-json/${name}/icons.json`), 'utf8'));
      } catch {
        data = undefined;
      }
      this.#sets.set(name, data);
    }
    return this.#sets.get(name);
  }

  /** Inline SVG for a Material icon name, or undefined when no set has it. */
  svg(name: string): string | undefined {
    for (const [prefix, sets] of SETS) {
      if (!name.startsWith(prefix)) continue;
      const icon = name.slice(prefix.length);
      for (const set of sets) {
        const json = this.#set(set);
        const data = json ? getIconData(json, icon) : null;
        if (!data) continue;
        const rendered = iconToSVG(data, { height: '24' });
        return iconToHTML(replaceIDs(rendered.body), { ...rendered.attributes, 'aria-hidden': 'true', fill: 'currentColor' });
      }
    }
    return undefined;
  }
}
