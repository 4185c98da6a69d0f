/**
 * Pygments' AscLexer (pygments/lexers/asc.py, Pygments 2.20), rule for rule: ASCII-armored files (PGP,
 * PEM): the armor lines, headers and base64 data.
 *
 *     -----BEGIN PGP MESSAGE-----   ->   <gh>-----BEGIN PGP MESSAGE-----</gh>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const ascLexer: LexerDefinition = {
  name: 'ASCII armored',
  aliases: ['asc', 'pem'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`^-----BEGIN [^\n]+-----$`, 'Generic.Heading', 'data'],
      [String.raw`\S+`, 'Comment'],
    ],
    data: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`^([^:]+)(:)([ \t]+)(.*)`, bygroups('Name.Attribute', 'Operator', 'Text.Whitespace', 'Literal.String')],
      [String.raw`^-----END [^\n]+-----$`, 'Generic.Heading', 'root'],
      [String.raw`\S+`, 'Literal.String'],
    ],
  },
};
