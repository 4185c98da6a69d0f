/**
 * Pygments' RtsLexer (pygments/lexers/trafficscript.py, Pygments 2.20.0), rule for rule.
 * TrafficScript, the Riverbed Stingray traffic manager's rules language.
 *
 *     $x = 1;   ->   <nv>$x</nv><o> =</o> <m>1</m><o>;</o>
 */
import { type LexerDefinition } from '../regex-lexer.ts';

export const trafficScriptLexer: LexerDefinition = {
  name: 'TrafficScript',
  aliases: ['trafficscript', 'rts'],
  tokens: {
    root: [
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String'],
      ['"', 'Literal.String', 'escapable-string'],
      [String.raw`(0x[0-9a-fA-F]+|\d+)`, 'Literal.Number'],
      [String.raw`\d+\.\d+`, 'Literal.Number.Float'],
      [String.raw`\$[a-zA-Z](\w|_)*`, 'Name.Variable'],
      ['(if|else|for(each)?|in|while|do|break|sub|return|import)', 'Keyword'],
      [String.raw`[a-zA-Z][\w.]*`, 'Name.Function'],
      [String.raw`[-+*/%=,;(){}<>^.!~|&\[\]\?\:]`, 'Operator'],
      [String.raw`(>=|<=|==|!=|&&|\|\||\+=|.=|-=|\*=|/=|%=|<<=|>>=|&=|\|=|\^=|>>|<<|\+\+|--|=>)`, 'Operator'],
      [String.raw`[ \t\r]+`, 'Text'],
      [String.raw`#[^\n]*`, 'Comment'],
    ],
    'escapable-string': [
      [String.raw`\\[tsn]`, 'Literal.String.Escape'],
      ['[^"]', 'Literal.String'],
      ['"', 'Literal.String', '#pop'],
    ],
  },
};
