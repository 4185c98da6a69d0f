/**
 * A reference inside the text of another, as Python-Markdown reads it. Its reference pattern
 * (priority 170) links the outer `[text][id]` first, and the text inside goes on with the later
 * patterns only: the shortcut pattern (130) reads `[b]` there (linked when defined), then `[r]`
 * on its own. micromark makes `[b][r]` a full reference instead:
 *
 * ```
 * [a [b][r] c][r]   ->  <a href="/u">a [b]<a href="/u">r</a> c</a>     (`r` defined, `b` not)
 * ```
 *
 * Inside an emphasis too: Python-Markdown reads that link's text again with every pattern, but
 * the shortcut pattern has taken `[r]` by then (`*[a [b][r] c][r]*` is the same). Inline links are
 * another matter (core/link-in-link.ts).
 */
import type { LinkReference, Nodes, Parents, PhrasingContent, Root } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { walkMdast } from './walk.ts';

export function remarkReferencesInReferences() {
  return (tree: Root): void => {
    walkMdast(tree, (node) => {
      if (isFullOrCollapsed(node)) splitInner(node);
    });
  };
}

/** The full and collapsed references anywhere in `node`'s text become shortcuts (`[a *[b][r]*][r]` too). */
function splitInner(node: Nodes): void {
  if (!('children' in node)) return;
  for (const child of node.children) splitInner(child);
  if (holdsReference(node)) node.children = node.children.flatMap((child) => (isFullOrCollapsed(child) ? asShortcuts(child) : [child]));
}

/** Every mdast parent whose children are inline. */
type PhrasingParent = Extract<Parents, { children: PhrasingContent[] }>;

/** A parent holding a full or collapsed reference holds inline content (block containers hold blocks). */
function holdsReference(node: Nodes): node is PhrasingParent {
  return 'children' in node && node.type !== 'root' && node.children.some(isFullOrCollapsed);
}

function isFullOrCollapsed(node: Nodes): node is LinkReference {
  return node.type === 'linkReference' && node.referenceType !== 'shortcut';
}

/** `[b][r]` as two shortcut references (`[b][]`: `[b]` and the text `[]`); an undefined one is written back as text. */
function asShortcuts(inner: LinkReference): PhrasingContent[] {
  const label = textOf(inner);
  // Python-Markdown looks the text up unstripped (core/label-end.ts): `[ b ]` finds no `[b]:`.
  const text: PhrasingContent[] = /^\s|\s$/u.test(label)
    ? [{ type: 'text', value: '[' }, ...inner.children, { type: 'text', value: ']' }]
    : [{ type: 'linkReference', referenceType: 'shortcut', identifier: normalizeIdentifier(label), label, children: inner.children }];
  if (inner.referenceType === 'collapsed') return [...text, { type: 'text', value: '[]' }];
  const id = inner.label ?? inner.identifier;
  return [...text, { type: 'linkReference', referenceType: 'shortcut', identifier: inner.identifier, label: id, children: [{ type: 'text', value: id }] }];
}

/** The text of a node's leaves (what `[b]` looks its definition up by). */
function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
