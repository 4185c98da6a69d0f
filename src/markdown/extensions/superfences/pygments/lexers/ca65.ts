/**
 * Pygments' Ca65Lexer (pygments/lexers/asm.py, Pygments 2.20.0), rule for rule, case-insensitive:
 * 6502 assembly for the cc65 suite's assembler.
 *
 *     lda #$01   ->   <k>lda</k><w> </w><p>#</p><mh>$01</mh>
 */
import { type LexerDefinition } from '../regex-lexer.ts';

export const ca65Lexer: LexerDefinition = {
  name: 'ca65 assembler',
  aliases: ['ca65'],
  flags: 'i',
  tokens: {
    root: [
      [';.*', 'Comment.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[a-z_.@$][\w.@$]*:`, 'Name.Label'],
      [String.raw`((ld|st)[axy]|(in|de)[cxy]|asl|lsr|ro[lr]|adc|sbc|cmp|cp[xy]|cl[cvdi]|se[cdi]|jmp|jsr|bne|beq|bpl|bmi|bvc|bvs|bcc|bcs|p[lh][ap]|rt[is]|brk|nop|ta[xy]|t[xy]a|txs|tsx|and|ora|eor|bit)\b`, 'Keyword'],
      [String.raw`\.\w+`, 'Keyword.Pseudo'],
      ['[-+~*/^&|!<>=]', 'Operator'],
      [String.raw`"[^"\n]*.`, 'Literal.String'],
      [String.raw`'[^'\n]*.`, 'Literal.String.Char'],
      [String.raw`\$[0-9a-f]+|[0-9a-f]+h\b`, 'Literal.Number.Hex'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      ['%[01]+', 'Literal.Number.Bin'],
      [String.raw`[#,.:()=\[\]]`, 'Punctuation'],
      [String.raw`[a-z_.@$][\w.@$]*`, 'Name'],
    ],
  },
};
