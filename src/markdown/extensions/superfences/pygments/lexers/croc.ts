/**
 * Pygments' CrocLexer (pygments/lexers/d.py, Pygments 2.20.0), rule for rule.
 * Croc (formerly MiniD), a D-like scripting language; MiniDLexer shares its rules.
 *
 *     local x = 1   ->   <k>local</k><w> </w><n>x</n><w> </w><p>=</p><w> </w><mi>1</mi>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_KEYWORD = [
  'as', 'assert', 'break', 'case', 'catch', 'class', 'continue', 'default', 'do', 'else', 'finally', 'for',
  'foreach', 'function', 'global', 'namespace', 'if', 'import', 'in', 'is', 'local', 'module', 'return', 'scope',
  'super', 'switch', 'this', 'throw', 'try', 'vararg', 'while', 'with', 'yield',
];

export const crocLexer: LexerDefinition = {
  name: 'Croc',
  aliases: ['croc'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`/\*`, 'Comment.Multiline', 'nestedcomment'],
      [words(ROOT_KEYWORD, '', String.raw`\b`), 'Keyword'],
      [String.raw`(false|true|null)\b`, 'Keyword.Constant'],
      [String.raw`([0-9][0-9_]*)(?=[.eE])(\.[0-9][0-9_]*)?([eE][+\-]?[0-9_]+)?`, 'Literal.Number.Float'],
      ['0[bB][01][01_]*', 'Literal.Number.Bin'],
      ['0[xX][0-9a-fA-F][0-9a-fA-F_]*', 'Literal.Number.Hex'],
      ['([0-9][0-9_]*)(?![.eE])', 'Literal.Number.Integer'],
      [String.raw`'(\\['"\\nrt]|\\x[0-9a-fA-F]{2}|\\[0-9]{1,3}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|.)'`, 'Literal.String.Char'],
      ['@"(""|[^"])*"', 'Literal.String'],
      ['@`(``|[^`])*`', 'Literal.String'],
      [String.raw`@'(''|[^'])*'`, 'Literal.String'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`(~=|\^=|%=|\*=|==|!=|>>>=|>>>|>>=|>>|>=|<=>|\?=|-\>|<<=|<<|<=|\+\+|\+=|--|-=|\|\||\|=|&&|&=|\.\.|/=)|[-/.&$@|\+<>!()\[\]{}?,;:=*%^~#\\]`, 'Punctuation'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    nestedcomment: [
      ['[^*/]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
  },
};

/** MiniDLexer: CrocLexer under MiniD's name (Croc's former one), the same rules. */
export const minidLexer: LexerDefinition = { ...crocLexer, name: 'MiniD', aliases: ['minid'] };
