/**
 * Pygments' AdaLexer (pygments/lexers/ada.py, Pygments 2.20.0), rule for rule, with the keyword and
 * type lists of _ada_builtins.py. Case-insensitive; a subprogram's name is Name.Function, a
 * `type` declaration's name Keyword.Type.
 *
 *     procedure Hello is   ->   <kd>procedure</kd> <nf>Hello</nf> <kr>is</kr>
 */
import { bygroups, defaultState, include, usingThis, words, type LexerDefinition } from '../regex-lexer.ts';

/** _ada_builtins.py BUILTIN_LIST: the standard types. */
const BUILTIN_LIST = [
  'Address', 'Byte', 'Boolean', 'Character', 'Controlled', 'Count', 'Cursor', 'Duration', 'File_Mode', 'File_Type',
  'Float', 'Generator', 'Integer', 'Long_Float', 'Long_Integer', 'Long_Long_Float', 'Long_Long_Integer', 'Natural',
  'Positive', 'Reference_Type', 'Short_Float', 'Short_Integer', 'Short_Short_Float', 'Short_Short_Integer',
  'String', 'Wide_Character', 'Wide_String',
];
/** _ada_builtins.py KEYWORD_LIST: the reserved words. */
const KEYWORD_LIST = [
  'abort', 'abs', 'abstract', 'accept', 'access', 'aliased', 'all', 'array', 'at', 'begin', 'body', 'case',
  'constant', 'declare', 'delay', 'delta', 'digits', 'do', 'else', 'elsif', 'end', 'entry', 'exception', 'exit',
  'interface', 'for', 'goto', 'if', 'is', 'limited', 'loop', 'new', 'null', 'of', 'or', 'others', 'out',
  'overriding', 'pragma', 'protected', 'raise', 'range', 'record', 'renames', 'requeue', 'return', 'reverse',
  'select', 'separate', 'some', 'subtype', 'synchronized', 'task', 'tagged', 'terminate', 'then', 'type', 'until',
  'when', 'while', 'xor',
];

