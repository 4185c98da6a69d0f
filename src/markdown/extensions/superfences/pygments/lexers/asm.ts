/**
 * Pygments' GasLexer and NasmLexer (pygments/lexers/asm.py, Pygments 2.20), rule for rule: a
 * line starts with a label, a directive or an instruction, whose arguments run to the line end.
 *
 *     movl $1, %eax   ->   <nf>movl</nf> <no>$1</no><p>,</p> <nv>%eax</nv>   (GAS: `$1` is a name)
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

// GAS: AT&T syntax. `$1` is an identifier here (`[a-zA-Z$_]` starts one), as in Pygments.
const GAS_STRING = String.raw`"(\\"|[^"])*"`;
const GAS_CHAR = String.raw`[\w$.@-]`;
const GAS_IDENTIFIER = String.raw`(?:[a-zA-Z$_]` + GAS_CHAR + String.raw`*|\.` + GAS_CHAR + '+)';
const GAS_NUMBER = String.raw`(?:0[xX][a-fA-F0-9]+|#?-?\d+)`;
const GAS_REGISTER = '%' + GAS_IDENTIFIER + String.raw`\b`;

export const gasLexer: LexerDefinition = {
  name: 'GAS',
  aliases: ['gas', 'asm'],
  tokens: {
    root: [
      include('whitespace'),
      [GAS_IDENTIFIER + ':', 'Name.Label'],
      [String.raw`\.` + GAS_IDENTIFIER, 'Name.Attribute', 'directive-args'],
      [String.raw`lock|rep(n?z)?|data\d+`, 'Name.Attribute'],
      [GAS_IDENTIFIER, 'Name.Function', 'instruction-args'],
      [String.raw`[\r\n]+`, 'Text'],
    ],
    'directive-args': [
      [GAS_IDENTIFIER, 'Name.Constant'],
      [GAS_STRING, 'Literal.String'],
      ['@' + GAS_IDENTIFIER, 'Name.Attribute'],
      [GAS_NUMBER, 'Literal.Number.Integer'],
      [GAS_REGISTER, 'Name.Variable'],
      [String.raw`[\r\n]+`, 'Text.Whitespace', '#pop'],
      [String.raw`([;#]|//).*?\n`, 'Comment.Single', '#pop'],
      [String.raw`/[*].*?[*]/`, 'Comment.Multiline'],
      [String.raw`/[*].*?\n[\w\W]*?[*]/`, 'Comment.Multiline', '#pop'],
      include('punctuation'),
      include('whitespace'),
    ],
    'instruction-args': [
      // objdump's disassembly (`401000 <main+4>`), which hand-written assembly does not have
      ['([a-z0-9]+)( )(<)(' + GAS_IDENTIFIER + ')(>)', bygroups('Literal.Number.Hex', 'Text', 'Punctuation', 'Name.Constant', 'Punctuation')],
      [
        '([a-z0-9]+)( )(<)(' + GAS_IDENTIFIER + ')([-+])(' + GAS_NUMBER + ')(>)',
        bygroups('Literal.Number.Hex', 'Text', 'Punctuation', 'Name.Constant', 'Punctuation', 'Literal.Number.Integer', 'Punctuation'),
      ],
      // address constants
      [GAS_IDENTIFIER, 'Name.Constant'],
      [GAS_NUMBER, 'Literal.Number.Integer'],
      // registers
      [GAS_REGISTER, 'Name.Variable'],
      // numeric constants, as Pygments writes them (`$` is an anchor there: they never match)
      ['$' + GAS_NUMBER, 'Literal.Number.Integer'],
      [String.raw`$'(.|\\')'`, 'Literal.String.Char'],
      [String.raw`[\r\n]+`, 'Text.Whitespace', '#pop'],
      [String.raw`([;#]|//).*?\n`, 'Comment.Single', '#pop'],
      [String.raw`/[*].*?[*]/`, 'Comment.Multiline'],
      [String.raw`/[*].*?\n[\w\W]*?[*]/`, 'Comment.Multiline', '#pop'],
      include('punctuation'),
      include('whitespace'),
    ],
    whitespace: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`([;#]|//).*?\n`, 'Comment.Single'],
      [String.raw`/[*][\w\W]*?[*]/`, 'Comment.Multiline'],
    ],
    punctuation: [[String.raw`[-*,.()\[\]!:{}]+`, 'Punctuation']],
  },
};

// NASM: Intel syntax, case-insensitive.
const NASM_IDENTIFIER = String.raw`[a-z$._?][\w$.?#@~]*`;
const NASM_HEX = String.raw`(?:0x[0-9a-f]+|$0[0-9a-f]*|[0-9]+[0-9a-f]*h)`;
const NASM_DEC = '[0-9]+';
const NASM_STRING = String.raw`"(\\"|[^"\n])*"|` + String.raw`'(\\'|[^'\n])*'|` + '`(\\\\`|[^`\\n])*`';
const NASM_REGISTER =
  String.raw`(r[0-9][0-5]?[bwd]?|` +
  String.raw`[a-d][lh]|[er]?[a-d]x|[er]?[sb]p|[er]?[sd]i|[c-gs]s|st[0-7]|` +
  String.raw`mm[0-7]|cr[0-4]|dr[0-367]|tr[3-7]|k[0-7]|` +
  String.raw`[xyz]mm(?:[12][0-9]?|3[01]?|[04-9]))\b`;
// A directive must be followed by whitespace, or CPU would match cpuid.
const NASM_DIRECTIVES =
  '(?:BITS|USE16|USE32|SECTION|SEGMENT|ABSOLUTE|EXTERN|GLOBAL|' +
  'ORG|ALIGN|STRUC|ENDSTRUC|COMMON|CPU|GROUP|UPPERCASE|IMPORT|' +
  String.raw`EXPORT|LIBRARY|MODULE)(?=\s)`;

export const nasmLexer: LexerDefinition = {
  name: 'NASM',
  aliases: ['nasm'],
  flags: 'im',
  tokens: {
    root: [
      [String.raw`^\s*%`, 'Comment.Preproc', 'preproc'],
      include('whitespace'),
      [NASM_IDENTIFIER + ':', 'Name.Label'],
      [String.raw`(${NASM_IDENTIFIER})(\s+)(equ)`, bygroups('Name.Constant', 'Text.Whitespace', 'Keyword.Declaration'), 'instruction-args'],
      [NASM_DIRECTIVES, 'Keyword', 'instruction-args'],
      ['(?:res|d)[bwdqt]|times', 'Keyword.Declaration', 'instruction-args'],
      [NASM_IDENTIFIER, 'Name.Function', 'instruction-args'],
      [String.raw`[\r\n]+`, 'Text.Whitespace'],
    ],
    'instruction-args': [
      [NASM_STRING, 'Literal.String'],
      [NASM_HEX, 'Literal.Number.Hex'],
      ['[0-7]+q', 'Literal.Number.Oct'],
      ['[01]+b', 'Literal.Number.Bin'],
      [NASM_DEC + String.raw`\.e?` + NASM_DEC, 'Literal.Number.Float'],
      [NASM_DEC, 'Literal.Number.Integer'],
      include('punctuation'),
      [NASM_REGISTER, 'Name.Builtin'],
      [NASM_IDENTIFIER, 'Name.Variable'],
      [String.raw`[\r\n]+`, 'Text.Whitespace', '#pop'],
      include('whitespace'),
    ],
    preproc: [
      [String.raw`[^;\n]+`, 'Comment.Preproc'],
      [String.raw`;.*?\n`, 'Comment.Single', '#pop'],
      [String.raw`\n`, 'Comment.Preproc', '#pop'],
    ],
    whitespace: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`[ \t]+`, 'Text.Whitespace'],
      [';.*', 'Comment.Single'],
      ['#.*', 'Comment.Single'],
    ],
    punctuation: [
      [String.raw`[,{}():\[\]]+`, 'Punctuation'],
      [String.raw`[&|^<>+*/%~-]+`, 'Operator'],
      ['[$]+', 'Keyword.Constant'],
      ['seg|wrt|strict|rel|abs', 'Operator.Word'],
      [String.raw`byte|[dq]?word`, 'Keyword.Type'],
    ],
  },
};
