/**
 * Pygments' HaskellLexer (pygments/lexers/haskell.py, Pygments 2.20), rule for rule: the lexemes
 * of the Haskell 98 Report plus GHC's promoted types. `uni.Ll` / `uni.Lu` are `\p{Ll}` / `\p{Lu}`.
 *
 *     main = print 1   ->   <nf>main</nf><w> </w><ow>=</ow><w> </w><n>print</n><w> </w><mi>1</mi>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

const RESERVED = [
  'case', 'class', 'data', 'default', 'deriving', 'do', 'else', 'family', 'if', 'in', 'infix[lr]?', 'instance',
  'let', 'newtype', 'of', 'then', 'type', 'where', '_',
];
/** ASCII control names a `\` escape may spell (`'\ESC'`), regex fragments as in Pygments. */
const ASCII = [
  'NUL', 'SOH', '[SE]TX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'HT', 'LF', 'VT', 'FF', 'CR', 'S[OI]', 'DLE',
  'DC[1-4]', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', '[FGRU]S', 'SP', 'DEL',
];
const SYMBOL = String.raw`[:!#$%&*+.\\/<=>?@^|~-]`;
/** A `--` line comment, unless the dashes start an operator (`-->`). */
const LINE_COMMENT = String.raw`--(?![!#$%&*+./<=>?@^|_~:\\]).*?$`;

