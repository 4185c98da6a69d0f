/**
 * Pygments' PegLexer (pygments/lexers/grammar_notation.py, Pygments 2.20), rule for rule: Parsing
 * Expression Grammars: rules, operators, character classes and strings.
 *
 *     rule <- "a" / [b-z]+   ->   <nc>rule</nc> <o><-</o> <s2>"a"</s2> <o>/</o> <p>[</p><s>b-z</s><p>]</p><o>+</o>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const pegLexer: LexerDefinition = {
  name: 'PEG',
  aliases: ['peg'],
  tokens: {
    root: [
      ['#.*$', 'Comment.Single'],
      ['<-|[←:=/|&!?*+^↑~]', 'Operator'],
      ['[()]', 'Punctuation'],
      [String.raw`\.`, 'Keyword'],
      [String.raw`(\[)([^\]]*(?:\\.[^\]\\]*)*)(\])`, bygroups('Punctuation', 'Literal.String', 'Punctuation')],
      [String.raw`[a-z]?"[^"\\]*(?:\\.[^"\\]*)*"[a-z]*`, 'Literal.String.Double'],
      [String.raw`[a-z]?'[^'\\]*(?:\\.[^'\\]*)*'[a-z]*`, 'Literal.String.Single'],
      [String.raw`[^\s<←:=/|&!?*+\^↑~()\[\]"\'#]+`, 'Name.Class'],
      ['.', 'Text'],
    ],
  },
};
