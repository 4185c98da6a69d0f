/**
 * Pygments' MojoLexer (pygments/lexers/mojo.py, Pygments 2.20.0), rule for rule: PythonLexer's
 * shape (its string rules are shared from python.ts) with `fn`, `struct`, `trait`, `alias`,
 * `var` and Mojo's builtin types.
 *
 *     fn add(a: Int) -> Int:   ->   <k>fn</k> <nf>add</nf><p>(</p><n>a</n><p>:</p> <nb>Int</nb><p>)</p> <o>-></o> <nb>Int</nb><p>:</p>
 */
import { bygroups, combined, defaultState, include, usingThis, words, type LexerDefinition, type NewState, type Rule } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { fstringRules, innerstringRules } from './python.ts';
import { KWLIST } from './python-words.ts';

const UNI_NAME = String.raw`[_\p{XID_Start}][\p{XID_Continue}]*`;
const W = 'Text.Whitespace';
const D = 'Literal.String.Double';
const S = 'Literal.String.Single';

const EXPR_KEYWORDS = [
  'async for', 'async with', 'await', 'else', 'for', 'if', 'lambda', 'yield', 'yield from',
];

const KEYWORDS = [
  'assert', 'async', 'await', 'borrowed', 'break', 'continue', 'del', 'elif', 'else', 'except', 'finally',
  'for', 'global', 'if', 'lambda', 'pass', 'raise', 'nonlocal', 'return', 'try', 'while', 'yield',
  'yield from', 'as', 'with',
];

const BUILTINS = [
  '__import__', 'abs', 'aiter', 'all', 'any', 'bin', 'bool', 'bytearray', 'breakpoint', 'bytes', 'callable',
  'chr', 'classmethod', 'compile', 'complex', 'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'eval',
  'filter', 'float', 'format', 'frozenset', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input',
  'int', 'isinstance', 'issubclass', 'iter', 'len', 'list', 'locals', 'map', 'max', 'memoryview', 'min',
  'next', 'object', 'oct', 'open', 'ord', 'pow', 'print', 'property', 'range', 'repr', 'reversed', 'round',
  'set', 'setattr', 'slice', 'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip',
  'AnyType', 'Coroutine', 'DType', 'Error', 'Int', 'List', 'ListLiteral', 'Scalar', 'Int8', 'UInt8', 'Int16',
  'UInt16', 'Int32', 'UInt32', 'Int64', 'UInt64', 'BFloat16', 'Float16', 'Float32', 'Float64', 'SIMD',
  'String', 'Tensor', 'Tuple', 'Movable', 'Copyable', 'CollectionElement',
];

const MAGIC_FUNCTIONS = [
  '__abs__', '__add__', '__aenter__', '__aexit__', '__aiter__', '__and__', '__anext__', '__await__',
  '__bool__', '__bytes__', '__call__', '__complex__', '__contains__', '__del__', '__delattr__', '__delete__',
  '__delitem__', '__dir__', '__divmod__', '__enter__', '__eq__', '__exit__', '__float__', '__floordiv__',
  '__format__', '__ge__', '__get__', '__getattr__', '__getattribute__', '__getitem__', '__gt__', '__hash__',
  '__iadd__', '__iand__', '__ifloordiv__', '__ilshift__', '__imatmul__', '__imod__', '__imul__', '__index__',
  '__init__', '__instancecheck__', '__int__', '__invert__', '__ior__', '__ipow__', '__irshift__', '__isub__',
  '__iter__', '__itruediv__', '__ixor__', '__le__', '__len__', '__length_hint__', '__lshift__', '__lt__',
  '__matmul__', '__missing__', '__mod__', '__mul__', '__ne__', '__neg__', '__new__', '__next__', '__or__',
  '__pos__', '__pow__', '__prepare__', '__radd__', '__rand__', '__rdivmod__', '__repr__', '__reversed__',
  '__rfloordiv__', '__rlshift__', '__rmatmul__', '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__',
  '__rrshift__', '__rshift__', '__rsub__', '__rtruediv__', '__rxor__', '__set__', '__setattr__', '__setitem__',
  '__str__', '__sub__', '__subclasscheck__', '__truediv__', '__xor__',
];

const MAGIC_VARIABLES = [
  '__annotations__', '__bases__', '__class__', '__closure__', '__code__', '__defaults__', '__dict__',
  '__doc__', '__file__', '__func__', '__globals__', '__kwdefaults__', '__module__', '__mro__', '__name__',
  '__objclass__', '__qualname__', '__self__', '__slots__', '__weakref__',
];

/** A string opener `prefix + quote`: affix and quote tokens, then the string's state. */
function opener(pattern: string, quote: TokenType, state: NewState): Rule {
  return [pattern, bygroups('Literal.String.Affix', quote), state];
}

