/**
 * The toc treeprocessor on hast: heading ids, permalinks, `baselevel`, `data-toc-label`, the
 * `[TOC]` marker and the page ToC in `file.data.toc`.
 *
 * ```md
 * ## Hello World            ->  <h2 id="hello-world">Hello World<a class="headerlink" href="#hello-world" title="Permanent link">¶</a></h2>
 * ```
 * An id already set (attr_list's `{ #custom }`) is kept, as Python-Markdown does; so this pass
 * must run after every pass that sets ids on headings.
 */
import type { Element, ElementContent, Root } from 'hast';
import { isFirstPiece, isLastPiece, PageState, PieceMismatch } from '../../core/page-state.ts';
import { visitHast } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import { OPEN_TAGS_PROPERTY, RAW_TAG_PROPERTY } from '../../core/raw-tags.ts';
import type { TocEntry } from '../../types.ts';
import { nestToc, type FlatEntry } from './nest.ts';
import type { TocOptions } from './options.ts';
import { unique } from './slugify.ts';

const HEADING = /^h[1-6]$/;

declare module 'vfile' {
  interface DataMap {
    /** Ids of the headings whose ToC name is their `data-toc-label` (the typeset plugin leaves them plain). */
    tocLabelled: ReadonlySet<string>;
  }
}

/** What toc knows of the page so far: a page rendered in pieces (src/markdown/pieces.ts) carries it on. */
interface TocPage {
  /** Every id seen on the page (Python-Markdown reserves all of them before it makes any). */
  readonly used: Set<string>;
  /** The ids toc made: one written further down the page would have been reserved first. */
  readonly made: Set<string>;
  /** The ToC's entries in page order, nested once the page is done. */
  readonly flat: FlatEntry[];
  readonly labelled: Set<string>;
}

export function rehypeToc(options: TocOptions) {
  const pages = new PageState<TocPage>(() => ({ used: new Set(), made: new Set(), flat: [], labelled: new Set() }));
  return (tree: Root, file: VFile): undefined => {
    if (options.slugifyProblem !== undefined && isFirstPiece(file)) file.message(options.slugifyProblem, { ruleId: 'toc-slugify' });
    const { used, made, flat, labelled } = pages.of(file);
    visitHast(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id !== 'string') return;
      if (made.has(id)) throw new PieceMismatch(`the id \`${id}\` toc made above is written further down the page`);
      used.add(id);
    });
    visitHast(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName)) return;
      // Raw HTML headings are not Python-Markdown's headings (see core/raw-tags.ts).
      if (RAW_TAG_PROPERTY in node.properties) {
        Reflect.deleteProperty(node.properties, RAW_TAG_PROPERTY);
        return;
      }
      const level = Math.min(6, Number(node.tagName.slice(1)) + options.levelShift);
      node.tagName = `h${level}`;
      // Python-Markdown leaves footnote references (`<sup id="fnref:1">`) out of ids and names,
      // and reads them from the heading's HTML with its whitespace runs made one space
      // (`strip_tags`): `## a :smile: b` is `a b` to the slugify, not `a  b`. Only ASCII
      // whitespace: a no-break space is still `&nbsp;` in that HTML.
      const text = textOf(withoutFootnoteRefs(node)).replace(/[\t\n\v\f\r ]+/g, ' ').trim();
      let id = node.properties['id'];
      if (typeof id !== 'string') {
        id = unique(options.slugify(text, options.separator), used);
        made.add(id);
        node.properties['id'] = id;
      }
      const label = node.properties['dataTocLabel'];
      if (level >= options.depth.top && level <= options.depth.bottom) {
        flat.push({ level, id, name: typeof label === 'string' ? label : text });
      }
      if (typeof label === 'string') labelled.add(id);
      delete node.properties['dataTocLabel'];
      if (options.anchorlink) node.children = [link(id, [options.anchorlinkClass], undefined, node.children)];
      if (options.permalink !== undefined) {
        const permalink = link(id, [options.permalinkClass], options.permalinkTitle || undefined, [{ type: 'text', value: options.permalink }]);
        if (options.permalinkLeading) node.children.unshift(permalink);
        else innermostOpen(node).children.push(permalink);
      }
    });
    if (!isLastPiece(file)) return;
    const toc = nestToc(flat);
    file.data.toc = toc;
    file.data.tocLabelled = labelled;
    // A page with the marker is rendered whole (see index.ts): the marker is where the ToC is.
    if (options.marker !== '') replaceMarker(tree, options, toc);
  };
}

/**
 * Where a browser reads a trailing permalink: inside the raw elements the heading's text left
 * open (core/raw-tags.ts), the innermost being the last element of the last element...
 */
function innermostOpen(heading: Element): Element {
  const open = heading.properties[OPEN_TAGS_PROPERTY];
  Reflect.deleteProperty(heading.properties, OPEN_TAGS_PROPERTY);
  let node = heading;
  for (let depth = Number(open ?? 0); depth > 0; depth--) {
    const last = node.children.findLast((child) => child.type === 'element');
    if (!last) break;
    node = last;
  }
  return node;
}

/** A copy of the heading without footnote references, for its text. */
/**
 * The heading's text. HTML that a pass wrote as a `raw` node (CriticMarkup's tags, put back after
 * the HTML was read) counts with its tags stripped: toc runs the postprocessors that put such
 * HTML back before it strips tags (`## {>>note<<} a` is `note a` to the slugify).
 */
function textOf(node: Element): string {
  return node.children.map((child) => {
    if (child.type === 'text') return child.value;
    if (child.type === 'element') return textOf(child);
    if (child.type === 'raw') return child.value.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|amp);/g, (_m, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name] ?? '');
    return '';
  }).join('');
}

function withoutFootnoteRefs(node: Element): Element {
  const keep = (child: ElementContent): boolean => !(child.type === 'element' && child.tagName === 'sup' && String(child.properties['id'] ?? '').startsWith('fnref'));
  const copy = (element: Element): Element => ({ ...element, children: element.children.filter(keep).map((child) => (child.type === 'element' ? copy(child) : child)) });
  return copy(node);
}

function link(id: string, className: string[], title: string | undefined, children: ElementContent[]): Element {
  const properties: Element['properties'] = { className, href: `#${id}` };
  if (title !== undefined) properties['title'] = title;
  return { type: 'element', tagName: 'a', properties, children };
}

/** A paragraph holding only the marker text becomes `<div class="toc"><ul>...</ul></div>`. */
function replaceMarker(tree: Root, options: TocOptions, toc: TocEntry[]): void {
  visitHast(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'p' || index === undefined || !parent) return;
    const [only] = node.children;
    if (node.children.length !== 1 || only?.type !== 'text' || only.value.trim() !== options.marker) return;
    const children: ElementContent[] = [];
    if (options.title !== '') {
      const properties: Element['properties'] = options.titleClass === '' ? {} : { className: [options.titleClass] };
      children.push({ type: 'element', tagName: 'span', properties, children: [{ type: 'text', value: options.title }] });
    }
    children.push(list(toc));
    parent.children[index] = { type: 'element', tagName: 'div', properties: { className: options.tocClass.split(/\s+/) }, children };
  });
}

function list(entries: TocEntry[]): Element {
  return {
    type: 'element',
    tagName: 'ul',
    properties: {},
    children: entries.map((entry): Element => ({
      type: 'element',
      tagName: 'li',
      properties: {},
      children: [
        { type: 'element', tagName: 'a', properties: { href: `#${entry.id}` }, children: [{ type: 'text', value: entry.name }] },
        ...(entry.children.length > 0 ? [list(entry.children)] : []),
      ],
    })),
  };
}
