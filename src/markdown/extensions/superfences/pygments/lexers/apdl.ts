/**
 * Pygments' apdlexer (pygments/lexers/apdlexer.py, Pygments 2.20.0), rule for rule: ANSYS parametric design language (APDL).
 *
 *     /PREP7
 *     ->   <k>/PREP7</k>
 */
import { defaultState, include, words, type LexerDefinition } from '../regex-lexer.ts';
import { APDL_COMMANDS, APDL_ELEMENTS, APDL_FUNCTIONS } from './apdl-words.ts';

export const apdlLexer: LexerDefinition = {
  name: 'ANSYS parametric design language',
  aliases: ['ansys', 'apdl'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [words(APDL_COMMANDS, '', String.raw`\b`), 'Keyword', 'non-keyword'],
      defaultState('non-keyword'),
    ],
    'non-keyword': [
      [String.raw`!.*\n`, 'Comment', '#pop'],
      [String.raw`%.*?%`, 'Escape'],
      include('strings'),
      include('nums'),
      [words(APDL_FUNCTIONS, '', String.raw`\b`), 'Name.Builtin'],
      [words(APDL_ELEMENTS, '', String.raw`\b`), 'Name.Property'],
      include('core'),
      [String.raw`AR[0-9]+`, 'Name.Variable.Instance'],
      [String.raw`[a-z_][a-z0-9_]*`, 'Name.Variable'],
      [String.raw`\n+`, 'Text.Whitespace', '#pop'],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
    ],
    core: [
      [String.raw`(\*\*|\*|\+|-|\/|<|>|<=|>=|==|\/=|=|\(|\))`, 'Operator'],
      [String.raw`/EOF`, 'Generic.Emph'],
      [String.raw`[\.(),:&;]`, 'Punctuation'],
    ],
    strings: [
      [String.raw`(?s)"(\\\\|\\[0-7]+|\\.|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`(?s)'(\\\\|\\[0-7]+|\\.|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`[$%]`, 'Literal.String.Symbol'],
    ],
    nums: [
      [String.raw`[+-]?\d*\.\d+([efEF][-+]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`([+-]?\d+([efEF][-+]?\d+))`, 'Literal.Number.Float'],
      [String.raw`\b\d+(?![.ef])`, 'Literal.Number.Integer'],
    ],
  },
};