export const haskellLexer: LexerDefinition = {
  name: 'Haskell',
  aliases: ['haskell', 'hs'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [LINE_COMMENT, 'Comment.Single'],
      [String.raw`\{-`, 'Comment.Multiline', 'comment'],
      // Identifiers
      [String.raw`\bimport\b`, 'Keyword.Reserved', 'import'],
      [String.raw`\bmodule\b`, 'Keyword.Reserved', 'module'],
      [String.raw`\berror\b`, 'Name.Exception'],
      [String.raw`\b(${RESERVED.join('|')})(?!')\b`, 'Keyword.Reserved'],
      [String.raw`'[^\\]'`, 'Literal.String.Char'],
      [String.raw`'\\.'`, 'Literal.String.Char'],
      [String.raw`^[_\p{Ll}][\w']*`, 'Name.Function'],
      [String.raw`'?[_\p{Ll}][\w']*`, 'Name'],
      [String.raw`('')?[\p{Lu}][\w']*`, 'Keyword.Type'],
      [String.raw`(')[\p{Lu}][\w']*`, 'Keyword.Type'],
      // Tuples and lists get special treatment in GHC, and promoted type operators.
      [String.raw`(')\[[^\]]*\]`, 'Keyword.Type'],
      [String.raw`(')\([^)]*\)`, 'Keyword.Type'],
      [`(')${SYMBOL}+`, 'Keyword.Type'],
      // Operators: lambda, the reserved ones, constructor operators, the rest
      [String.raw`\\(?!${SYMBOL}+)`, 'Name.Function'],
      [`(<-|::|->|=>|=)(?!${SYMBOL}+)`, 'Operator.Word'],
      [`:${SYMBOL}*`, 'Keyword.Type'],
      [`${SYMBOL}+`, 'Operator'],
      // Numbers
      [String.raw`0[xX]_*[\da-fA-F](_*[\da-fA-F])*_*[pP][+-]?\d(_*\d)*`, 'Literal.Number.Float'],
      [String.raw`0[xX]_*[\da-fA-F](_*[\da-fA-F])*\.[\da-fA-F](_*[\da-fA-F])*(_*[pP][+-]?\d(_*\d)*)?`, 'Literal.Number.Float'],
      [String.raw`\d(_*\d)*_*[eE][+-]?\d(_*\d)*`, 'Literal.Number.Float'],
      [String.raw`\d(_*\d)*\.\d(_*\d)*(_*[eE][+-]?\d(_*\d)*)?`, 'Literal.Number.Float'],
      [String.raw`0[bB]_*[01](_*[01])*`, 'Literal.Number.Bin'],
      [String.raw`0[oO]_*[0-7](_*[0-7])*`, 'Literal.Number.Oct'],
      [String.raw`0[xX]_*[\da-fA-F](_*[\da-fA-F])*`, 'Literal.Number.Hex'],
      [String.raw`\d(_*\d)*`, 'Literal.Number.Integer'],
      // Character and string literals
      ["'", 'Literal.String.Char', 'character'],
      ['"', 'Literal.String', 'string'],
      // Special
      [String.raw`\[\]`, 'Keyword.Type'],
      [String.raw`\(\)`, 'Name.Builtin'],
      ['[][(),;`{}]', 'Punctuation'],
    ],
    import: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['"', 'Literal.String', 'string'],
      // after the `funclist` state
      [String.raw`\)`, 'Punctuation', '#pop'],
      [String.raw`qualified\b`, 'Keyword'],
      // import X as Y
      [
        String.raw`([\p{Lu}][\w.]*)(\s+)(as)(\s+)([\p{Lu}][\w.]*)`,
        bygroups('Name.Namespace', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Name'),
        '#pop',
      ],
      // import X hiding (functions)
      [
        String.raw`([\p{Lu}][\w.]*)(\s+)(hiding)(\s+)(\()`,
        bygroups('Name.Namespace', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Punctuation'),
        'funclist',
      ],
      // import X (functions)
      [String.raw`([\p{Lu}][\w.]*)(\s+)(\()`, bygroups('Name.Namespace', 'Text.Whitespace', 'Punctuation'), 'funclist'],
      // import X
      [String.raw`[\w.]+`, 'Name.Namespace', '#pop'],
    ],
    module: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`([\p{Lu}][\w.]*)(\s+)(\()`, bygroups('Name.Namespace', 'Text.Whitespace', 'Punctuation'), 'funclist'],
      [String.raw`[\p{Lu}][\w.]*`, 'Name.Namespace', '#pop'],
    ],
    funclist: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[\p{Lu}]\w*`, 'Keyword.Type'],
      [String.raw`(_[\w']+|[\p{Ll}][\w']*)`, 'Name.Function'],
      [LINE_COMMENT, 'Comment.Single'],
      [String.raw`\{-`, 'Comment.Multiline', 'comment'],
      [',', 'Punctuation'],
      [`${SYMBOL}+`, 'Operator'],
      // A nested `(` pushes two, so that its `)` (#pop:2) leaves one funclist open.
      [String.raw`\(`, 'Punctuation', ['funclist', 'funclist']],
      [String.raw`\)`, 'Punctuation', '#pop:2'],
    ],
    comment: [
      [String.raw`[^-{}]+`, 'Comment.Multiline'],
      [String.raw`\{-`, 'Comment.Multiline', '#push'],
      [String.raw`-\}`, 'Comment.Multiline', '#pop'],
      ['[-{}]', 'Comment.Multiline'],
    ],
    character: [
      // Allows several characters, as Pygments does.
      [String.raw`[^\\']'`, 'Literal.String.Char', '#pop'],
      [String.raw`\\`, 'Literal.String.Escape', 'escape'],
      ["'", 'Literal.String.Char', '#pop'],
    ],
    string: [
      [String.raw`[^\\"]+`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String.Escape', 'escape'],
      ['"', 'Literal.String', '#pop'],
    ],
    escape: [
      [String.raw`[abfnrtv"'&\\]`, 'Literal.String.Escape', '#pop'],
      [String.raw`\^[][\p{Lu}@^_]`, 'Literal.String.Escape', '#pop'],
      [ASCII.join('|'), 'Literal.String.Escape', '#pop'],
      ['o[0-7]+', 'Literal.String.Escape', '#pop'],
      [String.raw`x[\da-fA-F]+`, 'Literal.String.Escape', '#pop'],
      [String.raw`\d+`, 'Literal.String.Escape', '#pop'],
      [String.raw`(\s+)(\\)`, bygroups('Text.Whitespace', 'Literal.String.Escape'), '#pop'],
    ],
  },
};
