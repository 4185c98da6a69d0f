/**
 * pymdownx.tabbed tokens -> mdast (see mdast.ts), then consecutive tabs are grouped into sets.
 *
 * PyMdown adds a tab to the set that is the last element of its parent (unless `===!`), so
 * tabs separated only by blank lines share a set and anything between them starts a new one,
 * except a definition that leaves no element (core/unwritten.ts).
 * `===+` marks the tab checked when the page opens (to-hast.ts).
 */
import type { Parent, Root, RootContent } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import { isUnwritten } from '../../core/unwritten.ts';
import type { TabbedSet } from './mdast.ts';

export function tabbedFromMarkdown(): Extension {
  return {
    enter: {
      tabbedTab(this: CompileContext, token: Token) {
        this.enter({ type: 'tabbedTab', newSet: false, selected: false, children: [] }, token);
      },
      tabbedSpecial(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1];
        const special = this.sliceSerialize(token);
        if (node?.type !== 'tabbedTab') return;
        node.newSet = special.includes('!');
        node.selected = special.includes('+');
      },
      tabbedLabel(this: CompileContext, token: Token) {
        this.enter({ type: 'tabbedLabel', children: [] }, token);
      },
    },
    exit: {
      tabbedLabel(this: CompileContext, token: Token) {
        this.exit(token);
      },
      tabbedTab(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1];
        // `=== ""`: the label held no text token, so it was never made.
        if (node?.type === 'tabbedTab' && node.children[0]?.type !== 'tabbedLabel') {
          const at = node.position?.start;
          node.children.unshift({ type: 'tabbedLabel', children: [], ...(at ? { position: { start: at, end: at } } : {}) });
        }
        this.exit(token);
      },
    },
    transforms: [groupTabs],
  };
}

/** Wraps each run of consecutive `tabbedTab` siblings in a `tabbedSet`, at every depth. */
export function groupTabs(tree: Root): undefined {
  group(tree);
}

function group(parent: Parent): void {
  const children: RootContent[] = [];
  let set: TabbedSet | undefined;
  for (const child of parent.children) {
    if ('children' in child) group(child);
    if (child.type !== 'tabbedTab') {
      if (!isUnwritten(child)) set = undefined;
      children.push(child);
      continue;
    }
    if (!set || child.newSet) {
      set = { type: 'tabbedSet', index: 0, children: [] };
      if (child.position) set.position = { start: child.position.start, end: child.position.end };
      children.push(set);
    }
    set.children.push(child);
    if (set.position && child.position) set.position.end = child.position.end;
  }
  parent.children = children;
}
