/**
 * Pygments' ArrowLexer (pygments/lexers/arrow.py, Pygments 2.20), rule for rule: Arrow, the teaching
 * language: typed declarations, arrays and functions.
 *
 *     function int f(int x) { return x; }   ->   <nv>function</nv><w> </w><kt>int</kt> <nv>f</nv><p>(</p><nv>int</nv><w> </w><nv>x</nv><p>)</p><w> </w><p>{</p><w> </w><nv>return</nv><w> </w><nv>x</nv><err>;</err><w> </w><p>}</p>
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const arrowLexer: LexerDefinition = {
  name: 'Arrow',
  aliases: ['arrow'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`^[|\s]+`, 'Punctuation'],
      include('blocks'),
      include('statements'),
      include('expressions'),
    ],
    blocks: [
      [String.raw`(function)(\n+)(/-->)(\s*)\b(int|bool|char)((?:\[\])*)(?=\s+)(\s+)([a-zA-Z_][a-zA-Z0-9_]*)(\()`, bygroups('Keyword.Reserved', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace', 'Keyword.Type', 'Punctuation', 'Text.Whitespace', 'Name.Function', 'Punctuation'), 'fparams'],
      [String.raw`/-->$|\\-->$|/--<|\\--<|\^`, 'Punctuation'],
    ],
    statements: [
      [String.raw`\b(int|bool|char)((?:\[\])*)(?=\s+)(\s+)([a-zA-Z_][a-zA-Z0-9_]*)`, bygroups('Keyword.Type', 'Punctuation', 'Text', 'Name.Variable')],
      [String.raw`\[`, 'Punctuation', 'index'],
      ['=', 'Operator'],
      ['require|main', 'Keyword.Reserved'],
      ['print', 'Keyword.Reserved', 'print'],
    ],
    expressions: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['[0-9]+', 'Literal.Number.Integer'],
      ['true|false', 'Keyword.Constant'],
      [String.raw`'`, 'Literal.String.Char', 'char'],
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`\{`, 'Punctuation', 'array'],
      [String.raw`==|!=|<|>|\+|-|\*|/|%`, 'Operator'],
      ['and|or|not|length', 'Operator.Word'],
      [String.raw`(input)(\s+)(int|char\[\])`, bygroups('Keyword.Reserved', 'Text.Whitespace', 'Keyword.Type')],
      [String.raw`([a-zA-Z_][a-zA-Z0-9_]*)(\()`, bygroups('Name.Function', 'Punctuation'), 'fargs'],
      ['([a-zA-Z_][a-zA-Z0-9_]*)', 'Name.Variable'],
      [String.raw`\[`, 'Punctuation', 'index'],
      [String.raw`\(`, 'Punctuation', 'expressions'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    print: [
      include('expressions'),
      [',', 'Punctuation'],
      defaultState('#pop'),
    ],
    fparams: [
      [String.raw`\b(int|bool|char)((?:\[\])*)(?=\s+)(\s+)([a-zA-Z_][a-zA-Z0-9_]*)`, bygroups('Keyword.Type', 'Punctuation', 'Text.Whitespace', 'Name.Variable')],
      [',', 'Punctuation'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    escape: [
      [String.raw`\\(["\\/abfnrtv]|[0-9]{1,3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})`, 'Literal.String.Escape'],
    ],
    char: [
      [String.raw`'`, 'Literal.String.Char', '#pop'],
      include('escape'),
      [String.raw`[^'\\]`, 'Literal.String.Char'],
    ],
    string: [
      ['"', 'Literal.String.Double', '#pop'],
      include('escape'),
      [String.raw`[^"\\]+`, 'Literal.String.Double'],
    ],
    array: [
      include('expressions'),
      [String.raw`\}`, 'Punctuation', '#pop'],
      [',', 'Punctuation'],
    ],
    fargs: [
      include('expressions'),
      [String.raw`\)`, 'Punctuation', '#pop'],
      [',', 'Punctuation'],
    ],
    index: [
      include('expressions'),
      [String.raw`\]`, 'Punctuation', '#pop'],
    ],
  },
};
