/**
 * Pygments' OocLexer (pygments/lexers/ooc.py, Pygments 2.20.0), rule for rule.
 * ooc, a language compiling to C: its keywords and `:=` declarations.
 *
 *     x := 5   ->   <nv>x</nv> <o>:=</o> <m-Decimal>5</m-Decimal>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_KEYWORD = [
  'class', 'interface', 'implement', 'abstract', 'extends', 'from', 'this', 'super', 'new', 'const', 'final',
  'static', 'import', 'use', 'extern', 'inline', 'proto', 'break', 'continue', 'fallthrough', 'operator', 'if',
  'else', 'for', 'while', 'do', 'switch', 'case', 'as', 'in', 'version', 'return', 'true', 'false', 'null',
];

export const oocLexer: LexerDefinition = {
  name: 'Ooc',
  aliases: ['ooc'],
  tokens: {
    root: [
      [words(ROOT_KEYWORD, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [String.raw`include\b`, 'Keyword', 'include'],
      [String.raw`(cover)([ \t]+)(from)([ \t]+)(\w+[*@]?)`, bygroups('Keyword', 'Text', 'Keyword', 'Text', 'Name.Class')],
      [String.raw`(func)((?:[ \t]|\\\n)+)(~[a-z_]\w*)`, bygroups('Keyword', 'Text', 'Name.Function')],
      [String.raw`\bfunc\b`, 'Keyword'],
      ['//.*', 'Comment'],
      [String.raw`(?s)/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`(==?|\+=?|-[=>]?|\*=?|/=?|:=|!=?|%=?|\?|>{1,3}=?|<{1,3}=?|\.\.|&&?|\|\|?|\^=?)`, 'Operator'],
      [String.raw`(\.)([ \t]*)([a-z]\w*)`, bygroups('Operator', 'Text', 'Name.Function')],
      ['[A-Z][A-Z0-9_]+', 'Name.Constant'],
      [String.raw`[A-Z]\w*([@*]|\[[ \t]*\])?`, 'Name.Class'],
      [String.raw`([a-z]\w*(?:~[a-z]\w*)?)((?:[ \t]|\\\n)*)(?=\()`, bygroups('Name.Function', 'Text')],
      [String.raw`[a-z]\w*`, 'Name.Variable'],
      [String.raw`[:(){}\[\];,]`, 'Punctuation'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['0c[0-9]+', 'Literal.Number.Oct'],
      ['0b[01]+', 'Literal.Number.Bin'],
      [String.raw`[0-9_]\.[0-9_]*(?!\.)`, 'Literal.Number.Float'],
      ['[0-9_]+', 'Literal.Number.Decimal'],
      [String.raw`"(?:\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|[^\\"])*"`, 'Literal.String.Double'],
      [String.raw`'(?:\\.|\\[0-9]{1,3}|\\x[a-fA-F0-9]{1,2}|[^\\\'\n])'`, 'Literal.String.Char'],
      ['@', 'Punctuation'],
      [String.raw`\.`, 'Punctuation'],
      [String.raw`\\[ \t\n]`, 'Text'],
      [String.raw`[ \t]+`, 'Text'],
    ],
    include: [
      [String.raw`[\w/]+`, 'Name'],
      [',', 'Punctuation'],
      [String.raw`[ \t]`, 'Text'],
      [String.raw`[;\n]`, 'Text', '#pop'],
    ],
  },
};
