/**
 * Pygments' BooLexer (pygments/lexers/dotnet.py, Pygments 2.20), rule for rule: Boo: Python-like .NET
 * syntax with nested block comments.
 *
 *     def f(x as int): pass   ->   <k>def</k><w> </w><nf>f</nf><p>(</p><n>x</n><w> </w><k>as</k><w> </w><n>int</n><p>)</p><p>:</p><w> </w><k>pass</k>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const booLexer: LexerDefinition = {
  name: 'Boo',
  aliases: ['boo'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['(#|//).*$', 'Comment.Single'],
      ['/[*]', 'Comment.Multiline', 'comment'],
      ['[]{}:(),.;[]', 'Punctuation'],
      [String.raw`(\\)(\n)`, bygroups('Text', 'Text.Whitespace')],
      [String.raw`\\`, 'Text'],
      [String.raw`(in|is|and|or|not)\b`, 'Operator.Word'],
      [String.raw`/(\\\\|\\[^\\]|[^/\\\s])/`, 'Literal.String.Regex'],
      [String.raw`@/(\\\\|\\[^\\]|[^/\\])*/`, 'Literal.String.Regex'],
      ['=~|!=|==|<<|>>|[-+/*%=<>&^|]', 'Operator'],
      [String.raw`(as|abstract|callable|constructor|destructor|do|import|enum|event|final|get|interface|internal|of|override|partial|private|protected|public|return|set|static|struct|transient|virtual|yield|super|and|break|cast|continue|elif|else|ensure|except|for|given|goto|if|in|is|isa|not|or|otherwise|pass|raise|ref|try|unless|when|while|from|as)\b`, 'Keyword'],
      [String.raw`def(?=\s+\(.*?\))`, 'Keyword'],
      [String.raw`(def)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'funcname'],
      [String.raw`(class)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'classname'],
      [String.raw`(namespace)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'namespace'],
      [String.raw`(?<!\.)(true|false|null|self|__eval__|__switch__|array|assert|checked|enumerate|filter|getter|len|lock|map|matrix|max|min|normalArrayIndexing|print|property|range|rawArrayIndexing|required|typeof|unchecked|using|yieldAll|zip)\b`, 'Name.Builtin'],
      [String.raw`"""(\\\\|\\"|.*?)"""`, 'Literal.String.Double'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
      [String.raw`(\d+\.\d*|\d*\.\d+)([fF][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      ['[0-9][0-9.]*(ms?|d|h|s)', 'Literal.Number'],
      [String.raw`0\d+`, 'Literal.Number.Oct'],
      ['0x[a-fA-F0-9]+', 'Literal.Number.Hex'],
      [String.raw`\d+L`, 'Literal.Number.Integer.Long'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
    ],
    comment: [
      ['/[*]', 'Comment.Multiline', '#push'],
      ['[*]/', 'Comment.Multiline', '#pop'],
      ['[^/*]', 'Comment.Multiline'],
      ['[*/]', 'Comment.Multiline'],
    ],
    funcname: [
      [String.raw`[a-zA-Z_]\w*`, 'Name.Function', '#pop'],
    ],
    classname: [
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop'],
    ],
    namespace: [
      [String.raw`[a-zA-Z_][\w.]*`, 'Name.Namespace', '#pop'],
    ],
  },
};
