/**
 * A page's content HTML as the Markdown mkdocs-llmstxt writes beside it (0.4: plugin.py
 * `_generate_page_markdown`, preprocess.py `autoclean`): BeautifulSoup + markdownify
 * (`bullets='-'`, ATX headings, underscores not escaped, a code block's language from the
 * `language-*` class of its `<pre>` or the element around it), then mdformat (`wrap: no`, tables).
 *
 * Here: the HTML is read with hast-util-from-html, cleaned as `autoclean` does (images, SVGs,
 * links holding them, permalinks, Twemoji, content tabs' labels and mkdocstrings' labels out;
 * autorefs' `<autoref>` and mkdocstrings' `doc-md-description` to their text; a line-numbered
 * code table to a plain `<pre>`), its relative links made absolute as the plugin does, and
 * converted by hast-util-to-mdast + mdast-util-to-markdown, set to what mdformat writes: `-`
 * bullets, `1.` for every ordered item, `*` and `**`, fenced code with backticks, ATX headings,
 * thematic breaks as 70 underscores, tables as mdformat-tables pads them (src/site/llmstxt-table.ts).
 *
 * What still differs from markdownify + mdformat: escaping (mdast-util-to-markdown escapes only
 * where a character would be read as syntax; markdownify escapes every `*`, mdformat then
 * normalizes), a list whose items hold paragraphs (loose here, each item apart), a definition list (markdownify writes `term` then `:   definition`; here it is a
 * list), line breaks inside paragraphs (markdownify keeps the HTML's; here they are collapsed as
 * HTML whitespace), and `<autoref>` elements, which MkDocs' autorefs has usually resolved to links
 * by the time our pages are read (the plugin's run before autorefs sees them unresolved).
 *
 *   pageMarkdown('<h2 id="a">A<a class="headerlink" href="#a">¶</a></h2><p>See <a href="../b/">B</a></p>', { baseUrl: 'https://x.org/', dest: 'a/index.html', autoclean: true })
 *   // '## A\n\nSee [B](https://x.org/b/index.md)\n'
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { toString } from 'hast-util-to-string';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { visit } from 'unist-util-visit';
import { mdformatTable } from './llmstxt-table.ts';

export interface PageMarkdownOptions {
  /** The plugin's base URL, ending with `/`. */
  readonly baseUrl: string;
  /** The page's file in the site folder (`guide/index.html`): its folder resolves relative links. */
  readonly dest: string;
  readonly autoclean: boolean;
}

function classes(node: Element): string[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

/** autoclean's `_to_remove`: images, SVGs and links holding one, permalinks, Twemoji, tab labels. */
function removed(node: Element): boolean {
  if (node.tagName === 'img' || node.tagName === 'svg') return true;
  const names = classes(node);
  if (node.tagName === 'a') {
    if (names.includes('headerlink')) return true;
    // bs4's `tag.img`: the first <img> under the link.
    let holdsImage = false;
    visit(node, 'element', (inner) => {
      if (inner !== node && inner.tagName === 'img') holdsImage = true;
    });
    if (holdsImage) return true;
  }
  return names.includes('twemoji') || names.includes('tabbed-labels') || (node.tagName === 'span' && names.includes('doc-labels'));
}

const textNode = (value: string): ElementContent => ({ type: 'text', value });

/** One node after autoclean: undefined to drop it. */
function cleaned(node: ElementContent): ElementContent | undefined {
  if (node.type !== 'element') return node;
  if (removed(node)) return undefined;
  if (node.tagName === 'autoref') return textNode(toString(node));
  if (node.tagName === 'div' && classes(node).includes('doc-md-description')) return textNode(toString(node).trim());
  if (node.tagName === 'table' && classes(node).includes('highlighttable')) {
    let code = '';
    visit(node, 'element', (inner) => {
      if (code === '' && inner.tagName === 'code') code = toString(inner);
    });
    return { type: 'element', tagName: 'pre', properties: {}, children: [textNode(code)] };
  }
  return { ...node, children: node.children.flatMap((child) => cleaned(child) ?? []) };
}

/** `_convert_to_absolute_links`: a relative or root-relative href, joined to the base URL (from the page's folder), `…/` ending in `index.md`. */
function absoluteLinks(tree: HastRoot, baseUrl: string, dest: string): void {
  const folder = dest.includes('/') ? dest.slice(0, dest.lastIndexOf('/') + 1) : '';
  visit(tree, 'element', (node) => {
    const href = node.properties['href'];
    if (node.tagName !== 'a' || typeof href !== 'string' || href === '') return;
    if (href.startsWith('http://') || href.startsWith('https://') || href.startsWith('#')) return;
    if (href.includes(':') && !href.startsWith('/')) return;
    let joined: string;
    try {
      joined = new URL(href, new URL(folder, baseUrl)).href;
    } catch {
      return;
    }
    node.properties['href'] = joined.endsWith('/') ? `${joined}index.md` : joined;
  });
}

/** markdownify's code_language_callback: each `<pre>` holds one `<code class="language-x">` with its text. */
function codeLanguages(tree: HastRoot): void {
  visit(tree, 'element', (node, _index, parent) => {
    if (node.tagName !== 'pre') return;
    const around = parent?.type === 'element' ? classes(parent) : [];
    const language = [...classes(node), ...around].find((name) => name.startsWith('language-'))?.slice('language-'.length);
    node.children = [{ type: 'element', tagName: 'code', properties: language ? { className: [`language-${language}`] } : {}, children: [textNode(toString(node))] }];
  });
}

/** The Markdown file the plugin writes for a page whose content is `html`. */
export function pageMarkdown(html: string, options: PageMarkdownOptions): string {
  let tree: HastRoot = fromHtml(html, { fragment: true });
  if (options.autoclean) tree = { ...tree, children: tree.children.flatMap((child) => (child.type === 'doctype' ? [] : cleaned(child) ?? [])) };
  absoluteLinks(tree, options.baseUrl, options.dest);
  codeLanguages(tree);
  const mdast = toMdast(tree satisfies HastNodes);
  // gfm-table's extension for its cells' escaping; the table itself as mdformat writes it.
  const text = toMarkdown(mdast, { bullet: '-', emphasis: '*', strong: '*', fence: '`', fences: true, rule: '_', ruleRepetition: 70, incrementListMarker: false, listItemIndent: 'one', extensions: [gfmTableToMarkdown()], handlers: { table: mdformatTable } });
  return text.trim() === '' ? '' : `${text.trim()}\n`;
}