export const adaLexer: LexerDefinition = {
  name: 'Ada',
  aliases: ['ada', 'ada95', 'ada2005'],
  flags: 'im',
  tokens: {
    root: [
      [String.raw`[^\S\n]+`, 'Text'],
      [String.raw`--.*?\n`, 'Comment.Single'],
      [String.raw`[^\S\n]+`, 'Text'],
      [String.raw`function|procedure|entry`, 'Keyword.Declaration', 'subprogram'],
      [String.raw`(subtype|type)(\s+)(\w+)`, bygroups('Keyword.Declaration', 'Text', 'Keyword.Type'), 'type_def'],
      [String.raw`task|protected`, 'Keyword.Declaration'],
      [String.raw`(subtype)(\s+)`, bygroups('Keyword.Declaration', 'Text')],
      [String.raw`(end)(\s+)`, bygroups('Keyword.Reserved', 'Text'), 'end'],
      [String.raw`(pragma)(\s+)(\w+)`, bygroups('Keyword.Reserved', 'Text', 'Comment.Preproc')],
      [String.raw`(true|false|null)\b`, 'Keyword.Constant'],
      // built-in types
      [words(BUILTIN_LIST, '', String.raw`\b`), 'Keyword.Type'],
      [String.raw`(and(\s+then)?|in|mod|not|or(\s+else)|rem)\b`, 'Operator.Word'],
      [String.raw`generic|private`, 'Keyword.Declaration'],
      [String.raw`package`, 'Keyword.Declaration', 'package'],
      [String.raw`array\b`, 'Keyword.Reserved', 'array_def'],
      [String.raw`(with|use)(\s+)`, bygroups('Keyword.Namespace', 'Text'), 'import'],
      [String.raw`(\w+)(\s*)(:)(\s*)(constant)`, bygroups('Name.Constant', 'Text', 'Punctuation', 'Text', 'Keyword.Reserved')],
      [String.raw`<<\w+>>`, 'Name.Label'],
      [String.raw`(\w+)(\s*)(:)(\s*)(declare|begin|loop|for|while)`, bygroups('Name.Label', 'Text', 'Punctuation', 'Text', 'Keyword.Reserved')],
      // keywords
      [words(KEYWORD_LIST, String.raw`\b`, String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`"[^"]*"`, 'Literal.String'],
      include('attribute'),
      include('numbers'),
      [String.raw`'[^']'`, 'Literal.String.Character'],
      [String.raw`(\w+)(\s*|[(,])`, bygroups('Name', usingThis())],
      [String.raw`(<>|=>|:=|@|[\[\]]|[()|:;,.'])`, 'Punctuation'],
      [String.raw`[*<>+=/&-]`, 'Operator'],
      [String.raw`\n+`, 'Text'],
    ],
    numbers: [
      [String.raw`[0-9_]+#[0-9a-f_\.]+#`, 'Literal.Number.Hex'],
      [String.raw`[0-9_]+\.[0-9_]*`, 'Literal.Number.Float'],
      [String.raw`[0-9_]+`, 'Literal.Number.Integer'],
    ],
    attribute: [
      [String.raw`(')(\w+)`, bygroups('Punctuation', 'Name.Attribute')],
    ],
    subprogram: [
      [String.raw`\(`, 'Punctuation', ['#pop', 'formal_part']],
      [String.raw`;`, 'Punctuation', '#pop'],
      [String.raw`is\b`, 'Keyword.Reserved', '#pop'],
      [String.raw`"[^"]+"|\w+`, 'Name.Function'],
      include('root'),
    ],
    end: [
      [String.raw`(if|case|record|loop|select)`, 'Keyword.Reserved'],
      [String.raw`"[^"]+"|[\w.]+`, 'Name.Function'],
      [String.raw`\s+`, 'Text'],
      [String.raw`;`, 'Punctuation', '#pop'],
    ],
    type_def: [
      [String.raw`;`, 'Punctuation', '#pop'],
      [String.raw`\(`, 'Punctuation', 'formal_part'],
      [String.raw`\[`, 'Punctuation', 'formal_part'],
      [String.raw`with|and|use`, 'Keyword.Reserved'],
      [String.raw`array\b`, 'Keyword.Reserved', ['#pop', 'array_def']],
      [String.raw`record\b`, 'Keyword.Reserved', 'record_def'],
      [String.raw`(null record)(;)`, bygroups('Keyword.Reserved', 'Punctuation'), '#pop'],
      include('root'),
    ],
    array_def: [
      [String.raw`;`, 'Punctuation', '#pop'],
      [String.raw`(\w+)(\s+)(range)`, bygroups('Keyword.Type', 'Text', 'Keyword.Reserved')],
      include('root'),
    ],
    record_def: [
      [String.raw`end record`, 'Keyword.Reserved', '#pop'],
      include('root'),
    ],
    import: [
      [String.raw`[\w.]+`, 'Name', '#pop'],
      defaultState('#pop'),
    ],
    formal_part: [
      [String.raw`\)`, 'Punctuation', '#pop'],
      [String.raw`\]`, 'Punctuation', '#pop'],
      [String.raw`\w+`, 'Name.Variable'],
      [String.raw`,|:[^=]`, 'Punctuation'],
      [String.raw`(in|not|null|out|access)\b`, 'Keyword.Reserved'],
      include('root'),
    ],
    package: [
      [String.raw`body`, 'Keyword.Declaration'],
      [String.raw`is\s+new|renames`, 'Keyword.Reserved'],
      [String.raw`is`, 'Keyword.Reserved', '#pop'],
      [String.raw`;`, 'Punctuation', '#pop'],
      [String.raw`\(`, 'Punctuation', 'package_instantiation'],
      [String.raw`([\w.]+)`, 'Name.Class'],
      include('root'),
    ],
    package_instantiation: [
      [String.raw`("[^"]+"|\w+)(\s+)(=>)`, bygroups('Name.Variable', 'Text', 'Punctuation')],
      [String.raw`[\w.\'"]`, 'Text'],
      [String.raw`\)`, 'Punctuation', '#pop'],
      include('root'),
    ],
  },
};
