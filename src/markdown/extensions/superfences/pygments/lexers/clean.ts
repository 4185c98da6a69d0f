/**
 * Pygments' CleanLexer (pygments/lexers/clean.py, Pygments 2.20.0), rule for rule: Clean, the lazy functional language.
 * An ExtendedRegexLexer in Pygments without context callbacks: it is one here too, for its
 * way of recovering at a line end (`Text`, where a RegexLexer writes `Whitespace`).
 *
 *     module Hello import StdEnv Start = 42
 *     ->   <kn>module</kn> <nc>Hello</nc> <k>import</k> <nc>StdEnv</nc> <nc>Start</nc> <o>=</o> <mi>42</mi>
 */
import { baseContext, bygroupsInContext, type ExtendedLexerDefinition, type LexerContext } from '../extended-lexer.ts';
import { defaultState, include, words } from '../regex-lexer.ts';

export const cleanLexer: ExtendedLexerDefinition<LexerContext> = {
  name: 'Clean',
  aliases: ['clean'],
  context: baseContext,
  tokens: {
    root: [
      include('comments'),
      include('keywords'),
      include('module'),
      include('import'),
      include('whitespace'),
      include('literals'),
      include('operators'),
      include('delimiters'),
      include('names'),
    ],
    whitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    comments: [
      [String.raw`//.*\n`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comments.in'],
      [String.raw`/\*\*`, 'Comment.Special', 'comments.in'],
    ],
    'comments.in': [
      [String.raw`\*\/`, 'Comment.Multiline', '#pop'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`[^*/]+`, 'Comment.Multiline'],
      [String.raw`\*(?!/)`, 'Comment.Multiline'],
      [String.raw`/`, 'Comment.Multiline'],
    ],
    keywords: [
      [words(['case', 'ccall', 'class', 'code', 'code inline', 'derive', 'export', 'foreign', 'generic', 'if', 'in', 'infix', 'infixl', 'infixr', 'instance', 'let', 'of', 'otherwise', 'special', 'stdcall', 'where', 'with'], String.raw`\b`, String.raw`\b`), 'Keyword'],
    ],
    module: [
      [words(['implementation', 'definition', 'system'], String.raw`\b`, String.raw`\b`), 'Keyword.Namespace'],
      [String.raw`\bmodule\b`, 'Keyword.Namespace', 'module.name'],
    ],
    'module.name': [
      include('whitespace'),
      ["[a-zA-Z_][a-zA-Z0-9_.`]+", 'Name.Class', '#pop'],
    ],
    import: [
      [String.raw`\b(import)\b(\s*)`, bygroupsInContext('Keyword', 'Text.Whitespace'), 'import.module'],
      ["\\b(from)\\b(\\s*)\\b([a-zA-Z_][a-zA-Z0-9_.`]+)\\b(\\s*)\\b(import)\\b", bygroupsInContext('Keyword', 'Text.Whitespace', 'Name.Class', 'Text.Whitespace', 'Keyword'), 'import.what'],
    ],
    'import.module': [
      [String.raw`\b(qualified)\b(\s*)`, bygroupsInContext('Keyword', 'Text.Whitespace')],
      [String.raw`(\s*)\b(as)\b`, bygroupsInContext('Text.Whitespace', 'Keyword'), ['#pop', 'import.module.as']],
      ["[a-zA-Z_][a-zA-Z0-9_.`]+", 'Name.Class'],
      [String.raw`(\s*)(,)(\s*)`, bygroupsInContext('Text.Whitespace', 'Punctuation', 'Text.Whitespace')],
      [String.raw`\s+`, 'Text.Whitespace'],
      defaultState('#pop'),
    ],
    'import.module.as': [
      include('whitespace'),
      ["[a-z`][\\w`]*", 'Name.Class', '#pop'],
      ["[A-Z`][\\w`]*", 'Name.Class', '#pop'],
    ],
    'import.what': [
      ["\\b(class)\\b(\\s+)([a-z`][\\w`]*|[A-Z`][\\w`]*|[~@#$%\\^?!+\\-*<>\\\\/|&=:]+)", bygroupsInContext('Keyword', 'Text.Whitespace', 'Name.Class'), 'import.what.class'],
      ["\\b(instance)(\\s+)([a-z`][\\w`]*|[A-Z`][\\w`]*|[~@#$%\\^?!+\\-*<>\\\\/|&=:]+)(\\s+)", bygroupsInContext('Keyword', 'Text.Whitespace', 'Name.Class', 'Text.Whitespace'), 'import.what.instance'],
      ["(::)(\\s*)\\b([A-Z`][\\w`]*)\\b", bygroupsInContext('Punctuation', 'Text.Whitespace', 'Name.Class'), 'import.what.type'],
      ["\\b(generic)\\b(\\s+)\\b([a-z`][\\w`]*|[A-Z`][\\w`]*)\\b", bygroupsInContext('Keyword', 'Text.Whitespace', 'Name')],
      include('names'),
      [String.raw`(,)(\s+)`, bygroupsInContext('Punctuation', 'Text.Whitespace')],
      [String.raw`$`, 'Text.Whitespace', '#pop'],
      include('whitespace'),
    ],
    'import.what.class': [
      [String.raw`,`, 'Punctuation', '#pop'],
      [String.raw`\(`, 'Punctuation', 'import.what.class.members'],
      [String.raw`$`, 'Text.Whitespace', '#pop:2'],
      include('whitespace'),
    ],
    'import.what.class.members': [
      [String.raw`,`, 'Punctuation'],
      [String.raw`\.\.`, 'Punctuation'],
      [String.raw`\)`, 'Punctuation', '#pop'],
      include('names'),
    ],
    'import.what.instance': [
      [String.raw`[,)]`, 'Punctuation', '#pop'],
      [String.raw`\(`, 'Punctuation', 'import.what.instance'],
      [String.raw`$`, 'Text.Whitespace', '#pop:2'],
      include('whitespace'),
      include('names'),
    ],
    'import.what.type': [
      [String.raw`,`, 'Punctuation', '#pop'],
      [String.raw`[({]`, 'Punctuation', 'import.what.type.consesandfields'],
      [String.raw`$`, 'Text.Whitespace', '#pop:2'],
      include('whitespace'),
    ],
    'import.what.type.consesandfields': [
      [String.raw`,`, 'Punctuation'],
      [String.raw`\.\.`, 'Punctuation'],
      [String.raw`[)}]`, 'Punctuation', '#pop'],
      include('names'),
    ],
    literals: [
      [String.raw`\'([^\'\\]|\\(x[\da-fA-F]+|\d+|.))\'`, 'Literal.Char'],
      [String.raw`[+~-]?0[0-7]+\b`, 'Literal.Number.Oct'],
      [String.raw`[+~-]?\d+\.\d+(E[+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`[+~-]?\d+\b`, 'Literal.Number.Integer'],
      [String.raw`[+~-]?0x[\da-fA-F]+\b`, 'Literal.Number.Hex'],
      [String.raw`True|False`, 'Literal'],
      [String.raw`"`, 'Literal.String.Double', 'literals.stringd'],
    ],
    'literals.stringd': [
      [String.raw`[^\\"\n]+`, 'Literal.String.Double'],
      [String.raw`"`, 'Literal.String.Double', '#pop'],
      [String.raw`\\.`, 'Literal.String.Double'],
      [String.raw`[$\n]`, 'Error', '#pop'],
    ],
    operators: [
      [String.raw`[-~@#$%\^?!+*<>\\/|&=:.]+`, 'Operator'],
      [String.raw`\b_+\b`, 'Operator'],
    ],
    delimiters: [
      [String.raw`[,;(){}\[\]]`, 'Punctuation'],
      ["(\\')([\\w`.]+)(\\')", bygroupsInContext('Punctuation', 'Name.Class', 'Punctuation')],
    ],
    names: [
      ["[a-z`][\\w`]*", 'Name'],
      ["_[a-z`][\\w`]*", 'Name'],
      [String.raw`[~@#$%\^?!+\-*<>\\/|&=:]+`, 'Name.Function'],
      ["[A-Z`][\\w`]*", 'Name.Class'],
      ["_[A-Z`][\\w`]*", 'Name.Class'],
    ],
  },
};
