/**
 * Pygments' MaximaLexer (pygments/lexers/maxima.py, Pygments 2.20), rule for rule: Maxima computer
 * algebra: functions, constants and nested comments.
 *
 *     f(x) := x^2 + %pi;   ->   <nf>f</nf><p>(</p><nv>x</nv><p>)</p><w> </w><o>:</o><o>=</o><w> </w><nv>x</nv><o>^</o><mi>2</mi><w> </w><o>+</o><w> </w><no>%pi</no><p>;</p>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

export const maximaLexer: LexerDefinition = {
  name: 'Maxima',
  aliases: ['maxima', 'macsyma'],
  tokens: {
    root: [
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
      [String.raw`"(?:[^"\\]|\\.)*"`, 'Literal.String'],
      [String.raw`\(|\)|\[|\]|\{|\}`, 'Punctuation'],
      ['[,;$]', 'Punctuation'],
      [words(['%pi', '%e', '%phi', '%gamma', '%i', 'und', 'ind', 'infinity', 'inf', 'minf', 'true', 'false', 'unknown', 'done']), 'Name.Constant'],
      [words(['if', 'then', 'else', 'elseif', 'do', 'while', 'repeat', 'until', 'for', 'from', 'to', 'downto', 'step', 'thru']), 'Keyword'],
      [words(['.', ':', '=', '#', '+', '-', '*', '/', '^', '@', '>', '<', '|', '!', '\'']), 'Operator'],
      [words(['and', 'or', 'not']), 'Operator.Word'],
      ["(?x)\n              ((?:[a-zA-Z_#][\\w#]*|`[^`]*`)\n              (?:::[a-zA-Z_#][\\w#]*|`[^`]*`)*)(\\s*)([(])", bygroups('Name.Function', 'Text.Whitespace', 'Punctuation')],
      ["(?x)\n              (?:[a-zA-Z_#%][\\w#%]*|`[^`]*`)\n              (?:::[a-zA-Z_#%][\\w#%]*|`[^`]*`)*", 'Name.Variable'],
      [String.raw`[-+]?(\d*\.\d+([bdefls][-+]?\d+)?|\d+(\.\d*)?[bdefls][-+]?\d+)`, 'Literal.Number.Float'],
      [String.raw`[-+]?\d+`, 'Literal.Number.Integer'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['.', 'Text'],
    ],
    comment: [
      ['[^*/]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
  },
};
