/**
 * Pygments' TalLexer (pygments/lexers/tal.py, Pygments 2.20.0), rule for rule: Uxntal, the Uxn assembly language.
 *
 *     @main #0123 #45 ADD2 BRK
 *     ->   <nf>@main</nf> <mh>#0123</mh> <mh>#45</mh> <kr>ADD2</kr> <kr>BRK</kr>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_WORDS: readonly string[] = [
  'BRK', 'LIT', 'INC', 'POP', 'DUP', 'NIP', 'SWP', 'OVR', 'ROT', 'EQU', 'NEQ', 'GTH', 'LTH', 'JMP', 'JCN', 'JSR',
  'STH', 'LDZ', 'STZ', 'LDR', 'STR', 'LDA', 'STA', 'DEI', 'DEO', 'ADD', 'SUB', 'MUL', 'DIV', 'AND', 'ORA', 'EOR',
  'SFT',
];

export const talLexer: LexerDefinition = {
  name: 'Tal',
  aliases: ['tal', 'uxntal'],
  tokens: {
    comment: [
      [String.raw`(?<!\S)\((?!\S)`, 'Comment.Multiline', '#push'],
      [String.raw`(?<!\S)\)(?!\S)`, 'Comment.Multiline', '#pop'],
      [String.raw`[^()]+`, 'Comment.Multiline'],
      [String.raw`[()]+`, 'Comment.Multiline'],
    ],
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(?<!\S)\((?!\S)`, 'Comment.Multiline', 'comment'],
      [words(ROOT_WORDS, String.raw`(?<!\S)`, String.raw`2?k?r?(?!\S)`), 'Keyword.Reserved'],
      [String.raw`[][{}](?!\S)`, 'Punctuation'],
      [String.raw`#([0-9a-f]{2}){1,2}(?!\S)`, 'Literal.Number.Hex'],
      [String.raw`"\S+`, 'Literal.String'],
      [String.raw`([0-9a-f]{2}){1,2}(?!\S)`, 'Literal'],
      [String.raw`[|$][0-9a-f]{1,4}(?!\S)`, 'Keyword.Declaration'],
      [String.raw`%\S+`, 'Name.Decorator'],
      [String.raw`@\S+`, 'Name.Function'],
      [String.raw`&\S+`, 'Name.Label'],
      [String.raw`/\S+`, 'Name.Tag'],
      [String.raw`\.\S+`, 'Name.Variable.Magic'],
      [String.raw`,\S+`, 'Name.Variable.Instance'],
      [String.raw`;\S+`, 'Name.Variable.Global'],
      [String.raw`-\S+`, 'Literal'],
      [String.raw`_\S+`, 'Literal'],
      [String.raw`=\S+`, 'Literal'],
      [String.raw`!\S+`, 'Name.Function'],
      [String.raw`\?\S+`, 'Name.Function'],
      [String.raw`~\S+`, 'Keyword.Namespace'],
      [String.raw`\S+`, 'Name.Function'],
    ],
  },
};
