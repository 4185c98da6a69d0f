/**
 * Pygments' FishShellLexer (pygments/lexers/shell.py, Pygments 2.20.0), rule for rule.
 *
 *     set -x PATH $HOME/bin   ->   <k>set</k> -x PATH <nv>$HOME</nv>/bin
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const fishLexer: LexerDefinition = {
  name: 'Fish',
  aliases: ['fish', 'fishshell'],
  tokens: {
    root: [include('basic'), include('data'), include('interp')],
    interp: [
      [String.raw`\$\(\(`, 'Keyword', 'math'],
      [String.raw`\(`, 'Keyword', 'paren'],
      [String.raw`\$#?(\w+|.)`, 'Name.Variable'],
    ],
    basic: [
      [
        String.raw`\b(begin|end|if|else|while|break|for|in|return|function|block|` +
          String.raw`case|continue|switch|not|and|or|set|echo|exit|pwd|true|false|` +
          String.raw`cd|count|test)(\s*)\b`,
        bygroups('Keyword', 'Text'),
      ],
      [
        String.raw`\b(alias|bg|bind|breakpoint|builtin|command|commandline|` +
          String.raw`complete|contains|dirh|dirs|emit|eval|exec|fg|fish|fish_config|` +
          String.raw`fish_indent|fish_pager|fish_prompt|fish_right_prompt|` +
          String.raw`fish_update_completions|fishd|funced|funcsave|functions|help|` +
          String.raw`history|isatty|jobs|math|mimedb|nextd|open|popd|prevd|psub|` +
          String.raw`pushd|random|read|set_color|source|status|trap|type|ulimit|` +
          String.raw`umask|vared|fc|getopts|hash|kill|printf|time|wait)\s*\b(?!\.)`,
        'Name.Builtin',
      ],
      ['#.*\n', 'Comment'],
      [String.raw`\\[\w\W]`, 'Literal.String.Escape'],
      [String.raw`(\b\w+)(\s*)(=)`, bygroups('Name.Variable', 'Text.Whitespace', 'Operator')],
      [String.raw`[\[\]()=]`, 'Operator'],
      [String.raw`<<-?\s*(\'?)\\?(\w+)[\w\W]+?\2`, 'Literal.String'],
    ],
    data: [
      [String.raw`(?s)\$?"(\\\\|\\[0-7]+|\\.|[^"\\$])*"`, 'Literal.String.Double'],
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`(?s)\$'(\\\\|\\[0-7]+|\\.|[^'\\])*'`, 'Literal.String.Single'],
      [`(?s)'.*?'`, 'Literal.String.Single'],
      [';', 'Punctuation'],
      [String.raw`&|\||\^|<|>`, 'Operator'],
      [String.raw`\s+`, 'Text'],
      [String.raw`\d+(?= |\Z)`, 'Literal.Number'],
      [String.raw`[^=\s\[\]{}()$"\'` + '`' + String.raw`\\<&|;]+`, 'Text'],
    ],
    string: [
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`(?s)(\\\\|\\[0-7]+|\\.|[^"\\$])+`, 'Literal.String.Double'],
      include('interp'),
    ],
    paren: [
      [String.raw`\)`, 'Keyword', '#pop'],
      include('root'),
    ],
    math: [
      [String.raw`\)\)`, 'Keyword', '#pop'],
      [String.raw`[-+*/%^|&]|\*\*|\|\|`, 'Operator'],
      [String.raw`\d+#\d+`, 'Literal.Number'],
      [String.raw`\d+#(?! )`, 'Literal.Number'],
      [String.raw`\d+`, 'Literal.Number'],
      include('root'),
    ],
  },
};
