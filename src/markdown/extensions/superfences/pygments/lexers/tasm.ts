/**
 * Pygments' TasmLexer (pygments/lexers/asm.py, Pygments 2.20.0), rule for rule, case-insensitive:
 * Turbo Assembler's instructions, directives (`PROC`, `ENDP`...), registers and `;` comments.
 *
 *     mov ax, 4C00h   ->   <nf>mov</nf><w> </w><nv>ax</nv><p>,</p><w> </w><mh>4C00h</mh>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const tasmLexer: LexerDefinition = {
  name: 'TASM',
  aliases: ['tasm'],
  flags: 'mi',
  tokens: {
    root: [
      [String.raw`^\s*%`, 'Comment.Preproc', 'preproc'],
      include('whitespace'),
      [String.raw`[@a-z$._?][\w$.?#@~]*:`, 'Name.Label'],
      ['BITS|USE16|USE32|SECTION|SEGMENT|ABSOLUTE|EXTERN|GLOBAL|ORG|ALIGN|STRUC|ENDSTRUC|ENDS|COMMON|CPU|GROUP|UPPERCASE|INCLUDE|EXPORT|LIBRARY|MODULE|PROC|ENDP|USES|ARG|DATASEG|UDATASEG|END|IDEAL|P386|MODEL|ASSUME|CODESEG|SIZE', 'Keyword', 'instruction-args'],
      [String.raw`([@a-z$._?][\w$.?#@~]*)(\s+)(db|dd|dw|T[A-Z][a-z]+)`, bygroups('Name.Constant', 'Text.Whitespace', 'Keyword.Declaration'), 'instruction-args'],
      ['(?:res|d)[bwdqt]|times', 'Keyword.Declaration', 'instruction-args'],
      [String.raw`[@a-z$._?][\w$.?#@~]*`, 'Name.Function', 'instruction-args'],
      [String.raw`[\r\n]+`, 'Text.Whitespace'],
    ],
    'instruction-args': [
      ["\"(\\\\\"|[^\"\\n])*\"|'(\\\\'|[^'\\n])*'|`(\\\\`|[^`\\n])*`", 'Literal.String'],
      ['(?:0x[0-9a-f]+|$0[0-9a-f]*|[0-9]+[0-9a-f]*h)', 'Literal.Number.Hex'],
      ['[0-7]+q', 'Literal.Number.Oct'],
      ['[01]+b', 'Literal.Number.Bin'],
      [String.raw`[0-9]+\.e?[0-9]+`, 'Literal.Number.Float'],
      ['[0-9]+', 'Literal.Number.Integer'],
      include('punctuation'),
      [String.raw`(r[0-9][0-5]?[bwd]|[a-d][lh]|[er]?[a-d]x|[er]?[sb]p|[er]?[sd]i|[c-gs]s|st[0-7]|mm[0-7]|cr[0-4]|dr[0-367]|tr[3-7])\b`, 'Name.Builtin'],
      [String.raw`[@a-z$._?][\w$.?#@~]*`, 'Name.Variable'],
      [String.raw`(\\)(\s*)(;.*)([\r\n])`, bygroups('Text', 'Text.Whitespace', 'Comment.Single', 'Text.Whitespace')],
      [String.raw`[\r\n]+`, 'Text.Whitespace', '#pop'],
      include('whitespace'),
    ],
    preproc: [
      [String.raw`[^;\n]+`, 'Comment.Preproc'],
      [String.raw`;.*?\n`, 'Comment.Single', '#pop'],
      [String.raw`\n`, 'Comment.Preproc', '#pop'],
    ],
    whitespace: [
      [String.raw`[\n\r]`, 'Text.Whitespace'],
      [String.raw`(\\)([\n\r])`, bygroups('Text', 'Text.Whitespace')],
      [String.raw`[ \t]+`, 'Text.Whitespace'],
      [';.*', 'Comment.Single'],
    ],
    punctuation: [
      [String.raw`[,():\[\]]+`, 'Punctuation'],
      ['[&|^<>+*=/%~-]+', 'Operator'],
      ['[$]+', 'Keyword.Constant'],
      ['seg|wrt|strict', 'Operator.Word'],
      ['byte|[dq]?word', 'Keyword.Type'],
    ],
  },
};
