/**
 * Pygments' PointlessLexer (pygments/lexers/pointless.py, Pygments 2.20.0), rule for rule.
 * Pointless, a functional scripting language.
 *
 *     output = 1 |> print   ->   <vm>output</vm> <o>=</o> <m>1</m> <o>|&gt;</o> <nv>print</nv>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_OPERATOR = [
  '+', '-', '*', '/', '**', '%', '+=', '-=', '*=', '/=', '**=', '%=', '|>', '=', '==', '!=', '<', '>', '<=', '>=',
  '=>', '$', '++',
];
const ROOT_KEYWORD = [
  'if', 'then', 'else', 'where', 'with', 'cond', 'case', 'and', 'or', 'not', 'in', 'as', 'for', 'requires', 'throw',
  'try', 'catch', 'when', 'yield', 'upval',
];

export const pointlessLexer: LexerDefinition = {
  name: 'Pointless',
  aliases: ['pointless'],
  tokens: {
    root: [
      [String.raw`[ \n\r]+`, 'Text'],
      ['--.*$', 'Comment.Single'],
      ['"""', 'Literal.String', 'multiString'],
      ['"', 'Literal.String', 'string'],
      [String.raw`[\[\](){}:;,.]`, 'Punctuation'],
      [words(ROOT_OPERATOR), 'Operator'],
      [words(ROOT_KEYWORD, '', String.raw`\b`), 'Keyword'],
      [String.raw`\d+|\d*\.\d+`, 'Literal.Number'],
      [String.raw`(true|false)\b`, 'Name.Builtin'],
      [String.raw`[A-Z][a-zA-Z0-9]*\b`, 'Literal.String.Symbol'],
      [String.raw`output\b`, 'Name.Variable.Magic'],
      [String.raw`(export|import)\b`, 'Keyword.Namespace'],
      [String.raw`[a-z][a-zA-Z0-9]*\b`, 'Name.Variable'],
    ],
    multiString: [
      [String.raw`\\.`, 'Literal.String.Escape'],
      ['"""', 'Literal.String', '#pop'],
      ['"', 'Literal.String'],
      [String.raw`[^\\"]+`, 'Literal.String'],
    ],
    string: [
      [String.raw`\\.`, 'Literal.String.Escape'],
      ['"', 'Literal.String', '#pop'],
      [String.raw`\n`, 'Error'],
      [String.raw`[^\\"]+`, 'Literal.String'],
    ],
  },
};
