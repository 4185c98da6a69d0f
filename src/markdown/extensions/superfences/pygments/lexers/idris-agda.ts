/**
 * Pygments' IdrisLexer and AgdaLexer (pygments/lexers/haskell.py, Pygments 2.20.0), rule for
 * rule. Agda takes its comment, character, string and escape states from HaskellLexer, as in
 * Pygments; Idris has its own, with the same rules.
 *
 *     id : a -> a   ->   <nf>id</nf><w> </w><ow>:</ow><w> </w><n>a</n>...
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';
import { haskellLexer } from './haskell.ts';

const IDRIS_RESERVED = [
  'case', 'class', 'data', 'default', 'using', 'do', 'else', 'if', 'in', 'infix[lr]?', 'instance', 'rewrite', 'auto',
  'namespace', 'codata', 'mutual', 'private', 'public', 'abstract', 'total', 'partial', 'interface', 'implementation',
  'export', 'covering', 'constructor', 'let', 'proof', 'of', 'then', 'static', 'where', '_', 'with', 'pattern', 'term',
  'syntax', 'prefix', 'postulate', 'parameters', 'record', 'dsl', 'impossible', 'implicit', 'tactics', 'intros', 'intro',
  'compute', 'refine', 'exact', 'trivial',
];

const ASCII = [
  'NUL', 'SOH', '[SE]TX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'HT', 'LF', 'VT', 'FF', 'CR', 'S[OI]', 'DLE', 'DC[1-4]', 'NAK',
  'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', '[FGRU]S', 'SP', 'DEL',
];

const DIRECTIVES = [
  'lib', 'link', 'flag', 'include', 'hide', 'freeze', 'access', 'default', 'logging', 'dynamic', 'name', 'error_handlers',
  'language',
];

/** A `--` comment, unless the dashes start an operator (`-->`). */
const LINE_COMMENT = String.raw`--(?![!#$%&*+./<=>?@^|_~:\\]).*?`;
/** A type signature at a line start: `name :`. */
const SIGNATURE = String.raw`^(\s*)([^\s(){}]+)(\s*)(:)(\s*)`;

