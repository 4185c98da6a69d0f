/**
 * Pygments' PerlLexer (pygments/lexers/perl.py, Pygments 2.20.0), rule for rule: sigils, `s///`
 * and `m{}` regexes with any delimiter, `q`/`qq`/`qw` quotes with nesting brackets, heredocs,
 * POD blocks and formats.
 *
 *     my @a = qw(x y);   ->   <k>my</k><w> </w><nv>@a</nv><w> </w><o>=</o><w> </w><sx>qw(x y)</sx><p>;</p>
 */
import { bygroups, words, type LexerDefinition, type Rule } from '../regex-lexer.ts';

const W = 'Text.Whitespace';

const BUILTINS = [
  'abs', 'accept', 'alarm', 'atan2', 'bind', 'binmode', 'bless', 'caller', 'chdir', 'chmod', 'chomp', 'chop', 'chown',
  'chr', 'chroot', 'close', 'closedir', 'connect', 'continue', 'cos', 'crypt', 'dbmclose', 'dbmopen', 'defined',
  'delete', 'die', 'dump', 'each', 'endgrent', 'endhostent', 'endnetent', 'endprotoent', 'endpwent', 'endservent',
  'eof', 'eval', 'exec', 'exists', 'exit', 'exp', 'fcntl', 'fileno', 'flock', 'fork', 'format', 'formline', 'getc',
  'getgrent', 'getgrgid', 'getgrnam', 'gethostbyaddr', 'gethostbyname', 'gethostent', 'getlogin', 'getnetbyaddr',
  'getnetbyname', 'getnetent', 'getpeername', 'getpgrp', 'getppid', 'getpriority', 'getprotobyname',
  'getprotobynumber', 'getprotoent', 'getpwent', 'getpwnam', 'getpwuid', 'getservbyname', 'getservbyport',
  'getservent', 'getsockname', 'getsockopt', 'glob', 'gmtime', 'goto', 'grep', 'hex', 'import', 'index', 'int',
  'ioctl', 'join', 'keys', 'kill', 'last', 'lc', 'lcfirst', 'length', 'link', 'listen', 'local', 'localtime', 'log',
  'lstat', 'map', 'mkdir', 'msgctl', 'msgget', 'msgrcv', 'msgsnd', 'my', 'next', 'oct', 'open', 'opendir', 'ord',
  'our', 'pack', 'pipe', 'pop', 'pos', 'printf', 'prototype', 'push', 'quotemeta', 'rand', 'read', 'readdir',
  'readline', 'readlink', 'readpipe', 'recv', 'redo', 'ref', 'rename', 'reverse', 'rewinddir', 'rindex', 'rmdir',
  'scalar', 'seek', 'seekdir', 'select', 'semctl', 'semget', 'semop', 'send', 'setgrent', 'sethostent', 'setnetent',
  'setpgrp', 'setpriority', 'setprotoent', 'setpwent', 'setservent', 'setsockopt', 'shift', 'shmctl', 'shmget',
  'shmread', 'shmwrite', 'shutdown', 'sin', 'sleep', 'socket', 'socketpair', 'sort', 'splice', 'split', 'sprintf',
  'sqrt', 'srand', 'stat', 'study', 'substr', 'symlink', 'syscall', 'sysopen', 'sysread', 'sysseek', 'system',
  'syswrite', 'tell', 'telldir', 'tie', 'tied', 'time', 'times', 'tr', 'truncate', 'uc', 'ucfirst', 'umask', 'undef',
  'unlink', 'unpack', 'unshift', 'untie', 'utime', 'values', 'vec', 'wait', 'waitpid', 'wantarray', 'warn', 'write',
];

/**
 * A bracketed quote (`q{...}`, `qw(...)`): a backslash escapes the brackets, and the opening
 * bracket nests. Patterns as Pygments writes them: escape, open, close, and the text between.
 */
function bracketString(escape: string, open: string, close: string, any: string): Rule[] {
  return [
    [escape, 'Literal.String.Other'],
    [String.raw`\\`, 'Literal.String.Other'],
    [open, 'Literal.String.Other', '#push'],
    [close, 'Literal.String.Other', '#pop'],
    [any, 'Literal.String.Other'],
  ];
}

