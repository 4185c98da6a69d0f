/**
 * Pygments' BashLexer (pygments/lexers/shell.py, Pygments 2.20), rule for rule:
 *
 *     tshark -w /tmp/dns.pcap "tcp port"   ->   tshark<w> </w>-w<w> </w>/tmp/dns.pcap<w> </w><s2>"tcp port"</s2>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const bashLexer: LexerDefinition = {
  name: 'Bash',
  aliases: ['bash', 'sh', 'ksh', 'zsh', 'shell', 'openrc'],
  tokens: {
    root: [
      include('basic'),
      ['`', 'Literal.String.Backtick', 'backticks'],
      include('data'),
      include('interp'),
    ],
    interp: [
      [String.raw`\$\(\(`, 'Keyword', 'math'],
      [String.raw`\$\(`, 'Keyword', 'paren'],
      [String.raw`\$\{#?`, 'Literal.String.Interpol', 'curly'],
      [String.raw`\$[a-zA-Z_]\w*`, 'Name.Variable'], // user variable
      [String.raw`\$(?:\d+|[#$?!_*@-])`, 'Name.Variable'], // builtin
      [String.raw`\$`, 'Text'],
    ],
    basic: [
      [
        String.raw`\b(if|fi|else|while|in|do|done|for|then|return|function|case|` +
          String.raw`select|break|continue|until|esac|elif)(\s*)\b`,
        bygroups('Keyword', 'Text.Whitespace'),
      ],
      [
        String.raw`\b(alias|bg|bind|builtin|caller|cd|command|compgen|` +
          String.raw`complete|declare|dirs|disown|echo|enable|eval|exec|exit|` +
          String.raw`export|false|fc|fg|getopts|hash|help|history|jobs|kill|let|` +
          String.raw`local|logout|popd|printf|pushd|pwd|read|readonly|set|shift|` +
          String.raw`shopt|source|suspend|test|time|times|trap|true|type|typeset|` +
          String.raw`ulimit|umask|unalias|unset|wait)(?=[\s)` + '`])',
        'Name.Builtin',
      ],
      [String.raw`\A#!.+\n`, 'Comment.Hashbang'],
      [String.raw`#.*\n`, 'Comment.Single'],
      [String.raw`\\[\w\W]`, 'Literal.String.Escape'],
      [String.raw`(\b\w+)(\s*)(\+?=)`, bygroups('Name.Variable', 'Text.Whitespace', 'Operator')],
      [String.raw`[\[\]{}()=]`, 'Operator'],
      ['<<<', 'Operator'], // here-string
      [String.raw`<<-?\s*(\'?)\\?(\w+)[\w\W]+?\2`, 'Literal.String'],
      [String.raw`&&|\|\|`, 'Operator'],
    ],
    data: [
      [String.raw`(?s)\$?"(\\.|[^"\\$])*"`, 'Literal.String.Double'],
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`(?s)\$'(\\\\|\\[0-7]+|\\.|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`(?s)'.*?'`, 'Literal.String.Single'],
      [';', 'Punctuation'],
      ['&', 'Punctuation'],
      [String.raw`\|`, 'Punctuation'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\d+\b`, 'Literal.Number'],
      [String.raw`[^=\s\[\]{}()$"\'` + '`' + String.raw`\\<&|;]+`, 'Text'],
      ['<', 'Text'],
    ],
    string: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`(?s)(\\\\|\\[0-7]+|\\.|[^"\\$])+`, 'Literal.String.Double'],
      include('interp'),
    ],
    curly: [
      [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
      [':-', 'Keyword'],
      [String.raw`\w+`, 'Name.Variable'],
      [String.raw`[^}:"\'` + '`' + String.raw`$\\]+`, 'Punctuation'],
      [':', 'Punctuation'],
      include('root'),
    ],
    paren: [
      [String.raw`\)`, 'Keyword', '#pop'],
      include('root'),
    ],
    math: [
      [String.raw`\)\)`, 'Keyword', '#pop'],
      [String.raw`\*\*|\|\||<<|>>|[-+*/%^|&<>]`, 'Operator'],
      [String.raw`\d+#[\da-zA-Z]+`, 'Literal.Number'],
      [String.raw`\d+#(?! )`, 'Literal.Number'],
      [String.raw`0[xX][\da-fA-F]+`, 'Literal.Number'],
      [String.raw`\d+`, 'Literal.Number'],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Variable'], // user variable
      include('root'),
    ],
    backticks: [
      ['`', 'Literal.String.Backtick', '#pop'],
      include('root'),
    ],
  },
};
