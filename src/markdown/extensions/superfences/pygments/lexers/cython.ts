/**
 * Pygments' CythonLexer (pygments/lexers/python.py, Pygments 2.20.0), rule for rule: Python 2
 * style strings and numbers, with `cdef`/`cpdef` declarations, `<type>` casts and C types.
 *
 *     cdef int n = <int>x   ->   <k>cdef</k> <kt>int</kt> <nv>n</nv> <o>=</o> <p><</p><kt>int</kt><p>></p><n>x</n>
 */
import { bygroups, combined, defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';
const STR = 'Literal.String';

const KEYWORDS = [
  'assert', 'async', 'await', 'break', 'by', 'continue', 'ctypedef', 'del', 'elif', 'else', 'except',
  'except?', 'exec', 'finally', 'for', 'fused', 'gil', 'global', 'if', 'include', 'lambda', 'namespace', 'new',
  'noexcept', 'nogil', 'pass', 'print', 'raise', 'return', 'try', 'while', 'yield', 'as', 'with',
];

const BUILTINS = [
  '__import__', 'abs', 'all', 'any', 'apply', 'basestring', 'bin', 'bint', 'bool', 'buffer', 'bytearray',
  'bytes', 'callable', 'char', 'chr', 'classmethod', 'cmp', 'coerce', 'compile', 'complex', 'delattr', 'dict',
  'dir', 'divmod', 'double', 'enumerate', 'eval', 'execfile', 'exit', 'file', 'filter', 'float', 'frozenset',
  'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'int', 'intern', 'isinstance', 'issubclass',
  'iter', 'len', 'list', 'locals', 'long', 'map', 'max', 'min', 'next', 'object', 'oct', 'open', 'ord', 'pow',
  'property', 'Py_ssize_t', 'range', 'raw_input', 'reduce', 'reload', 'repr', 'reversed', 'round', 'set',
  'setattr', 'size_t', 'slice', 'sorted', 'staticmethod', 'ssize_t', 'str', 'sum', 'super', 'tuple', 'type',
  'unichr', 'unicode', 'unsigned', 'vars', 'xrange', 'zip',
];

const EXCEPTIONS = [
  'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'DeprecationWarning', 'EOFError',
  'EnvironmentError', 'Exception', 'FloatingPointError', 'FutureWarning', 'GeneratorExit', 'IOError',
  'ImportError', 'ImportWarning', 'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
  'LookupError', 'MemoryError', 'NameError', 'NotImplementedError', 'OSError', 'OverflowError',
  'OverflowWarning', 'PendingDeprecationWarning', 'ReferenceError', 'RuntimeError', 'RuntimeWarning',
  'StandardError', 'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError',
  'TypeError', 'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError',
  'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError',
];

export const cythonLexer: LexerDefinition = {
  name: 'Cython',
  aliases: ['cython', 'pyx', 'pyrex'],
  tokens: {
    root: [
      [String.raw`\n`, W],
      [String.raw`^(\s*)("""(?:.|\n)*?""")`, bygroups(W, 'Literal.String.Doc')],
      [String.raw`^(\s*)('''(?:.|\n)*?''')`, bygroups(W, 'Literal.String.Doc')],
      [String.raw`[^\S\n]+`, 'Text'],
      ['#.*$', 'Comment'],
      ['[]{}:(),;[]', 'Punctuation'],
      [String.raw`\\\n`, W],
      [String.raw`\\`, 'Text'],
      [String.raw`(in|is|and|or|not)\b`, 'Operator.Word'],
      ['(<)([a-zA-Z0-9.?]+)(>)', bygroups('Punctuation', 'Keyword.Type', 'Punctuation')],
      ['!=|==|<<|>>|[-~+/*%=<>&^|.?]', 'Operator'],
      [String.raw`(from)(\d+)(<=)(\s+)(<)(\d+)(:)`, bygroups('Keyword', 'Literal.Number.Integer', 'Operator', W, 'Operator', 'Name', 'Punctuation')],
      include('keywords'),
      [String.raw`(def|property)(\s+)`, bygroups('Keyword', W), 'funcname'],
      [String.raw`(cp?def)(\s+)`, bygroups('Keyword', W), 'cdef'],
      // (should actually start a block with only cdefs)
      ['(cdef)(:)', bygroups('Keyword', 'Punctuation')],
      [String.raw`(class|cppclass|struct)(\s+)`, bygroups('Keyword', W), 'classname'],
      [String.raw`(from)(\s+)`, bygroups('Keyword', W), 'fromimport'],
      [String.raw`(c?import)(\s+)`, bygroups('Keyword', W), 'import'],
      include('builtins'),
      include('backtick'),
      ['(?:[rR]|[uU][rR]|[rR][uU])"""', STR, 'tdqs'],
      ["(?:[rR]|[uU][rR]|[rR][uU])'''", STR, 'tsqs'],
      ['(?:[rR]|[uU][rR]|[rR][uU])"', STR, 'dqs'],
      ["(?:[rR]|[uU][rR]|[rR][uU])'", STR, 'sqs'],
      ['[uU]?"""', STR, combined('stringescape', 'tdqs')],
      ["[uU]?'''", STR, combined('stringescape', 'tsqs')],
      ['[uU]?"', STR, combined('stringescape', 'dqs')],
      ["[uU]?'", STR, combined('stringescape', 'sqs')],
      include('name'),
      include('numbers'),
    ],
    keywords: [
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [words(['True', 'False', 'None', 'NULL'], '', String.raw`\b`), 'Keyword.Constant'],
      [String.raw`(DEF|IF|ELIF|ELSE)\b`, 'Comment.Preproc'],
    ],
    builtins: [
      [words(BUILTINS, String.raw`(?<!\.)`, String.raw`\b`), 'Name.Builtin'],
      [String.raw`(?<!\.)(self|cls|Ellipsis|NotImplemented)\b`, 'Name.Builtin.Pseudo'],
      [words(EXCEPTIONS, String.raw`(?<!\.)`, String.raw`\b`), 'Name.Exception'],
    ],
    numbers: [
      [String.raw`(\d+\.?\d*|\d*\.\d+)([eE][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`0\d+`, 'Literal.Number.Oct'],
      ['0[xX][a-fA-F0-9]+', 'Literal.Number.Hex'],
      [String.raw`\d+L`, 'Literal.Number.Integer.Long'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
    ],
    backtick: [['`.*?`', 'Literal.String.Backtick']],
    name: [
      [String.raw`@\w+`, 'Name.Decorator'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    funcname: [[String.raw`[a-zA-Z_]\w*`, 'Name.Function', '#pop']],
    cdef: [
      [String.raw`(public|readonly|extern|api|inline|packed)\b`, 'Keyword.Reserved'],
      [String.raw`(struct|enum|union|class|cppclass)\b(\s+)([a-zA-Z_]\w*)`, bygroups('Keyword', W, 'Name.Class'), '#pop'],
      [String.raw`([a-zA-Z_]\w*)(\s*)(?=\()`, bygroups('Name.Function', W), '#pop'],
      [String.raw`([a-zA-Z_]\w*)(\s*)(?=[:,=#\n]|$)`, bygroups('Name.Variable', W), '#pop'],
      [String.raw`([a-zA-Z_]\w*)(\s*)(,)`, bygroups('Name.Variable', W, 'Punctuation')],
      [String.raw`from\b`, 'Keyword', '#pop'],
      [String.raw`as\b`, 'Keyword'],
      [':', 'Punctuation', '#pop'],
      [String.raw`(?=["\'])`, 'Text', '#pop'],
      [String.raw`[a-zA-Z_]\w*`, 'Keyword.Type'],
      ['.', 'Text'],
    ],
    classname: [[String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop']],
    import: [
      [String.raw`(\s+)(as)(\s+)`, bygroups(W, 'Keyword', W)],
      [String.raw`[a-zA-Z_][\w.]*`, 'Name.Namespace'],
      [String.raw`(\s*)(,)(\s*)`, bygroups(W, 'Operator', W)],
      defaultState('#pop'), // all else: go back
    ],
    fromimport: [
      [String.raw`(\s+)(c?import)\b`, bygroups(W, 'Keyword'), '#pop'],
      [String.raw`[a-zA-Z_.][\w.]*`, 'Name.Namespace'],
      // ``cdef foo from "header"``, or ``for foo from 0 < i < 10``
      defaultState('#pop'),
    ],
    stringescape: [
      [String.raw`\\([\\abfnrtv"\']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})`, 'Literal.String.Escape'],
    ],
    strings: [
      [String.raw`%(\([a-zA-Z0-9]+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?` + '[hlL]?[E-GXc-giorsux%]', 'Literal.String.Interpol'],
      [String.raw`[^\\\'"%\n]+`, STR],
      // quotes, percents and backslashes must be parsed one at a time
      [String.raw`[\'"\\]`, STR],
      // unhandled string formatting sign
      ['%', STR],
      // newlines are an error (use "nl" state)
    ],
    nl: [[String.raw`\n`, STR]],
    dqs: [['"', STR, '#pop'], [String.raw`\\\\|\\"|\\\n`, 'Literal.String.Escape'], include('strings')],
    sqs: [["'", STR, '#pop'], [String.raw`\\\\|\\'|\\\n`, 'Literal.String.Escape'], include('strings')],
    tdqs: [['"""', STR, '#pop'], include('strings'), include('nl')],
    tsqs: [["'''", STR, '#pop'], include('strings'), include('nl')],
  },
};
