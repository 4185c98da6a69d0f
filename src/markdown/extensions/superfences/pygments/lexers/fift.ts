/**
 * Pygments' FiftLexer (pygments/lexers/fift.py, Pygments 2.20.0), rule for rule: Fift, the TON stack language.
 *
 *     "Asm.fif" include 0 constant x
 *     ->   <s>"</s><s>Asm.fif</s><s>"</s> <n>include</n> <m>0</m> <n>constant</n> <n>x</n>
 */
import { include, type LexerDefinition } from '../regex-lexer.ts';

export const fiftLexer: LexerDefinition = {
  name: 'Fift',
  aliases: ['fift', 'fif'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      include('comments'),
      [String.raw`[\.+]?\"`, 'Literal.String', 'string'],
      [String.raw`0x[0-9a-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`0b[01]+`, 'Literal.Number.Bin'],
      [String.raw`-?[0-9]+("/"-?[0-9]+)?`, 'Literal.Number.Decimal'],
      [String.raw`b\{[01]+\}`, 'Literal'],
      [String.raw`x\{[0-9a-fA-F_]+\}`, 'Literal'],
      [String.raw`B\{[0-9a-fA-F_]+\}`, 'Literal'],
      [String.raw`\S+`, 'Name'],
    ],
    string: [
      [String.raw`\\.`, 'Literal.String.Escape'],
      [String.raw`\"`, 'Literal.String', '#pop'],
      [String.raw`[^\"\r\n\\]+`, 'Literal.String'],
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
