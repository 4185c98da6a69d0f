/**
 * Pygments' SmartGameFormatLexer (pygments/lexers/sgf.py, Pygments 2.20), rule for rule: Smart Game
 * Format (Go game records): properties and their values.
 *
 *     (;FF[4]GM[1])   ->   <p>(;</p><nb>FF</nb><p>[</p><m>4</m><p>]</p><nb>GM</nb><p>[</p><m>1</m><p>]</p><p>)</p>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const smartGameFormatLexer: LexerDefinition = {
  name: 'SmartGameFormat',
  aliases: ['sgf'],
  tokens: {
    root: [
      ['[():;]+', 'Punctuation'],
      ['(A[BW]|AE|AN|AP|AR|AS|[BW]L|BM|[BW]R|[BW]S|[BW]T|CA|CH|CP|CR|DD|DM|DO|DT|EL|EV|EX|FF|FG|G[BW]|GC|GM|GN|HA|HO|ID|IP|IT|IY|KM|KO|LB|LN|LT|L|MA|MN|M|N|OB|OM|ON|OP|OT|OV|P[BW]|PC|PL|PM|RE|RG|RO|RU|SO|SC|SE|SI|SL|SO|SQ|ST|SU|SZ|T[BW]|TC|TE|TM|TR|UC|US|VW|V|[BW]|C)', 'Name.Builtin'],
      [String.raw`(\[)([0-9.]+)(\])`, bygroups('Punctuation', 'Literal.Number', 'Punctuation')],
      [String.raw`(\[)([0-9]{4}-[0-9]{2}-[0-9]{2})(\])`, bygroups('Punctuation', 'Literal.Date', 'Punctuation')],
      [String.raw`(\[)([a-z]{2})(\])`, bygroups('Punctuation', 'Literal.String', 'Punctuation')],
      [String.raw`(\[)([a-z]{2})(:)([a-z]{2})(\])`, bygroups('Punctuation', 'Literal.String', 'Punctuation', 'Literal.String', 'Punctuation')],
      [String.raw`(\[)([\w\s#()+,\-.:?]+)(\])`, bygroups('Punctuation', 'Literal.String', 'Punctuation')],
      [String.raw`(\[)(\s.*)(\])`, bygroups('Punctuation', 'Text.Whitespace', 'Punctuation')],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
