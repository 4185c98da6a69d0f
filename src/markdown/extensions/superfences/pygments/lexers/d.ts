/**
 * Pygments' DLexer (pygments/lexers/d.py, Pygments 2.20), rule for rule: nesting `/+ +/`
 * comments, wysiwyg, hex, delimited (`q"[...]"`, `q"EOS ... EOS"`) and token (`q{...}`) strings.
 *
 *     auto s = r"C:\x";   ->   <k>auto</k> <n>s</n> <p>=</p> <s>r"C:\x"</s><p>;</p>
 */
import { bygroups, include, words, type LexerDefinition, type Rule } from '../regex-lexer.ts';

/** A `q"(...)"`-style string: its own bracket nests inside, the closing bracket and `"` end it. */
function delimited(name: string, open: string, close: string): { outer: readonly Rule[]; inside: readonly Rule[] } {
  const [o, c] = [`\\${open}`, `\\${close}`];
  return {
    outer: [[`[^${o}${c}]+`, 'Literal.String'], [o, 'Literal.String', `delimited_inside_${name}`], [`${c}"`, 'Literal.String', '#pop']],
    inside: [[`[^${o}${c}]+`, 'Literal.String'], [o, 'Literal.String', '#push'], [c, 'Literal.String', '#pop']],
  };
}
const [bracket, parenthesis, angle, curly] = [
  delimited('bracket', '[', ']'),
  delimited('parenthesis', '(', ')'),
  delimited('angle', '<', '>'),
  delimited('curly', '{', '}'),
];

