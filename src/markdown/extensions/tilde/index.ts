/**
 * pymdownx.tilde: `~~text~~` -> `<del>text</del>`, `H~2~O` -> `H<sub>2</sub>O` (no spaces inside).
 * The double form is mdast's own `delete` node, so tools that know GFM strikethrough see it.
 */
import type { ExtensionFactory } from '../../types.ts';
import { delimitedSyntax } from '../../inline/delimited-syntax.ts';
import { wrapperFromMarkdown, wrapperHandler } from '../../inline/phrasing-node.ts';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    tildeSequenceTemporary: 'tildeSequenceTemporary';
    tildeSequence: 'tildeSequence';
    delete: 'delete';
    deleteText: 'deleteText';
    subscript: 'subscript';
    subscriptText: 'subscriptText';
  }
}

const TILDE = 126;

export const tilde: ExtensionFactory = () => ({
  micromark: [
    delimitedSyntax({
      code: TILDE,
      temporary: 'tildeSequenceTemporary',
      sequence: 'tildeSequence',
      single: { type: 'subscript', text: 'subscriptText' },
      double: { type: 'delete', text: 'deleteText' },
    }),
  ],
  fromMarkdown: [wrapperFromMarkdown(['delete', 'subscript'])],
  handlers: { delete: wrapperHandler('del'), subscript: wrapperHandler('sub') },
});
