/**
 * pymdownx.caret: `^^text^^` -> `<ins>text</ins>`, `x^2^` -> `x<sup>2</sup>` (no spaces inside).
 */
import type { ExtensionFactory } from '../../types.ts';
import { delimitedSyntax } from '../../inline/delimited-syntax.ts';
import { wrapperFromMarkdown, wrapperHandler } from '../../inline/phrasing-node.ts';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    caretSequenceTemporary: 'caretSequenceTemporary';
    caretSequence: 'caretSequence';
    insert: 'insert';
    insertText: 'insertText';
    superscript: 'superscript';
    superscriptText: 'superscriptText';
  }
}

const CARET = 94;

export const caret: ExtensionFactory = () => ({
  micromark: [
    delimitedSyntax({
      code: CARET,
      temporary: 'caretSequenceTemporary',
      sequence: 'caretSequence',
      single: { type: 'superscript', text: 'superscriptText' },
      double: { type: 'insert', text: 'insertText' },
    }),
  ],
  fromMarkdown: [wrapperFromMarkdown(['insert', 'superscript'])],
  handlers: { insert: wrapperHandler('ins'), superscript: wrapperHandler('sup') },
});
