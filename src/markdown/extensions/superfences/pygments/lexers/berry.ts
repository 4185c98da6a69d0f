/**
 * Pygments' BerryLexer (pygments/lexers/berry.py, Pygments 2.20), rule for rule: Berry (embedded
 * scripting): functions, classes and its number forms.
 *
 *     def f(x) return x * 2 end   ->   <kd>def</kd><w> </w><nf>f</nf><p>(</p><n>x</n><p>)</p><w> </w><k>return</k><w> </w><n>x</n><w> </w><o>*</o><w> </w><mi>2</mi><w> </w><k>end</k>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

export const berryLexer: LexerDefinition = {
  name: 'Berry',
  aliases: ['berry', 'be'],
  tokens: {
    root: [
      include('whitespace'),
      include('numbers'),
      include('keywords'),
      [String.raw`(def)(\s+)(\b[^\W\d]\w*)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Function')],
      [String.raw`\b(class)(\s+)(\b[^\W\d]\w*)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Class')],
      [String.raw`\b(import)(\s+)(\b[^\W\d]\w*)`, bygroups('Keyword.Namespace', 'Text.Whitespace', 'Name.Namespace')],
      include('expr'),
    ],
    expr: [
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`\.\.|[~!%^&*+=|?:<>/-]`, 'Operator'],
      [String.raw`[(){}\[\],.;]`, 'Punctuation'],
      include('controls'),
      include('builtins'),
      include('funccall'),
      include('member'),
      include('name'),
      include('strings'),
    ],
    whitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`#-(.|\n)*?-#`, 'Comment.Multiline'],
      ['#.*?$', 'Comment.Single'],
    ],
    keywords: [
      [words(['as', 'break', 'continue', 'import', 'static', 'self', 'super'], '', String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`(true|false|nil)\b`, 'Keyword.Constant'],
      [String.raw`(var|def)\b`, 'Keyword.Declaration'],
    ],
    controls: [
      [words(['if', 'elif', 'else', 'for', 'while', 'do', 'end', 'break', 'continue', 'return', 'try', 'except', 'raise'], '', String.raw`\b`), 'Keyword'],
    ],
    builtins: [
      [words(['assert', 'bool', 'input', 'classname', 'classof', 'number', 'real', 'bytes', 'compile', 'map', 'list', 'int', 'isinstance', 'print', 'range', 'str', 'super', 'module', 'size', 'issubclass', 'open', 'file', 'type', 'call'], '', String.raw`\b`), 'Name.Builtin'],
    ],
    numbers: [
      ['0[xX][a-fA-F0-9]+', 'Literal.Number.Hex'],
      [String.raw`-?\d+`, 'Literal.Number.Integer'],
      [String.raw`(-?\d+\.?|\.\d)\d*([eE][+-]?\d+)?`, 'Literal.Number.Float'],
    ],
    name: [
      [String.raw`\b[^\W\d]\w*`, 'Name'],
    ],
    funccall: [
      [String.raw`\b[^\W\d]\w*(?=\s*\()`, 'Name.Function', '#pop'],
    ],
    member: [
      [String.raw`(?<=\.)\b[^\W\d]\w*\b(?!\()`, 'Name.Attribute', '#pop'],
    ],
    strings: [
      [String.raw`"([^\\]|\\.)*?"`, 'Literal.String.Double', '#pop'],
      [String.raw`\'([^\\]|\\.)*?\'`, 'Literal.String.Single', '#pop'],
    ],
  },
};
