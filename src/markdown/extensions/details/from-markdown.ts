/**
 * pymdownx.details tokens -> mdast (see mdast.ts). A quoted title replaces the summary
 * derived from the first class; `??? note ""` keeps an empty summary, as PyMdown does.
 */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import { classList } from '../admonition/mdast.ts';
import { defaultSummary } from './mdast.ts';

export function detailsFromMarkdown(): Extension {
  return {
    enter: {
      details(this: CompileContext, token: Token) {
        this.enter({ type: 'details', classes: [], open: false, children: [defaultSummary([])] }, token);
      },
      detailsOpen(this: CompileContext) {
        const node = this.stack[this.stack.length - 1];
        if (node?.type === 'details') node.open = true;
      },
      detailsTitleMarker(this: CompileContext) {
        const node = this.stack[this.stack.length - 1];
        if (node?.type === 'details') node.children = [];
      },
      detailsTitle(this: CompileContext, token: Token) {
        this.enter({ type: 'detailsSummary', children: [] }, token);
      },
    },
    exit: {
      detailsClasses(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1];
        if (node?.type !== 'details') return;
        node.classes = classList(this.sliceSerialize(token));
        node.children = [defaultSummary(node.classes)];
      },
      detailsTitle(this: CompileContext, token: Token) {
        this.exit(token);
      },
      details(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1];
        // `??? note ""`: the quotes were there but held no text token, so no summary was made.
        if (node?.type === 'details' && node.children[0]?.type !== 'detailsSummary') node.children.unshift({ type: 'detailsSummary', children: [] });
        this.exit(token);
      },
    },
  };
}