export const dLexer: LexerDefinition = {
  name: 'D',
  aliases: ['d'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      // comments
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
      [String.raw`/\+`, 'Comment.Multiline', 'nested_comment'],
      // keywords
      [
        words(['abstract', 'alias', 'align', 'asm', 'assert', 'auto', 'body', 'break', 'case', 'cast', 'catch', 'class', 'const',
          'continue', 'debug', 'default', 'delegate', 'delete', 'deprecated', 'do', 'else', 'enum', 'export', 'extern',
          'finally', 'final', 'foreach_reverse', 'foreach', 'for', 'function', 'goto', 'if', 'immutable', 'import', 'interface',
          'invariant', 'inout', 'in', 'is', 'lazy', 'mixin', 'module', 'new', 'nothrow', 'out', 'override', 'package', 'pragma',
          'private', 'protected', 'public', 'pure', 'ref', 'return', 'scope', 'shared', 'static', 'struct', 'super', 'switch',
          'synchronized', 'template', 'this', 'throw', 'try', 'typeid', 'typeof', 'union', 'unittest', 'version', 'volatile',
          'while', 'with', '__gshared', '__traits', '__vector', '__parameters'], '', String.raw`\b`),
        'Keyword',
      ],
      // removed in D 2.072
      [words(['typedef'], '', String.raw`\b`), 'Keyword.Removed'],
      [
        words(['bool', 'byte', 'cdouble', 'cent', 'cfloat', 'char', 'creal', 'dchar', 'double', 'float', 'idouble', 'ifloat', 'int',
          'ireal', 'long', 'real', 'short', 'ubyte', 'ucent', 'uint', 'ulong', 'ushort', 'void', 'wchar'], '', String.raw`\b`),
        'Keyword.Type',
      ],
      [String.raw`(false|true|null)\b`, 'Keyword.Constant'],
      [
        words(['__FILE__', '__FILE_FULL_PATH__', '__MODULE__', '__LINE__', '__FUNCTION__', '__PRETTY_FUNCTION__', '__DATE__',
          '__EOF__', '__TIME__', '__TIMESTAMP__', '__VENDOR__', '__VERSION__'], '', String.raw`\b`),
        'Keyword.Pseudo',
      ],
      [String.raw`macro\b`, 'Keyword.Reserved'],
      [String.raw`(string|wstring|dstring|size_t|ptrdiff_t)\b`, 'Name.Builtin'],
      // float literals: hex, then decimal
      [String.raw`0[xX]([0-9a-fA-F_]*\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)` + String.raw`[pP][+\-]?[0-9_]+[fFL]?[i]?`, 'Literal.Number.Float'],
      [String.raw`[0-9_]+(\.[0-9_]+[eE][+\-]?[0-9_]+|` + String.raw`\.[0-9_]*|[eE][+\-]?[0-9_]+)[fFL]?[i]?`, 'Literal.Number.Float'],
      [String.raw`\.(0|[1-9][0-9_]*)([eE][+\-]?[0-9_]+)?[fFL]?[i]?`, 'Literal.Number.Float'],
      // integer literals: binary, octal, hexadecimal, decimal
      ['0[Bb][01_]+', 'Literal.Number.Bin'],
      ['0[0-7_]+', 'Literal.Number.Oct'],
      ['0[xX][0-9a-fA-F_]+', 'Literal.Number.Hex'],
      ['(0|[1-9][0-9_]*)([LUu]|Lu|LU|uL|UL)?', 'Literal.Number.Integer'],
      // character literals
      [
        String.raw`'(\\['"?\\abfnrtv]|\\x[0-9a-fA-F]{2}|\\[0-7]{1,3}` + String.raw`|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\&\w+;|.)'`,
        'Literal.String.Char',
      ],
      // string literals: wysiwyg, alternate wysiwyg, double-quoted, escape sequence, hex
      [String.raw`r"[^"]*"[cwd]?`, 'Literal.String'],
      ['`[^`]*`[cwd]?', 'Literal.String'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"[cwd]?`, 'Literal.String'],
      [String.raw`\\(['"?\\abfnrtv]|x[0-9a-fA-F]{2}|[0-7]{1,3}` + String.raw`|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|&\w+;)`, 'Literal.String'],
      [String.raw`x"[0-9a-fA-F_\s]*"[cwd]?`, 'Literal.String'],
      // delimited strings
      [String.raw`q"\[`, 'Literal.String', 'delimited_bracket'],
      [String.raw`q"\(`, 'Literal.String', 'delimited_parenthesis'],
      ['q"<', 'Literal.String', 'delimited_angle'],
      [String.raw`q"\{`, 'Literal.String', 'delimited_curly'],
      [String.raw`q"([a-zA-Z_]\w*)\n.*?\n\1"`, 'Literal.String'],
      [String.raw`q"(.).*?\1"`, 'Literal.String'],
      // token strings
      [String.raw`q\{`, 'Literal.String', 'token_string'],
      // attributes
      [String.raw`@([a-zA-Z_]\w*)?`, 'Name.Decorator'],
      // tokens
      [
        String.raw`(~=|\^=|%=|\*=|==|!>=|!<=|!<>=|!<>|!<|!>|!=|>>>=|>>>|>>=|>>|>=` +
          String.raw`|<>=|<>|<<=|<<|<=|\+\+|\+=|--|-=|\|\||\|=|&&|&=|\.\.\.|\.\.|/=)` +
          String.raw`|[/.&|\-+<>!()\[\]{}?,;:$=*%^~]`,
        'Punctuation',
      ],
      // identifiers
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
      // #line
      [String.raw`(#line)(\s)(.*)(\n)`, bygroups('Comment.Special', 'Text.Whitespace', 'Comment.Special', 'Text.Whitespace')],
    ],
    nested_comment: [
      ['[^+/]+', 'Comment.Multiline'],
      [String.raw`/\+`, 'Comment.Multiline', '#push'],
      [String.raw`\+/`, 'Comment.Multiline', '#pop'],
      ['[+/]', 'Comment.Multiline'],
    ],
    token_string: [[String.raw`\{`, 'Punctuation', 'token_string_nest'], [String.raw`\}`, 'Literal.String', '#pop'], include('root')],
    token_string_nest: [[String.raw`\{`, 'Punctuation', '#push'], [String.raw`\}`, 'Punctuation', '#pop'], include('root')],
    delimited_bracket: bracket.outer,
    delimited_inside_bracket: bracket.inside,
    delimited_parenthesis: parenthesis.outer,
    delimited_inside_parenthesis: parenthesis.inside,
    delimited_angle: angle.outer,
    delimited_inside_angle: angle.inside,
    delimited_curly: curly.outer,
    delimited_inside_curly: curly.inside,
  },
};
