/**
 * Pygments' Dasm16Lexer (pygments/lexers/asm.py, Pygments 2.20.0), rule for rule.
 * DCPU-16 assembly (DASM16): instructions, registers and labels.
 *
 *     SET A, 0x30   ->   <nf>SET</nf><w> </w><nv>A</nv><p>,</p><w> </w><mi>0x30</mi>
 */
import { include, type Callback, type LexerDefinition } from '../regex-lexer.ts';

const REGISTERS = new Set(['A', 'B', 'C', 'X', 'Y', 'Z', 'I', 'J', 'SP', 'PC', 'EX', 'POP', 'PEEK', 'PUSH']);

/** guess_identifier: an operand that names a register (any case) is a variable, else a label. */
const guessIdentifier: Callback = function* (_lexer, match) {
  yield [match.start, REGISTERS.has(match.text.toUpperCase()) ? 'Name.Variable' : 'Name.Label', match.text];
};

export const dasm16Lexer: LexerDefinition = {
  name: 'DASM16',
  aliases: ['dasm16'],
  tokens: {
    root: [
      include('whitespace'),
      [String.raw`:(?:[a-zA-Z$_][a-zA-Z0-9_$@.]*|\.[a-zA-Z0-9_$@.]+)`, 'Name.Label'],
      [String.raw`(?:[a-zA-Z$_][a-zA-Z0-9_$@.]*|\.[a-zA-Z0-9_$@.]+):`, 'Name.Label'],
      ['(?i)(SET|ADD|SUB|MUL|MLI|DIV|DVI|MOD|MDI|AND|BOR|XOR|SHR|ASR|SHL|IFB|IFC|IFE|IFN|IFG|IFA|IFL|IFU|ADX|SBX|STI|STD|JSR|INT|IAG|IAS|RFI|IAQ|HWN|HWQ|HWI)', 'Name.Function', 'instruction-args'],
      [String.raw`\.(?:[a-zA-Z$_][a-zA-Z0-9_$@.]*|\.[a-zA-Z0-9_$@.]+)`, 'Name.Function', 'data-args'],
      [String.raw`[\r\n]+`, 'Text.Whitespace'],
    ],
    numeric: [
      ['0b[01_]+', 'Literal.Number.Integer'],
      [String.raw`[+-]?(?:0[xX][a-zA-Z0-9]+|\d+)`, 'Literal.Number.Integer'],
      [String.raw`'\\?[a-zA-Z0-9_$@.]'`, 'Literal.String'],
    ],
    arg: [
      [String.raw`(?:[a-zA-Z$_][a-zA-Z0-9_$@.]*|\.[a-zA-Z0-9_$@.]+)`, guessIdentifier],
      include('numeric'),
    ],
    deref: [
      [String.raw`\+`, 'Punctuation'],
      [String.raw`\]`, 'Punctuation', '#pop'],
      include('arg'),
      include('whitespace'),
    ],
    'instruction-line': [
      [String.raw`[\r\n]+`, 'Text.Whitespace', '#pop'],
      [';.*?$', 'Comment', '#pop'],
      include('whitespace'),
    ],
    'instruction-args': [
      [',', 'Punctuation'],
      [String.raw`\[`, 'Punctuation', 'deref'],
      include('arg'),
      include('instruction-line'),
    ],
    'data-args': [
      [',', 'Punctuation'],
      include('numeric'),
      [String.raw`"(\\"|[^"])*"`, 'Literal.String'],
      include('instruction-line'),
    ],
    whitespace: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`;.*?\n`, 'Comment'],
    ],
  },
};
