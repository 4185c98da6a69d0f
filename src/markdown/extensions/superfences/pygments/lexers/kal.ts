/**
 * Pygments' KalLexer (pygments/lexers/javascript.py, Pygments 2.20.0), rule for rule.
 * Kal, a JavaScript dialect with Python-like indentation and English-like keywords.
 *
 *     task foo()   ->   <kd>task</kd><w> </w><nf>foo</nf><p>(</p><p>)</p>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_KEYWORD = [
  'in', 'of', 'while', 'until', 'break', 'return', 'continue', 'when', 'if', 'unless', 'else', 'otherwise', 'throw',
  'raise', 'try', 'catch', 'finally', 'new', 'delete', 'typeof', 'instanceof', 'super',
];
const ROOT_CONSTANT = [
  'true', 'false', 'yes', 'no', 'on', 'off', 'null', 'nothing', 'none', 'NaN', 'Infinity', 'undefined',
];
const ROOT_BUILTIN = [
  'Array', 'Boolean', 'Date', 'Error', 'Function', 'Math', 'Number', 'Object', 'RegExp', 'String', 'decodeURI',
  'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'eval', 'isFinite', 'isNaN', 'isSafeInteger',
  'parseFloat', 'parseInt', 'document', 'window', 'globalThis', 'Symbol', 'print',
];

export const kalLexer: LexerDefinition = {
  name: 'Kal',
  aliases: ['kal'],
  flags: 's',
  tokens: {
    commentsandwhitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['###[^#].*?###', 'Comment.Multiline'],
      [String.raw`(#(?!##[^#]).*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
    ],
    functiondef: [
      [String.raw`([$a-zA-Z_][\w$]*)(\s*)`, bygroups('Name.Function', 'Text.Whitespace'), '#pop'],
      include('commentsandwhitespace'),
    ],
    classdef: [
      [String.raw`\b(inherits)(\s+)(from)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`([$a-zA-Z_][\w$]*)(?=\s*\n)`, 'Name.Class', '#pop'],
      [String.raw`[$a-zA-Z_][\w$]*\b`, 'Name.Class'],
      include('commentsandwhitespace'),
    ],
    listcomprehension: [
      [String.raw`\]`, 'Punctuation', '#pop'],
      [String.raw`\b(property|value)\b`, 'Keyword'],
      include('root'),
    ],
    waitfor: [
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
      [String.raw`\bfrom\b`, 'Keyword'],
      include('root'),
    ],
    root: [
      include('commentsandwhitespace'),
      [String.raw`/(?! )(\\.|[^[/\\\n]|\[(\\.|[^\]\\\n])*])+/([gimuysd]+\b|\B)`, 'Literal.String.Regex'],
      [String.raw`\?|:|_(?=\n)|==?|!=|-(?!>)|[<>+*/-]=?`, 'Operator'],
      [String.raw`\b(and|or|isnt|is|not|but|bitwise|mod|\^|xor|exists|doesnt\s+exist)\b`, 'Operator.Word'],
      [String.raw`(\([^()]+\))?(\s*)(>)`, bygroups('Name.Function', 'Text.Whitespace', 'Punctuation')],
      ['[{(]', 'Punctuation'],
      [String.raw`\[`, 'Punctuation', 'listcomprehension'],
      [String.raw`[})\].,]`, 'Punctuation'],
      [String.raw`\b(function|method|task)\b`, 'Keyword.Declaration', 'functiondef'],
      [String.raw`\bclass\b`, 'Keyword.Declaration', 'classdef'],
      [String.raw`\b(safe(?=\s))?(\s*)(wait(?=\s))(\s+)(for)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword'), 'waitfor'],
      [String.raw`\b(me|this)(\.[$a-zA-Z_][\w.$]*)?\b`, 'Name.Variable.Instance'],
      [String.raw`(?<![.$])(run)(\s+)(in)(\s+)(parallel)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(?<![.$])(for)(\s+)(parallel|series)?\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(?<![.$])(except)(\s+)(when)?\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(?<![.$])(fail)(\s+)(with)?\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(?<![.$])(inherits)(\s+)(from)?\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(?<![.$])(for)(\s+)(parallel|series)?\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [words(ROOT_KEYWORD, '(?<![.$])', String.raw`\b`), 'Keyword'],
      [words(ROOT_CONSTANT, '(?<![.$])', String.raw`\b`), 'Keyword.Constant'],
      [words(ROOT_BUILTIN, '', String.raw`\b`), 'Name.Builtin'],
      [String.raw`([$a-zA-Z_][\w.$]*)(\s*)(:|[+\-*/]?\=)?\b`, bygroups('Name.Variable', 'Text.Whitespace', 'Operator')],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['[0-9]+', 'Literal.Number.Integer'],
      ['"""', 'Literal.String', 'tdqs'],
      [String.raw`'''`, 'Literal.String', 'tsqs'],
      ['"', 'Literal.String', 'dqs'],
      [String.raw`'`, 'Literal.String', 'sqs'],
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
      include('strings'),
    ],
    sqs: [
      [String.raw`'`, 'Literal.String', '#pop'],
      [String.raw`#|\\.|"`, 'Literal.String'],
      include('strings'),
    ],
    tdqs: [
      ['"""', 'Literal.String', '#pop'],
      [String.raw`\\.|\'|"`, 'Literal.String'],
      [String.raw`#\{`, 'Literal.String.Interpol', 'interpoling_string'],
      include('strings'),
    ],
    tsqs: [
      [String.raw`'''`, 'Literal.String', '#pop'],
      [String.raw`#|\\.|\'|"`, 'Literal.String'],
      include('strings'),
    ],
  },
};
