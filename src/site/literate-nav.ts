/**
 * The literate-nav plugin (mkdocs-literate-nav 0.6) in the site: its options from mkdocs.yml and
 * the reading of its nav files. The nav rules are src/nav's (literate-nav.ts); this file turns a
 * nav file into the list the plugin would take from it.
 *
 *   plugins: [literate-nav: { nav_file: SUMMARY.md, implicit_index: true }]
 *
 * A nav file is read with our Markdown renderer, as the plugin reads it with Python-Markdown:
 * the same list rules (4-space nesting, a blank line makes items loose, a list in a code block is
 * no list), the same link syntax (escapes, `<...>` destinations, references), and the last list
 * of the file, or the first after a `<!--nav-->` line, is the nav. The renderer runs bare, with
 * only the plugin's own `markdown_extensions`, as the plugin's Markdown instance does. A small
 * list reader of our own would have to redo all of that; the rendered HTML is the plugin's element
 * tree, so the plugin's checks apply to it unchanged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { normalizeExtensions } from '../shared/extension-specs.ts';
import { createRenderer, type ExtensionSpec } from '../markdown/index.ts';
import type { LiterateElement, LiterateListItem } from '../nav/index.ts';

export interface LiterateNavPlugin {
  readonly navFile: string;
  readonly implicitIndex: boolean;
  /** Spaces that nest a list (`tab_length`, or mdx_truly_sane_lists' `nested_indent`). */
  readonly tabLength: number;
  readonly extensions: readonly ExtensionSpec[];
}

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

const KNOWN_OPTIONS: ReadonlySet<string> = new Set(['nav_file', 'implicit_index', 'tab_length', 'markdown_extensions', 'enabled']);
const NAV_MARK = '<!--nav-->';

/** The plugin's options when it is listed (and not `enabled: false`); a wrong value is named and its default used. */
export function literateNavPlugin(plugins: readonly PluginEntry[]): { options: LiterateNavPlugin | undefined; problems: string[] } {
  const spec = plugins.find((plugin) => plugin.name === 'literate-nav');
  const problems: string[] = [];
  if (!spec || spec.options['enabled'] === false) return { options: undefined, problems };
  const raw = spec.options;
  for (const key of Object.keys(raw)) {
    if (key === 'merge_root') problems.push("literate-nav plugin: 'merge_root' is not an option of mkdocs-literate-nav 0.6 (only of a fork's documentation); ignored");
    else if (!KNOWN_OPTIONS.has(key)) problems.push(`literate-nav plugin: unknown option '${key}', ignored`);
  }
  const navFile = raw['nav_file'];
  const goodNavFile = typeof navFile === 'string' && navFile !== '' && !navFile.includes('/');
  if (navFile !== undefined && navFile !== null && !goodNavFile) problems.push(`literate-nav plugin: 'nav_file' must be a file name such as SUMMARY.md, found ${String(navFile)}; using SUMMARY.md`);
  const implicit = raw['implicit_index'];
  if (implicit !== undefined && implicit !== null && typeof implicit !== 'boolean') problems.push(`literate-nav plugin: 'implicit_index' must be true or false, found ${String(implicit)}; using false`);
  const tab = raw['tab_length'];
  const goodTab = typeof tab === 'number' && Number.isInteger(tab) && tab > 0;
  if (tab !== undefined && tab !== null && !goodTab) problems.push(`literate-nav plugin: 'tab_length' must be a whole number of spaces, found ${String(tab)}; using 4`);
  const extensions = normalizeExtensions(raw['markdown_extensions'] ?? []);
  // mdx_truly_sane_lists nests lists by its nested_indent (2 by default): that is all it changes in a nav.
  const sane = extensions.find((extension) => extension.name === 'mdx_truly_sane_lists');
  const saneIndent = sane?.options['nested_indent'];
  const tabLength = sane ? (typeof saneIndent === 'number' && saneIndent > 0 ? saneIndent : 2) : goodTab ? tab : 4;
  return {
    options: {
      navFile: goodNavFile ? navFile : 'SUMMARY.md',
      implicitIndex: implicit === true,
      tabLength,
      extensions: extensions.filter((extension) => extension !== sane),
    },
    problems,
  };
}

/**
 * Reads nav files (docs-relative srcs) into their lists: undefined for a file with no list.
 * A file that cannot be read is reported and has no list (its folder's nav is then inferred).
 */