export const perlLexer: LexerDefinition = {
  name: 'Perl',
  aliases: ['perl', 'pl'],
  flags: 'ms',
  tokens: {
    'balanced-regex': [
      [String.raw`/(\\\\|\\[^\\]|[^\\/])*/[egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`!(\\\\|\\[^\\]|[^\\!])*![egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`\\(\\\\|[^\\])*\\[egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`\{(\\\\|\\[^\\]|[^\\}])*\}[egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`<(\\\\|\\[^\\]|[^\\>])*>[egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`\[(\\\\|\\[^\\]|[^\\\]])*\][egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`\((\\\\|\\[^\\]|[^\\)])*\)[egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`@(\\\\|\\[^\\]|[^\\@])*@[egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`%(\\\\|\\[^\\]|[^\\%])*%[egimosx]*`, 'Literal.String.Regex', '#pop'],
      [String.raw`\$(\\\\|\\[^\\]|[^\\$])*\$[egimosx]*`, 'Literal.String.Regex', '#pop'],
    ],
    root: [
      [String.raw`\A\#!.+?$`, 'Comment.Hashbang'],
      [String.raw`\#.*?$`, 'Comment.Single'],
      [String.raw`^=[a-zA-Z0-9]+\s+.*?\n=cut`, 'Comment.Multiline'],
      [
        words(['case', 'continue', 'do', 'else', 'elsif', 'for', 'foreach', 'if', 'last', 'my', 'next', 'our', 'redo',
          'reset', 'then', 'unless', 'until', 'while', 'print', 'new', 'BEGIN', 'CHECK', 'INIT', 'END', 'return'], '', String.raw`\b`),
        'Keyword',
      ],
      [String.raw`(format)(\s+)(\w+)(\s*)(=)(\s*\n)`, bygroups('Keyword', W, 'Name', W, 'Punctuation', W), 'format'],
      [String.raw`(eq|lt|gt|le|ge|ne|not|and|or|cmp)\b`, 'Operator.Word'],
      // common delimiters
      [String.raw`s/(\\\\|\\[^\\]|[^\\/])*/(\\\\|\\[^\\]|[^\\/])*/[egimosx]*`, 'Literal.String.Regex'],
      [String.raw`s!(\\\\|\\!|[^!])*!(\\\\|\\!|[^!])*![egimosx]*`, 'Literal.String.Regex'],
      [String.raw`s\\(\\\\|[^\\])*\\(\\\\|[^\\])*\\[egimosx]*`, 'Literal.String.Regex'],
      [String.raw`s@(\\\\|\\[^\\]|[^\\@])*@(\\\\|\\[^\\]|[^\\@])*@[egimosx]*`, 'Literal.String.Regex'],
      [String.raw`s%(\\\\|\\[^\\]|[^\\%])*%(\\\\|\\[^\\]|[^\\%])*%[egimosx]*`, 'Literal.String.Regex'],
      // balanced delimiters
      [String.raw`s\{(\\\\|\\[^\\]|[^\\}])*\}\s*`, 'Literal.String.Regex', 'balanced-regex'],
      [String.raw`s<(\\\\|\\[^\\]|[^\\>])*>\s*`, 'Literal.String.Regex', 'balanced-regex'],
      [String.raw`s\[(\\\\|\\[^\\]|[^\\\]])*\]\s*`, 'Literal.String.Regex', 'balanced-regex'],
      [String.raw`s\((\\\\|\\[^\\]|[^\\)])*\)\s*`, 'Literal.String.Regex', 'balanced-regex'],
      [String.raw`m?/(\\\\|\\[^\\]|[^\\/\n])*/[gcimosx]*`, 'Literal.String.Regex'],
      [String.raw`m(?=[/!\\{<\[(@%$])`, 'Literal.String.Regex', 'balanced-regex'],
      [String.raw`((?<==~)|(?<=\())\s*/(\\\\|\\[^\\]|[^\\/])*/[gcimosx]*`, 'Literal.String.Regex'],
      [String.raw`\s+`, W],
      [words(BUILTINS, '', String.raw`\b`), 'Name.Builtin'],
      [String.raw`((__(DATA|DIE|WARN)__)|(STD(IN|OUT|ERR)))\b`, 'Name.Builtin.Pseudo'],
      [
        String.raw`(<<)(['"]?)([a-zA-Z_]\w*)(\2;?\n.*?\n)(\3)(\n)`,
        bygroups('Literal.String', 'Literal.String', 'Literal.String.Delimiter', 'Literal.String', 'Literal.String.Delimiter', W),
      ],
      ['__END__', 'Comment.Preproc', 'end-part'],
      [String.raw`\$\^[ADEFHILMOPSTWX]`, 'Name.Variable.Global'],
      [String.raw`\$[\\\"\[\]'&` + '`' + String.raw`+*.,;=%~?@$!<>(^|/-](?!\w)`, 'Name.Variable.Global'],
      ['[$@%#]+', 'Name.Variable', 'varname'],
      ['0_?[0-7]+(_[0-7]+)*', 'Literal.Number.Oct'],
      ['0x[0-9A-Fa-f]+(_[0-9A-Fa-f]+)*', 'Literal.Number.Hex'],
      ['0b[01]+(_[01]+)*', 'Literal.Number.Bin'],
      [String.raw`(?i)(\d*(_\d*)*\.\d+(_\d*)*|\d+(_\d*)*\.\d+(_\d*)*)(e[+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`(?i)\d+(_\d*)*e[+-]?\d+(_\d*)*`, 'Literal.Number.Float'],
      [String.raw`\d+(_\d+)*`, 'Literal.Number.Integer'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      ['`' + String.raw`(\\\\|\\[^\\]|[^` + '`' + String.raw`\\])*` + '`', 'Literal.String.Backtick'],
      [String.raw`<([^\s>]+)>`, 'Literal.String.Regex'],
      [String.raw`(q|qq|qw|qr|qx)\{`, 'Literal.String.Other', 'cb-string'],
      [String.raw`(q|qq|qw|qr|qx)\(`, 'Literal.String.Other', 'rb-string'],
      [String.raw`(q|qq|qw|qr|qx)\[`, 'Literal.String.Other', 'sb-string'],
      [String.raw`(q|qq|qw|qr|qx)\<`, 'Literal.String.Other', 'lt-string'],
      [String.raw`(q|qq|qw|qr|qx)([\W_])(.|\n)*?\2`, 'Literal.String.Other'],
      [String.raw`(package)(\s+)([a-zA-Z_]\w*(?:::[a-zA-Z_]\w*)*)`, bygroups('Keyword', W, 'Name.Namespace')],
      [String.raw`(use|require|no)(\s+)([a-zA-Z_]\w*(?:::[a-zA-Z_]\w*)*)`, bygroups('Keyword', W, 'Name.Namespace')],
      [String.raw`(sub)(\s+)`, bygroups('Keyword', W), 'funcname'],
      [words(['no', 'package', 'require', 'use'], '', String.raw`\b`), 'Keyword'],
      [String.raw`(\[\]|\*\*|::|<<|>>|>=|<=>|<=|={3}|!=|=~|!~|&&?|\|\||\.{1,3})`, 'Operator'],
      [String.raw`[-+/*%=<>&^|!\\~]=?`, 'Operator'],
      [String.raw`[()\[\]:;,<>/?{}]`, 'Punctuation'], // yes, there's no shortage of punctuation in Perl!
      [String.raw`(?=\w)`, 'Name', 'name'],
    ],
    format: [
      [String.raw`\.\n`, 'Literal.String.Interpol', '#pop'],
      [String.raw`[^\n]*\n`, 'Literal.String.Interpol'],
    ],
    varname: [
      [String.raw`\s+`, W],
      [String.raw`\{`, 'Punctuation', '#pop'], // hash syntax?
      [String.raw`\)|,`, 'Punctuation', '#pop'], // argument specifier
      [String.raw`\w+::`, 'Name.Namespace'],
      [String.raw`[\w:]+`, 'Name.Variable', '#pop'],
    ],
    name: [
      [String.raw`[a-zA-Z_]\w*(::[a-zA-Z_]\w*)*(::)?(?=\s*->)`, 'Name.Namespace', '#pop'],
      [String.raw`[a-zA-Z_]\w*(::[a-zA-Z_]\w*)*::`, 'Name.Namespace', '#pop'],
      [String.raw`[\w:]+`, 'Name', '#pop'],
      [String.raw`[A-Z_]+(?=\W)`, 'Name.Constant', '#pop'],
      [String.raw`(?=\W)`, 'Text', '#pop'],
    ],
    funcname: [
      [String.raw`[a-zA-Z_]\w*[!?]?`, 'Name.Function'],
      [String.raw`\s+`, W],
      // argument declaration
      [String.raw`(\([$@%]*\))(\s*)`, bygroups('Punctuation', W)],
      [';', 'Punctuation', '#pop'],
      [String.raw`.*?\{`, 'Punctuation', '#pop'],
    ],
    'cb-string': bracketString(String.raw`\\[{}\\]`, String.raw`\{`, String.raw`\}`, String.raw`[^{}\\]+`),
    'rb-string': bracketString(String.raw`\\[()\\]`, String.raw`\(`, String.raw`\)`, '[^()]+'),
    'sb-string': bracketString(String.raw`\\[\[\]\\]`, String.raw`\[`, String.raw`\]`, String.raw`[^\[\]]+`),
    'lt-string': bracketString(String.raw`\\[<>\\]`, String.raw`\<`, String.raw`\>`, '[^<>]+'),
    'end-part': [['.+', 'Comment.Preproc', '#pop']],
  },
};
