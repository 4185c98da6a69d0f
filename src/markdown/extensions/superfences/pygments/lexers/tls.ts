/**
 * Pygments' TlsLexer (pygments/lexers/tls.py, Pygments 2.20.0), rule for rule: the TLS presentation language of the RFCs.
 *
 *     struct { uint16 length; opaque data<0..2^16-1>; } Record;
 *     ->   <k>struct</k> <p>{</p> <kt>uint16</kt> <nx>length</nx><p>;</p> <kt>opaque</kt> <nx>data</nx><p><</p><mi>0</mi><o>..</o><mi>2</mi><o>^</o><mi>16</mi><o>-</o><mi>1</mi><p>></p><p>;</p> <p>}</p> <nx>Record</nx><p>;</p>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

export const tlsLexer: LexerDefinition = {
  name: 'TLS Presentation Language',
  aliases: ['tls'],
  flags: 'ms',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`/[*].*?[*]/`, 'Comment.Multiline'],
      [words(['struct', 'enum', 'select', 'case'], '', String.raw`\b`), 'Keyword'],
      [words(['uint8', 'uint16', 'uint24', 'uint32', 'uint64', 'opaque'], '', String.raw`\b`), 'Keyword.Type'],
      [String.raw`0x[0-9a-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`[0-9]+`, 'Literal.Number.Integer'],
      [String.raw`"(\\.|[^"\\])*"`, 'Literal.String'],
      [String.raw`[.]{2}`, 'Operator'],
      [String.raw`[+\-*/&^]`, 'Operator'],
      [String.raw`[|<>=!()\[\]{}.,;:\?]`, 'Punctuation'],
      [String.raw`[^\W\d]\w*`, 'Name.Other'],
    ],
  },
};
