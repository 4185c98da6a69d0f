/**
 * Icons the primary nav repeats, drawn once per page: each repeated icon becomes a `<symbol>` in
 * one hidden sprite, and every place that shows it is `<svg ...><use href="#id"></use></svg>`.
 * The entry keeps an `<svg>` with the icon's own attributes where Material includes the icon's
 * file, so `.md-nav__link svg` rules (the theme's and a site's extra.css) still apply. An icon
 * drawn once stays inline, exactly Material's markup.
 *
 *   uses { 'material/email': 3, 'material/home': 1 }
 *     sprite: <svg class="md-nav__sprite" ...><symbol id="__nav_icon_material-email" viewBox="0 0 24 24">...</symbol></svg>
 *     draw('material/email') -> <svg aria-hidden="true" height="24" ...><use href="#__nav_icon_material-email"></use></svg>
 *     draw('material/home')  -> the icon's own SVG
 */

/** The sprite of one page's nav and how to draw each icon there. */
export interface IconSprite {
  /** The hidden `<svg>` holding the symbols; '' when no icon repeats. */
  readonly symbols: string;
  /** The markup of icon `name` at one place of the nav; undefined for an unknown icon. */
  readonly draw: (name: string) => string | undefined;
}

/** An icon's SVG split into the opening tag's attributes, its viewBox and its body. */
interface SvgParts {
  readonly attributes: string;
  readonly viewBox: string;
  readonly body: string;
}

/**
 * Our icon index writes one `<svg ...>body</svg>` with a viewBox per icon; anything else (a
 * custom icon with a comment or a DOCTYPE before it, no viewBox) stays inline rather than guessed.
 */
function splitSvg(svg: string): SvgParts | undefined {
  const match = /^<svg\b([^>]*)>([\s\S]*)<\/svg>\s*$/.exec(svg);
  const attributes = match?.[1];
  const body = match?.[2];
  const viewBox = attributes === undefined ? undefined : /\sviewBox="([^"]*)"/.exec(attributes)?.[1];
  return attributes === undefined || body === undefined || viewBox === undefined ? undefined : { attributes, viewBox, body };
}

/** An id for the symbol of `name`, unique among `taken`: `material/email` -> `__nav_icon_material-email`. */
function symbolId(name: string, taken: Set<string>): string {
  const base = `__nav_icon_${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

/**
 * The sprite for the icons one page's nav draws. `svgs`: icon name -> SVG markup (the site's
 * icons); `uses`: icon name -> how often the nav draws it (src/nav's drawnIcons).
 */
export function iconSprite(svgs: Readonly<Record<string, string>>, uses: ReadonlyMap<string, number>): IconSprite {
  const references = new Map<string, string>();
  const symbols: string[] = [];
  const taken = new Set<string>();
  for (const [name, count] of uses) {
    const svg = svgs[name];
    const parts = svg === undefined || count < 2 ? undefined : splitSvg(svg);
    if (!parts) continue;
    const id = symbolId(name, taken);
    symbols.push(`<symbol id="${id}" viewBox="${parts.viewBox}">${parts.body}</symbol>`);
    references.set(name, `<svg${parts.attributes}><use href="#${id}"></use></svg>`);
  }
  return {
    symbols: symbols.length === 0 ? '' : `<svg class="md-nav__sprite" xmlns="http://www.w3.org/2000/svg" width="0" height="0" aria-hidden="true" focusable="false">${symbols.join('')}</svg>`,
    draw: (name) => references.get(name) ?? svgs[name],
  };
}
