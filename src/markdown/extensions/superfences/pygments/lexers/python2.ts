/**
 * Pygments' Python2Lexer and Python2TracebackLexer (pygments/lexers/python.py, Pygments 2.20.0),
 * rule for rule: Python 2 (`print` and `exec` statements, backticks, `0777` octals, `10L`).
 *
 *     print "%d" % 10L   ->   <k>print</k> <s2>"</s2><si>%d</si><s2>"</s2> <o>%</o> <mi>10L</mi>
 */
import { bygroups, combined, defaultState, include, words, type LexerDefinition, type Rule } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { using } from '../delegation.ts';

const W = 'Text.Whitespace';

const KEYWORDS = [
  'assert', 'break', 'continue', 'del', 'elif', 'else', 'except', 'exec', 'finally', 'for', 'global', 'if',
  'lambda', 'pass', 'print', 'raise', 'return', 'try', 'while', 'yield', 'yield from', 'as', 'with',
];

const BUILTINS = [
  '__import__', 'abs', 'all', 'any', 'apply', 'basestring', 'bin', 'bool', 'buffer', 'bytearray', 'bytes',
  'callable', 'chr', 'classmethod', 'cmp', 'coerce', 'compile', 'complex', 'delattr', 'dict', 'dir', 'divmod',
  'enumerate', 'eval', 'execfile', 'exit', 'file', 'filter', 'float', 'frozenset', 'getattr', 'globals',
  'hasattr', 'hash', 'hex', 'id', 'input', 'int', 'intern', 'isinstance', 'issubclass', 'iter', 'len', 'list',
  'locals', 'long', 'map', 'max', 'min', 'next', 'object', 'oct', 'open', 'ord', 'pow', 'property', 'range',
  'raw_input', 'reduce', 'reload', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice', 'sorted',
  'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'unichr', 'unicode', 'vars', 'xrange', 'zip',
];

const EXCEPTIONS = [
  'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'DeprecationWarning', 'EOFError',
  'EnvironmentError', 'Exception', 'FloatingPointError', 'FutureWarning', 'GeneratorExit', 'IOError',
  'ImportError', 'ImportWarning', 'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
  'LookupError', 'MemoryError', 'NameError', 'NotImplementedError', 'OSError', 'OverflowError',
  'OverflowWarning', 'PendingDeprecationWarning', 'ReferenceError', 'RuntimeError', 'RuntimeWarning',
  'StandardError', 'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError',
  'TypeError', 'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError',
  'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning', 'ValueError', 'VMSError', 'Warning',
  'WindowsError', 'ZeroDivisionError',
];

const MAGIC_FUNCTIONS = [
  '__abs__', '__add__', '__and__', '__call__', '__cmp__', '__coerce__', '__complex__', '__contains__',
  '__del__', '__delattr__', '__delete__', '__delitem__', '__delslice__', '__div__', '__divmod__', '__enter__',
  '__eq__', '__exit__', '__float__', '__floordiv__', '__ge__', '__get__', '__getattr__', '__getattribute__',
  '__getitem__', '__getslice__', '__gt__', '__hash__', '__hex__', '__iadd__', '__iand__', '__idiv__',
  '__ifloordiv__', '__ilshift__', '__imod__', '__imul__', '__index__', '__init__', '__instancecheck__',
  '__int__', '__invert__', '__iop__', '__ior__', '__ipow__', '__irshift__', '__isub__', '__iter__',
  '__itruediv__', '__ixor__', '__le__', '__len__', '__long__', '__lshift__', '__lt__', '__missing__',
  '__mod__', '__mul__', '__ne__', '__neg__', '__new__', '__nonzero__', '__oct__', '__op__', '__or__',
  '__pos__', '__pow__', '__radd__', '__rand__', '__rcmp__', '__rdiv__', '__rdivmod__', '__repr__',
  '__reversed__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__rop__', '__ror__', '__rpow__',
  '__rrshift__', '__rshift__', '__rsub__', '__rtruediv__', '__rxor__', '__set__', '__setattr__', '__setitem__',
  '__setslice__', '__str__', '__sub__', '__subclasscheck__', '__truediv__', '__unicode__', '__xor__',
];

const MAGIC_VARIABLES = [
  '__bases__', '__class__', '__closure__', '__code__', '__defaults__', '__dict__', '__doc__', '__file__',
  '__func__', '__globals__', '__metaclass__', '__module__', '__mro__', '__name__', '__self__', '__slots__',
  '__weakref__',
];

