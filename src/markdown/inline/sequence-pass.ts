/**
 * One PyMdown pattern-sequence processor (caret, tilde, mark, betterem's `*` and `_`) as an mdast
 * pass: every phrasing parent's children are flattened (flatten.ts), the "not" patterns protect
 * lone marker runs (`a ^ b`), and the processor (pattern-sequence.ts) builds the elements.
 * Parents are collected before any rewrite, so elements this pass builds are not parsed again
 * (the processor handles their content itself); a later pass does read them.
 */
import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import { visit } from '../core/visit.ts';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { flatten } from './flatten.ts';
import { runSequence, type SequenceElement, type SequencePattern } from './pattern-sequence.ts';
import type {} from './phrasing-node.ts';

export interface SequenceProcessor {
  /** The character that starts every pattern (`^`, `~`, `=`, `*`, `_`). */
  readonly marker: string;
  /** Lone marker runs, kept as text (`NOT_CARET`…), applied first. */
  readonly protect: readonly RegExp[];
  readonly patterns: readonly SequencePattern[];
}

/** Every mdast parent whose children are inline (paragraphs, headings, emphasis, admonition titles…). */
type PhrasingParent = Extract<Parents, { children: PhrasingContent[] }>;

/**
 * A parent holding text directly: block containers hold blocks, never text, so this is a
 * phrasing parent, whichever extension made it (`admonitionTitle`, `tabbedLabel`, `defListTerm`…).
 */
function isPhrasingParent(node: Nodes): node is PhrasingParent {
  return 'children' in node && node.type !== 'root' && node.children.some((child: Nodes) => child.type === 'text');
}

function toNode(element: SequenceElement, children: PhrasingContent[]): PhrasingContent {
  switch (element.tag) {
    case 'ins': return { type: 'insert', children };
    case 'sup': return { type: 'superscript', children };
    case 'sub': return { type: 'subscript', children };
    case 'del': return { type: 'delete', children };
    case 'mark': return { type: 'mark', children };
    case 'strong': return { type: 'strong', children };
    default: return { type: 'emphasis', children };
  }
}

/** Nodes whose children are inline, outermost first. */
function phrasingParents(tree: Root, source: string): PhrasingParent[] {
  const parents: PhrasingParent[] = [];
  visit(tree, (node: Nodes) => {
    // An autolink's text is atomic in Python-Markdown.
    if (node.type === 'link' && source[node.position?.start.offset ?? -1] === '<') return 'skip';
    if (isPhrasingParent(node)) parents.push(node);
    return undefined;
  });
  return parents;
}

/**
 * A new unified plugin for one processor. Each call returns a distinct function: unified merges
 * two `use` calls of the same plugin, and caret, tilde and mark each need their own pass.
 */
export function patternSequencePlugin(processor: SequenceProcessor): Plugin<[], Root> {
  return () => (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    for (const parent of phrasingParents(tree, source)) {
      const children: PhrasingContent[] = parent.children;
      if (!children.some((child) => child.type === 'text' && child.value.includes(processor.marker))) continue;
      const flat = flatten(children, source);
      for (const pattern of processor.protect) flat.protect(pattern);
      parent.children = flat.restore(runSequence(flat.text, processor.marker, processor.patterns), toNode);
    }
  };
}
