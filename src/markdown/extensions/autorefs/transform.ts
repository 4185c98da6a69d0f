/**
 * mkdocs-autorefs' inline processor: a reference whose label is no link definition of the page
 * (`[text][some.id]`, `[some.id][]`, ``[`some.id`][]``) becomes an `<autoref>` marker instead of
 * staying text, for the site to resolve once every page's headings are known
 * (src/site/autorefs.ts), as the plugin resolves its markers in `on_env`.
 *
 * ```md
 * [the app][typer.Typer]   ->  <autoref identifier="typer.Typer">the app</autoref>
 * [Some Title][]           ->  <autoref identifier="Some%20Title" slug="some-title">Some Title</autoref>
 * [`typer.run`][]          ->  <autoref identifier="typer.run"><code>typer.run</code></autoref>
 * ```
 *
 * micromark makes defined references links and leaves undefined ones as text, so this pass reads
 * text nodes only (code is never touched) and an escaped bracket (`\[`) never starts one. Read:
 * a label in one text node, or a label that is inline code, emphasis or strong between `[` and
 * `][id]`. A label holding brackets is not read.
 */
import type { Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from '../../core/visit.ts';
import { escapedOffsets } from '../../inline/text-replace.ts';
import { slugify } from '../toc/slugify.ts';
import type { Autoref } from './mdast.ts';

// `[label][id]` inside one text node; the label has no brackets and is not empty.
const IN_TEXT = /\[([^[\]]+)\]\[([^[\]]*)\]/g;
// What follows a label written across nodes: `][id]` or `][]`.
const TAIL = /^\]\[([^[\]]*)\]/;

export function remarkAutorefs() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    visit(tree, (node: Nodes, _index, parent: Parents | undefined) => {
      if (node.type === 'link' || node.type === 'linkReference' || node.type === 'autoref') return SKIP;
      if (!('children' in node) || node.type === 'root' || parent === undefined) return undefined;
      const children: Nodes[] = node.children;
      if (!children.some((child) => child.type === 'text' && child.value.includes('['))) return undefined;
      // Text nodes an inline pass recreated (next to emphasis, strong) have no position: the
      // paragraph's first line stands in for theirs.
      const rebuilt = markReferences(children, source, node.position?.start.line);
      if (rebuilt) node.children.splice(0, node.children.length, ...rebuilt.filter(isPhrasing));
      return undefined;
    });
  };
}

function isPhrasing(node: Nodes): node is PhrasingContent {
  return node.type !== 'root';
}

/** `line`: the line of text nodes that have no position (the rest of a text node already cut). */
function markReferences(children: readonly Nodes[], source: string, line?: number): Nodes[] | undefined {
  const out: Nodes[] = [];
  let changed = false;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child === undefined) continue;
    if (child.type !== 'text') {
      out.push(child);
      continue;
    }
    const escaped = escapedOffsets(child, source);
    const parts = splitText(child, escaped, child.position?.start.line ?? line);
    if (parts.length !== 1 || parts[0] !== child) changed = true;
    // A label across nodes: text ending `[`, then inline nodes, then text starting `][id]`.
    const last = parts.at(-1);
    const open = last?.type === 'text' ? last.value.lastIndexOf('[') : -1;
    if (last?.type === 'text' && open >= 0 && !last.value.slice(open).includes(']') && !(last === child && escaped.has(open))) {
      const before = last.value.slice(open + 1);
      const label: PhrasingContent[] = before === '' ? [] : [{ type: 'text', value: before }];
      let j = i + 1;
      for (; j < children.length; j++) {
        const next = children[j];
        if (next === undefined || next.type === 'text' || !isLabelPart(next)) break;
        label.push(next);
      }
      const closing = children[j];
      const tail = closing?.type === 'text' ? TAIL.exec(closing.value) : null;
      if (label.some((part) => part.type !== 'text') && closing?.type === 'text' && tail) {
        parts.pop();
        if (open > 0) parts.push({ type: 'text', value: last.value.slice(0, open) });
        const at = closing.position?.start.line ?? line;
        parts.push(autoref(label, tail[1] ?? '', at));
        out.push(...parts);
        const rest = closing.value.slice(tail[0].length);
        // The text after the reference is read again (it may hold another one).
        const remaining: Text = { type: 'text', value: rest };
        const again = markReferences([remaining, ...children.slice(j + 1)], '', at);
        out.push(...(again ?? [remaining, ...children.slice(j + 1)]).filter((node) => node.type !== 'text' || node.value !== ''));
        return out;
      }
    }
    out.push(...parts);
  }
  return changed ? out : undefined;
}

function isLabelPart(node: Nodes): node is PhrasingContent {
  return node.type === 'inlineCode' || node.type === 'emphasis' || node.type === 'strong';
}

/** One text node cut around the references it holds (the node itself when it holds none). */
function splitText(node: Text, escaped: ReadonlySet<number>, line: number | undefined): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(IN_TEXT)) {
    const at = match.index;
    if (escaped.has(at) || escaped.has(at + match[0].length - 1)) continue;
    if (at > last) parts.push({ type: 'text', value: node.value.slice(last, at) });
    parts.push(autoref([{ type: 'text', value: match[1] ?? '' }], match[2] ?? '', line));
    last = at + match[0].length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

/** `line`: where the reference is written (its text node's first line), for the site's warning, as autorefs' `lineno`. */
function autoref(label: PhrasingContent[], id: string, line: number | undefined): Autoref {
  let identifier = id;
  let slug: string | undefined;
  if (identifier === '') {
    const only = label.length === 1 ? label[0] : undefined;
    // [`Foo`][]: the code's text, matched exactly; any other label is also tried as a slug.
    if (only?.type === 'inlineCode') identifier = only.value;
    else {
      identifier = plainText(label);
      // Python-Markdown's default toc.slugify(value, '-'), which autorefs calls.
      slug = slugify(identifier);
    }
  }
  const hProperties = { identifier: markerValue(identifier), slug: slug === undefined ? undefined : markerValue(slug), lineno: line };
  return { type: 'autoref', identifier, slug, children: label, data: { hName: 'autoref', hProperties } };
}

/**
 * A marker attribute percent-encoded (the site decodes it with decodeURIComponent): the site
 * reads markers back out of the serialized page, and an id is page text that may hold `>`, `<`,
 * `"` or `&`, which would otherwise end the marker early or be read as markup.
 */
function markerValue(value: string): string {
  return encodeURIComponent(value).replaceAll("'", '%27');
}

function plainText(nodes: readonly Nodes[]): string {
  return nodes.map((node) => ('value' in node ? node.value : 'children' in node ? plainText(node.children) : '')).join('');
}

