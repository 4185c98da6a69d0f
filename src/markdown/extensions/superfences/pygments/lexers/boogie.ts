/**
 * Pygments' BoogieLexer (pygments/lexers/verification.py, Pygments 2.20.0), rule for rule: Boogie verification programs.
 *
 *     procedure P(x: int) returns (y: int) ensures y > x;
 *     ->   <k>procedure</k> <n>P</n><p>(</p><n>x</n><p>:</p> <kt>int</kt><p>)</p> <n>returns</n> <p>(</p><n>y</n><p>:</p> <kt>int</kt><p>)</p> <k>ensures</k> <n>y</n> <o>></o> <n>x</n><p>;</p>
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

export const boogieLexer: LexerDefinition = {
  name: 'Boogie',
  aliases: ['boogie'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text'],
      [String.raw`\s+`, 'Text'],
      [String.raw`\\\n`, 'Text'],
      [String.raw`//[/!](.*?)\n`, 'Comment.Doc'],
      [String.raw`//(.*?)\n`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      [words(['axiom', 'break', 'call', 'ensures', 'else', 'exists', 'function', 'forall', 'if', 'invariant', 'modifies', 'procedure', 'requires', 'then', 'var', 'while'], '', String.raw`\b`), 'Keyword'],
      [words(['const'], '', String.raw`\b`), 'Keyword.Reserved'],
      [words(['bool', 'int', 'ref'], '', String.raw`\b`), 'Keyword.Type'],
      include('numbers'),
      [String.raw`(>=|<=|:=|!=|==>|&&|\|\||[+/\-=>*<\[\]])`, 'Operator'],
      [String.raw`\{.*?\}`, 'Generic.Emph'],
      [String.raw`([{}():;,.])`, 'Punctuation'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    comment: [
      [String.raw`[^*/]+`, 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      [String.raw`[*/]`, 'Comment.Multiline'],
    ],
    numbers: [
      [String.raw`[0-9]+`, 'Literal.Number.Integer'],
    ],
  },
};
