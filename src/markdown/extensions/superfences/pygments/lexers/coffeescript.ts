/**
 * Pygments' CoffeeScriptLexer (pygments/lexers/javascript.py, Pygments 2.20.0), rule for rule.
 * After an operator, punctuation or keyword a `/` may start a regex (`slashstartsregex`); strings
 * and `///` block regexes interpolate `#{...}`.
 *
 *     square = (x) -> x * x   ->   <nv>square</nv><w> </w><o>=</o><w> </w><nf>(x) -></nf><w> </w><nx>x</nx> ...
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';
const OPERATOR = String.raw`\+\+|~|&&|\band\b|\bor\b|\bis\b|\bisnt\b|\bnot\b|\?|:|\|\||\\(?=\n)|` +
  String.raw`(<<|>>>?|==?(?!>)|!=?|=(?!>)|-(?!>)|[<>+*` + '`' + String.raw`%&|\^/])=?`;

export const coffeescriptLexer: LexerDefinition = {
  name: 'CoffeeScript',
  aliases: ['coffeescript', 'coffee-script', 'coffee'],
  // re.DOTALL only: `^` and `$` are the text's ends, `.` crosses lines.
  flags: 's',
  tokens: {
    commentsandwhitespace: [
      [String.raw`\s+`, W],
      ['###[^#].*?###', 'Comment.Multiline'],
      [String.raw`(#(?!##[^#]).*?)(\n)`, bygroups('Comment.Single', W)],
    ],
    multilineregex: [
      ['[^/#]+', 'Literal.String.Regex'],
      [String.raw`///([gimuysd]+\b|\B)`, 'Literal.String.Regex', '#pop'],
      [String.raw`#\{`, 'Literal.String.Interpol', 'interpoling_string'],
      ['[/#]', 'Literal.String.Regex'],
    ],
    slashstartsregex: [
      include('commentsandwhitespace'),
      ['///', 'Literal.String.Regex', ['#pop', 'multilineregex']],
      [String.raw`/(?! )(\\.|[^[/\\\n]|\[(\\.|[^\]\\\n])*])+/([gimuysd]+\b|\B)`, 'Literal.String.Regex', '#pop'],
      // This isn't really guarding against mishighlighting well-formed code, just the ability
      // to infinite-loop between root and slashstartsregex.
      ['/', 'Operator', '#pop'],
      defaultState('#pop'),
    ],
    root: [
      include('commentsandwhitespace'),
      [String.raw`\A(?=\s|/)`, 'Text', 'slashstartsregex'],
      [OPERATOR, 'Operator', 'slashstartsregex'],
      [String.raw`(?:\([^()]*\))?\s*[=-]>`, 'Name.Function', 'slashstartsregex'],
      [String.raw`[{(\[;,]`, 'Punctuation', 'slashstartsregex'],
      [String.raw`[})\].]`, 'Punctuation'],
      [
        String.raw`(?<![.$])(for|own|in|of|while|until|loop|break|return|continue|switch|when|then|if|unless|else|` +
          String.raw`throw|try|catch|finally|new|delete|typeof|instanceof|super|extends|this|class|by)\b`,
        'Keyword',
        'slashstartsregex',
      ],
      [String.raw`(?<![.$])(true|false|yes|no|on|off|null|NaN|Infinity|undefined)\b`, 'Keyword.Constant'],
      [
        '(Array|Boolean|Date|Error|Function|Math|Number|Object|RegExp|String|decodeURI|decodeURIComponent|encodeURI|' +
          String.raw`encodeURIComponent|eval|isFinite|isNaN|parseFloat|parseInt|document|window|globalThis|Symbol)\b`,
        'Name.Builtin',
      ],
      [String.raw`([$a-zA-Z_][\w.:$]*)(\s*)([:=])(\s+)`, bygroups('Name.Variable', W, 'Operator', W), 'slashstartsregex'],
      [String.raw`(@[$a-zA-Z_][\w.:$]*)(\s*)([:=])(\s+)`, bygroups('Name.Variable.Instance', W, 'Operator', W), 'slashstartsregex'],
      ['@', 'Name.Other', 'slashstartsregex'],
      [String.raw`@?[$a-zA-Z_][\w$]*`, 'Name.Other'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['[0-9]+', 'Literal.Number.Integer'],
      ['"""', 'Literal.String', 'tdqs'],
      ["'''", 'Literal.String', 'tsqs'],
      ['"', 'Literal.String', 'dqs'],
      ["'", 'Literal.String', 'sqs'],
    ],
    strings: [
      // note that all coffee script strings are multi-line.
      // hashmarks, quotes and backslashes must be parsed one at a time
      [String.raw`[^#\\'"]+`, 'Literal.String'],
    ],
    interpoling_string: [
      [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
      include('root'),
    ],
    dqs: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\.|'`, 'Literal.String'], // double-quoted string don't need ' escapes
      [String.raw`#\{`, 'Literal.String.Interpol', 'interpoling_string'],
      ['#', 'Literal.String'],
      include('strings'),
    ],
    sqs: [
      ["'", 'Literal.String', '#pop'],
      [String.raw`#|\\.|"`, 'Literal.String'], // single quoted strings don't need " escapses
      include('strings'),
    ],
    tdqs: [
      ['"""', 'Literal.String', '#pop'],
      [String.raw`\\.|'|"`, 'Literal.String'], // no need to escape quotes in triple-string
      [String.raw`#\{`, 'Literal.String.Interpol', 'interpoling_string'],
      ['#', 'Literal.String'],
      include('strings'),
    ],
    tsqs: [
      ["'''", 'Literal.String', '#pop'],
      [String.raw`#|\\.|'|"`, 'Literal.String'], // no need to escape quotes in triple-strings
      include('strings'),
    ],
  },
};
