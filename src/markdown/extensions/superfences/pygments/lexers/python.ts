/**
 * Pygments' PythonLexer (pygments/lexers/python.py, Pygments 2.20), rule for rule; the word
 * lists are in python-words.ts.
 *
 *     print("hi")   ->   <nb>print</nb><p>(</p><s2>"hi"</s2><p>)</p>
 */
import type { TokenType } from '../token.ts';
import { bygroups, combined, defaultState, include, usingThis, words, type LexerDefinition, type NewState, type Rule } from '../regex-lexer.ts';
import { BUILTINS, EXCEPTIONS, KWLIST, MAGIC_FUNCTIONS, MAGIC_VARIABLES } from './python-words.ts';

/** Pygments' uni_name: its xid_start / xid_continue tables are these Unicode properties. */
const UNI_NAME = String.raw`[_\p{XID_Start}][\p{XID_Continue}]*`;

export function innerstringRules(type: TokenType): Rule[] {
  return [
    // the old style '%s' % (...) string formatting (still valid in Py3)
    [String.raw`%(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?` + '[hlL]?[E-GXc-giorsaux%]', 'Literal.String.Interpol'],
    // the new style '{}'.format(...) string formatting
    [
      String.raw`\{` +
        String.raw`((\w+)((\.\w+)|(\[[^\]]+\]))*)?` + // field name
        String.raw`(\![sra])?` + // conversion
        String.raw`(\:(.?[<>=\^])?[-+ ]?#?0?(\d+)?,?(\.\d+)?[E-GXb-gnosx%]?)?` +
        String.raw`\}`,
      'Literal.String.Interpol',
    ],
    // backslashes, quotes and formatting signs must be parsed one at a time
    [String.raw`[^\\\'"%{\n]+`, type],
    [String.raw`[\'"\\]`, type],
    // unhandled string formatting sign
    [String.raw`%|(\{{1,2})`, type],
  ];
}

export function fstringRules(type: TokenType): Rule[] {
  return [
    // Assuming that a '}' is the closing brace after format specifier.
    [String.raw`\}`, 'Literal.String.Interpol'],
    [String.raw`\{`, 'Literal.String.Interpol', 'expr-inside-fstring'],
    // backslashes, quotes and formatting signs must be parsed one at a time
    [String.raw`[^\\\'"{}\n]+`, type],
    [String.raw`[\'"\\]`, type],
  ];
}

/** A string opener `prefix + quote`: affix and quote tokens, then the string's state. */
function opener(pattern: string, quote: TokenType, state: NewState): Rule {
  return [pattern, bygroups('Literal.String.Affix', quote), state];
}

/** The keywords that stop `match`/`case` being soft keywords: the lowercase ones (Pygments 2.20). */
const SOFT_KEYWORD_STOPS = KWLIST.filter((keyword) => /^[a-z]/.test(keyword));

const D = 'Literal.String.Double';
const S = 'Literal.String.Single';

