/**
 * Pygments' TcshLexer (pygments/lexers/shell.py, Pygments 2.20.0), rule for rule.
 *
 *     setenv EDITOR vim   ->   <nb>setenv </nb>EDITOR vim
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const tcshLexer: LexerDefinition = {
  name: 'Tcsh',
  aliases: ['tcsh', 'csh'],
  tokens: {
    root: [
      include('basic'),
      [String.raw`\$\(`, 'Keyword', 'paren'],
      [String.raw`\$\{#?`, 'Keyword', 'curly'],
      ['`', 'Literal.String.Backtick', 'backticks'],
      include('data'),
    ],
    basic: [
      [
        String.raw`\b(if|endif|else|while|then|foreach|case|default|` +
          String.raw`break|continue|goto|breaksw|end|switch|endsw)\s*\b`,
        'Keyword',
      ],
      [
        String.raw`\b(alias|alloc|bg|bindkey|builtins|bye|caller|cd|chdir|` +
          String.raw`complete|dirs|echo|echotc|eval|exec|exit|fg|filetest|getxvers|` +
          String.raw`glob|getspath|hashstat|history|hup|inlib|jobs|kill|` +
          String.raw`limit|log|login|logout|ls-F|migrate|newgrp|nice|nohup|notify|` +
          String.raw`onintr|popd|printenv|pushd|rehash|repeat|rootnode|popd|pushd|` +
          String.raw`set|shift|sched|setenv|setpath|settc|setty|setxvers|shift|` +
          String.raw`source|stop|suspend|source|suspend|telltc|time|` +
          String.raw`umask|unalias|uncomplete|unhash|universe|unlimit|unset|unsetenv|` +
          String.raw`ver|wait|warp|watchlog|where|which)\s*\b`,
        'Name.Builtin',
      ],
      ['#.*', 'Comment'],
      [String.raw`\\[\w\W]`, 'Literal.String.Escape'],
      [String.raw`(\b\w+)(\s*)(=)`, bygroups('Name.Variable', 'Text', 'Operator')],
      [String.raw`[\[\]{}()=]+`, 'Operator'],
      [String.raw`<<\s*(\'?)\\?(\w+)[\w\W]+?\2`, 'Literal.String'],
      [';', 'Punctuation'],
    ],
    data: [
      [String.raw`(?s)"(\\\\|\\[0-7]+|\\.|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`(?s)'(\\\\|\\[0-7]+|\\.|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`\s+`, 'Text'],
      [String.raw`[^=\s\[\]{}()$"\'` + '`' + String.raw`\\;#]+`, 'Text'],
      [String.raw`\d+(?= |\Z)`, 'Literal.Number'],
      [String.raw`\$#?(\w+|.)`, 'Name.Variable'],
    ],
    curly: [
      [String.raw`\}`, 'Keyword', '#pop'],
      [':-', 'Keyword'],
      [String.raw`\w+`, 'Name.Variable'],
      [String.raw`[^}:"\'` + '`' + String.raw`$]+`, 'Punctuation'],
      [':', 'Punctuation'],
      include('root'),
    ],
    paren: [
      [String.raw`\)`, 'Keyword', '#pop'],
      include('root'),
    ],
    backticks: [
      ['`', 'Literal.String.Backtick', '#pop'],
      include('root'),
    ],
  },
};
