/**
 * Pygments' WrenLexer (pygments/lexers/wren.py, Pygments 2.20), rule for rule: Wren: classes, fibers,
 * nested block comments and %() string interpolation.
 *
 *     var x = "a %(b) c"   ->   <k>var</k><w> </w><n>x</n><w> </w><o>=</o><w> </w><s>"</s><s>a </s><si>%(</si><n>b</n><si>)</si><s> c</s><s>"</s>
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

export const wrenLexer: LexerDefinition = {
  name: 'Wren',
  aliases: ['wren'],
  flags: 'ms',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[,\\\[\]{}]`, 'Punctuation'],
      [String.raw`\(`, 'Punctuation', 'root'],
      [String.raw`\)`, 'Punctuation', '#pop'],
      [words(['as', 'break', 'class', 'construct', 'continue', 'else', 'for', 'foreign', 'if', 'import', 'return', 'static', 'super', 'this', 'var', 'while'], String.raw`(?<!\.)`, String.raw`\b`), 'Keyword'],
      [words(['true', 'false', 'null'], String.raw`(?<!\.)`, String.raw`\b`), 'Keyword.Constant'],
      [words(['in', 'is'], String.raw`(?<!\.)`, String.raw`\b`), 'Operator.Word'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      ['//.*?$', 'Comment.Single'],
      [String.raw`#.*?(\(.*?\))?$`, 'Comment.Special'],
      [String.raw`[!%&*+\-./:<=>?\\^|~]+`, 'Operator'],
      ['[a-z][a-zA-Z_0-9]*', 'Name'],
      ['[A-Z][a-zA-Z_0-9]*', 'Name.Class'],
      ['__[a-zA-Z_0-9]*', 'Name.Variable.Class'],
      ['_[a-zA-Z_0-9]*', 'Name.Variable.Instance'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      [String.raw`\d+(\.\d+)?([eE][-+]?\d+)?`, 'Literal.Number.Float'],
      ['""".*?"""', 'Literal.String'],
      ['"', 'Literal.String', 'string'],
    ],
    comment: [
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      [String.raw`([^*/]|\*(?!/)|/(?!\*))+`, 'Comment.Multiline'],
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\[\\%"0abefnrtv]`, 'Literal.String.Escape'],
      [String.raw`\\x[a-fA-F0-9]{2}`, 'Literal.String.Escape'],
      [String.raw`\\u[a-fA-F0-9]{4}`, 'Literal.String.Escape'],
      [String.raw`\\U[a-fA-F0-9]{8}`, 'Literal.String.Escape'],
      [String.raw`%\(`, 'Literal.String.Interpol', 'interpolation'],
      [String.raw`[^\\"%]+`, 'Literal.String'],
    ],
    interpolation: [
      [String.raw`\)`, 'Literal.String.Interpol', '#pop'],
      include('root'),
    ],
  },
};
