/**
 * Pygments' SASLexer (pygments/lexers/sas.py, Pygments 2.20.0), rule for rule: statements, SQL
 * words, macros and functions by list; `datalines;` blocks and `put NOTE:` log lines apart.
 *
 *     proc print data=a; run;   ->   <kr>proc print </kr><k>data</k>=<n>a</n>;<kr> run;</kr>  (text as Pygments cuts it)
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

const MACROS = [
  'bquote', 'nrbquote', 'cmpres', 'qcmpres', 'compstor', 'datatyp', 'display', 'do', 'else', 'end', 'eval',
  'global', 'goto', 'if', 'index', 'input', 'keydef', 'label', 'left', 'length', 'let', 'local', 'lowcase',
  'macro', 'mend', 'nrquote', 'nrstr', 'put', 'qleft', 'qlowcase', 'qscan', 'qsubstr', 'qsysfunc', 'qtrim',
  'quote', 'qupcase', 'scan', 'str', 'substr', 'superq', 'syscall', 'sysevalf', 'sysexec', 'sysfunc', 'sysget',
  'syslput', 'sysprod', 'sysrc', 'sysrput', 'then', 'to', 'trim', 'unquote', 'until', 'upcase', 'verify',
  'while', 'window',
];

const CONDITIONALS = [
  'do', 'if', 'then', 'else', 'end', 'until', 'while',
];

const STATEMENTS = [
  'abort', 'array', 'attrib', 'by', 'call', 'cards', 'cards4', 'catname', 'continue', 'datalines', 'datalines4',
  'delete', 'delim', 'delimiter', 'display', 'dm', 'drop', 'endsas', 'error', 'file', 'filename', 'footnote',
  'format', 'goto', 'in', 'infile', 'informat', 'input', 'keep', 'label', 'leave', 'length', 'libname', 'link',
  'list', 'lostcard', 'merge', 'missing', 'modify', 'options', 'output', 'out', 'page', 'put', 'redirect',
  'remove', 'rename', 'replace', 'retain', 'return', 'select', 'set', 'skip', 'startsas', 'stop', 'title',
  'update', 'waitsas', 'where', 'window', 'x', 'systask',
];

const SQL = [
  'add', 'and', 'alter', 'as', 'cascade', 'check', 'create', 'delete', 'describe', 'distinct', 'drop',
  'foreign', 'from', 'group', 'having', 'index', 'insert', 'into', 'in', 'key', 'like', 'message', 'modify',
  'msgtype', 'not', 'null', 'on', 'or', 'order', 'primary', 'references', 'reset', 'restrict', 'select', 'set',
  'table', 'unique', 'update', 'validate', 'view', 'where',
];

const FUNCTIONS = [
  'abs', 'addr', 'airy', 'arcos', 'arsin', 'atan', 'attrc', 'attrn', 'band', 'betainv', 'blshift', 'bnot',
  'bor', 'brshift', 'bxor', 'byte', 'cdf', 'ceil', 'cexist', 'cinv', 'close', 'cnonct', 'collate', 'compbl',
  'compound', 'compress', 'cos', 'cosh', 'css', 'curobs', 'cv', 'daccdb', 'daccdbsl', 'daccsl', 'daccsyd',
  'dacctab', 'dairy', 'date', 'datejul', 'datepart', 'datetime', 'day', 'dclose', 'depdb', 'depdbsl', 'depsl',
  'depsyd', 'deptab', 'dequote', 'dhms', 'dif', 'digamma', 'dim', 'dinfo', 'dnum', 'dopen', 'doptname',
  'doptnum', 'dread', 'dropnote', 'dsname', 'erf', 'erfc', 'exist', 'exp', 'fappend', 'fclose', 'fcol',
  'fdelete', 'fetch', 'fetchobs', 'fexist', 'fget', 'fileexist', 'filename', 'fileref', 'finfo', 'finv',
  'fipname', 'fipnamel', 'fipstate', 'floor', 'fnonct', 'fnote', 'fopen', 'foptname', 'foptnum', 'fpoint',
  'fpos', 'fput', 'fread', 'frewind', 'frlen', 'fsep', 'fuzz', 'fwrite', 'gaminv', 'gamma', 'getoption',
  'getvarc', 'getvarn', 'hbound', 'hms', 'hosthelp', 'hour', 'ibessel', 'index', 'indexc', 'indexw', 'input',
  'inputc', 'inputn', 'int', 'intck', 'intnx', 'intrr', 'irr', 'jbessel', 'juldate', 'kurtosis', 'lag',
  'lbound', 'left', 'length', 'lgamma', 'libname', 'libref', 'log', 'log10', 'log2', 'logpdf', 'logpmf',
  'logsdf', 'lowcase', 'max', 'mdy', 'mean', 'min', 'minute', 'mod', 'month', 'mopen', 'mort', 'n', 'netpv',
  'nmiss', 'normal', 'note', 'npv', 'open', 'ordinal', 'pathname', 'pdf', 'peek', 'peekc', 'pmf', 'point',
  'poisson', 'poke', 'probbeta', 'probbnml', 'probchi', 'probf', 'probgam', 'probhypr', 'probit', 'probnegb',
  'probnorm', 'probt', 'put', 'putc', 'putn', 'qtr', 'quote', 'ranbin', 'rancau', 'ranexp', 'rangam', 'range',
  'rank', 'rannor', 'ranpoi', 'rantbl', 'rantri', 'ranuni', 'repeat', 'resolve', 'reverse', 'rewind', 'right',
  'round', 'saving', 'scan', 'sdf', 'second', 'sign', 'sin', 'sinh', 'skewness', 'soundex', 'spedis', 'sqrt',
  'std', 'stderr', 'stfips', 'stname', 'stnamel', 'substr', 'sum', 'symget', 'sysget', 'sysmsg', 'sysprod',
  'sysrc', 'system', 'tan', 'tanh', 'time', 'timepart', 'tinv', 'tnonct', 'today', 'translate', 'tranwrd',
  'trigamma', 'trim', 'trimn', 'trunc', 'uniform', 'upcase', 'uss', 'var', 'varfmt', 'varinfmt', 'varlabel',
  'varlen', 'varname', 'varnum', 'varray', 'varrayx', 'vartype', 'verify', 'vformat', 'vformatd', 'vformatdx',
  'vformatn', 'vformatnx', 'vformatw', 'vformatwx', 'vformatx', 'vinarray', 'vinarrayx', 'vinformat',
  'vinformatd', 'vinformatdx', 'vinformatn', 'vinformatnx', 'vinformatw', 'vinformatwx', 'vinformatx', 'vlabel',
  'vlabelx', 'vlength', 'vlengthx', 'vname', 'vnamex', 'vtype', 'vtypex', 'weekday', 'year', 'yyq', 'zipfips',
  'zipname', 'zipnamel', 'zipstate',
];

export const sasLexer: LexerDefinition = {
  name: 'SAS',
  aliases: ['sas'],
  flags: 'im',
  tokens: {
    root: [
      include('comments'),
      include('proc-data'),
      include('cards-datalines'),
      include('logs'),
      include('general'),
      ['.', 'Text'],
    ],
    // SAS reads across lines: a `*` comment ends at its `;`
    comments: [
      [String.raw`^\s*\*.*?;`, 'Comment'],
      [String.raw`/\*.*?\*/`, 'Comment'],
      [String.raw`^\s*\*(.|\n)*?;`, 'Comment.Multiline'],
      [String.raw`/[*](.|\n)*?[*]/`, 'Comment.Multiline'],
    ],
    'proc-data': [
      [String.raw`(^|;)\s*(proc \w+|data|run|quit)[\s;]`, 'Keyword.Reserved'],
    ],
    'cards-datalines': [
      [String.raw`^\s*(datalines|cards)\s*;\s*$`, 'Keyword', 'data'],
    ],
    // the data lines, up to a line of a lone `;`
    data: [
      [String.raw`(.|\n)*^\s*;\s*$`, 'Other', '#pop'],
    ],
    // `put NOTE:` / `WARNING:` / `ERROR:` lines (order matters)
    logs: [
      [String.raw`\n?^\s*%?put `, 'Keyword', 'log-messages'],
    ],
    'log-messages': [
      ['NOTE(:|-).*', 'Generic', '#pop'],
      ['WARNING(:|-).*', 'Generic.Emph', '#pop'],
      ['ERROR(:|-).*', 'Generic.Error', '#pop'],
      include('general'),
    ],
    general: [
      include('keywords'),
      include('vars-strings'),
      include('special'),
      include('numbers'),
    ],
    keywords: [
      [words(STATEMENTS, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(SQL, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(CONDITIONALS, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(MACROS, '%', String.raw`\b`), 'Name.Builtin'],
      [words(FUNCTIONS, String.raw`\b`, String.raw`\(`), 'Name.Builtin'],
    ],
    // strings, and user variables and macros (order matters)
    'vars-strings': [
      [String.raw`&[a-z_]\w{0,31}\.?`, 'Name.Variable'],
      [String.raw`%[a-z_]\w{0,31}`, 'Name.Function'],
      ["'", 'Literal.String', 'string_squote'],
      ['"', 'Literal.String', 'string_dquote'],
    ],
    // macro variables are not resolved in single quotes
    string_squote: [
      ["'", 'Literal.String', '#pop'],
      [String.raw`\\\\|\\"|\\\n`, 'Literal.String.Escape'],
      [String.raw`[^$'\\]+`, 'Literal.String'],
      [String.raw`[$'\\]`, 'Literal.String'],
    ],
    string_dquote: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\\\|\\"|\\\n`, 'Literal.String.Escape'],
      ['&', 'Name.Variable', 'validvar'],
      [String.raw`[^$&"\\]+`, 'Literal.String'],
      [String.raw`[$"\\]`, 'Literal.String'],
    ],
    validvar: [
      [String.raw`[a-z_]\w{0,31}\.?`, 'Name.Variable', '#pop'],
    ],
    numbers: [
      [String.raw`\b[+-]?([0-9]+(\.[0-9]+)?|\.[0-9]+|\.)(E[+-]?[0-9]+)?i?\b`, 'Literal.Number'],
    ],
    special: [
      ['(null|missing|_all_|_automatic_|_character_|_n_|_infile_|_name_|_null_|_numeric_|_user_|_webout_)', 'Keyword.Constant'],
    ],
  },
};
