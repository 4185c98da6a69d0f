/**
 * Pygments' NixLexer (pygments/lexers/nix.py, Pygments 2.20), rule for rule: paths and URLs are
 * `Literal`, an attribute being set is `String.Symbol`, `${...}` nests through the root rules.
 *
 *     { x = ./a; }   ->   <p>{</p> <ss>x</ss> <o>=</o> <l>./a</l><p>;</p> <p>}</p>   (spaces are Text: no span)
 */
import { include, type LexerDefinition } from '../regex-lexer.ts';

/** `re.escape` of each, joined in Pygments' order (`!` is tried before `!=` would be). */
const escaped = (list: readonly string[]): string[] => list.map((word) => word.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'));

const KEYWORDS = ['rec', 'with', 'let', 'in', 'inherit', 'assert', 'if', 'else', 'then', '...'];
const BUILTINS = ['import', 'abort', 'baseNameOf', 'dirOf', 'isNull', 'builtins', 'map', 'removeAttrs', 'throw', 'toString', 'derivation'];
const OPERATORS = ['++', '+', '?', '.', '!', '//', '==', '/', '!=', '&&', '||', '->', '=', '<', '>', '*', '-'];
const PUNCTUATIONS = ['(', ')', '[', ']', ';', '{', '}', ':', ',', '@'];

export const nixLexer: LexerDefinition = {
  name: 'Nix',
  aliases: ['nixos', 'nix'],
  tokens: {
    root: [
      ['#.*$', 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      [String.raw`\s+`, 'Text'],
      [`(${escaped(KEYWORDS).map((word) => String.raw`${word}\b`).join('|')})`, 'Keyword'],
      [`(${escaped(BUILTINS).map((word) => String.raw`${word}\b`).join('|')})`, 'Name.Builtin'],
      [String.raw`\b(true|false|null)\b`, 'Name.Constant'],
      // floats, integers
      [String.raw`-?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?`, 'Literal.Number.Float'],
      ['-?[0-9]+', 'Literal.Number.Integer'],
      // paths
      [String.raw`[\w.+-]*(\/[\w.+-]+)+`, 'Literal'],
      [String.raw`~(\/[\w.+-]+)+`, 'Literal'],
      [String.raw`\<[\w.+-]+(\/[\w.+-]+)*\>`, 'Literal'],
      [`(${escaped(OPERATORS).join('|')})`, 'Operator'],
      [String.raw`\b(or|and)\b`, 'Operator.Word'],
      [String.raw`\{`, 'Punctuation', 'block'],
      [`(${escaped(PUNCTUATIONS).join('|')})`, 'Punctuation'],
      // strings
      ['"', 'Literal.String.Double', 'doublequote'],
      ["''", 'Literal.String.Multiline', 'multiline'],
      // URLs
      [String.raw`[a-zA-Z][a-zA-Z0-9\+\-\.]*\:[\w%/?:@&=+$,\\.!~*\'-]+`, 'Literal'],
      // names of variables
      [String.raw`[\w-]+(?=\s*=)`, 'Literal.String.Symbol'],
      [String.raw`[a-zA-Z_][\w'-]*`, 'Text'],
      [String.raw`\$\{`, 'Literal.String.Interpol', 'antiquote'],
    ],
    comment: [
      ['[^/*]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
    multiline: [
      [String.raw`''(\$|'|\\n|\\r|\\t|\\)`, 'Literal.String.Escape'],
      ["''", 'Literal.String.Multiline', '#pop'],
      [String.raw`\$\{`, 'Literal.String.Interpol', 'antiquote'],
      [String.raw`[^'\$]+`, 'Literal.String.Multiline'],
      [String.raw`\$[^\{']`, 'Literal.String.Multiline'],
      ["'[^']", 'Literal.String.Multiline'],
      [String.raw`\$(?=')`, 'Literal.String.Multiline'],
    ],
    doublequote: [
      [String.raw`\\(\\|"|\$|n)`, 'Literal.String.Escape'],
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`\$\{`, 'Literal.String.Interpol', 'antiquote'],
      [String.raw`[^"\\\$]+`, 'Literal.String.Double'],
      [String.raw`\$[^\{"]`, 'Literal.String.Double'],
      [String.raw`\$(?=")`, 'Literal.String.Double'],
      [String.raw`\\`, 'Literal.String.Double'],
    ],
    antiquote: [
      [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
      [String.raw`\$\{`, 'Literal.String.Interpol', '#push'],
      include('root'),
    ],
    block: [[String.raw`\}`, 'Punctuation', '#pop'], include('root')],
  },
};
