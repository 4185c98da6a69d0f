/**
 * Pygments' TclLexer (pygments/lexers/tcl.py, Pygments 2.20.0), rule for rule. A command's first
 * word is a keyword, a builtin or a Name.Variable; braces, brackets and parens push their own
 * command and parameter states.
 *
 *     set x [expr {1 + 2}]   ->   <k>set</k> <n>x</n> <k>[</k><k>expr</k> <k>{</k><mi>1</mi> <o>+</o> <mi>2</mi><k>}]</k>
 */
import { include, words, type LexerDefinition, type Rule } from '../regex-lexer.ts';

/** TclLexer.keyword_cmds_re's words. */
const KEYWORD_CMDS = [
  'after', 'apply', 'array', 'break', 'catch', 'continue', 'elseif', 'else', 'error', 'eval', 'expr', 'for',
  'foreach', 'global', 'if', 'namespace', 'proc', 'rename', 'return', 'set', 'switch', 'then', 'trace', 'unset',
  'update', 'uplevel', 'upvar', 'variable', 'vwait', 'while',
];
/** TclLexer.builtin_cmds_re's words. */
const BUILTIN_CMDS = [
  'append', 'bgerror', 'binary', 'cd', 'chan', 'clock', 'close', 'concat', 'dde', 'dict', 'encoding', 'eof', 'exec',
  'exit', 'fblocked', 'fconfigure', 'fcopy', 'file', 'fileevent', 'flush', 'format', 'gets', 'glob', 'history',
  'http', 'incr', 'info', 'interp', 'join', 'lappend', 'lassign', 'lindex', 'linsert', 'list', 'llength', 'load',
  'loadTk', 'lrange', 'lrepeat', 'lreplace', 'lreverse', 'lsearch', 'lset', 'lsort', 'mathfunc', 'mathop', 'memory',
  'msgcat', 'open', 'package', 'pid', 'pkg::create', 'pkg_mkIndex', 'platform', 'platform::shell', 'puts', 'pwd',
  're_syntax', 'read', 'refchan', 'regexp', 'registry', 'regsub', 'scan', 'seek', 'socket', 'source', 'split',
  'string', 'subst', 'tell', 'time', 'tm', 'unknown', 'unload',
];

/** `_gen_command_rules`: a command's first word, then its parameters in the state for `context`. */
function commandRules(context: string): readonly Rule[] {
  return [
    [words(KEYWORD_CMDS, String.raw`\b`, String.raw`\b`), 'Keyword', `params${context}`],
    [words(BUILTIN_CMDS, String.raw`\b`, String.raw`\b`), 'Name.Builtin', `params${context}`],
    [String.raw`([\w.-]+)`, 'Name.Variable', `params${context}`],
    ['#', 'Comment', 'comment'],
  ];
}

export const tclLexer: LexerDefinition = {
  name: 'Tcl',
  aliases: ['tcl'],
  tokens: {
    root: [
      include('command'),
      include('basic'),
      include('data'),
      [String.raw`\}`, 'Keyword'], // Pygments' HACK: a brace it miscounted
    ],
    command: commandRules(''),
    'command-in-brace': commandRules('-in-brace'),
    'command-in-bracket': commandRules('-in-bracket'),
    'command-in-paren': commandRules('-in-paren'),
    basic: [
      [String.raw`\(`, 'Keyword', 'paren'],
      [String.raw`\[`, 'Keyword', 'bracket'],
      [String.raw`\{`, 'Keyword', 'brace'],
      [String.raw`"`, 'Literal.String.Double', 'string'],
      [String.raw`(eq|ne|in|ni)\b`, 'Operator.Word'],
      [String.raw`!=|==|<<|>>|<=|>=|&&|\|\||\*\*|[-+~!*/%<>&^|?:]`, 'Operator'],
    ],
    data: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`0x[a-fA-F0-9]+`, 'Literal.Number.Hex'],
      [String.raw`0[0-7]+`, 'Literal.Number.Oct'],
      [String.raw`\d+\.\d+`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`\$[\w.:-]+`, 'Name.Variable'],
      [String.raw`\$\{[\w.:-]+\}`, 'Name.Variable'],
      [String.raw`[\w.,@:-]+`, 'Text'],
    ],
    params: [
      [String.raw`;`, 'Keyword', '#pop'],
      [String.raw`\n`, 'Text', '#pop'],
      [String.raw`(else|elseif|then)\b`, 'Keyword'],
      include('basic'),
      include('data'),
    ],
    'params-in-brace': [
      [String.raw`\}`, 'Keyword', ['#pop', '#pop']],
      include('params'),
    ],
    'params-in-paren': [
      [String.raw`\)`, 'Keyword', ['#pop', '#pop']],
      include('params'),
    ],
    'params-in-bracket': [
      [String.raw`\]`, 'Keyword', ['#pop', '#pop']],
      include('params'),
    ],
    string: [
      [String.raw`\[`, 'Literal.String.Double', 'string-square'],
      [String.raw`(?s)(\\\\|\\[0-7]+|\\.|[^"\\])`, 'Literal.String.Double'],
      [String.raw`"`, 'Literal.String.Double', '#pop'],
    ],
    'string-square': [
      [String.raw`\[`, 'Literal.String.Double', 'string-square'],
      [String.raw`(?s)(\\\\|\\[0-7]+|\\.|\\\n|[^\]\\])`, 'Literal.String.Double'],
      [String.raw`\]`, 'Literal.String.Double', '#pop'],
    ],
    brace: [
      [String.raw`\}`, 'Keyword', '#pop'],
      include('command-in-brace'),
      include('basic'),
      include('data'),
    ],
    paren: [
      [String.raw`\)`, 'Keyword', '#pop'],
      include('command-in-paren'),
      include('basic'),
      include('data'),
    ],
    bracket: [
      [String.raw`\]`, 'Keyword', '#pop'],
      include('command-in-bracket'),
      include('basic'),
      include('data'),
    ],
    comment: [
      [String.raw`.*[^\\]\n`, 'Comment', '#pop'],
      [String.raw`.*\\\n`, 'Comment'],
    ],
  },
};
