/**
 * Pygments' BCLexer (pygments/lexers/algebra.py, Pygments 2.20), rule for rule: bc, the arbitrary
 * precision calculator language.
 *
 *     scale = 20; sqrt(2)   ->   <k>scale</k> <o>=</o> <m>20</m><p>;</p> <k>sqrt</k><p>(</p><m>2</m><p>)</p>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

export const bcLexer: LexerDefinition = {
  name: 'BC',
  aliases: ['bc'],
  tokens: {
    root: [
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      [String.raw`"(?:[^"\\]|\\.)*"`, 'Literal.String'],
      ['[{}();,]', 'Punctuation'],
      [words(['if', 'else', 'while', 'for', 'break', 'continue', 'halt', 'return', 'define', 'auto', 'print', 'read', 'length', 'scale', 'sqrt', 'limits', 'quit', 'warranty'], '', String.raw`\b`), 'Keyword'],
      [String.raw`\+\+|--|\|\||&&|([-<>+*%\^/!=])=?`, 'Operator'],
      [String.raw`[0-9]+(\.[0-9]*)?`, 'Literal.Number'],
      [String.raw`\.[0-9]+`, 'Literal.Number'],
      ['.', 'Text'],
    ],
    comment: [
      ['[^*/]+', 'Comment.Multiline'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
  },
};
