/**
 * syntax.ts and call.ts's tokens -> mdast's `footnoteDefinition` and `footnoteReference` nodes,
 * whose `label` (and `identifier`) is the label as written: Python-Markdown matches a call to its
 * definition, and makes the ids, with the raw text (`[^My Note]` is `fn:My Note`).
 */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import { definitionLabel } from './syntax.ts';

export function footnotesFromMarkdown(): Extension {
  return {
    enter: {
      pythonFootnoteDefinition(this: CompileContext, token: Token) {
        this.enter({ type: 'footnoteDefinition', identifier: '', label: '', children: [] }, token);
      },
      pythonFootnoteCall(this: CompileContext, token: Token) {
        this.enter({ type: 'footnoteReference', identifier: '', label: '' }, token);
      },
    },
    exit: {
      pythonFootnoteDefinitionLabelString(this: CompileContext, token: Token) {
        const node = this.stack.at(-1);
        if (node?.type !== 'footnoteDefinition') return;
        node.label = node.identifier = definitionLabel(this.sliceSerialize(token), token.start.column);
      },
      pythonFootnoteDefinition(this: CompileContext, token: Token) {
        this.exit(token);
      },
      pythonFootnoteCallString(this: CompileContext, token: Token) {
        const node = this.stack.at(-1);
        if (node?.type !== 'footnoteReference') return;
        node.label = node.identifier = this.sliceSerialize(token);
      },
      pythonFootnoteCall(this: CompileContext, token: Token) {
        this.exit(token);
      },
    },
  };
}
