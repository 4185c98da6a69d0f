/**
 * Pygments' FantomLexer (pygments/lexers/fantom.py, Pygments 2.20.0), rule for rule.
 * Fantom: its type signatures (`Str[]?`, `[Str:Int]`), built from the same named pieces as in
 *  * Pygments, and its DSL, URI and string literals.
 *
 *     class Foo : Bar   ->   <k>class</k><w> </w><nc>Foo</nc><w> </w><p>:</p><w> </w><nc>Bar</nc>
 */
import { bygroups, defaultState, include, usingThis, words, type LexerDefinition } from '../regex-lexer.ts';

const OTHERKEYWORDS_KEYWORD = [
  'try', 'catch', 'throw', 'finally', 'for', 'if', 'else', 'while', 'as', 'is', 'isnot', 'switch', 'case', 'default',
  'continue', 'break', 'do', 'return', 'get', 'set',
];

export const fantomLexer: LexerDefinition = {
  name: 'Fantom',
  aliases: ['fan'],
  tokens: {
    comments: [
      [String.raw`(?s)/\*.*?\*/`, 'Comment.Multiline'],
      ['//.*?$', 'Comment.Single'],
      [String.raw`\*\*.*?$`, 'Comment.Special'],
      ['#.*$', 'Comment.Single'],
    ],
    literals: [
      [String.raw`\b-?[\d_]+(ns|ms|sec|min|hr|day)`, 'Literal.Number'],
      [String.raw`\b-?[\d_]*\.[\d_]+(ns|ms|sec|min|hr|day)`, 'Literal.Number'],
      [String.raw`\b-?(\d+)?\.\d+(f|F|d|D)?`, 'Literal.Number.Float'],
      [String.raw`\b-?0x[0-9a-fA-F_]+`, 'Literal.Number.Hex'],
      [String.raw`\b-?[\d_]+`, 'Literal.Number.Integer'],
      [String.raw`'\\.'|'[^\\]'|'\\u[0-9a-f]{4}'`, 'Literal.String.Char'],
      ['"', 'Punctuation', 'insideStr'],
      ['`', 'Punctuation', 'insideUri'],
      [String.raw`\b(true|false|null)\b`, 'Keyword.Constant'],
      [String.raw`(?:(\w+)(::))?(\w+)(<\|)(.*?)(\|>)`, bygroups('Name.Namespace', 'Punctuation', 'Name.Class', 'Punctuation', 'Literal.String', 'Punctuation')],
      [String.raw`(?:(\w+)(::))?(\w+)?(#)(\w+)?`, bygroups('Name.Namespace', 'Punctuation', 'Name.Class', 'Punctuation', 'Name.Function')],
      [String.raw`\[,\]`, 'Literal'],
      [String.raw`((?:\[|[a-zA-Z_]|\|)[:\w\[\]|\->?]*?)(\[,\])`, bygroups(usingThis('inType'), 'Literal')],
      [String.raw`\[:\]`, 'Literal'],
      [String.raw`((?:\[|[a-zA-Z_]|\|)[:\w\[\]|\->?]*?)(\[:\])`, bygroups(usingThis('inType'), 'Literal')],
    ],
    insideStr: [
      [String.raw`\\\\`, 'Literal.String.Escape'],
      [String.raw`\\"`, 'Literal.String.Escape'],
      ["\\\\`", 'Literal.String.Escape'],
      [String.raw`\$\w+`, 'Literal.String.Interpol'],
      [String.raw`\$\{.*?\}`, 'Literal.String.Interpol'],
      ['"', 'Punctuation', '#pop'],
      ['.', 'Literal.String'],
    ],
    insideUri: [
      [String.raw`\\\\`, 'Literal.String.Escape'],
      [String.raw`\\"`, 'Literal.String.Escape'],
      ["\\\\`", 'Literal.String.Escape'],
      [String.raw`\$\w+`, 'Literal.String.Interpol'],
      [String.raw`\$\{.*?\}`, 'Literal.String.Interpol'],
      ['`', 'Punctuation', '#pop'],
      ['.', 'Literal.String.Backtick'],
    ],
    protectionKeywords: [
      [String.raw`\b(public|protected|private|internal)\b`, 'Keyword'],
    ],
    typeKeywords: [
      [String.raw`\b(abstract|final|const|native|facet|enum)\b`, 'Keyword'],
    ],
    methodKeywords: [
      [String.raw`\b(abstract|native|once|override|static|virtual|final)\b`, 'Keyword'],
    ],
    fieldKeywords: [
      [String.raw`\b(abstract|const|final|native|override|static|virtual|readonly)\b`, 'Keyword'],
    ],
    otherKeywords: [
      [words(OTHERKEYWORDS_KEYWORD, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [String.raw`\b(it|this|super)\b`, 'Name.Builtin.Pseudo'],
    ],
    operators: [
      [String.raw`\+\+|\-\-|\+|\-|\*|/|\|\||&&|<=>|<=|<|>=|>|=|!|\[|\]`, 'Operator'],
    ],
    inType: [
      [String.raw`[\[\]|\->:?]`, 'Punctuation'],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class'],
      defaultState('#pop'),
    ],
    root: [
      include('comments'),
      include('protectionKeywords'),
      include('typeKeywords'),
      include('methodKeywords'),
      include('fieldKeywords'),
      include('literals'),
      include('otherKeywords'),
      include('operators'),
      [String.raw`using\b`, 'Keyword.Namespace', 'using'],
      [String.raw`@\w+`, 'Name.Decorator', 'facet'],
      [String.raw`(class|mixin)(\s+)(\w+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Class'), 'inheritance'],
      [String.raw`((?:\[|[a-zA-Z_]|\|)[:\w\[\]|\->?]*?)([ \t]+)([a-zA-Z_]\w*)(\s*)(:=)`, bygroups(usingThis('inType'), 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Operator')],
      [String.raw`([a-zA-Z_]\w*)(\s*)(:=)`, bygroups('Name.Variable', 'Text.Whitespace', 'Operator')],
      [String.raw`(\.|(?:\->))([a-zA-Z_]\w*)(\s*)(\()`, bygroups('Operator', 'Name.Function', 'Text.Whitespace', 'Punctuation'), 'insideParen'],
      [String.raw`(\.|(?:\->))([a-zA-Z_]\w*)`, bygroups('Operator', 'Name.Function')],
      [String.raw`(new)(\s+)(make\w*)(\s*)(\()`, bygroups('Keyword', 'Text.Whitespace', 'Name.Function', 'Text.Whitespace', 'Punctuation'), 'insideMethodDeclArgs'],
      [String.raw`((?:\[|[a-zA-Z_]|\|)[:\w\[\]|\->?]*?)([ \t]+)([a-zA-Z_]\w*)(\s*)(\()`, bygroups(usingThis('inType'), 'Text.Whitespace', 'Name.Function', 'Text.Whitespace', 'Punctuation'), 'insideMethodDeclArgs'],
      [String.raw`((?:\[|[a-zA-Z_]|\|)[:\w\[\]|\->?]*?)(\s+)([a-zA-Z_]\w*)(\s*)(,)`, bygroups(usingThis('inType'), 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Punctuation')],
      [String.raw`((?:\[|[a-zA-Z_]|\|)[:\w\[\]|\->?]*?)(\s+)([a-zA-Z_]\w*)(\s*)(\->)(\s*)((?:\[|[a-zA-Z_]|\|)[:\w\[\]|\->?]*?)(\|)`, bygroups(usingThis('inType'), 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', usingThis('inType'), 'Punctuation')],
      [String.raw`((?:\[|[a-zA-Z_]|\|)[:\w\[\]|\->?]*?)(\s+)([a-zA-Z_]\w*)(\s*)(\|)`, bygroups(usingThis('inType'), 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Punctuation')],
      [String.raw`((?:\[|[a-zA-Z_]|\|)[:\w\[\]|\->?]*?)([ \t]+)([a-zA-Z_]\w*)`, bygroups(usingThis('inType'), 'Text.Whitespace', 'Name.Variable')],
      [String.raw`\(`, 'Punctuation', 'insideParen'],
      [String.raw`\{`, 'Punctuation', 'insideBrace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['.', 'Text'],
    ],
    insideParen: [
      [String.raw`\)`, 'Punctuation', '#pop'],
      include('root'),
    ],
    insideMethodDeclArgs: [
      [String.raw`\)`, 'Punctuation', '#pop'],
      [String.raw`((?:\[|[a-zA-Z_]|\|)[:\w\[\]|\->?]*?)(\s+)([a-zA-Z_]\w*)(\s*)(\))`, bygroups(usingThis('inType'), 'Text.Whitespace', 'Name.Variable', 'Text.Whitespace', 'Punctuation'), '#pop'],
      include('root'),
    ],
    insideBrace: [
      [String.raw`\}`, 'Punctuation', '#pop'],
      include('root'),
    ],
    inheritance: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [':|,', 'Punctuation'],
      [String.raw`(?:(\w+)(::))?(\w+)`, bygroups('Name.Namespace', 'Punctuation', 'Name.Class')],
      [String.raw`\{`, 'Punctuation', '#pop'],
    ],
    using: [
      [String.raw`[ \t]+`, 'Text.Whitespace'],
      [String.raw`(\[)(\w+)(\])`, bygroups('Punctuation', 'Comment.Special', 'Punctuation')],
      [String.raw`(\")?([\w.]+)(\")?`, bygroups('Punctuation', 'Name.Namespace', 'Punctuation')],
      ['::', 'Punctuation', 'usingClass'],
      defaultState('#pop'),
    ],
    usingClass: [
      [String.raw`[ \t]+`, 'Text.Whitespace'],
      [String.raw`(as)(\s+)(\w+)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Class'), '#pop:2'],
      [String.raw`[\w$]+`, 'Name.Class'],
      defaultState('#pop:2'),
    ],
    facet: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\{`, 'Punctuation', 'facetFields'],
      defaultState('#pop'),
    ],
    facetFields: [
      include('comments'),
      include('literals'),
      include('operators'),
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(\s*)(\w+)(\s*)(=)`, bygroups('Text.Whitespace', 'Name', 'Text.Whitespace', 'Operator')],
      [String.raw`\}`, 'Punctuation', '#pop'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['.', 'Text'],
    ],
  },
};
