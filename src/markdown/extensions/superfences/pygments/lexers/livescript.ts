/**
 * Pygments' LiveScriptLexer (pygments/lexers/javascript.py, Pygments 2.20), rule for rule: after
 * an operator or an opening bracket a `/` starts a regex (`slashstartsregex`), `//` a multiline
 * one; `#{...}` interpolates in double-quoted strings. re.DOTALL.
 *
 *     x = -> 42   ->   <nv>x</nv> <o>=</o> <nf>-></nf> <mi>42</mi>
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const liveScriptLexer: LexerDefinition = {
  name: 'LiveScript',
  aliases: ['livescript', 'live-script'],
  flags: 's',
  tokens: {
    commentsandwhitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`(#.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
    ],
    multilineregex: [
      include('commentsandwhitespace'),
      [String.raw`//([gimuysd]+\b|\B)`, 'Literal.String.Regex', '#pop'],
      ['/', 'Literal.String.Regex'],
      ['[^/#]+', 'Literal.String.Regex'],
    ],
    slashstartsregex: [
      include('commentsandwhitespace'),
      ['//', 'Literal.String.Regex', ['#pop', 'multilineregex']],
      [String.raw`/(?! )(\\.|[^[/\\\n]|\[(\\.|[^\]\\\n])*])+/([gimuysd]+\b|\B)`, 'Literal.String.Regex', '#pop'],
      ['/', 'Operator', '#pop'],
      defaultState('#pop'),
    ],
    root: [
      // a regex may open the text
      [String.raw`\A(?=\s|/)`, 'Text', 'slashstartsregex'],
      include('commentsandwhitespace'),
      [String.raw`(?:\([^()]+\))?[ ]*[~-]{1,2}>|(?:\(?[^()\n]+\)?)?[ ]*<[~-]{1,2}`, 'Name.Function'],
      [
        String.raw`\+\+|&&|(?<![.$])\b(?:and|x?or|is|isnt|not)\b|\?|:|=|\|\||\\(?=\n)|(<<|>>>?|==?|!=?|~(?!\~?>)|-(?!\-?>)|<(?!\[)|(?<!\])>|[+*` + '`' + String.raw`%&|^/])=?`,
        'Operator',
        'slashstartsregex',
      ],
      [String.raw`[{(\[;,]`, 'Punctuation', 'slashstartsregex'],
      [String.raw`[})\].]`, 'Punctuation'],
      [String.raw`(?<![.$])(for|own|in|of|while|until|loop|break|return|continue|switch|when|then|if|unless|else|throw|try|catch|finally|new|delete|typeof|instanceof|super|extends|this|class|by|const|var|to|til)\b`, 'Keyword', 'slashstartsregex'],
      [String.raw`(?<![.$])(true|false|yes|no|on|off|null|NaN|Infinity|undefined|void)\b`, 'Keyword.Constant'],
      [String.raw`(Array|Boolean|Date|Error|Function|Math|Number|Object|RegExp|String|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|eval|isFinite|isNaN|parseFloat|parseInt|document|window|globalThis|Symbol|Symbol|BigInt)\b`, 'Name.Builtin'],
      [String.raw`([$a-zA-Z_][\w.\-:$]*)(\s*)([:=])(\s+)`, bygroups('Name.Variable', 'Text.Whitespace', 'Operator', 'Text.Whitespace'), 'slashstartsregex'],
      [String.raw`(@[$a-zA-Z_][\w.\-:$]*)(\s*)([:=])(\s+)`, bygroups('Name.Variable.Instance', 'Text.Whitespace', 'Operator', 'Text.Whitespace'), 'slashstartsregex'],
      ['@', 'Name.Other', 'slashstartsregex'],
      [String.raw`@?[$a-zA-Z_][\w-]*`, 'Name.Other', 'slashstartsregex'],
      [String.raw`[0-9]+\.[0-9]+([eE][0-9]+)?[fd]?(?:[a-zA-Z_]+)?`, 'Literal.Number.Float'],
      ['[0-9]+(~[0-9a-z]+)?(?:[a-zA-Z_]+)?', 'Literal.Number.Integer'],
      ['"""', 'Literal.String', 'tdqs'],
      ["'''", 'Literal.String', 'tsqs'],
      ['"', 'Literal.String', 'dqs'],
      ["'", 'Literal.String', 'sqs'],
      [String.raw`\\\S+`, 'Literal.String'],
      [String.raw`<\[.*?\]>`, 'Literal.String'],
    ],
    strings: [
      [String.raw`[^#\\\'"]+`, 'Literal.String'],
    ],
    interpoling_string: [
      [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
      include('root'),
    ],
    dqs: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\.|\'`, 'Literal.String'],
      [String.raw`#\{`, 'Literal.String.Interpol', 'interpoling_string'],
      ['#', 'Literal.String'],
      include('strings'),
    ],
    sqs: [
      ["'", 'Literal.String', '#pop'],
      [String.raw`#|\\.|"`, 'Literal.String'],
      include('strings'),
    ],
    tdqs: [
      ['"""', 'Literal.String', '#pop'],
      [String.raw`\\.|\'|"`, 'Literal.String'],
      [String.raw`#\{`, 'Literal.String.Interpol', 'interpoling_string'],
      ['#', 'Literal.String'],
      include('strings'),
    ],
    tsqs: [
      ["'''", 'Literal.String', '#pop'],
      [String.raw`#|\\.|\'|"`, 'Literal.String'],
      include('strings'),
    ],
  },
};
