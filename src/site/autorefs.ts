/**
 * mkdocs-autorefs' resolution (its `on_env`/`on_post_page`), run once every page is rendered:
 * each `<autoref>` marker the renderer left (src/markdown/extensions/autorefs) becomes a link to
 * the heading of that id on any page of the site, written as the plugin writes it:
 *
 *   [Install][installation]  ->  <a class="autorefs autorefs-internal" title="Installation" href="../setup/#installation">Install</a>
 *
 * The identifier is tried first, then the slug of a plain `[Title][]` label. A heading id seen on
 * two pages resolves to the first in docs order (the plugin warns of several primary URLs).
 *
 * An optional reference (mkdocstrings' names in annotations) that resolves to nothing becomes
 * `<span title="identifier">text</span>`, without a warning, as the plugin draws it.
 *
 * A reference that resolves to nothing is kept as written by the plugin (`[text][id]`) with a
 * warning; here too, except that an id that looks like a Python dotted name (`pkg.mod.Class`:
 * the objects mkdocstrings would have documented, which this build cannot) is shown as its text
 * in `<code>`, without brackets. Either way each page gets one warning counting them. Objects
 * mkdocstrings documents (src/markdown/extensions/mkdocstrings) are headings like any other.
 */
import path from 'node:path';
import type { TocEntry } from '../markdown/index.ts';
import type { SiteMessage } from './messages.ts';
import { escapeAttribute } from './html-escape.ts';
import type { PageResult } from './render-pages.ts';
import { htmlText, someSlice } from '../shared/page-html.ts';

interface Anchor {
  readonly url: string;
  readonly title: string;
}

const MARKER = /<autoref ([^>]*)>([^]*?)<\/autoref>/g;
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;
const DOTTED_NAME = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/;

/** Resolves every page's markers in place (`rendered` is changed); returns one warning per page with unresolved ones. */
export function applyAutorefs(rendered: Map<string, PageResult>, pages: ReadonlyArray<{ readonly src: string; readonly url: string }>, docsDir: string): SiteMessage[] {
  const anchors = new Map<string, Anchor>();
  for (const page of pages) {
    const result = rendered.get(page.src);
    if (result) for (const entry of flatten(result.toc)) if (!anchors.has(entry.id)) anchors.set(entry.id, { url: `${page.url}#${entry.id}`, title: plainText(entry.name) });
  }
  const messages: SiteMessage[] = [];
  for (const page of pages) {
    const result = rendered.get(page.src);
    // A page's HTML in a file (page-html.ts) is read whole only when it has a marker.
    if (!result || !someSlice(result.html, (slice) => slice.includes('<autoref '))) continue;
    const unresolved: Array<{ identifier: string; line: number | undefined; code: boolean }> = [];
    const html = htmlText(result.html).replace(MARKER, (_match, rawAttributes: string, title: string) => {
      const attributes = new Map([...rawAttributes.matchAll(ATTRIBUTE)].map((m) => [m[1] ?? '', markerValue(m[2] ?? '')]));
      const identifier = attributes.get('identifier') ?? '';
      const slug = attributes.get('slug');
      const anchor = anchors.get(identifier) ?? (slug === undefined ? undefined : anchors.get(slug));
      // `optional`: mkdocstrings' references to API objects (names in annotations, expression.ts there).
      const optional = attributes.has('optional');
      if (anchor) {
        const tooltip = optional ? optionalTooltip(identifier, anchor.title, title) : anchor.title !== '' && !plainText(title).includes(anchor.title) ? anchor.title : '';
        return `<a class="autorefs autorefs-internal"${tooltip === '' ? '' : ` title="${escapeAttribute(tooltip)}"`} href="${escapeAttribute(relativeUrl(page.url, anchor.url))}">${title}</a>`;
      }
      // An optional reference that resolves to nothing is its text with the identifier as tooltip, and no warning.
      if (optional) return `<span title="${escapeAttribute(identifier)}">${title}</span>`;
      const line = Number(attributes.get('lineno'));
      const code = DOTTED_NAME.test(identifier);
      unresolved.push({ identifier, line: Number.isInteger(line) && line > 0 ? line : undefined, code });
      if (code) return /^<code>[^]*<\/code>$/.test(title) ? title : `<code>${title}</code>`;
      if (title === escapeAttribute(identifier)) return `[${title}][]`;
      return `[${title}][${escapeAttribute(identifier)}]`;
    });
    rendered.set(page.src, { ...result, html });
    const first = unresolved[0];
    if (first === undefined) continue;
    const shown = unresolved.filter((ref) => ref.code).length;
    const names = [...new Set(unresolved.map((ref) => `'${ref.identifier}'`))].join(', ');
    messages.push({
      severity: 'warning',
      message: `autorefs: ${unresolved.length === 1 ? 'one cross-reference' : `${String(unresolved.length)} cross-references`} found no heading of that id on any page (${names}); ${shown === unresolved.length ? 'shown as code' : shown === 0 ? 'kept as written, as autorefs does' : `${String(shown)} Python names shown as code, the others kept as written`} (an object mkdocstrings could not document here has no heading)`,
      file: path.join(docsDir, page.src),
      line: first.line,
    });
  }
  return messages;
}

/**
 * autorefs' tooltip of an optional reference (its `_tooltip`, tags stripped as with Material
 * without `content.tooltips`): the heading's title with the identifier after it unless it holds
 * it already; none when the link's code text already holds it.
 */
function optionalTooltip(identifier: string, headingTitle: string, linkHtml: string): string {
  const tooltip = headingTitle === '' ? identifier : headingTitle.includes(identifier) ? headingTitle : `${headingTitle} (${identifier})`;
  return `<code>${linkHtml}</code>`.includes(tooltip) ? '' : tooltip;
}

/** autorefs' `relative_url`: from page URL `from` to `to` (`url#anchor`), MkDocs' page URLs both. */
export function relativeUrl(from: string, to: string): string {
  const hash = to.indexOf('#');
  const anchor = hash < 0 ? '' : to.slice(hash + 1);
  const partsA = from.split('/');
  const partsB = (hash < 0 ? to : to.slice(0, hash)).split('/');
  while (partsA.length > 0 && partsB.length > 0 && partsA[0] === partsB[0]) {
    partsA.shift();
    partsB.shift();
  }
  const up: string[] = Array.from({ length: Math.max(0, partsA.length - 1) }, () => '..');
  return `${[...up, ...partsB].join('/')}#${anchor}`;
}

function flatten(entries: readonly TocEntry[]): TocEntry[] {
  return entries.flatMap((entry) => [entry, ...flatten(entry.children)]);
}

function plainText(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ''));
}

/** A marker attribute as the renderer wrote it: percent-encoded, so it holds no markup (src/markdown/extensions/autorefs). */
function markerValue(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The character references our serializer writes in text: the five named ones and any numeric one. */
function decode(text: string): string {
  return text.replace(/&(?:(quot|lt|gt|amp|apos)|#x([0-9a-f]{1,6})|#(\d{1,7}));/gi, (entity, name: string | undefined, hex: string | undefined, decimal: string | undefined) => {
    if (name !== undefined) return ({ quot: '"', lt: '<', gt: '>', amp: '&', apos: "'" } as Record<string, string>)[name.toLowerCase()] ?? entity;
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