export const idrisLexer: LexerDefinition = {
  name: 'Idris',
  aliases: ['idris', 'idr'],
  tokens: {
    root: [
      // comments and directives
      [String.raw`^(\s*)(%(${DIRECTIVES.join('|')}))`, bygroups('Text.Whitespace', 'Keyword.Reserved')],
      [String.raw`(\s*)(${LINE_COMMENT})$`, bygroups('Text.Whitespace', 'Comment.Single')],
      [String.raw`(\s*)(\|{3}.*?)$`, bygroups('Text.Whitespace', 'Comment.Single')],
      [String.raw`(\s*)(\{-)`, bygroups('Text.Whitespace', 'Comment.Multiline'), 'comment'],
      // declarations
      [SIGNATURE, bygroups('Text.Whitespace', 'Name.Function', 'Text.Whitespace', 'Operator.Word', 'Text.Whitespace')],
      // identifiers
      [String.raw`\b(${IDRIS_RESERVED.join('|')})(?!\')\b`, 'Keyword.Reserved'],
      [String.raw`(import|module)(\s+)`, bygroups('Keyword.Reserved', 'Text.Whitespace'), 'module'],
      [String.raw`('')?[A-Z][\w\']*`, 'Keyword.Type'],
      [String.raw`[a-z][\w\']*`, 'Text'],
      // special symbols
      ['(<-|::|->|=>|=)', 'Operator.Word'],
      [String.raw`([(){}\[\]:!#$%&*+.\\/<=>?@^|~-]+)`, 'Operator.Word'],
      // numbers
      [String.raw`\d+[eE][+-]?\d+`, 'Literal.Number.Float'],
      [String.raw`\d+\.\d+([eE][+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`0[xX][\da-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      // strings, characters
      ["'", 'Literal.String.Char', 'character'],
      ['"', 'Literal.String', 'string'],
      [String.raw`[^\s(){}]+`, 'Text'],
      [String.raw`\s+?`, 'Text.Whitespace'],
    ],
    module: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`([A-Z][\w.]*)(\s+)(\()`, bygroups('Name.Namespace', 'Text.Whitespace', 'Punctuation'), 'funclist'],
      [String.raw`[A-Z][\w.]*`, 'Name.Namespace', '#pop'],
    ],
    funclist: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[A-Z]\w*`, 'Keyword.Type'],
      [String.raw`(_[\w\']+|[a-z][\w\']*)`, 'Name.Function'],
      ['--.*$', 'Comment.Single'],
      [String.raw`\{-`, 'Comment.Multiline', 'comment'],
      [',', 'Punctuation'],
      [String.raw`[:!#$%&*+.\\/<=>?@^|~-]+`, 'Operator'],
      // (HACK, but it makes sense to push two instances, believe me)
      [String.raw`\(`, 'Punctuation', ['funclist', 'funclist']],
      [String.raw`\)`, 'Punctuation', '#pop:2'],
    ],
    // nested comments
    comment: [
      ['[^-{}]+', 'Comment.Multiline'],
      [String.raw`\{-`, 'Comment.Multiline', '#push'],
      [String.raw`-\}`, 'Comment.Multiline', '#pop'],
      ['[-{}]', 'Comment.Multiline'],
    ],
    character: [
      // allows multi-chars, incorrectly
      [String.raw`[^\\']`, 'Literal.String.Char'],
      [String.raw`\\`, 'Literal.String.Escape', 'escape'],
      ["'", 'Literal.String.Char', '#pop'],
    ],
    string: [
      [String.raw`[^\\"]+`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String.Escape', 'escape'],
      ['"', 'Literal.String', '#pop'],
    ],
    escape: [
      [String.raw`[abfnrtv"\'&\\]`, 'Literal.String.Escape', '#pop'],
      [String.raw`\^[][A-Z@^_]`, 'Literal.String.Escape', '#pop'],
      [ASCII.join('|'), 'Literal.String.Escape', '#pop'],
      ['o[0-7]+', 'Literal.String.Escape', '#pop'],
      [String.raw`x[\da-fA-F]+`, 'Literal.String.Escape', '#pop'],
      [String.raw`\d+`, 'Literal.String.Escape', '#pop'],
      [String.raw`(\s+)(\\)`, bygroups('Text.Whitespace', 'Literal.String.Escape'), '#pop'],
    ],
  },
};

const AGDA_RESERVED = [
  'abstract', 'codata', 'coinductive', 'constructor', 'data', 'do', 'eta-equality', 'field', 'forall', 'hiding', 'in',
  'inductive', 'infix', 'infixl', 'infixr', 'instance', 'interleaved', 'let', 'macro', 'mutual', 'no-eta-equality',
  'opaque', 'open', 'overlap', 'pattern', 'postulate', 'primitive', 'private', 'quote', 'quoteTerm', 'record',
  'renaming', 'rewrite', 'syntax', 'tactic', 'unfolding', 'unquote', 'unquoteDecl', 'unquoteDef', 'using', 'variable',
  'where', 'with',
];

export const agdaLexer: LexerDefinition = {
  name: 'Agda',
  aliases: ['agda'],
  tokens: {
    root: [
      // declaration
      [SIGNATURE, bygroups('Text.Whitespace', 'Name.Function', 'Text.Whitespace', 'Operator.Word', 'Text.Whitespace')],
      // comments
      [`${LINE_COMMENT}$`, 'Comment.Single'],
      [String.raw`\{-`, 'Comment.Multiline', 'comment'],
      // holes
      [String.raw`\{!`, 'Comment.Directive', 'hole'],
      // lexemes: keywords
      [String.raw`\b(${AGDA_RESERVED.join('|')})(?!\')\b`, 'Keyword.Reserved'],
      [String.raw`(import|module)(\s+)`, bygroups('Keyword.Reserved', 'Text.Whitespace'), 'module'],
      [String.raw`\b(Set|Prop)[\u2080-\u2089]*\b`, 'Keyword.Type'],
      // special symbols
      [String.raw`(\(|\)|\{|\})`, 'Operator'],
      [String.raw`(\.{1,3}|\||\u03BB|\u2200|\u2192|:|=|->)`, 'Operator.Word'],
      // numbers
      [String.raw`\d+[eE][+-]?\d+`, 'Literal.Number.Float'],
      [String.raw`\d+\.\d+([eE][+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`0[xX][\da-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      // strings, characters
      ["'", 'Literal.String.Char', 'character'],
      ['"', 'Literal.String', 'string'],
      [String.raw`[^\s(){}]+`, 'Text'],
      [String.raw`\s+?`, 'Text.Whitespace'],
    ],
    hole: [
      ['[^!{}]+', 'Comment.Directive'],
      [String.raw`\{!`, 'Comment.Directive', '#push'],
      [String.raw`!\}`, 'Comment.Directive', '#pop'],
      ['[!{}]', 'Comment.Directive'],
    ],
    module: [
      [String.raw`\{-`, 'Comment.Multiline', 'comment'],
      [String.raw`[a-zA-Z][\w.\']*`, 'Name', '#pop'],
      [String.raw`[\W0-9_]+`, 'Text'],
    ],
    comment: haskellLexer.tokens['comment'] ?? [],
    character: haskellLexer.tokens['character'] ?? [],
    string: haskellLexer.tokens['string'] ?? [],
    escape: haskellLexer.tokens['escape'] ?? [],
  },
};
