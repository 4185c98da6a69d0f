/**
 * Pygments' MscgenLexer (pygments/lexers/dsls.py, Pygments 2.20.0), rule for rule: message sequence
 * charts (entities, arcs, attributes).
 *
 *     a -> b [label="hello"];   ->   <nv>a</nv><w> </w><o>-&gt;</o><w> </w><nv>b</nv><w> </w><p>[</p><na>label...
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const mscgenLexer: LexerDefinition = {
  name: 'Mscgen',
  aliases: ['mscgen', 'msc'],
  tokens: {
    root: [
      [String.raw`msc\b`, 'Keyword.Type'],
      [String.raw`(hscale|HSCALE|width|WIDTH|wordwraparcs|WORDWRAPARCS|arcgradient|ARCGRADIENT)\b`, 'Name.Property'],
      [String.raw`(abox|ABOX|rbox|RBOX|box|BOX|note|NOTE)\b`, 'Operator.Word'],
      [String.raw`(\.|-|\|){3}`, 'Keyword'],
      [String.raw`(?:-|=|\.|:){2}|<<=>>|<->|<=>|<<>>|<:>|->|=>>|>>|=>|:>|-x|-X|<-|<<=|<<|<=|<:|x-|X-|=`, 'Operator'],
      [String.raw`\*`, 'Name.Builtin'],
      [String.raw`(\w+|"(?:\\"|[^"])*")`, 'Name.Variable'],
      [String.raw`\[`, 'Punctuation', 'attrs'],
      [String.raw`\{|\}|,|;`, 'Punctuation'],
      include('comments'),
    ],
    attrs: [
      [String.raw`\]`, 'Punctuation', '#pop'],
      [String.raw`(\w+|"(?:\\"|[^"])*")(\s*)(=)(\s*)(\w+|"(?:\\"|[^"])*")`, bygroups('Name.Attribute', 'Text.Whitespace', 'Operator', 'Text.Whitespace', 'Literal.String')],
      [',', 'Punctuation'],
      include('comments'),
    ],
    comments: [
      [String.raw`(?://|#).*?\n`, 'Comment.Single'],
      [String.raw`/\*(?:.|\n)*?\*/`, 'Comment.Multiline'],
      [String.raw`[ \t\r\n]+`, 'Text.Whitespace'],
    ],
  },
};
