/**
 * Pygments' CryptolLexer (pygments/lexers/haskell.py, Pygments 2.20.0), rule for rule, with its
 * get_tokens_unprocessed pass that retypes a few names (`join`, `split`, `width`...) as builtins.
 *
 *     x = join [0x1, 0x2]   ->   <nf>x</nf> <ow>=</ow> <nb>join</nb> <p>[</p><mh>0x1</mh><p>,</p> <mh>0x2</mh><p>]</p>
 */
import { bygroups, retypingLexer, type LexerDefinition } from '../regex-lexer.ts';

const RESERVED = [
  'Arith', 'Bit', 'Cmp', 'False', 'Inf', 'True', 'else', 'export', 'extern', 'fin', 'if', 'import', 'inf', 'lg2', 'max', 'min',
  'module', 'newtype', 'pragma', 'property', 'then', 'type', 'where', 'width',
];
/** ASCII control character names in escapes (`\NUL`); regex pieces, joined with `|` in this order. */
const ASCII = [
  'NUL', 'SOH', '[SE]TX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'HT', 'LF', 'VT', 'FF', 'CR', 'S[OI]', 'DLE', 'DC[1-4]', 'NAK', 'SYN',
  'ETB', 'CAN', 'EM', 'SUB', 'ESC', '[FGRU]S', 'SP', 'DEL',
];
const EXTRA_KEYWORDS: ReadonlySet<string> = new Set([
  'join', 'split', 'reverse', 'transpose', 'width', 'length', 'tail', '<<', '>>', '<<<', '>>>', 'const', 'reg', 'par', 'seq',
  'ASSERT', 'undefined', 'error', 'trace',
]);

const definition: LexerDefinition = {
  name: 'Cryptol',
  aliases: ['cryptol', 'cry'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['//.*$', 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      // identifiers
      [String.raw`\bimport\b`, 'Keyword.Reserved', 'import'],
      [String.raw`\bmodule\b`, 'Keyword.Reserved', 'module'],
      [String.raw`\berror\b`, 'Name.Exception'],
      [String.raw`\b(${RESERVED.join('|')})(?!')\b`, 'Keyword.Reserved'],
      [String.raw`^[_a-z][\w']*`, 'Name.Function'],
      [String.raw`'?[_a-z][\w']*`, 'Name'],
      [String.raw`('')?[A-Z][\w']*`, 'Keyword.Type'],
      // operators
      [String.raw`\\(?![:!#$%&*+.\\/<=>?@^|~-]+)`, 'Name.Function'], // lambda
      [String.raw`(<-|::|->|=>|=)(?![:!#$%&*+.\\/<=>?@^|~-]+)`, 'Operator.Word'], // specials
      [String.raw`:[:!#$%&*+.\\/<=>?@^|~-]*`, 'Keyword.Type'], // constructor operators
      [String.raw`[:!#$%&*+.\\/<=>?@^|~-]+`, 'Operator'],
      // numbers
      [String.raw`\d+[eE][+-]?\d+`, 'Literal.Number.Float'],
      [String.raw`\d+\.\d+([eE][+-]?\d+)?`, 'Literal.Number.Float'],
      ['0[oO][0-7]+', 'Literal.Number.Oct'],
      [String.raw`0[xX][\da-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      // characters and strings
      ["'", 'Literal.String.Char', 'character'],
      ['"', 'Literal.String', 'string'],
      [String.raw`\[\]`, 'Keyword.Type'],
      [String.raw`\(\)`, 'Name.Builtin'],
      ['[][(),;`{}]', 'Punctuation'],
    ],
    import: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['"', 'Literal.String', 'string'],
      // after the funclist state
      [String.raw`\)`, 'Punctuation', '#pop'],
      [String.raw`qualified\b`, 'Keyword'],
      // import X as Y
      [String.raw`([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][\w.]*)`, bygroups('Name.Namespace', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Name'), '#pop'],
      // import X hiding (functions)
      [String.raw`([A-Z][\w.]*)(\s+)(hiding)(\s+)(\()`, bygroups('Name.Namespace', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Punctuation'), 'funclist'],
      // import X (functions)
      [String.raw`([A-Z][\w.]*)(\s+)(\()`, bygroups('Name.Namespace', 'Text.Whitespace', 'Punctuation'), 'funclist'],
      // import X
      [String.raw`[\w.]+`, 'Name.Namespace', '#pop'],
    ],
    module: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`([A-Z][\w.]*)(\s+)(\()`, bygroups('Name.Namespace', 'Text.Whitespace', 'Punctuation'), 'funclist'],
      [String.raw`[A-Z][\w.]*`, 'Name.Namespace', '#pop'],
    ],
    funclist: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[A-Z]\w*`, 'Keyword.Type'],
      [String.raw`(_[\w']+|[a-z][\w']*)`, 'Name.Function'],
      [',', 'Punctuation'],
      [String.raw`[:!#$%&*+.\\/<=>?@^|~-]+`, 'Operator'],
      // two funclists, as Pygments pushes them (its "HACK")
      [String.raw`\(`, 'Punctuation', ['funclist', 'funclist']],
      [String.raw`\)`, 'Punctuation', '#pop:2'],
    ],
    comment: [
      ['[^/*]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
    character: [
      // allows several characters, as Pygments does
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
      [String.raw`\^[][A-Z@^_]`, 'Literal.String.Escape', '#pop'],
      [ASCII.join('|'), 'Literal.String.Escape', '#pop'],
      ['o[0-7]+', 'Literal.String.Escape', '#pop'],
      [String.raw`x[\da-fA-F]+`, 'Literal.String.Escape', '#pop'],
      [String.raw`\d+`, 'Literal.String.Escape', '#pop'],
      [String.raw`(\s+)(\\)`, bygroups('Text.Whitespace', 'Literal.String.Escape'), '#pop'],
    ],
  },
};

export const cryptolLexer = retypingLexer(definition, (type, value) => (type === 'Name' && EXTRA_KEYWORDS.has(value) ? 'Name.Builtin' : type));