export function createNavFileReader(options: LiterateNavPlugin, docsDir: string, projectDir: string): NavFileReader {
  const renderer = createRenderer({ extensions: options.extensions, projectDir, docsDir, bare: true });
  const parse = (src: string, text: string): LiterateListItem[] | undefined => {
    const source = withTabLength(text, options.tabLength);
    const html = renderer.render({ path: src, value: source }).html;
    const list = chooseList(fromHtml(html, { fragment: true }), source.split('\n').some((line) => line.trim() === NAV_MARK));
    return list ? readList(list, text) : undefined;
  };
  return {
    unsupported: renderer.unsupported,
    parse,
    read(src) {
      try {
        return { list: parse(src, readFileSync(path.join(docsDir, src), 'utf8').replace(/^\uFEFF/, '')) };
      } catch (cause) {
        return { list: undefined, problem: cause instanceof Error ? cause.message : String(cause) };
      }
    },
  };
}

export interface NavFileReader {
  /** The nav file's list, read from docs_dir; `problem` when the file cannot be read. */
  read(src: string): { list: LiterateListItem[] | undefined; problem?: string | undefined };
  /** The list of a nav file's text. */
  parse(src: string, text: string): LiterateListItem[] | undefined;
  /** The plugin's `markdown_extensions` we do not implement. */
  readonly unsupported: readonly string[];
}

/**
 * Python-Markdown's tab_length for this file only: the renderer nests by 4 spaces, so each
 * run of `tabLength` leading spaces becomes 4 (a 2-space nav file with `tab_length: 2`).
 */
export function withTabLength(text: string, tabLength: number): string {
  if (tabLength === 4) return text;
  return text.replace(/^[ ]+/gm, (indent) => ' '.repeat(Math.floor(indent.length / tabLength) * 4 + (indent.length % tabLength)));
}

/** The plugin's choice: the first list after the last `<!--nav-->` line, else the last list of the file (top level only). */
function chooseList(tree: Root, marked: boolean): Element | undefined {
  const children = tree.children;
  const isList = (node: RootContent | undefined): node is Element => node?.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol');
  if (marked) {
    const mark = children.findLastIndex((node) => node.type === 'comment' && node.value.trim() === 'nav');
    if (mark !== -1) return children.slice(mark + 1).find(isList);
  }
  return children.findLast(isList);
}

function readList(list: Element, source: string): LiterateListItem[] {
  const lines = source.split('\n');
  const lineOf = (item: Element): number | undefined => {
    const link = item.children.find((child): child is Element => child.type === 'element' && child.tagName === 'a');
    const needle = link ? String(link.properties['href'] ?? '') : toString(item).split('\n')[0]?.trim();
    if (!needle) return undefined;
    const at = lines.findIndex((line) => /^\s*([*+-]|\d+\.)\s/.test(line) && line.includes(needle));
    return at === -1 ? undefined : at + 1;
  };
  return list.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li').map((item) => readItem(item, lineOf, source));
}

function readItem(item: Element, lineOf: (item: Element) => number | undefined, source: string): LiterateListItem {
  let text: string | undefined;
  const elements: LiterateElement[] = [];
  let textAfter: LiterateListItem['textAfter'];
  for (const child of item.children) {
    if (child.type === 'text') {
      const value = child.value.trim();
      if (value === '') continue;
      if (elements.length === 0) text = (text ?? '') + value;
      else textAfter ??= { element: shortHtml(elementAt(item, elements.length - 1)), text: value };
    } else if (child.type === 'element') {
      if (child.tagName === 'a') elements.push({ kind: 'link', href: String(child.properties['href'] ?? ''), text: toString(child) });
      else if (child.tagName === 'ul' || child.tagName === 'ol') elements.push({ kind: 'list', items: readList(child, source) });
      else elements.push({ kind: 'other', html: shortHtml(child) });
    }
  }
  return { text, elements, textAfter, html: shortHtml(item), line: lineOf(item) };
}

function elementAt(item: Element, index: number): Element | undefined {
  return item.children.filter((child): child is Element => child.type === 'element')[index];
}

/** The element with its nested lists shortened to `[...]`, as the plugin quotes an item. */
function shortHtml(element: Element | undefined): string {
  if (!element) return '';
  const short = (node: ElementContent): ElementContent => (node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol') ? { ...node, children: [{ type: 'text', value: '[...]' }] } : node);
  return toHtml({ ...element, children: element.children.map(short) }).replace(/\s*\n\s*/g, '');
}