/** Python 2 string bodies; GDScriptLexer has the same rules. */
export function innerstringRules(type: TokenType): Rule[] {
  return [
    // the old style '%s' % (...) string formatting
    [String.raw`%(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?` + '[hlL]?[E-GXc-giorsux%]', 'Literal.String.Interpol'],
    // backslashes, quotes and formatting signs must be parsed one at a time
    [String.raw`[^\\\'"%\n]+`, type],
    [String.raw`[\'"\\]`, type],
    // unhandled string formatting sign
    ['%', type],
    // newlines are an error (use "nl" state)
  ];
}

const D = 'Literal.String.Double';
const S = 'Literal.String.Single';
const AFFIX = 'Literal.String.Affix';

export const python2Lexer: LexerDefinition = {
  name: 'Python 2.x',
  aliases: ['python2', 'py2'],
  tokens: {
    root: [
      [String.raw`\n`, W],
      [String.raw`^(\s*)([rRuUbB]{,2})("""(?:.|\n)*?""")`, bygroups(W, AFFIX, 'Literal.String.Doc')],
      [String.raw`^(\s*)([rRuUbB]{,2})('''(?:.|\n)*?''')`, bygroups(W, AFFIX, 'Literal.String.Doc')],
      [String.raw`[^\S\n]+`, 'Text'],
      [String.raw`\A#!.+$`, 'Comment.Hashbang'],
      ['#.*$', 'Comment.Single'],
      ['[]{}:(),;[]', 'Punctuation'],
      [String.raw`\\\n`, 'Text'],
      [String.raw`\\`, 'Text'],
      [String.raw`(in|is|and|or|not)\b`, 'Operator.Word'],
      ['!=|==|<<|>>|[-~+/*%=<>&^|.]', 'Operator'],
      include('keywords'),
      [String.raw`(def)((?:\s|\\\s)+)`, bygroups('Keyword', W), 'funcname'],
      [String.raw`(class)((?:\s|\\\s)+)`, bygroups('Keyword', W), 'classname'],
      [String.raw`(from)((?:\s|\\\s)+)`, bygroups('Keyword.Namespace', W), 'fromimport'],
      [String.raw`(import)((?:\s|\\\s)+)`, bygroups('Keyword.Namespace', W), 'import'],
      include('builtins'),
      include('magicfuncs'),
      include('magicvars'),
      include('backtick'),
      ['([rR]|[uUbB][rR]|[rR][uUbB])(""")', bygroups(AFFIX, D), 'tdqs'],
      ["([rR]|[uUbB][rR]|[rR][uUbB])(''')", bygroups(AFFIX, S), 'tsqs'],
      ['([rR]|[uUbB][rR]|[rR][uUbB])(")', bygroups(AFFIX, D), 'dqs'],
      ["([rR]|[uUbB][rR]|[rR][uUbB])(')", bygroups(AFFIX, S), 'sqs'],
      ['([uUbB]?)(""")', bygroups(AFFIX, D), combined('stringescape', 'tdqs')],
      ["([uUbB]?)(''')", bygroups(AFFIX, S), combined('stringescape', 'tsqs')],
      ['([uUbB]?)(")', bygroups(AFFIX, D), combined('stringescape', 'dqs')],
      ["([uUbB]?)(')", bygroups(AFFIX, S), combined('stringescape', 'sqs')],
      include('name'),
      include('numbers'),
    ],
    keywords: [[words(KEYWORDS, '', String.raw`\b`), 'Keyword']],
    builtins: [
      [words(BUILTINS, String.raw`(?<!\.)`, String.raw`\b`), 'Name.Builtin'],
      [String.raw`(?<!\.)(self|None|Ellipsis|NotImplemented|False|True|cls)\b`, 'Name.Builtin.Pseudo'],
      [words(EXCEPTIONS, String.raw`(?<!\.)`, String.raw`\b`), 'Name.Exception'],
    ],
    magicfuncs: [[words(MAGIC_FUNCTIONS, '', String.raw`\b`), 'Name.Function.Magic']],
    magicvars: [[words(MAGIC_VARIABLES, '', String.raw`\b`), 'Name.Variable.Magic']],
    numbers: [
      [String.raw`(\d+\.\d*|\d*\.\d+)([eE][+-]?[0-9]+)?j?`, 'Literal.Number.Float'],
      [String.raw`\d+[eE][+-]?[0-9]+j?`, 'Literal.Number.Float'],
      ['0[0-7]+j?', 'Literal.Number.Oct'],
      ['0[bB][01]+', 'Literal.Number.Bin'],
      ['0[xX][a-fA-F0-9]+', 'Literal.Number.Hex'],
      [String.raw`\d+L`, 'Literal.Number.Integer.Long'],
      [String.raw`\d+j?`, 'Literal.Number.Integer'],
    ],
    backtick: [['`.*?`', 'Literal.String.Backtick']],
    name: [
      [String.raw`@[\w.]+`, 'Name.Decorator'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    funcname: [include('magicfuncs'), [String.raw`[a-zA-Z_]\w*`, 'Name.Function', '#pop'], defaultState('#pop')],
    classname: [[String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop']],
    import: [
      [String.raw`(?:[ \t]|\\\n)+`, 'Text'],
      [String.raw`as\b`, 'Keyword.Namespace'],
      [',', 'Operator'],
      [String.raw`[a-zA-Z_][\w.]*`, 'Name.Namespace'],
      defaultState('#pop'), // all else: go back
    ],
    fromimport: [
      [String.raw`(?:[ \t]|\\\n)+`, 'Text'],
      [String.raw`import\b`, 'Keyword.Namespace', '#pop'],
      // if None occurs here, it's "raise x from None", since None can never be a module name
      [String.raw`None\b`, 'Name.Builtin.Pseudo', '#pop'],
      // sadly, in "raise x from y" y will be highlighted as namespace too
      [String.raw`[a-zA-Z_.][\w.]*`, 'Name.Namespace'],
      // anything else here also means "raise x from y" and is therefore not an error
      defaultState('#pop'),
    ],
    stringescape: [
      [String.raw`\\([\\abfnrtv"\']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})`, 'Literal.String.Escape'],
    ],
    'strings-single': innerstringRules(S),
    'strings-double': innerstringRules(D),
    dqs: [['"', D, '#pop'], [String.raw`\\\\|\\"|\\\n`, 'Literal.String.Escape'], include('strings-double')],
    sqs: [["'", S, '#pop'], [String.raw`\\\\|\\'|\\\n`, 'Literal.String.Escape'], include('strings-single')],
    tdqs: [['"""', D, '#pop'], include('strings-double'), [String.raw`\n`, D]],
    tsqs: [["'''", S, '#pop'], include('strings-single'), [String.raw`\n`, S]],
  },
};

/** Python2TracebackLexer: the frames' code lines are lexed by Python2Lexer. */
export const python2TracebackLexer: LexerDefinition = {
  name: 'Python 2.x Traceback',
  aliases: ['py2tb'],
  tokens: {
    root: [
      // Cover both (most recent call last) and (innermost last); the optional ^C catches
      // keyboard interrupts.
      [String.raw`^(\^C)?(Traceback.*\n)`, bygroups('Text', 'Generic.Traceback'), 'intb'],
      // SyntaxError starts with this.
      [String.raw`^(?=  File "[^"]+", line \d+)`, 'Generic.Traceback', 'intb'],
      [String.raw`^.*\n`, 'Other'],
    ],
    intb: [
      [String.raw`^(  File )("[^"]+")(, line )(\d+)(, in )(.+)(\n)`, bygroups('Text', 'Name.Builtin', 'Text', 'Literal.Number', 'Text', 'Name', W)],
      [String.raw`^(  File )("[^"]+")(, line )(\d+)(\n)`, bygroups('Text', 'Name.Builtin', 'Text', 'Literal.Number', W)],
      [String.raw`^(    )(.+)(\n)`, bygroups('Text', using('python2'), W), 'marker'],
      [String.raw`^([ \t]*)(\.\.\.)(\n)`, bygroups('Text', 'Comment', W)], // for doctests...
      [String.raw`^([^:]+)(: )(.+)(\n)`, bygroups('Generic.Error', 'Text', 'Name', W), '#pop'],
      [String.raw`^([a-zA-Z_]\w*)(:?\n)`, bygroups('Generic.Error', W), '#pop'],
    ],
    marker: [
      // For syntax errors.
      [String.raw`( {4,})(\^)`, bygroups('Text', 'Punctuation.Marker'), '#pop'],
      defaultState('#pop'),
    ],
  },
};
