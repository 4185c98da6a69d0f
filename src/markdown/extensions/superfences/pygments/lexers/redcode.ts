/**
 * Pygments' RedcodeLexer (pygments/lexers/esoteric.py, Pygments 2.20.0), rule for rule.
 * Redcode, the Core War assembly language: opcodes, modifiers and addressing modes.
 *
 *     MOV 0, 1   ->   <nf>MOV</nf><w> </w><mi>0</mi><p>,</p><w> </w><mi>1</mi>
 */
import { type LexerDefinition } from '../regex-lexer.ts';

export const redcodeLexer: LexerDefinition = {
  name: 'Redcode',
  aliases: ['redcode'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [';.*$', 'Comment.Single'],
      [String.raw`\b(DAT|MOV|ADD|SUB|MUL|DIV|MOD|JMP|JMZ|JMN|DJN|CMP|SLT|SPL|ORG|EQU|END)\b`, 'Name.Function'],
      [String.raw`\b(A|B|AB|BA|F|X|I)\b`, 'Name.Decorator'],
      [String.raw`[A-Za-z_]\w+`, 'Name'],
      ['[-+*/%]', 'Operator'],
      ['[#$@<>]', 'Operator'],
      ['[.,]', 'Punctuation'],
      [String.raw`[-+]?\d+`, 'Literal.Number.Integer'],
    ],
  },
};
