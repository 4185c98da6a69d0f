/**
 * Pygments' CirruLexer (pygments/lexers/webmisc.py, Pygments 2.20.0), rule for rule.
 * Cirru, an indentation-based syntax of words: the first word of each expression is a function.
 *
 *     set a (add 1 2)   ->   <nf>set</nf><w> </w><nv>a</nv><w> </w><o>(</o><nf>add</nf><w> </w><m>1</m><w> </w><m>2...
 */
import { defaultState, type LexerDefinition } from '../regex-lexer.ts';

export const cirruLexer: LexerDefinition = {
  name: 'Cirru',
  aliases: ['cirru'],
  tokens: {
    string: [
      [String.raw`[^"\\\n]+`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String.Escape', 'escape'],
      ['"', 'Literal.String', '#pop'],
    ],
    escape: [
      ['.', 'Literal.String.Escape', '#pop'],
    ],
    function: [
      [String.raw`\,`, 'Operator', '#pop'],
      [String.raw`[^\s"()]+`, 'Name.Function', '#pop'],
      [String.raw`\)`, 'Operator', '#pop'],
      [String.raw`(?=\n)`, 'Text', '#pop'],
      [String.raw`\(`, 'Operator', '#push'],
      ['"', 'Literal.String', ['#pop', 'string']],
      ['[ ]+', 'Text.Whitespace'],
    ],
    line: [
      [String.raw`(?<!\w)\$(?!\w)`, 'Operator', 'function'],
      [String.raw`\(`, 'Operator', 'function'],
      [String.raw`\)`, 'Operator'],
      [String.raw`\n`, 'Text', '#pop'],
      ['"', 'Literal.String', 'string'],
      ['[ ]+', 'Text.Whitespace'],
      [String.raw`[+-]?[\d.]+\b`, 'Literal.Number'],
      [String.raw`[^\s"()]+`, 'Name.Variable'],
    ],
    root: [
      [String.raw`^\n+`, 'Text.Whitespace'],
      defaultState(['line', 'function']),
    ],
  },
};
