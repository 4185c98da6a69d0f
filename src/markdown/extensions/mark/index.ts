/**
 * pymdownx.mark: `==text==` -> `<mark>text</mark>` (smart mode: not inside a word).
 */
import type { ExtensionFactory } from '../../types.ts';
import { delimitedSyntax } from '../../inline/delimited-syntax.ts';
import { wrapperFromMarkdown, wrapperHandler } from '../../inline/phrasing-node.ts';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    markSequenceTemporary: 'markSequenceTemporary';
    markSequence: 'markSequence';
    mark: 'mark';
    markText: 'markText';
  }
}

const EQUALS = 61;

export const mark: ExtensionFactory = () => ({
  micromark: [delimitedSyntax({ code: EQUALS, temporary: 'markSequenceTemporary', sequence: 'markSequence', double: { type: 'mark', text: 'markText' } })],
  fromMarkdown: [wrapperFromMarkdown(['mark'])],
  handlers: { mark: wrapperHandler('mark') },
});
