/**
 * Pygments' TexLexer (pygments/lexers/markup.py, Pygments 2.20), rule for rule: commands,
 * inline and display math, comments.
 *
 *     \section{Intro} $x^2$   ->   <k>\section</k><nb>{</nb>Intro<nb>}</nb> <s>$</s><nb>x</nb><nb>^</nb><m>2</m><s>$</s>
 */
import { defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

export const texLexer: LexerDefinition = {
  name: 'TeX',
  aliases: ['tex', 'latex'],
  tokens: {
    general: [
      [String.raw`%.*?\n`, 'Comment'],
      ['[{}]', 'Name.Builtin'],
      ['[&_^]', 'Name.Builtin'],
    ],
    root: [
      [String.raw`\\\[`, 'Literal.String.Backtick', 'displaymath'],
      [String.raw`\\\(`, 'Literal.String', 'inlinemath'],
      [String.raw`\$\$`, 'Literal.String.Backtick', 'displaymath'],
      [String.raw`\$`, 'Literal.String', 'inlinemath'],
      [String.raw`\\([a-zA-Z@_:]+|\S?)`, 'Keyword', 'command'],
      [String.raw`\\$`, 'Keyword'],
      include('general'),
      [String.raw`[^\\$%&_^{}]+`, 'Text'],
    ],
    math: [
      [String.raw`\\([a-zA-Z]+|\S?)`, 'Name.Variable'],
      include('general'),
      ['[0-9]+', 'Literal.Number'],
      [String.raw`[-=!+*/()\[\]]`, 'Operator'],
      [String.raw`[^=!+*/()\[\]\\$%&_^{}0-9-]+`, 'Name.Builtin'],
    ],
    inlinemath: [
      [String.raw`\\\)`, 'Literal.String', '#pop'],
      [String.raw`\$`, 'Literal.String', '#pop'],
      include('math'),
    ],
    displaymath: [
      [String.raw`\\\]`, 'Literal.String', '#pop'],
      [String.raw`\$\$`, 'Literal.String', '#pop'],
      [String.raw`\$`, 'Name.Builtin'],
      include('math'),
    ],
    command: [
      [String.raw`\[.*?\]`, 'Name.Attribute'],
      [String.raw`\*`, 'Keyword'],
      defaultState('#pop'),
    ],
  },
};
