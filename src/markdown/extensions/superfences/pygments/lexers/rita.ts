/**
 * Pygments' RitaLexer (pygments/lexers/rita.py, Pygments 2.20.0), rule for rule.
 * Rita, a rule language for information extraction.
 *
 *     {WORD}->MARK("X")   ->   <p>{</p><k>WORD</k><p>}</p><o>-&gt;</o><k>MARK</k><p>(</p><l>"X"</l><p>)</p>
 */
import { type LexerDefinition } from '../regex-lexer.ts';

export const ritaLexer: LexerDefinition = {
  name: 'Rita',
  aliases: ['rita'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`#(.*?)\n`, 'Comment.Single'],
      [String.raw`@(.*?)\n`, 'Operator'],
      [String.raw`"(\w|\d|\s|(\\")|[\'_\-./,\?\!])+?"`, 'Literal'],
      [String.raw`\'(\w|\d|\s|(\\\')|["_\-./,\?\!])+?\'`, 'Literal'],
      ['([A-Z_]+)', 'Keyword'],
      ['([a-z0-9_]+)', 'Name'],
      ['((->)|[!?+*|=])', 'Operator'],
      [String.raw`[\(\),\{\}]`, 'Punctuation'],
    ],
  },
};
