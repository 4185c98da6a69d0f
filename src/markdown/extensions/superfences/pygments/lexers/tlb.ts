/**
 * Pygments' TlbLexer (pygments/lexers/tlb.py, Pygments 2.20.0), rule for rule: TON's TL-B type schemes.
 *
 *     bool_true$1 = Bool;
 *     ->   <n>bool_true</n><nt>$1</nt> <o>=</o> <n>Bool</n><p>;</p>
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

export const tlbLexer: LexerDefinition = {
  name: 'Tl-b',
  aliases: ['tlb'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      include('comments'),
      [String.raw`[0-9]+`, 'Literal.Number'],
      [words(['+', '-', '*', '=', '?', '~', '.', '^', '==', '<', '>', '<=', '>=', '!=']), 'Operator'],
      [words(['##', '#<', '#<=']), 'Name.Tag'],
      [String.raw`#[0-9a-f]*_?`, 'Name.Tag'],
      [String.raw`\$[01]*_?`, 'Name.Tag'],
      [String.raw`[a-zA-Z_][0-9a-zA-Z_]*`, 'Name'],
      [String.raw`[;():\[\]{}]`, 'Punctuation'],
    ],
    comments: [
      [String.raw`//.*`, 'Comment.Singleline'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
    ],
    comment: [
      [String.raw`[^/*]+`, 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      [String.raw`[*/]`, 'Comment.Multiline'],
    ],
  },
};
