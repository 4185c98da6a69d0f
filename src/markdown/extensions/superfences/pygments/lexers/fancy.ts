/**
 * Pygments' FancyLexer (pygments/lexers/ruby.py, Pygments 2.20.0), rule for rule.
 * Fancy, a Ruby-like language on the Rubinius VM: keyword messages and symbols.
 *
 *     class Foo {   ->   <k>class</k><w> </w><no>Foo</no><w> </w><p>{</p>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_BUILTIN = [
  'Object', 'Array', 'Hash', 'Directory', 'File', 'Class', 'String', 'Number', 'Enumerable', 'FancyEnumerable',
  'Block', 'TrueClass', 'NilClass', 'FalseClass', 'Tuple', 'Symbol', 'Stack', 'Set', 'FancySpec', 'Method',
  'Package', 'Range',
];

export const fancyLexer: LexerDefinition = {
  name: 'Fancy',
  aliases: ['fancy', 'fy'],
  tokens: {
    'balanced-regex': [
      [String.raw`/(\\\\|\\[^\\]|[^/\\])*/[egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`!(\\\\|\\[^\\]|[^!\\])*![egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`\\(\\\\|[^\\])*\\[egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`\{(\\\\|\\[^\\]|[^}\\])*\}[egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`<(\\\\|\\[^\\]|[^>\\])*>[egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`\[(\\\\|\\[^\\]|[^\]\\])*\][egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`\((\\\\|\\[^\\]|[^)\\])*\)[egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`@(\\\\|\\[^\\]|[^@\\])*@[egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`%(\\\\|\\[^\\]|[^%\\])*%[egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`\$(\\\\|\\[^\\]|[^$\\])*\$[egimosx]*`, 'Literal.String.Regex', '#pop'],
    ],
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`s\{(\\\\|\\[^\\]|[^}\\])*\}\s*`, 'Literal.String.Regex', 'balanced-regex'],
      [String.raw`s<(\\\\|\\[^\\]|[^>\\])*>\s*`, 'Literal.String.Regex', 'balanced-regex'],
      [String.raw`s\[(\\\\|\\[^\\]|[^\]\\])*\]\s*`, 'Literal.String.Regex', 'balanced-regex'],
      [String.raw`s\((\\\\|\\[^\\]|[^)\\])*\)\s*`, 'Literal.String.Regex', 'balanced-regex'],
      [String.raw`m?/(\\\\|\\[^\\]|[^///\n])*/[gcimosx]*`, 'Literal.String.Regex'],
      [String.raw`m(?=[/!\\{<\[(@%$])`, 'Literal.String.Regex', 'balanced-regex'],
      [String.raw`#(.*?)\n`, 'Comment.Single'],
      [String.raw`\'([^\'\s\[\](){}]+|\[\])`, 'Literal.String.Symbol'],
      [String.raw`"""(\\\\|\\[^\\]|[^\\])*?"""`, 'Literal.String'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`(def|class|try|catch|finally|retry|return|return_local|match|case|->|=>)\b`, 'Keyword'],
      [String.raw`(self|super|nil|false|true)\b`, 'Name.Constant'],
      [String.raw`[(){};,/?|:\\]`, 'Punctuation'],
      [words(ROOT_BUILTIN, '', String.raw`\b`), 'Name.Builtin'],
      [String.raw`[a-zA-Z](\w|[-+?!=*/^><%])*:`, 'Name.Function'],
      [String.raw`[-+*/~,<>=&!?%^\[\].$]+`, 'Operator'],
      [String.raw`[A-Z]\w*`, 'Name.Constant'],
      [String.raw`@[a-zA-Z_]\w*`, 'Name.Variable.Instance'],
      [String.raw`@@[a-zA-Z_]\w*`, 'Name.Variable.Class'],
      ['@@?', 'Operator'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
      [String.raw`(0[oO]?[0-7]+(?:_[0-7]+)*)(\s*)([/?])?`, bygroups('Literal.Number.Oct', 'Text.Whitespace', 'Operator')],
      [String.raw`(0[xX][0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*)(\s*)([/?])?`, bygroups('Literal.Number.Hex', 'Text.Whitespace', 'Operator')],
      [String.raw`(0[bB][01]+(?:_[01]+)*)(\s*)([/?])?`, bygroups('Literal.Number.Bin', 'Text.Whitespace', 'Operator')],
      [String.raw`([\d]+(?:_\d+)*)(\s*)([/?])?`, bygroups('Literal.Number.Integer', 'Text.Whitespace', 'Operator')],
      [String.raw`\d+([eE][+-]?[0-9]+)|\d+\.\d+([eE][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
    ],
  },
};
