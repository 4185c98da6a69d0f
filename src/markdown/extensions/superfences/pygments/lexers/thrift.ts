/**
 * Pygments' ThriftLexer (pygments/lexers/dsls.py, Pygments 2.20.0), rule for rule: Thrift IDL
 * files. A name before `(` is a method, the words before it (its return type) lexed again.
 *
 *     i32 add(1: i32 a)   ->   <kt>i32</kt> <nf>add</nf><o>(</o><mi>1</mi><p>:</p> <kt>i32</kt> <n>a</n><p>)</p>
 */
import { bygroups, combined, defaultState, include, usingThis, words, type LexerDefinition } from '../regex-lexer.ts';

const NAMESPACE_WORDS = [
  'cpp_namespace', 'cpp_include', 'cpp_type', 'java_package', 'cocoa_prefix', 'csharp_namespace',
  'delphi_namespace', 'php_namespace', 'py_module', 'perl_package', 'ruby_namespace', 'smalltalk_category',
  'smalltalk_prefix', 'xsd_all', 'xsd_optional', 'xsd_nillable', 'xsd_namespace', 'xsd_attrs', 'include',
];
const TYPES = [
  'void', 'bool', 'byte', 'i16', 'i32', 'i64', 'double', 'string', 'binary', 'map', 'list', 'set', 'slist', 'senum',
];
/** Words reserved in the languages Thrift generates code for. */
const RESERVED = [
  'BEGIN', 'END', '__CLASS__', '__DIR__', '__FILE__', '__FUNCTION__', '__LINE__', '__METHOD__', '__NAMESPACE__',
  'abstract', 'alias', 'and', 'args', 'as', 'assert', 'begin', 'break', 'case', 'catch', 'class', 'clone',
  'continue', 'declare', 'def', 'default', 'del', 'delete', 'do', 'dynamic', 'elif', 'else', 'elseif', 'elsif',
  'end', 'enddeclare', 'endfor', 'endforeach', 'endif', 'endswitch', 'endwhile', 'ensure', 'except', 'exec',
  'finally', 'float', 'for', 'foreach', 'function', 'global', 'goto', 'if', 'implements', 'import', 'in', 'inline',
  'instanceof', 'interface', 'is', 'lambda', 'module', 'native', 'new', 'next', 'nil', 'not', 'or', 'pass',
  'public', 'print', 'private', 'protected', 'raise', 'redo', 'rescue', 'retry', 'register', 'return', 'self',
  'sizeof', 'static', 'super', 'switch', 'synchronized', 'then', 'this', 'throw', 'transient', 'try', 'undef',
  'unless', 'unsigned', 'until', 'use', 'var', 'virtual', 'volatile', 'when', 'while', 'with', 'xor', 'yield',
];

export const thriftLexer: LexerDefinition = {
  name: 'Thrift',
  aliases: ['thrift'],
  tokens: {
    root: [
      include('whitespace'),
      include('comments'),
      [String.raw`"`, 'Literal.String.Double', combined('stringescape', 'dqs')],
      [String.raw`\'`, 'Literal.String.Single', combined('stringescape', 'sqs')],
      [String.raw`(namespace)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace'), 'namespace'],
      [String.raw`(enum|union|struct|service|exception)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'class'],
      // return type words (lexed again), method name, signature start
      [String.raw`((?:(?:[^\W\d]|\$)[\w.\[\]$<>]*\s+)+?)((?:[^\W\d]|\$)[\w$]*)(\s*)(\()`, bygroups(usingThis(), 'Name.Function', 'Text.Whitespace', 'Operator')],
      include('keywords'),
      include('numbers'),
      [String.raw`[&=]`, 'Operator'],
      [String.raw`[:;,{}()<>\[\]]`, 'Punctuation'],
      [String.raw`[a-zA-Z_](\.\w|\w)*`, 'Name'],
    ],
    whitespace: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    comments: [
      [String.raw`#.*$`, 'Comment'],
      [String.raw`//.*?\n`, 'Comment'],
      [String.raw`/\*[\w\W]*?\*/`, 'Comment.Multiline'],
    ],
    stringescape: [
      [String.raw`\\([\\nrt"\'])`, 'Literal.String.Escape'],
    ],
    dqs: [
      [String.raw`"`, 'Literal.String.Double', '#pop'],
      [String.raw`[^\\"\n]+`, 'Literal.String.Double'],
    ],
    sqs: [
      [String.raw`'`, 'Literal.String.Single', '#pop'],
      [String.raw`[^\\\'\n]+`, 'Literal.String.Single'],
    ],
    namespace: [
      [String.raw`[a-z*](\.\w|\w)*`, 'Name.Namespace', '#pop'],
      defaultState('#pop'),
    ],
    class: [
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop'],
      defaultState('#pop'),
    ],
    keywords: [
      [String.raw`(async|oneway|extends|throws|required|optional)\b`, 'Keyword'],
      [String.raw`(true|false)\b`, 'Keyword.Constant'],
      [String.raw`(const|typedef)\b`, 'Keyword.Declaration'],
      [words(NAMESPACE_WORDS, '', String.raw`\b`), 'Keyword.Namespace'],
      [words(TYPES, '', String.raw`\b`), 'Keyword.Type'],
      [words(RESERVED, String.raw`\b`, String.raw`\b`), 'Keyword.Reserved'],
    ],
    numbers: [
      [String.raw`[+-]?(\d+\.\d+([eE][+-]?\d+)?|\.?\d+[eE][+-]?\d+)`, 'Literal.Number.Float'],
      [String.raw`[+-]?0x[0-9A-Fa-f]+`, 'Literal.Number.Hex'],
      [String.raw`[+-]?[0-9]+`, 'Literal.Number.Integer'],
    ],
  },
};