export const mojoLexer: LexerDefinition = {
  name: 'Mojo',
  aliases: ['mojo', '🔥'],
  tokens: {
    root: [
      [String.raw`\s+`, W],
      [String.raw`^(\s*)([rRuUbB]{,2})("""(?:.|\n)*?""")`, bygroups(W, 'Literal.String.Affix', 'Literal.String.Doc')],
      [String.raw`^(\s*)([rRuUbB]{,2})('''(?:.|\n)*?''')`, bygroups(W, 'Literal.String.Affix', 'Literal.String.Doc')],
      [String.raw`\A#!.+$`, 'Comment.Hashbang'],
      ['#.*$', 'Comment.Single'],
      [String.raw`\\\n`, W],
      [String.raw`\\`, W],
      include('keywords'),
      include('soft-keywords'),
      [String.raw`(alias)(\s+)`, bygroups('Keyword', W), 'varname'],
      [String.raw`(var)(\s+)`, bygroups('Keyword', W), 'varname'],
      [String.raw`(def)(\s+)`, bygroups('Keyword', W), 'funcname'],
      [String.raw`(fn)(\s+)`, bygroups('Keyword', W), 'funcname'],
      [String.raw`(class)(\s+)`, bygroups('Keyword', W), 'classname'],
      [String.raw`(struct)(\s+)`, bygroups('Keyword', W), 'structname'],
      [String.raw`(trait)(\s+)`, bygroups('Keyword', W), 'structname'],
      [String.raw`(from)(\s+)`, bygroups('Keyword.Namespace', W), 'fromimport'],
      [String.raw`(import)(\s+)`, bygroups('Keyword.Namespace', W), 'import'],
      include('expr'),
    ],
    expr: [
      // raw f-strings
      opener('(?i)(rf|fr)(""")', D, combined('rfstringescape', 'tdqf')),
      opener("(?i)(rf|fr)(''')", S, combined('rfstringescape', 'tsqf')),
      opener('(?i)(rf|fr)(")', D, combined('rfstringescape', 'dqf')),
      opener("(?i)(rf|fr)(')", S, combined('rfstringescape', 'sqf')),
      // non-raw f-strings
      opener('([fF])(""")', D, combined('fstringescape', 'tdqf')),
      opener("([fF])(''')", S, combined('fstringescape', 'tsqf')),
      opener('([fF])(")', D, combined('fstringescape', 'dqf')),
      opener("([fF])(')", S, combined('fstringescape', 'sqf')),
      // raw bytes and strings
      opener('(?i)(rb|br|r)(""")', D, 'tdqs'),
      opener("(?i)(rb|br|r)(''')", S, 'tsqs'),
      opener('(?i)(rb|br|r)(")', D, 'dqs'),
      opener("(?i)(rb|br|r)(')", S, 'sqs'),
      // non-raw strings
      opener('([uU]?)(""")', D, combined('stringescape', 'tdqs')),
      opener("([uU]?)(''')", S, combined('stringescape', 'tsqs')),
      opener('([uU]?)(")', D, combined('stringescape', 'dqs')),
      opener("([uU]?)(')", S, combined('stringescape', 'sqs')),
      // non-raw bytes
      opener('([bB])(""")', D, combined('bytesescape', 'tdqs')),
      opener("([bB])(''')", S, combined('bytesescape', 'tsqs')),
      opener('([bB])(")', D, combined('bytesescape', 'dqs')),
      opener("([bB])(')", S, combined('bytesescape', 'sqs')),
      [String.raw`[^\S\n]+`, 'Text'],
      include('numbers'),
      ['!=|==|<<|>>|:=|[-~+/*%=<>&^|.]', 'Operator'],
      [String.raw`([]{}:\(\),;[])+`, 'Punctuation'],
      [String.raw`(in|is|and|or|not)\b`, 'Operator.Word'],
      include('expr-keywords'),
      include('builtins'),
      include('magicfuncs'),
      include('magicvars'),
      include('name'),
    ],
    'expr-inside-fstring': [
      ['[{([]', 'Punctuation', 'expr-inside-fstring-inner'],
      // without format specifier
      [String.raw`(=\s*)?(\![sraf])?\}`, 'Literal.String.Interpol', '#pop'],
      // with format specifier; we'll catch the remaining '}' in the outer scope
      [String.raw`(=\s*)?(\![sraf])?:`, 'Literal.String.Interpol', '#pop'],
      [String.raw`\s+`, W], // allow new lines
      include('expr'),
    ],
    'expr-inside-fstring-inner': [
      ['[{([]', 'Punctuation', 'expr-inside-fstring-inner'],
      ['[])}]', 'Punctuation', '#pop'],
      [String.raw`\s+`, W], // allow new lines
      include('expr'),
    ],
    'expr-keywords': [
      [words(EXPR_KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [words(['True', 'False', 'None'], '', String.raw`\b`), 'Keyword.Constant'],
    ],
    keywords: [
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [words(['True', 'False', 'None'], '', String.raw`\b`), 'Keyword.Constant'],
    ],
    'soft-keywords': [
      // `match`, `case` and `_` soft keywords, at a line start and not followed by what means
      // this isn't pattern matching (None/True/False are fine)
      [
        String.raw`(^[ \t]*)(match|case)\b(?![ \t]*(?:[:,;=^&|@~)\]}]|(?:` + KWLIST.filter((keyword) => /^[a-z]/.test(keyword)).join('|') + String.raw`)\b))`,
        bygroups(W, 'Keyword'),
        'soft-keywords-inner',
      ],
    ],
    'soft-keywords-inner': [
      // optional `_` keyword
      [String.raw`(\s+)([^\n_]*)(_\b)`, bygroups(W, usingThis(), 'Keyword')],
      defaultState('#pop'),
    ],
    builtins: [
      [words(BUILTINS, String.raw`(?<!\.)`, String.raw`\b`), 'Name.Builtin'],
      [String.raw`(?<!\.)(self|Ellipsis|NotImplemented|cls)\b`, 'Name.Builtin.Pseudo'],
      [words(['Error'], String.raw`(?<!\.)`, String.raw`\b`), 'Name.Exception'],
    ],
    magicfuncs: [[words(MAGIC_FUNCTIONS, '', String.raw`\b`), 'Name.Function.Magic']],
    magicvars: [[words(MAGIC_VARIABLES, '', String.raw`\b`), 'Name.Variable.Magic']],
    numbers: [
      [String.raw`(\d(?:_?\d)*\.(?:\d(?:_?\d)*)?|(?:\d(?:_?\d)*)?\.\d(?:_?\d)*)([eE][+-]?\d(?:_?\d)*)?`, 'Literal.Number.Float'],
      [String.raw`\d(?:_?\d)*[eE][+-]?\d(?:_?\d)*j?`, 'Literal.Number.Float'],
      ['0[oO](?:_?[0-7])+', 'Literal.Number.Oct'],
      ['0[bB](?:_?[01])+', 'Literal.Number.Bin'],
      ['0[xX](?:_?[a-fA-F0-9])+', 'Literal.Number.Hex'],
      [String.raw`\d(?:_?\d)*`, 'Literal.Number.Integer'],
    ],
    name: [
      ['@' + UNI_NAME, 'Name.Decorator'],
      ['@', 'Operator'], // new matrix multiplication operator
      [UNI_NAME, 'Name'],
    ],
    varname: [[UNI_NAME, 'Name.Variable', '#pop']],
    funcname: [include('magicfuncs'), [UNI_NAME, 'Name.Function', '#pop'], defaultState('#pop')],
    classname: [[UNI_NAME, 'Name.Class', '#pop']],
    structname: [[UNI_NAME, 'Name.Struct', '#pop']],
    import: [
      [String.raw`(\s+)(as)(\s+)`, bygroups(W, 'Keyword', W)],
      [String.raw`\.`, 'Name.Namespace'],
      [UNI_NAME, 'Name.Namespace'],
      [String.raw`(\s*)(,)(\s*)`, bygroups(W, 'Operator', W)],
      defaultState('#pop'), // all else: go back
    ],
    fromimport: [
      [String.raw`(\s+)(import)\b`, bygroups(W, 'Keyword.Namespace'), '#pop'],
      [String.raw`\.`, 'Name.Namespace'],
      // if None occurs here, it's "raise x from None", since None can never be a module name
      [String.raw`None\b`, 'Keyword.Constant', '#pop'],
      [UNI_NAME, 'Name.Namespace'],
      defaultState('#pop'),
    ],
    rfstringescape: [
      [String.raw`\{\{`, 'Literal.String.Escape'],
      [String.raw`\}\}`, 'Literal.String.Escape'],
    ],
    fstringescape: [include('rfstringescape'), include('stringescape')],
    bytesescape: [[String.raw`\\([\\abfnrtv"\']|\n|x[a-fA-F0-9]{2}|[0-7]{1,3})`, 'Literal.String.Escape']],
    stringescape: [
      [String.raw`\\(N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8})`, 'Literal.String.Escape'],
      include('bytesescape'),
    ],
    'fstrings-single': fstringRules(S),
    'fstrings-double': fstringRules(D),
    'strings-single': innerstringRules(S),
    'strings-double': innerstringRules(D),
    dqf: [['"', D, '#pop'], [String.raw`\\\\|\\"|\\\n`, 'Literal.String.Escape'], include('fstrings-double')],
    sqf: [["'", S, '#pop'], [String.raw`\\\\|\\'|\\\n`, 'Literal.String.Escape'], include('fstrings-single')],
    dqs: [['"', D, '#pop'], [String.raw`\\\\|\\"|\\\n`, 'Literal.String.Escape'], include('strings-double')],
    sqs: [["'", S, '#pop'], [String.raw`\\\\|\\'|\\\n`, 'Literal.String.Escape'], include('strings-single')],
    tdqf: [['"""', D, '#pop'], include('fstrings-double'), [String.raw`\n`, D]],
    tsqf: [["'''", S, '#pop'], include('fstrings-single'), [String.raw`\n`, S]],
    tdqs: [['"""', D, '#pop'], include('strings-double'), [String.raw`\n`, D]],
    tsqs: [["'''", S, '#pop'], include('strings-single'), [String.raw`\n`, S]],
  },
};
