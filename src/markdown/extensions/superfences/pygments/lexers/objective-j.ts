/**
 * Pygments' ObjectiveJLexer (pygments/lexers/javascript.py, Pygments 2.20.0), rule for rule: Objective-J (Cappuccino).
 *
 *     @implementation Shape : CPObject { CPString name; }
 *     ->   <k>@implementation</k> <nc>Shape</nc> <o>:</o> <nc>CPObject</nc> <p>{</p> <n>CPString</n> <n>name</n><p>;</p> <p>}</p>
 */
import { bygroups, defaultState, include, usingThis, type LexerDefinition } from '../regex-lexer.ts';

export const objectiveJLexer: LexerDefinition = {
  name: 'Objective-J',
  aliases: ['objective-j', 'objectivej', 'obj-j', 'objj'],
  flags: 'ms',
  tokens: {
    root: [
      include('whitespace'),
      [String.raw`^((?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*[+-](?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*)([(a-zA-Z_].*?[^(])((?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*\{)`, bygroups(usingThis(), usingThis('function_signature'), usingThis())],
      [String.raw`(@interface|@implementation)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'classname'],
      [String.raw`(@class|@protocol)(\s*)`, bygroups('Keyword', 'Text.Whitespace'), 'forward_classname'],
      [String.raw`(\s*)(@end)(\s*)`, bygroups('Text.Whitespace', 'Keyword', 'Text.Whitespace')],
      include('statements'),
      [String.raw`[{()}]`, 'Punctuation'],
      [String.raw`;`, 'Punctuation'],
    ],
    whitespace: [
      [String.raw`(@import)(\s+)("(?:\\\\|\\"|[^"])*")`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Literal.String.Double')],
      [String.raw`(@import)(\s+)(<(?:\\\\|\\>|[^>])*>)`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Literal.String.Double')],
      [String.raw`(#(?:include|import))(\s+)("(?:\\\\|\\"|[^"])*")`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Literal.String.Double')],
      [String.raw`(#(?:include|import))(\s+)(<(?:\\\\|\\>|[^>])*>)`, bygroups('Comment.Preproc', 'Text.Whitespace', 'Literal.String.Double')],
      [String.raw`#if\s+0`, 'Comment.Preproc', 'if0'],
      [String.raw`#`, 'Comment.Preproc', 'macro'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(\\)(\n)`, bygroups('Literal.String.Escape', 'Text.Whitespace')],
      [String.raw`//(\n|(.|\n)*?[^\\]\n)`, 'Comment.Single'],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
      [String.raw`<!--`, 'Comment'],
    ],
    slashstartsregex: [
      include('whitespace'),
      [String.raw`/(\\.|[^[/\\\n]|\[(\\.|[^\]\\\n])*])+/([gim]+\b|\B)`, 'Literal.String.Regex', '#pop'],
      [String.raw`(?=/)`, 'Text', ['#pop', 'badregex']],
      defaultState('#pop'),
    ],
    badregex: [
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    statements: [
      [String.raw`(L|@)?"`, 'Literal.String', 'string'],
      [String.raw`(L|@)?'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|[^\\\'\n])'`, 'Literal.String.Char'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[lL]?`, 'Literal.Number.Float'],
      [String.raw`(\d+\.\d*|\.\d+|\d+[fF])[fF]?`, 'Literal.Number.Float'],
      [String.raw`0x[0-9a-fA-F]+[Ll]?`, 'Literal.Number.Hex'],
      [String.raw`0[0-7]+[Ll]?`, 'Literal.Number.Oct'],
      [String.raw`\d+[Ll]?`, 'Literal.Number.Integer'],
      [String.raw`^(?=\s|/|<!--)`, 'Text', 'slashstartsregex'],
      [String.raw`\+\+|--|~|&&|\?|:|\|\||\\(?=\n)|(<<|>>>?|==?|!=?|[-<>+*%&|^/])=?`, 'Operator', 'slashstartsregex'],
      [String.raw`[{(\[;,]`, 'Punctuation', 'slashstartsregex'],
      [String.raw`[})\].]`, 'Punctuation'],
      [String.raw`(for|in|while|do|break|return|continue|switch|case|default|if|else|throw|try|catch|finally|new|delete|typeof|instanceof|void|prototype|__proto__)\b`, 'Keyword', 'slashstartsregex'],
      [String.raw`(var|with|function)\b`, 'Keyword.Declaration', 'slashstartsregex'],
      [String.raw`(@selector|@private|@protected|@public|@encode|@synchronized|@try|@throw|@catch|@finally|@end|@property|@synthesize|@dynamic|@for|@accessors|new)\b`, 'Keyword'],
      [String.raw`(int|long|float|short|double|char|unsigned|signed|void|id|BOOL|bool|boolean|IBOutlet|IBAction|SEL|@outlet|@action)\b`, 'Keyword.Type'],
      [String.raw`(self|super)\b`, 'Name.Builtin'],
      [String.raw`(TRUE|YES|FALSE|NO|Nil|nil|NULL)\b`, 'Keyword.Constant'],
      [String.raw`(true|false|null|NaN|Infinity|undefined)\b`, 'Keyword.Constant'],
      [String.raw`(ABS|ASIN|ACOS|ATAN|ATAN2|SIN|COS|TAN|EXP|POW|CEIL|FLOOR|ROUND|MIN|MAX|RAND|SQRT|E|LN2|LN10|LOG2E|LOG10E|PI|PI2|PI_2|SQRT1_2|SQRT2)\b`, 'Keyword.Constant'],
      [String.raw`(Array|Boolean|Date|Error|Function|Math|Number|Object|RegExp|String|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|Error|eval|isFinite|isNaN|parseFloat|parseInt|document|this|window|globalThis|Symbol)\b`, 'Name.Builtin'],
      [String.raw`([$a-zA-Z_]\w*)((?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*)(?=\()`, bygroups('Name.Function', usingThis())],
      [String.raw`[$a-zA-Z_]\w*`, 'Name'],
    ],
    classname: [
      [String.raw`([a-zA-Z_]\w*)((?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*:(?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*)([a-zA-Z_]\w*)?`, bygroups('Name.Class', usingThis(), 'Name.Class'), '#pop'],
      [String.raw`([a-zA-Z_]\w*)((?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*\()([a-zA-Z_]\w*)(\))`, bygroups('Name.Class', usingThis(), 'Name.Label', 'Text'), '#pop'],
      [String.raw`([a-zA-Z_]\w*)`, 'Name.Class', '#pop'],
    ],
    forward_classname: [
      [String.raw`([a-zA-Z_]\w*)(\s*)(,)(\s*)`, bygroups('Name.Class', 'Text.Whitespace', 'Text', 'Text.Whitespace'), '#push'],
      [String.raw`([a-zA-Z_]\w*)(\s*)(;?)`, bygroups('Name.Class', 'Text.Whitespace', 'Text'), '#pop'],
    ],
    function_signature: [
      include('whitespace'),
      [String.raw`(\((?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*)([a-zA-Z_]\w+)((?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*\)(?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*)([$a-zA-Z_]\w+(?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*:)`, bygroups(usingThis(), 'Keyword.Type', usingThis(), 'Name.Function'), 'function_parameters'],
      [String.raw`(\((?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*)([a-zA-Z_]\w+)((?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*\)(?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*)([$a-zA-Z_]\w+)`, bygroups(usingThis(), 'Keyword.Type', usingThis(), 'Name.Function'), '#pop'],
      [String.raw`([$a-zA-Z_]\w+(?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*:)`, bygroups('Name.Function'), 'function_parameters'],
      [String.raw`([$a-zA-Z_]\w+)`, bygroups('Name.Function'), '#pop'],
      defaultState('#pop'),
    ],
    function_parameters: [
      include('whitespace'),
      [String.raw`(\((?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*)([^)]+)((?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*\)(?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*)([$a-zA-Z_]\w+)`, bygroups(usingThis(), 'Keyword.Type', usingThis(), 'Text')],
      [String.raw`([$a-zA-Z_]\w+(?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*:)`, 'Name.Function'],
      [String.raw`(:)`, 'Name.Function'],
      [String.raw`(,(?:\s|//[^\n]*\n|/[*](?:[^*]|[*][^/])*[*]/)*\.\.\.)`, usingThis()],
      [String.raw`([$a-zA-Z_]\w+)`, 'Text'],
    ],
    expression: [
      [String.raw`([$a-zA-Z_]\w*)(\()`, bygroups('Name.Function', 'Punctuation')],
      [String.raw`(\))`, 'Punctuation', '#pop'],
    ],
    string: [
      [String.raw`"`, 'Literal.String', '#pop'],
      [String.raw`\\([\\abfnrtv"\']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'],
      [String.raw`(\\)(\n)`, bygroups('Literal.String.Escape', 'Text.Whitespace')],
      [String.raw`\\`, 'Literal.String'],
    ],
    macro: [
      [String.raw`[^/\n]+`, 'Comment.Preproc'],
      [String.raw`/[*](.|\n)*?[*]/`, 'Comment.Multiline'],
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace'), '#pop'],
      [String.raw`/`, 'Comment.Preproc'],
      [String.raw`(?<=\\)\n`, 'Text.Whitespace'],
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    if0: [
      [String.raw`^\s*#if.*?(?<!\\)\n`, 'Comment.Preproc', '#push'],
      [String.raw`^\s*#endif.*?(?<!\\)\n`, 'Comment.Preproc', '#pop'],
      [String.raw`(.*?)(\n)`, bygroups('Comment', 'Text.Whitespace')],
    ],
  },
};
