/**
 * Pygments' AwkLexer (pygments/lexers/textedit.py, Pygments 2.20), rule for rule: after an
 * operator, an opening bracket or a keyword (and at a line start) a `/.../` is a regex, as in
 * JavaScriptLexer's `slashstartsregex`.
 *
 *     x ~ /^a/   ->   <nx>x</nx> <o>~</o> <sr>/^a/</sr>   (spaces are Text: no span)
 */
import { defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const awkLexer: LexerDefinition = {
  name: 'Awk',
  aliases: ['awk', 'gawk', 'mawk', 'nawk'],
  tokens: {
    commentsandwhitespace: [
      [String.raw`\s+`, 'Text'],
      ['#.*$', 'Comment.Single'],
    ],
    slashstartsregex: [
      include('commentsandwhitespace'),
      [String.raw`/(\\.|[^[/\\\n]|\[(\\.|[^\]\\\n])*])+/` + String.raw`\B`, 'Literal.String.Regex', '#pop'],
      ['(?=/)', 'Text', ['#pop', 'badregex']],
      defaultState('#pop'),
    ],
    badregex: [[String.raw`\n`, 'Text', '#pop']],
    root: [
      [String.raw`^(?=\s|/)`, 'Text', 'slashstartsregex'],
      include('commentsandwhitespace'),
      [String.raw`\+\+|--|\|\||&&|in\b|\$|!?~|\?|:|` + String.raw`(\*\*|[-<>+*%\^/!=|])=?`, 'Operator', 'slashstartsregex'],
      ['[{(\\[;,]', 'Punctuation', 'slashstartsregex'],
      [String.raw`[})\].]`, 'Punctuation'],
      [String.raw`(break|continue|do|while|exit|for|if|else|` + String.raw`return)\b`, 'Keyword', 'slashstartsregex'],
      [String.raw`function\b`, 'Keyword.Declaration', 'slashstartsregex'],
      [
        '(atan2|cos|exp|int|log|rand|sin|sqrt|srand|gensub|gsub|index|' +
          'length|match|split|sprintf|sub|substr|tolower|toupper|close|' +
          'fflush|getline|next|nextfile|print|printf|strftime|systime|' +
          String.raw`delete|system)\b`,
        'Keyword.Reserved',
      ],
      [
        '(ARGC|ARGIND|ARGV|BEGIN|CONVFMT|ENVIRON|END|ERRNO|FIELDWIDTHS|' +
          'FILENAME|FNR|FS|IGNORECASE|NF|NR|OFMT|OFS|ORFS|RLENGTH|RS|' +
          String.raw`RSTART|RT|SUBSEP)\b`,
        'Name.Builtin',
      ],
      [String.raw`[$a-zA-Z_]\w*`, 'Name.Other'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
    ],
  },
};
