/**
 * Mermaid diagrams: PyMdown's custom fence (`format: fence_code_format`, class `mermaid`) writes
 * `<pre class="mermaid"><code>flowchart LR ...</code></pre>`, and Material's JavaScript draws it.
 * We publish the npm `mermaid` package's prebuilt `dist/mermaid.min.js` (and its licence) next to
 * the theme's files, only when some page has such a block, and the page script
 * (src/components/scripts/mermaid.ts) loads it only on a page that shows one. Nothing here reads
 * files: the client bundle imports these constants too.
 *
 * ```ts
 * hasMermaid('<pre class="mermaid"><code>graph TD</code></pre>') // true
 * hasMermaid('<pre class="mermaid-zoom"><code>graph TD</code></pre>') // false
 * ```
 */

/** Site-relative folder of the published Mermaid files. */
export const MERMAID_DIR = 'assets/theme/mermaid/';
/** Site-relative path of Mermaid's script, as the page script asks for it. */
export const MERMAID_SCRIPT = `${MERMAID_DIR}mermaid.min.js`;

/** A `<pre ...>` start tag and its attributes (up to the `>`; attribute values hold no raw `>` in our HTML). */
const PRE_TAG = /<pre(\s[^>]*)?>/gi;
/** One `class` attribute in a start tag's attributes, quoted either way or bare. */
const CLASS_ATTRIBUTE = /(?:^|\s)class\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/**
 * Whether `html` has a block Material draws as a diagram: a `pre` whose classes include
 * `mermaid` (Material's `pre.mermaid`), whatever its other classes and attributes.
 */
export function hasMermaid(html: string): boolean {
  if (!html.includes('mermaid')) return false;
  for (const match of html.matchAll(PRE_TAG)) {
    const found = CLASS_ATTRIBUTE.exec(match[1] ?? '');
    const classes = found?.[1] ?? found?.[2] ?? found?.[3] ?? '';
    if (classes.split(/\s+/).includes('mermaid')) return true;
  }
  return false;
}
