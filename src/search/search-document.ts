/**
 * What of a built page Pagefind is handed: the page without what lies between `<body>` and the
 * element marked `data-pagefind-body`, and after it. Pagefind indexes only that element's text
 * once a page has one; the rest (Material's nav, header, ToC, footer: about five sixths of
 * Privacy Guides' HTML) was made JSON and base64 on the main thread and parsed again in
 * Pagefind's process, for nothing.
 *
 * Pagefind (fossick/parser.rs) still reads a few things outside the body element, so the page is
 * cut only when none of them is in the parts left out, and handed over whole otherwise:
 * - `<html lang>` and `<head>` (`<title>` is its fallback title): kept, they come before `<body>`;
 * - the first `<h1>` anywhere (the result's title) and the first `<img>` after it (its image);
 * - `data-pagefind-*` attributes anywhere (meta, filters, sort, a second body);
 * - an ancestor of the body element that Pagefind leaves out (nav, footer, form, svg..., or one
 *   of EXCLUDED_SELECTORS): the body's text would go with it.
 *
 * ```ts
 * searchDocument('<html><head></head><body><nav>…</nav><article data-pagefind-body><h1>A</h1></article><footer>…</footer></body></html>')
 * // '<html><head></head><body><article data-pagefind-body><h1>A</h1></article></body></html>'
 * ```
 */

/** The body element's opening tag, as the layout writes it (src/layouts/Page.astro). */
const BODY_ELEMENT = /<article\s[^>]*\bdata-pagefind-body\b/g;
const BODY_END = '</article>';
const BODY_TAG = /<body(?:\s+[\w:-]+(?:="[^"]*"|='[^']*'|=[^\s"'>]+)?)*\s*>/i;

/** What Pagefind reads outside the body element, in the part before it and the part after it. */
const READ_BEFORE = /<h1[\s>]|data-pagefind-|data-search-exclude|headerlink/i;
const READ_AFTER = /<h1[\s>]|<img[\s/>]|data-pagefind-/i;

/**
 * Start and end tags of the elements whose content Pagefind leaves out (parser.rs
 * REMOVE_SELECTORS, but head, before <body>, and svg, which cannot hold HTML but through
 * foreignObject): the body element must not be inside one. One pass over the part before it.
 */
const LEFT_OUT_TAG = /<(\/?)(style|script|noscript|label|form|footer|nav|iframe|template)[\s>]/gi;

export function searchDocument(html: string): string {
  const parts = searchParts(html);
  return parts ? `${parts.head}${parts.article}</body></html>` : html;
}

/**
 * What searchDocument keeps of a page: everything up to and with its `<body>` tag (`head`), and
 * the element marked data-pagefind-body (`article`); undefined when the page is handed whole.
 */
export function searchParts(html: string): { readonly head: string; readonly article: string } | undefined {
  const bodies = [...html.matchAll(BODY_ELEMENT)];
  const body = BODY_TAG.exec(html);
  const start = bodies[0]?.index;
  const end = html.lastIndexOf(BODY_END);
  if (bodies.length !== 1 || !body || start === undefined || start < body.index || end < start) return undefined;
  const bodyTagEnd = body.index + body[0].length;
  const before = html.slice(bodyTagEnd, start);
  const after = html.slice(end + BODY_END.length);
  if (READ_BEFORE.test(before) || READ_AFTER.test(after) || !allClosed(before)) return undefined;
  return { head: html.slice(0, bodyTagEnd), article: html.slice(start, end + BODY_END.length) };
}

/** Whether every element of LEFT_OUT_TAG's opened in `html` is closed in it. */
function allClosed(html: string): boolean {
  const open = new Map<string, number>();
  for (const [, slash, name = ''] of html.matchAll(LEFT_OUT_TAG)) {
    const key = name.toLowerCase();
    open.set(key, (open.get(key) ?? 0) + (slash ? -1 : 1));
  }
  return [...open.values()].every((count) => count === 0);
}