export const pythonLexer: LexerDefinition = {
  name: 'Python',
  aliases: ['python', 'py', 'sage', 'python3', 'py3', 'bazel', 'starlark', 'pyi'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`^(\s*)([rRuUbB]{,2})("""(?:.|\n)*?""")`, bygroups('Text.Whitespace', 'Literal.String.Affix', 'Literal.String.Doc')],
      [String.raw`^(\s*)([rRuUbB]{,2})('''(?:.|\n)*?''')`, bygroups('Text.Whitespace', 'Literal.String.Affix', 'Literal.String.Doc')],
      [String.raw`\A#!.+$`, 'Comment.Hashbang'],
      [String.raw`#.*$`, 'Comment.Single'],
      [String.raw`\\\n`, 'Text'],
      [String.raw`\\`, 'Text'],
      include('keywords'),
      include('soft-keywords'),
      [String.raw`(def)((?:\s|\\\s)+)`, bygroups('Keyword', 'Text.Whitespace'), 'funcname'],
      [String.raw`(class)((?:\s|\\\s)+)`, bygroups('Keyword', 'Text.Whitespace'), 'classname'],
      [String.raw`(from)((?:\s|\\\s)+)`, bygroups('Keyword.Namespace', 'Text.Whitespace'), 'fromimport'],
      [String.raw`(import)((?:\s|\\\s)+)`, bygroups('Keyword.Namespace', 'Text.Whitespace'), 'import'],
      include('expr'),
    ],
    expr: [
      // raw f-strings and t-strings
      opener('(?i)(r[ft]|[ft]r)(""")', D, combined('rfstringescape', 'tdqf')),
      opener("(?i)(r[ft]|[ft]r)(''')", S, combined('rfstringescape', 'tsqf')),
      opener('(?i)(r[ft]|[ft]r)(")', D, combined('rfstringescape', 'dqf')),
      opener("(?i)(r[ft]|[ft]r)(')", S, combined('rfstringescape', 'sqf')),
      // non-raw f-strings and t-strings
      opener('([fFtT])(""")', D, combined('fstringescape', 'tdqf')),
      opener("([fFtT])(''')", S, combined('fstringescape', 'tsqf')),
      opener('([fFtT])(")', D, combined('fstringescape', 'dqf')),
      opener("([fFtT])(')", S, combined('fstringescape', 'sqf')),
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
      [String.raw`!=|==|<<|>>|:=|[-~+/*%=<>&^|.]`, 'Operator'],
      [String.raw`[]{}:(),;[]`, 'Punctuation'],
      [String.raw`(in|is|and|or|not)\b`, 'Operator.Word'],
      include('expr-keywords'),
      include('builtins'),
      include('magicfuncs'),
      include('magicvars'),
      include('name'),
    ],
    'expr-inside-fstring': [
      [String.raw`[{([]`, 'Punctuation', 'expr-inside-fstring-inner'],
      // without format specifier
      [String.raw`(=\s*)?(\![sraf])?\}`, 'Literal.String.Interpol', '#pop'],
      // with format specifier; we'll catch the remaining '}' in the outer scope
      [String.raw`(=\s*)?(\![sraf])?:`, 'Literal.String.Interpol', '#pop'],
      [String.raw`\s+`, 'Text.Whitespace'], // allow new lines
      include('expr'),
    ],
    'expr-inside-fstring-inner': [
      [String.raw`[{([]`, 'Punctuation', 'expr-inside-fstring-inner'],
      [String.raw`[])}]`, 'Punctuation', '#pop'],
      [String.raw`\s+`, 'Text.Whitespace'], // allow new lines
      include('expr'),
    ],
    'expr-keywords': [
      // Based on https://docs.python.org/3/reference/expressions.html
      [words(['async for', 'await', 'else', 'for', 'if', 'lambda', 'yield', 'yield from'], '', String.raw`\b`), 'Keyword'],
      [words(['True', 'False', 'None'], '', String.raw`\b`), 'Keyword.Constant'],
    ],
    keywords: [
      [
        words(['assert', 'async', 'await', 'break', 'continue', 'del', 'elif', 'else', 'except', 'finally', 'for',
          'global', 'if', 'lambda', 'pass', 'raise', 'nonlocal', 'return', 'try', 'while', 'yield', 'yield from',
          'as', 'with'], '', String.raw`\b`),
        'Keyword',
      ],
      [words(['True', 'False', 'None'], '', String.raw`\b`), 'Keyword.Constant'],
    ],
    'soft-keywords': [
      // `match`, `case` and `_` soft keywords, at a line start and not followed by what means
      // this isn't pattern matching (None/True/False are fine: `match None:`)
      [
        String.raw`(^[ \t]*)(match|case)\b(?![ \t]*(?:[:,;=^&|@~)\]}]|(?:` + SOFT_KEYWORD_STOPS.join('|') + String.raw`)\b))`,
        bygroups('Text', 'Keyword'),
        'soft-keywords-inner',
      ],
    ],
    'soft-keywords-inner': [
      // optional `_` keyword
      [String.raw`(\s+)([^\n_]*)(_\b)`, bygroups('Text.Whitespace', usingThis(), 'Keyword')],
      defaultState('#pop'),
    ],
    builtins: [
      [words(BUILTINS, String.raw`(?<!\.)`, String.raw`\b`), 'Name.Builtin'],
      [String.raw`(?<!\.)(self|Ellipsis|NotImplemented|cls)\b`, 'Name.Builtin.Pseudo'],
      [words(EXCEPTIONS, String.raw`(?<!\.)`, String.raw`\b`), 'Name.Exception'],
    ],
    magicfuncs: [[words(MAGIC_FUNCTIONS, '', String.raw`\b`), 'Name.Function.Magic']],
    magicvars: [[words(MAGIC_VARIABLES, '', String.raw`\b`), 'Name.Variable.Magic']],
    numbers: [
      [String.raw`(\d(?:_?\d)*\.(?:\d(?:_?\d)*)?|(?:\d(?:_?\d)*)?\.\d(?:_?\d)*)([eE][+-]?\d(?:_?\d)*)?`, 'Literal.Number.Float'],
      [String.raw`\d(?:_?\d)*[eE][+-]?\d(?:_?\d)*j?`, 'Literal.Number.Float'],
      [String.raw`0[oO](?:_?[0-7])+`, 'Literal.Number.Oct'],
      [String.raw`0[bB](?:_?[01])+`, 'Literal.Number.Bin'],
      [String.raw`0[xX](?:_?[a-fA-F0-9])+`, 'Literal.Number.Hex'],
      [String.raw`\d(?:_?\d)*`, 'Literal.Number.Integer'],
    ],
    name: [
      ['@' + UNI_NAME, 'Name.Decorator'],
      ['@', 'Operator'], // new matrix multiplication operator
      [UNI_NAME, 'Name'],
    ],
    funcname: [include('magicfuncs'), [UNI_NAME, 'Name.Function', '#pop'], defaultState('#pop')],
    classname: [[UNI_NAME, 'Name.Class', '#pop']],
    import: [
      [String.raw`(\s+)(as)(\s+)`, bygroups('Text.Whitespace', 'Keyword', 'Text.Whitespace')],
      [String.raw`\.`, 'Name.Namespace'],
      [UNI_NAME, 'Name.Namespace'],
      [String.raw`(\s*)(,)(\s*)`, bygroups('Text.Whitespace', 'Operator', 'Text.Whitespace')],
      defaultState('#pop'), // all else: go back
    ],
    fromimport: [
      [String.raw`(\s+)(import)\b`, bygroups('Text.Whitespace', 'Keyword.Namespace'), '#pop'],
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
